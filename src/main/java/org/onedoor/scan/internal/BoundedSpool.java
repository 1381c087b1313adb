package org.onedoor.scan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies an upload into a temporary file, stopping one byte past the limit: a 100 MB upload costs at most the
 * limit in disk and a small buffer in memory, never the whole stream in memory.
 */
final class BoundedSpool implements AutoCloseable {

    private final Path file;
    private final long size;

    private BoundedSpool(Path file, long size) {
        this.file = file;
        this.size = size;
    }

    /** @return the spooled file, or null if the content is larger than {@code limit} bytes (nothing kept) */
    static BoundedSpool copy(InputStream content, long limit) throws IOException {
        Path file = Files.createTempFile("onedoor-scan-", ".part");
        boolean ok = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = content.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - total))) > 0) {
                out.write(buffer, 0, n);
                total += n;
                if (total > limit) {
                    return null;
                }
            }
            ok = true;
            return new BoundedSpool(file, total);
        } finally {
            if (!ok) {
                Files.deleteIfExists(file);
            }
        }
    }

    Path file() {
        return file;
    }

    long size() {
        return size;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
