package org.onedoor.queue.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** A board's bounded buffer: publishers never wait; a board that does not keep up is refused (and then dropped). */
class BoardSubscriberTest {

    @Test
    void aBoardThatDoesNotDrainIsRefusedOnceItsBufferIsFull() {
        List<Runnable> stalled = new ArrayList<>();   // a sender that never gets to run: the board's socket is stuck
        BoardSubscriber board = new BoardSubscriber("c", new SseEmitter(), 2, stalled::add);
        board.start();
        assertThat(board.offer(message(1))).isTrue();
        assertThat(board.offer(message(2))).isTrue();
        assertThat(board.offer(message(3))).as("full: the publisher is told at once instead of waiting").isFalse();
        assertThat(stalled).as("one drain scheduled at a time").hasSize(1);
    }

    @Test
    void nothingIsSentBeforeTheFirstMessageAndAClosedBoardTakesNothing() {
        List<Runnable> sender = new ArrayList<>();
        BoardSubscriber board = new BoardSubscriber("c", new SseEmitter(), 4, sender::add);
        assertThat(board.offer(message(1))).isTrue();
        assertThat(sender).as("waits for the snapshot to go first").isEmpty();
        board.start();
        assertThat(sender).hasSize(1);
        board.close();
        assertThat(board.offer(message(2))).isFalse();
        assertThat(board.closed()).isTrue();
    }

    private static BoardSubscriber.Message message(long seq) {
        return new BoardSubscriber.Message(seq, "called", "{}");
    }
}
