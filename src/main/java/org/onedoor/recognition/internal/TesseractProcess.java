package org.onedoor.recognition.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one external command with its standard input fed and its output collected on helper threads, so that a
 * process that stalls is still killed at the time limit (with any children it started).
 */
final class TesseractProcess {

    /** Helper threads only copy bytes; they are daemons so a stuck pipe never blocks shutdown. */
    private static final ExecutorService IO = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ocr-io");
        t.setDaemon(true);
        return t;
    });

    record Result(int exitCode, String stdout, String stderr) {
    }

    static final class TimedOut extends Exception {
        TimedOut() {
            super(null, null, false, false);
        }
    }

    private TesseractProcess() {
    }

    /**
     * @throws IOException when the command cannot be started (not installed)
     * @throws TimedOut    when it ran longer than {@code limit} and was killed
     */
    static Result run(List<String> command, byte[] stdin, Duration limit) throws IOException, TimedOut,
            InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        // one thread per process: parallelism is the pool's job, and OpenMP threads oversubscribe 2 cores
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = builder.start();
        CompletableFuture<Void> feed = CompletableFuture.runAsync(() -> {
            try (OutputStream in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin);
                }
            } catch (IOException e) {
                // the process exited early (bad option, killed): its exit code tells what happened
            }
        }, IO);
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()), IO);
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()), IO);
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new TimedOut();
            }
            feed.get(5, TimeUnit.SECONDS);
            return new Result(process.exitValue(), new String(out.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8),
                    new String(err.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8));
        } catch (ExecutionException | TimeoutException e) {
            kill(process);
            throw new IOException("could not collect the output of " + command.get(0), e);
        } catch (InterruptedException e) {
            kill(process);
            throw e;
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
