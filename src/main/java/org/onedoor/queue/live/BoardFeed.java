package org.onedoor.queue.live;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.onedoor.queue.TicketEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import tools.jackson.databind.json.JsonMapper;

/**
 * The live board: ticket events fanned out in memory to the boards connected per centre (decision 0410).
 * <ul>
 * <li>Fed after commit: a board never shows a call that was rolled back. The listener only numbers the event and
 *     offers it to bounded buffers; writing to connections happens on the sender threads, so "call next" never
 *     waits for a board.</li>
 * <li>Every message has a sequence number (its SSE id), increasing across restarts (it starts at the boot time in
 *     microseconds). A board reconnecting with its Last-Event-ID gets the centre's messages after it from a replay
 *     ring; when the gap is older than the ring (or the server restarted) it gets a fresh snapshot.</li>
 * <li>A board whose buffer fills up is dropped; it reconnects and resynchronises.</li>
 * </ul>
 */
@Component
public class BoardFeed implements DisposableBean, org.springframework.context.SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BoardFeed.class);

    private final BoardSnapshots snapshots;
    private final LiveBoardProperties properties;
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicLong seq = new AtomicLong(System.currentTimeMillis() * 1000);
    private final Map<String, Centre> centres = new ConcurrentHashMap<>();
    private final Set<String> countsChanged = ConcurrentHashMap.newKeySet();
    private final ExecutorService sender;

    /** A centre's connected boards and its replay ring. */
    private static final class Centre {
        final List<BoardSubscriber> boards = new CopyOnWriteArrayList<>();
        final ArrayDeque<BoardSubscriber.Message> ring = new ArrayDeque<>();
        long evictedUpTo;   // every message of the centre with seq > evictedUpTo is still in the ring

        Centre(long start) {
            evictedUpTo = start;
        }
    }

    BoardFeed(BoardSnapshots snapshots, LiveBoardProperties properties) {
        this.snapshots = snapshots;
        this.properties = properties;
        this.sender = new ThreadPoolExecutor(properties.senderThreads(), properties.senderThreads(), 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), new CustomizableThreadFactory("board-sender-"));
    }

    /**
     * Opens a board's stream. With a {@code lastEventId} still in the replay ring the board gets what it missed;
     * otherwise it gets a {@code snapshot} message first.
     *
     * @return null when the centre has no lines
     */
    public SseEmitter subscribe(String centre, Long lastEventId) {
        Centre c = centre(centre);
        SseEmitter emitter = new SseEmitter(properties.streamTimeout().toMillis());
        BoardSubscriber board = new BoardSubscriber(centre, emitter, properties.buffer() + properties.replay(), sender);
        long at;
        boolean replayed = false;
        synchronized (c) {
            at = seq.get();
            if (lastEventId != null && lastEventId >= c.evictedUpTo && lastEventId <= at) {
                for (BoardSubscriber.Message m : c.ring) {
                    if (m.seq() > lastEventId) {
                        board.offer(m);
                    }
                }
                replayed = true;
            }
            c.boards.add(board);
        }
        emitter.onCompletion(() -> remove(c, board));
        emitter.onTimeout(() -> remove(c, board));
        emitter.onError(e -> remove(c, board));
        if (!replayed) {
            // read after registering: whatever commits from now on is also in the buffer (the browser ignores a
            // call it already has), whatever committed before is in the snapshot
            BoardSnapshots.Snapshot snapshot = snapshots.snapshot(centre, at);
            if (snapshot == null) {
                remove(c, board);
                return null;
            }
            try {
                emitter.send(SseEmitter.event().id(Long.toString(at)).name("snapshot").reconnectTime(1000)
                        .data(json.writeValueAsString(snapshot), org.springframework.http.MediaType.APPLICATION_JSON));
            } catch (java.io.IOException | RuntimeException e) {
                remove(c, board);
                board.markClosed();
                return emitter;
            }
        }
        board.start();
        return emitter;
    }

    /**
     * After commit: numbers the event and hands it to the centre's boards; never blocks on a board. Deliberately
     * not a {@code @TransactionalEventListener}: Spring Modulith records every after-commit listener's events in
     * its publication registry, two extra transactions per ticket event that also need a second connection while
     * the caller's is still held (decision 0410). A transaction synchronisation gives the same "after commit only".
     */
    @EventListener
    void on(TicketEvent event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(event);
                }
            });
        } else {
            deliver(event);
        }
    }

    private void deliver(TicketEvent event) {
        countsChanged.add(event.centre());
        if (!isCall(event.type())) {
            return;
        }
        publish(event.centre(), event.type().toLowerCase(java.util.Locale.ROOT), BoardSnapshots.Call.of(event));
    }

    static boolean isCall(String type) {
        return "CALLED".equals(type) || "RECALLED".equals(type) || "RESUMED".equals(type);
    }

    /** Pushes changed waiting counts and estimates: one query per centre with boards, not one per board. */
    @Scheduled(fixedDelayString = "${onedoor.queue.board.counts-every:1s}")
    void pushCounts() {
        for (String centre : List.copyOf(countsChanged)) {
            countsChanged.remove(centre);
            Centre c = centres.get(centre);
            if (c == null || c.boards.isEmpty()) {
                continue;
            }
            try {
                publish(centre, "lines", snapshots.lines(centre));
            } catch (RuntimeException e) {
                log.warn("board counts of {} not pushed: {}", centre, e.toString());
            }
        }
    }

    /** Keeps idle streams open through proxies, and refreshes the estimates that move with the clock. */
    @Scheduled(fixedDelayString = "${onedoor.queue.board.heartbeat:15s}")
    void heartbeat() {
        BoardSubscriber.Message beat = new BoardSubscriber.Message(-1, null, null);
        centres.forEach((centre, c) -> {
            if (!c.boards.isEmpty()) {
                countsChanged.add(centre);
            }
            for (BoardSubscriber b : c.boards) {
                if (!b.offer(beat)) {
                    drop(c, b);
                }
            }
        });
    }

    /** Ends every stream of a centre (operations, and tests of the browser's resynchronisation). */
    public void disconnectAll(String centre) {
        Centre c = centres.get(centre);
        if (c != null) {
            for (BoardSubscriber b : new ArrayList<>(c.boards)) {
                drop(c, b);
            }
        }
    }

    /** Boards connected to a centre now. */
    public int connected(String centre) {
        Centre c = centres.get(centre);
        return c == null ? 0 : (int) c.boards.stream().filter(b -> !b.closed()).count();
    }

    private void publish(String centre, String name, Object data) {
        Centre c = centre(centre);
        String body = json.writeValueAsString(data);
        synchronized (c) {
            // numbered under the centre's lock: each centre's ring and buffers stay in sequence order
            BoardSubscriber.Message m = new BoardSubscriber.Message(seq.incrementAndGet(), name, body);
            c.ring.addLast(m);
            while (c.ring.size() > properties.replay()) {
                c.evictedUpTo = c.ring.removeFirst().seq();
            }
            for (BoardSubscriber b : c.boards) {
                if (!b.offer(m)) {
                    drop(c, b);
                }
            }
        }
    }

    private void drop(Centre c, BoardSubscriber b) {
        c.boards.remove(b);
        b.close();
    }

    private void remove(Centre c, BoardSubscriber b) {
        c.boards.remove(b);
        b.markClosed();
    }

    private Centre centre(String centre) {
        return centres.computeIfAbsent(centre, k -> new Centre(seq.get()));
    }

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    /** Ends the streams before the web server's graceful shutdown, which would otherwise wait for them. */
    @Override
    public void stop() {
        running = false;
        centres.values().forEach(c -> c.boards.forEach(BoardSubscriber::close));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;   // stopped first
    }

    @Override
    public void destroy() {
        centres.values().forEach(c -> c.boards.forEach(BoardSubscriber::close));
        sender.shutdownNow();
    }
}
