package org.onedoor.recognition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A stand-in {@code tesseract} shell script, so the pool's limits (saturation, failures) are tested without
 * depending on OCR speed: it answers {@code --version} and {@code --list-langs}, and for a page swallows the
 * image, sleeps, then prints one TSV word.
 */
final class FakeTesseract {

    private FakeTesseract() {
    }

    static String script(String languages, double sleepSeconds, int exitCode) {
        String body = """
                #!/bin/sh
                case "$1" in
                  --version) echo "tesseract 5.3.0 (fake)"; exit 0;;
                  --list-langs) echo 'List of available languages in "/fake" (2):'; printf '%s\\n' LANGS; exit 0;;
                esac
                cat > /dev/null
                sleep SLEEP
                printf 'level\\tpage_num\\tblock_num\\tpar_num\\tline_num\\tword_num\\tleft\\ttop\\twidth\\theight\\tconf\\ttext\\n'
                printf '5\\t1\\t1\\t1\\t1\\t1\\t0\\t0\\t10\\t10\\t91.5\\tXin\\n'
                printf '5\\t1\\t1\\t1\\t1\\t2\\t0\\t0\\t10\\t10\\t88.5\\tchào\\n'
                exit EXIT
                """.replace("LANGS", languages).replace("SLEEP", String.valueOf(sleepSeconds))
                .replace("EXIT", String.valueOf(exitCode));
        try {
            Path file = Files.createTempFile("fake-tesseract", ".sh",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.writeString(file, body);
            file.toFile().deleteOnExit();
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
