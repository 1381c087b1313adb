// The service-centre floor under load (bench/queue.sh): tickets issued per second, calls per second, and the delay
// from the "call next" response to the call arriving on each of N connected boards (server-sent events).
// Plain JDK (java.net.http), run as a single-file program: java bench/QueueBench.java <base-url> [seconds] [boards]
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

public class QueueBench {

    static final String CENTRE = System.getenv().getOrDefault("BENCH_CENTRE", "000.00.31.H37");   // Xã Gia Phú (demo)
    static final String USER = System.getenv().getOrDefault("BENCH_DESK", "motcua.giaphu:Demo@2026");
    static final int CLIENTS = Integer.parseInt(System.getenv().getOrDefault("BENCH_CLIENTS", "16"));
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    static final Pattern TICKET = Pattern.compile("\"ticketId\"\\s*:\\s*(\\d+)");

    static String base;
    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        base = args[0];
        int secs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int boards = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        List<Long> lines = new ArrayList<>();
        String board = get("/api/v1/queue/" + CENTRE + "/board");
        Matcher lm = Pattern.compile("\"lines\"\\s*:\\s*\\[(.*)]").matcher(board);
        if (lm.find()) {
            Matcher ids = ID.matcher(lm.group(1));
            while (ids.find()) {
                lines.add(Long.parseLong(ids.group(1)));
            }
        }
        if (lines.isEmpty()) {
            throw new IllegalStateException("no lines at " + CENTRE + ": " + board);
        }
        // a kiosk issues to every line (one line alone would serialise on its number counter row); desks call any line
        List<String> issueBodies = lines.stream().map(l -> "{\"lineId\":" + l + "}").toList();
        String callBody = "{\"lineIds\":" + lines + "}";
        AtomicLong issueTurn = new AtomicLong();
        Request issue = i -> post("/api/v1/queue/" + CENTRE + "/tickets",
                issueBodies.get((int) (issueTurn.getAndIncrement() % issueBodies.size())), null, 201);

        // 1. tickets issued (public kiosk/web API); warm-up, then the measured run (its tickets are called below)
        run("warm-up issue", CLIENTS, 10, issue, null);
        long[] cpu = Cpu.now();
        Result issued = run("tickets issued", CLIENTS, secs, issue, null);
        System.out.println("RESULT " + issued);
        Cpu.report("ticket", cpu, issued.ok());
        // stock for the calls (unmeasured): enough waiting tickets for the call figure at up to STOCK_RATE calls/s
        // calls warm up for CALL_WARMUP seconds first: the JIT compiles the call path for a minute or so in a fresh
        // JVM, a server that has run all day does not (the JIT's CPU is reported apart)
        int callWarmup = Integer.parseInt(System.getenv().getOrDefault("BENCH_CALL_WARMUP", "30"));
        long stock = Long.parseLong(System.getenv().getOrDefault("BENCH_STOCK_RATE", "600")) * (secs + callWarmup);
        long have = issued.ok() + issued.errors();
        if (have < stock) {
            int fill = (int) Math.min(300, Math.ceil((stock - have) / Math.max(1.0, issued.ok() / (double) secs)));
            run("stock", CLIENTS, fill, issue, null);
        }

        // 2. N boards connected to the live stream
        Map<Long, Long> calledAt = new ConcurrentHashMap<>();     // ticket id -> nanoTime the call's response arrived
        Map<Long, Long> sentAt = new ConcurrentHashMap<>();       // ticket id -> nanoTime the call was sent
        List<long[]> delays = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong received = new AtomicLong();
        CountDownLatch connected = new CountDownLatch(boards);
        // Each board is a plain socket read by one blocking thread (HTTP/1.1, chunked): the load generator shares the
        // two cores with the server, and java.net.http's reactive line pipeline cost about twice as much per message.
        List<java.net.Socket> streams = new ArrayList<>();
        URI boardUri = URI.create(base + "/queue/" + CENTRE + "/board/events");
        for (int b = 0; b < boards; b++) {
            java.net.Socket socket = new java.net.Socket(boardUri.getHost(), boardUri.getPort());
            socket.getOutputStream().write(("GET " + boardUri.getRawPath() + " HTTP/1.1\r\nHost: " + boardUri.getHost()
                    + ":" + boardUri.getPort() + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            streams.add(socket);
            Thread t = new Thread(() -> {
                String event = null;
                boolean first = true;
                try {
                    Board in = new Board(socket.getInputStream());
                    for (String l = in.line(); l != null; l = in.line()) {
                        if (l.startsWith("event:")) {
                            event = l.substring(6).strip();
                            if (first && event.equals("snapshot")) {
                                first = false;
                                connected.countDown();
                            }
                        } else if (l.startsWith("data:") && "called".equals(event)) {
                            long now = System.nanoTime();
                            Matcher tm = TICKET.matcher(l);
                            if (tm.find()) {
                                long id = Long.parseLong(tm.group(1));
                                received.incrementAndGet();
                                delays.add(new long[] {id, now});
                            }
                        } else if (l.isEmpty()) {
                            event = null;
                        }
                    }
                } catch (java.io.IOException e) {
                    // the stream ended (end of the run)
                }
            });
            t.setDaemon(true);
            t.start();
        }
        if (!connected.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("boards did not connect: " + connected.getCount() + " missing");
        }

        // 3. calls (desk API, HTTP Basic), one counter per client; each response's arrival time is noted
        String auth = "Basic " + Base64.getEncoder().encodeToString(USER.getBytes(StandardCharsets.UTF_8));
        run("warm-up call", CLIENTS, callWarmup, i -> post("/api/v1/queue/" + CENTRE + "/counters/W" + i + "/next", callBody, auth, 200), null);
        delays.clear();
        cpu = Cpu.now();
        Result calls = run("calls", CLIENTS, secs, i -> post("/api/v1/queue/" + CENTRE + "/counters/B" + i + "/next", callBody, auth, 200),
                (body, start, at) -> {
                    Matcher im = ID.matcher(body);
                    if (im.find()) {
                        calledAt.put(Long.parseLong(im.group(1)), at);
                        sentAt.put(Long.parseLong(im.group(1)), start);
                    }
                });
        System.out.println("RESULT " + calls + (exhausted.get() > 0 ? " (ran out of waiting tickets: rate understated)" : ""));
        Cpu.report("call", cpu, calls.ok());
        Thread.sleep(3000);   // let the last calls reach every board

        List<Long> ms = new ArrayList<>();
        List<Long> fromSend = new ArrayList<>();
        long early = 0;
        synchronized (delays) {
            for (long[] d : delays) {
                Long at = calledAt.get(d[0]);
                if (at != null) {
                    long delay = d[1] - at;
                    if (delay < 0) {
                        early++;   // the board had it before the caller read its response
                    }
                    ms.add(Math.max(0, delay));
                    fromSend.add(d[1] - sentAt.get(d[0]));
                }
            }
        }
        long expected = (long) calledAt.size() * boards;
        long[] sorted = ms.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("RESULT call → board delay (%d boards): %d deliveries of %d expected (%.2f%%), p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d before the response%n",
                boards, sorted.length, expected, 100.0 * sorted.length / Math.max(1, expected),
                pct(sorted, 50) / 1e6, pct(sorted, 99) / 1e6, sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, early);
        long[] sent = fromSend.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("RESULT call sent → board (same deliveries): p50 %.1f ms, p99 %.1f ms%n", pct(sent, 50) / 1e6, pct(sent, 99) / 1e6);
        for (java.net.Socket socket : streams) {
            socket.close();
        }
        System.exit(0);
    }

    interface Request {
        HttpResponse<String> send(int client) throws Exception;
    }

    interface OnBody {
        void accept(String body, long sentNanos, long receivedNanos);
    }

    record Result(String name, int clients, int secs, long ok, long errors, long[] latencies) {
        @Override
        public String toString() {
            return String.format("%s (c=%d, %ds): %.0f /s, p50 %.1f ms, p99 %.1f ms, %d errors", name, clients, secs,
                    ok / (double) secs, pct(latencies, 50) / 1e6, pct(latencies, 99) / 1e6, errors);
        }
    }

    static final AtomicLong exhausted = new AtomicLong();

    static Result run(String name, int clients, int secs, Request request, OnBody onBody) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(secs);
        AtomicLong ok = new AtomicLong(), errors = new AtomicLong();
        List<long[]> perClient = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                long[] lat = new long[200_000];
                int n = 0;
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> r = request.send(client);
                        long done = System.nanoTime();
                        if (r.statusCode() == 204) {
                            exhausted.incrementAndGet();   // nobody waiting any more: this client stops
                            break;
                        } else if (r.statusCode() / 100 == 2) {
                            ok.incrementAndGet();
                            if (n < lat.length) {
                                lat[n++] = done - start;
                            }
                            if (onBody != null) {
                                onBody.accept(r.body(), start, done);
                            }
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                perClient.add(Arrays.copyOf(lat, n));
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long[] merged = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(name, clients, secs, ok.get(), errors.get(), merged);
    }

    static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static HttpResponse<String> post(String path, String body, String auth, int expected) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * CPU time the application and its database spent, from /proc (Linux): a cost per request that holds even when
     * other work shares the machine, unlike a rate. BENCH_APP_PID names the application's process, BENCH_PG_DATA the
     * database's data directory (its postmaster and every backend under it are counted, also backends that exited).
     */
    static final class Cpu {
        static final long HZ = 100;   // USER_HZ of /proc/<pid>/stat on Linux

        static long[] now() {
            String app = System.getenv("BENCH_APP_PID");
            String pgData = System.getenv("BENCH_PG_DATA");
            if (app == null || pgData == null) {
                return null;
            }
            long appTicks = ticks(app, false);
            long jitTicks = 0;   // the JIT compiler's threads: a fresh JVM compiles for minutes, a running server does not
            try (Stream<java.nio.file.Path> tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/" + app + "/task"))) {
                for (java.nio.file.Path task : tasks.toList()) {
                    if (read(task.resolve("comm").toString()).matches("(?s)C[12] CompilerThre.*")) {
                        jitTicks += ticks(app + "/task/" + task.getFileName(), false);
                    }
                }
            } catch (Exception e) {
                return null;
            }
            long dbTicks = 0;
            try (Stream<java.nio.file.Path> procs = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
                List<String> pids = procs.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d+")).toList();
                String postmaster = null;
                for (String pid : pids) {
                    String cmd = read("/proc/" + pid + "/cmdline").replace('\0', ' ');
                    if (cmd.contains("postgres") && cmd.contains(" -D " + pgData)) {
                        postmaster = pid;
                    }
                }
                if (postmaster == null) {
                    return null;
                }
                dbTicks += ticks(postmaster, true);
                for (String pid : pids) {
                    String[] f = fields(pid);
                    if (f != null && f[1].equals(postmaster)) {
                        dbTicks += ticks(pid, true);
                    }
                }
            } catch (Exception e) {
                return null;
            }
            return new long[] {appTicks - jitTicks, dbTicks, jitTicks, ticks("self", false)};
        }

        static void report(String what, long[] before, long count) {
            long[] after = now();
            if (before == null || after == null || count == 0) {
                return;
            }
            double app = (after[0] - before[0]) * 1000.0 / HZ / count;
            double db = (after[1] - before[1]) * 1000.0 / HZ / count;
            double jit = (after[2] - before[2]) * 1000.0 / HZ / count;
            double driver = (after[3] - before[3]) * 1000.0 / HZ / count;
            System.out.printf("RESULT CPU per %s: %.2f ms (application %.2f ms, database %.2f ms; besides: JIT compiler %.2f ms, this load generator and its boards %.2f ms) over %d%n",
                    what, app + db, app, db, jit, driver, count);
        }

        /** utime + stime (and, with children, the reaped children's cutime + cstime) in ticks. */
        static long ticks(String pid, boolean children) {
            String[] f = fields(pid);
            if (f == null) {
                return 0;
            }
            // fields after the command: [0] state, [1] ppid, ... [11] utime, [12] stime, [13] cutime, [14] cstime
            long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return children ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
        }

        static String[] fields(String pid) {
            String stat = read("/proc/" + pid + "/stat");
            int close = stat.lastIndexOf(')');
            return close < 0 ? null : stat.substring(close + 2).split(" ");
        }

        static String read(String file) {
            try {
                return java.nio.file.Files.readString(java.nio.file.Path.of(file), StandardCharsets.ISO_8859_1);
            } catch (Exception e) {
                return "";
            }
        }
    }

    /** Lines of a server-sent event stream over HTTP/1.1: skips the response head, decodes chunked transfer. */
    static final class Board {
        private final java.io.InputStream in;
        private final boolean chunked;
        private long chunkLeft;
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(256);

        Board(java.io.InputStream raw) throws java.io.IOException {
            this.in = new java.io.BufferedInputStream(raw, 16384);
            boolean isChunked = false;
            for (String h = rawLine(); h != null && !h.isEmpty(); h = rawLine()) {
                if (h.toLowerCase(java.util.Locale.ROOT).startsWith("transfer-encoding:") && h.toLowerCase(java.util.Locale.ROOT).contains("chunked")) {
                    isChunked = true;
                }
            }
            this.chunked = isChunked;
        }

        /** The next line of the body, or null at its end. */
        String line() throws java.io.IOException {
            line.reset();
            while (true) {
                int c = body();
                if (c < 0) {
                    return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
                }
                if (c == '\n') {
                    return line.toString(StandardCharsets.UTF_8);
                }
                if (c != '\r') {
                    line.write(c);
                }
            }
        }

        private int body() throws java.io.IOException {
            if (!chunked) {
                return in.read();
            }
            if (chunkLeft == 0) {
                String size = rawLine();
                while (size != null && size.isEmpty()) {   // the CRLF that ends the previous chunk
                    size = rawLine();
                }
                if (size == null) {
                    return -1;
                }
                int semi = size.indexOf(';');
                chunkLeft = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).strip(), 16);
                if (chunkLeft == 0) {
                    return -1;
                }
            }
            int c = in.read();
            if (c >= 0) {
                chunkLeft--;
            }
            return c;
        }

        private String rawLine() throws java.io.IOException {
            StringBuilder b = new StringBuilder();
            for (int c = in.read(); c >= 0; c = in.read()) {
                if (c == '\n') {
                    return b.toString();
                }
                if (c != '\r') {
                    b.append((char) c);
                }
            }
            return b.length() == 0 ? null : b.toString();
        }
    }
}
