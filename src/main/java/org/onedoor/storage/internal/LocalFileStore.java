package org.onedoor.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.onedoor.platform.OneDoorProperties;
import org.onedoor.storage.FileStore;
import org.onedoor.storage.StoredFile;
import org.springframework.stereotype.Component;

/**
 * Content-addressed files under {@code <dataDir>/files/ab/cd/<sha256>}. A put streams into a temporary file while
 * hashing, forces it to disk, then moves it atomically into place: a reader never sees a half-written file, and
 * a crash leaves at most a stray temporary file.
 */
@Component
class LocalFileStore implements FileStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final Path tmp;

    @org.springframework.beans.factory.annotation.Autowired
    LocalFileStore(OneDoorProperties properties) throws IOException {
        this(properties.dataDir().resolve("files"));
    }

    LocalFileStore(Path root) throws IOException {
        this.root = root;
        this.tmp = root.resolve("tmp");
        Files.createDirectories(tmp);
    }

    @Override
    public StoredFile put(InputStream content) throws IOException {
        Path temp = Files.createTempFile(tmp, "put-", ".part");
        try {
            MessageDigest digest = sha256();
            long size;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), digest)) {
                size = content.transferTo(out);
                out.flush();
                channel.force(true);
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(hash);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
                    // another put of the same bytes won; content-addressed, so theirs is ours
                }
            }
            return new StoredFile(hash, size);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        if (!SHA256.matcher(sha256).matches()) {
            throw new NoSuchFileException(sha256);
        }
        return Files.newInputStream(pathOf(sha256));
    }

    @Override
    public boolean exists(String sha256) {
        return SHA256.matcher(sha256).matches() && Files.exists(pathOf(sha256));
    }

    @Override
    public boolean delete(String sha256) throws IOException {
        return SHA256.matcher(sha256).matches() && Files.deleteIfExists(pathOf(sha256));
    }

    private Path pathOf(String hash) {
        return root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
