package org.onedoor.scan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onedoor.scan.ScanArrived;
import org.onedoor.storage.FileStore;
import org.onedoor.storage.StoredFile;
import org.springframework.transaction.support.TransactionOperations;

class ScannerFolderWatcherTest {

    @TempDir
    Path folder;

    private final InMemoryFileStore store = new InMemoryFileStore();
    private final List<Object> published = new ArrayList<>();
    private ScannerFolderWatcher watcher;

    @BeforeEach
    void watchOneKiosk() {
        ScanProperties settings = ScanProperties.defaults().withWatchFolders(Map.of("kiosk-1", folder));
        watcher = new ScannerFolderWatcher(settings, store, published::add, TransactionOperations.withoutTransaction());
    }

    @Test
    void aCompleteFileIsStoredAnnouncedAndMovedToProcessed() throws IOException {
        byte[] png = ScanSamples.image("png", ScanSamples.page(400, 500, "scan"), 200);
        Files.write(folder.resolve("scan-001.png"), png);

        watcher.pollOnce();
        assertThat(published).as("first look: size not yet known to be stable").isEmpty();
        watcher.pollOnce();

        String sha = sha256(png);
        assertThat(published).containsExactly(new ScanArrived("kiosk-1", sha, "scan-001.png"));
        assertThat(store.files).containsKey(sha);
        assertThat(folder.resolve("scan-001.png")).doesNotExist();
        assertThat(folder.resolve("processed/scan-001.png")).exists();

        watcher.pollOnce();
        assertThat(published).as("taken once").hasSize(1);
    }

    @Test
    void aFileStillBeingWrittenWaitsUntilItsSizeIsStable() throws IOException {
        Path file = folder.resolve("scan-002.pdf");
        Files.write(file, ScanSamples.textPdf("đang quét"));
        watcher.pollOnce();

        Files.write(file, " more".getBytes(), java.nio.file.StandardOpenOption.APPEND);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(1)));
        watcher.pollOnce();
        assertThat(published).as("grew since the first look").isEmpty();

        watcher.pollOnce();
        assertThat(published).hasSize(1);
    }

    @Test
    void temporaryNamesAreLeftAlone() throws IOException {
        Files.write(folder.resolve("scan-003.jpg.part"), ScanSamples.image("jpeg", ScanSamples.page(100, 100, "x"), 200));

        watcher.pollOnce();
        watcher.pollOnce();

        assertThat(published).isEmpty();
        assertThat(folder.resolve("scan-003.jpg.part")).exists();
    }

    @Test
    void aFileThatIsNoImageOrPdfMovesToRejectedAndIsNotAnnounced() throws IOException {
        Files.write(folder.resolve("setup.jpg"), ScanSamples.windowsExecutable());

        watcher.pollOnce();
        watcher.pollOnce();

        assertThat(published).isEmpty();
        assertThat(store.files).isEmpty();
        assertThat(folder.resolve("rejected/setup.jpg")).exists();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class InMemoryFileStore implements FileStore {
        final Map<String, byte[]> files = new HashMap<>();

        @Override
        public StoredFile put(InputStream content) throws IOException {
            byte[] bytes = content.readAllBytes();
            String sha = sha256(bytes);
            files.put(sha, bytes);
            return new StoredFile(sha, bytes.length);
        }

        @Override
        public InputStream open(String sha256) {
            return new ByteArrayInputStream(files.get(sha256));
        }

        @Override
        public boolean exists(String sha256) {
            return files.containsKey(sha256);
        }
    }
}
