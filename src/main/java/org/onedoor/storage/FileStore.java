package org.onedoor.storage;

import java.io.IOException;
import java.io.InputStream;

/**
 * Content-addressed, write-once storage. Putting the same bytes twice stores them once. A put is durable
 * (flushed to disk) before it returns.
 */
public interface FileStore {

    StoredFile put(InputStream content) throws IOException;

    InputStream open(String sha256) throws IOException;

    boolean exists(String sha256);

    /**
     * Deletes stored bytes (retention purges); the caller makes sure nothing it owns still refers to them.
     *
     * @return whether a file was deleted; false by default (a store that keeps everything)
     */
    default boolean delete(String sha256) throws IOException {
        return false;
    }
}
