package org.onedoor.queue.live;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A minimal server-sent-events reader for tests: one thread parsing the stream into {@link Event}s. */
public final class SseClient implements AutoCloseable {

    public record Event(String id, String name, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile Stream<String> lines;
    public final int status;

    public SseClient(String url, String lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofLines());
        status = response.statusCode();
        lines = response.body();
        reader = new Thread(() -> {
            String id = null, name = null;
            StringBuilder data = new StringBuilder();
            try {
                for (String line : (Iterable<String>) lines::iterator) {
                    if (line.isEmpty()) {
                        if (name != null || !data.isEmpty()) {
                            events.add(new Event(id, name == null ? "message" : name, data.toString()));
                        }
                        name = null;
                        data.setLength(0);
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).strip();
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).strip());
                    }
                }
            } catch (RuntimeException closed) {
                // the stream ended or was closed
            }
        }, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next event with this name (others skipped), or null after the timeout. */
    public Event next(String name, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            Event e = events.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (e == null || e.name().equals(name)) {
                return e;
            }
        }
    }

    /** The next event of any name, or null after the timeout. */
    public Event next(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
        lines.close();
        reader.interrupt();
    }
}
