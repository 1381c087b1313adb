package org.onedoor.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onedoor.storage.StoredFile;

class LocalFileStoreTest {

    @TempDir
    Path dir;

    @Test
    void storesContentUnderItsSha256AndReadsItBack() throws Exception {
        LocalFileStore store = new LocalFileStore(dir);
        StoredFile file = store.put(new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)));

        assertThat(file.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(file.size()).isEqualTo(3);
        assertThat(dir.resolve("ba/78/" + file.sha256())).exists();
        try (var in = store.open(file.sha256())) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("abc");
        }
    }

    @Test
    void theSameBytesAreStoredOnceAndNoTemporaryFileRemains() throws Exception {
        LocalFileStore store = new LocalFileStore(dir);
        StoredFile a = store.put(new ByteArrayInputStream(new byte[] {1, 2, 3}));
        StoredFile b = store.put(new ByteArrayInputStream(new byte[] {1, 2, 3}));

        assertThat(a).isEqualTo(b);
        try (var files = Files.list(dir.resolve("tmp"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void refusesAddressesThatAreNotAHash() throws Exception {
        LocalFileStore store = new LocalFileStore(dir);
        assertThat(store.exists("../../etc/passwd")).isFalse();
    }
}
