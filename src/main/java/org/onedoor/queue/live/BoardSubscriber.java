package org.onedoor.queue.live;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One connected board: a bounded buffer in front of its connection. Publishers only {@link #offer} (never block);
 * at most one sender thread drains the buffer at a time, in order. A full buffer means the board cannot keep up:
 * it is dropped and resynchronises when it reconnects.
 */
final class BoardSubscriber {

    /** A stream message; {@code name} null = a heartbeat comment. */
    record Message(long seq, String name, String json) {
    }

    final String centre;
    final SseEmitter emitter;
    private final BlockingQueue<Message> buffer;
    private final Executor sender;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean ready;

    BoardSubscriber(String centre, SseEmitter emitter, int capacity, Executor sender) {
        this.centre = centre;
        this.emitter = emitter;
        this.buffer = new ArrayBlockingQueue<>(capacity);
        this.sender = sender;
    }

    /** @return false when the buffer was full (the caller drops this board) or the board is gone */
    boolean offer(Message message) {
        if (closed.get() || !buffer.offer(message)) {
            return false;
        }
        schedule();
        return true;
    }

    /** Starts sending: called once the first message (snapshot or replay) is in the buffer. */
    void start() {
        ready = true;
        schedule();
    }

    boolean closed() {
        return closed.get();
    }

    /** Ends the stream; the browser reconnects by itself. */
    void close() {
        if (closed.compareAndSet(false, true)) {
            buffer.clear();
            try {
                emitter.complete();
            } catch (RuntimeException ignored) {
                // already completed by the container
            }
        }
    }

    void markClosed() {
        closed.set(true);
        buffer.clear();
    }

    private void schedule() {
        if (ready && !closed.get() && draining.compareAndSet(false, true)) {
            try {
                sender.execute(this::drain);
            } catch (RuntimeException rejected) {
                draining.set(false);
                close();
            }
        }
    }

    private void drain() {
        try {
            Message m;
            while (!closed.get() && (m = buffer.poll()) != null) {
                if (m.name() == null) {
                    emitter.send(SseEmitter.event().comment("heartbeat"));
                } else {
                    emitter.send(SseEmitter.event().id(Long.toString(m.seq())).name(m.name())
                            .data(m.json(), MediaType.APPLICATION_JSON));
                }
            }
        } catch (IOException | RuntimeException gone) {
            markClosed();
        } finally {
            draining.set(false);
        }
        if (!buffer.isEmpty() && !closed.get()) {
            schedule();
        }
    }
}
