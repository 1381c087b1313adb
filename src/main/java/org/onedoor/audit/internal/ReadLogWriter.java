package org.onedoor.audit.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public read log's writer (decision 0260). A reading request only offers its read to a bounded in-memory
 * queue and goes on: it never waits for the database. A thread of its own writes what is queued every
 * {@code onedoor.audit.read-log-flush-every} (100 ms) as sealed blocks: per block one short transaction locks the
 * block chain's head, COPYs the rows into {@code audit.read_log}, inserts the block row (hash over all its rows,
 * chained to the previous block) and moves the head.
 * <p>
 * Nothing queued is dropped: a failed block is kept and retried (in order) before anything newer; when the queue is
 * full the reading request waits for room (back-pressure, the only case where a caller waits); the application's
 * graceful shutdown writes the whole queue after the web server has stopped taking requests. What a crash (kill -9,
 * power loss) can lose is bounded by the flush interval: the reads of the last interval and the block in flight.
 */
@Component
class ReadLogWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReadLogWriter.class);
    private static final DateTimeFormatter COPY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS'+00'")
            .withZone(ZoneOffset.UTC);
    private static final long RETRY_PAUSE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final BlockingQueue<ReadLogChain.ReadRow> queue;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final AuditProperties properties;
    private final Set<YearMonth> partitions = ConcurrentHashMap.newKeySet();
    /** A block that could not be written: retried before anything newer, so reads stay in order. */
    private final List<ReadLogChain.ReadRow> failed = new ArrayList<>();
    private final AtomicLong waits = new AtomicLong();
    private final AtomicLong written = new AtomicLong();

    private volatile boolean running;
    private volatile Thread thread;

    ReadLogWriter(JdbcTemplate jdbc, DataSource dataSource, PlatformTransactionManager transactions,
                  AuditProperties properties) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.properties = properties;
        this.queue = new ArrayBlockingQueue<>(properties.readLogCapacity());
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** Queues a read; waits only while the queue is full (back-pressure), never on the database itself. */
    void add(ReadLogChain.ReadRow read) {
        if (queue.offer(read)) {
            return;
        }
        waits.incrementAndGet();
        boolean interrupted = false;
        try {
            while (true) {
                if (!running) {      // no writer thread (before start, after stop): write the queue ourselves
                    flush();
                }
                try {
                    if (queue.offer(read, 100, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;   // keep the read anyway; restore the flag afterwards
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    int pending() {
        return queue.size() + failedSize();
    }

    /** How many times a reading request had to wait for room in the queue since start. */
    long waits() {
        return waits.get();
    }

    long written() {
        return written.get();
    }

    /**
     * Writes everything queued before the call, in blocks. Called by the writer thread, on shutdown and in tests.
     *
     * @throws RuntimeException when a block cannot be written (it is kept and retried first next time)
     */
    synchronized void flush() {
        List<ReadLogChain.ReadRow> block = new ArrayList<>(Math.min(properties.readLogBlock(), 8192));
        while (true) {
            if (!failed.isEmpty()) {
                block.addAll(failed);
                failed.clear();
            } else if (queue.drainTo(block, properties.readLogBlock()) == 0) {
                return;
            }
            try {
                writeBlock(block);
            } catch (RuntimeException e) {
                failed.addAll(block);
                throw e;
            }
            written.addAndGet(block.size());
            block.clear();
        }
    }

    private synchronized int failedSize() {
        return failed.size();
    }

    private void writeBlock(List<ReadLogChain.ReadRow> rows) {
        ensurePartitions(rows);
        tx.executeWithoutResult(status -> {
            var head = jdbc.queryForMap("select last_seq, last_hash from audit.read_head where id = 1 for update");
            long seq = ((Number) head.get("last_seq")).longValue() + 1;
            String prev = (String) head.get("last_hash");
            String hash = ReadLogChain.blockHash(prev, seq, rows);
            copy(seq, rows);
            Instant first = rows.get(0).at();
            Instant last = first;
            for (ReadLogChain.ReadRow row : rows) {
                first = row.at().isBefore(first) ? row.at() : first;
                last = row.at().isAfter(last) ? row.at() : last;
            }
            jdbc.update("""
                    insert into audit.read_block (seq, sealed_at, row_count, first_at, last_at, prev_hash, hash)
                    values (?, now(), ?, ?, ?, ?, ?)""",
                    seq, rows.size(), Timestamp.from(first), Timestamp.from(last), prev, hash);
            jdbc.update("update audit.read_head set last_seq = ?, last_hash = ? where id = 1", seq, hash);
        });
    }

    /** One COPY of the whole block (text format) on the transaction's connection. */
    private void copy(long seq, List<ReadLogChain.ReadRow> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 160);
        for (int pos = 0; pos < rows.size(); pos++) {
            ReadLogChain.ReadRow row = rows.get(pos);
            text.append(COPY_TIME.format(row.at())).append('\t').append(seq).append('\t').append(pos);
            for (String value : new String[] {row.actor(), row.action(), row.subjectType(), row.subjectId(),
                    row.detail(), row.clientIp()}) {
                text.append('\t');
                escape(text, value);
            }
            text.append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            long copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy audit.read_log (at, block_seq, pos, actor, action, subject_type, subject_id, detail,
                                         client_ip) from stdin""",
                    new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
            if (copied != rows.size()) {
                throw new IllegalStateException("COPY wrote " + copied + " of " + rows.size() + " reads");
            }
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("could not COPY " + rows.size() + " reads into audit.read_log", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** COPY's text format: backslash escapes, {@code \N} for null. */
    static void escape(StringBuilder out, String value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    /** The month partitions the block's reads fall into, and the next month's, created once per process. */
    private void ensurePartitions(List<ReadLogChain.ReadRow> rows) {
        for (Instant at : new Instant[] {rows.get(0).at(), rows.get(rows.size() - 1).at()}) {
            YearMonth month = YearMonth.from(at.atOffset(ZoneOffset.UTC));
            ensurePartition(month);
            ensurePartition(month.plusMonths(1));
        }
    }

    void ensurePartition(YearMonth month) {
        if (partitions.contains(month)) {
            return;
        }
        String name = "read_log_y%04dm%02d".formatted(month.getYear(), month.getMonthValue());
        String from = month.atDay(1) + " 00:00:00+00";
        String to = month.plusMonths(1).atDay(1) + " 00:00:00+00";
        try {
            jdbc.execute("create table if not exists audit." + name + " partition of audit.read_log for values from ('"
                    + from + "') to ('" + to + "')");
        } catch (RuntimeException e) {
            // another node created it at the same moment: fine if it exists now
            Boolean exists = jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, "audit." + name);
            if (!Boolean.TRUE.equals(exists)) {
                throw e;
            }
        }
        partitions.add(month);
    }

    private void run() {
        long pause = properties.readLogFlushEvery().toNanos();
        while (running) {
            LockSupport.parkNanos(pause);
            try {
                flush();
            } catch (RuntimeException e) {
                log.error("Could not write the public read log ({} reads waiting); retrying", pending(), e);
                LockSupport.parkNanos(RETRY_PAUSE_NANOS);
            }
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        Thread t = new Thread(this::run, "audit-read-log");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /** Graceful shutdown: stop the thread, then write whatever is queued. */
    @Override
    public void stop() {
        Thread t = thread;
        running = false;
        if (t != null) {
            LockSupport.unpark(t);
            try {
                t.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
        flushOnShutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Stops after the web server (which stops in phase {@code Integer.MAX_VALUE - 2048}: no more public requests)
     * and before the data source is closed (beans are destroyed after all lifecycles stopped).
     */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 4096;
    }

    /** Reads recorded after {@link #stop()} (by a late job) are written when the bean is destroyed. */
    @PreDestroy
    void flushOnShutdown() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.error("Could not write {} public reads on shutdown", pending(), e);
        }
    }
}
