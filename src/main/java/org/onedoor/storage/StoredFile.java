package org.onedoor.storage;

/** A file held by the store, addressed by the SHA-256 of its content (lower-case hex). */
public record StoredFile(String sha256, long size) {
}
