package org.onedoor.scan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.onedoor.scan.ScanArrived;
import org.onedoor.storage.FileStore;
import org.onedoor.storage.StoredFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Watches each kiosk's scanner folder by polling (decision 0345: scanners often write to network shares where
 * file-system notifications are not delivered). A file is taken once its size and modification time did not change
 * between two looks; it is stored in the file store, {@link ScanArrived} is published (outbox), then the file moves
 * to {@code processed/}. Files that are no image or PDF, or too large, move to {@code rejected/} untouched.
 * A crash between publishing and moving publishes the same file again at the next start: listeners deduplicate.
 */
@Component
class ScannerFolderWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ScannerFolderWatcher.class);

    private final ScanProperties settings;
    private final FileStore files;
    private final ApplicationEventPublisher events;
    private final TransactionOperations transactions;
    private final Map<Path, Seen> seen = new HashMap<>();
    private ScheduledExecutorService scheduler;

    ScannerFolderWatcher(ScanProperties settings, FileStore files, ApplicationEventPublisher events,
                         TransactionOperations transactions) {
        this.settings = settings;
        this.files = files;
        this.events = events;
        this.transactions = transactions;
    }

    private record Seen(long size, FileTime modified) {
    }

    /** One look at every folder; files unchanged since the previous look are taken. */
    synchronized void pollOnce() {
        settings.watchFolders().forEach((kiosk, folder) -> {
            try {
                poll(kiosk, folder);
            } catch (IOException e) {
                log.warn("Scanner folder {} of kiosk {} cannot be read: {}", folder, kiosk, e.toString());
            }
        });
        seen.keySet().removeIf(path -> !Files.exists(path, LinkOption.NOFOLLOW_LINKS));
    }

    private void poll(String kiosk, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path file : entries) {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || isTemporary(file.getFileName().toString())) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                Seen now = new Seen(attributes.size(), attributes.lastModifiedTime());
                Seen before = seen.put(file, now);
                if (now.equals(before) && now.size() > 0) {
                    seen.remove(file);
                    take(kiosk, folder, file);
                }
            }
        }
    }

    private void take(String kiosk, Path folder, Path file) throws IOException {
        String name = file.getFileName().toString();
        if (Files.size(file) > settings.maxFileSize().toBytes() || FileSignature.detect(file).isEmpty()) {
            log.warn("Scanner folder of kiosk {}: {} is no image or PDF, or too large; moved to rejected/", kiosk, name);
            moveInto(file, folder.resolve("rejected"));
            return;
        }
        StoredFile stored;
        try (InputStream in = Files.newInputStream(file)) {
            stored = files.put(in);
        }
        transactions.executeWithoutResult(status -> events.publishEvent(new ScanArrived(kiosk, stored.sha256(), name)));
        moveInto(file, folder.resolve("processed"));
        log.info("Scan {} from kiosk {} stored as {}", name, kiosk, stored.sha256());
    }

    private static void moveInto(Path file, Path directory) throws IOException {
        Files.createDirectories(directory);
        Path target = directory.resolve(file.getFileName());
        if (Files.exists(target)) {
            target = directory.resolve(Instant.now().toEpochMilli() + "-" + file.getFileName());
        }
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Names scanners and copy tools use while a file is still being written. */
    static boolean isTemporary(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith(".") || lower.startsWith("~") || lower.endsWith(".part") || lower.endsWith(".tmp")
                || lower.endsWith(".partial") || lower.endsWith(".crdownload");
    }

    @Override
    public synchronized void start() {
        if (settings.watchFolders().isEmpty() || scheduler != null) {
            return;
        }
        long interval = Math.max(100, settings.watchInterval().toMillis());
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "scanner-folders");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::pollQuietly, interval, interval, TimeUnit.MILLISECONDS);
        log.info("Watching scanner folders {} every {} ms", settings.watchFolders(), interval);
    }

    private void pollQuietly() {
        try {
            pollOnce();
        } catch (RuntimeException e) {
            log.error("Scanner folder poll failed", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
