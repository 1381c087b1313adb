package org.onedoor.portal.web.applicant;


import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

class UploadCheckTest {

    static final DataSize LIMIT = DataSize.ofKilobytes(1);

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "jpeg", "png"})
    void acceptsPdfJpegAndPngByTheirFirstBytes(String type) {
        byte[] head = switch (type) {
            case "pdf" -> "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
            case "jpeg" -> new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
            default -> new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0};
        };
        // the declared name and content type do not matter
        assertThat(UploadCheck.problem(new MockMultipartFile("f", "x.bin", "text/plain", head), LIMIT)).isNull();
    }

    @Test
    void rejectsADisguisedFile() {
        byte[] html = "<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);
        assertThat(UploadCheck.problem(new MockMultipartFile("f", "scan.pdf", "application/pdf", html), LIMIT))
                .isEqualTo("portal.upload.badType");
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThat(UploadCheck.problem(new MockMultipartFile("f", "scan.pdf", "application/pdf", new byte[0]), LIMIT))
                .isEqualTo("portal.upload.empty");
    }

    @Test
    void rejectsAFileOverTheLimit() {
        byte[] big = new byte[1025];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        assertThat(UploadCheck.problem(new MockMultipartFile("f", "scan.pdf", "application/pdf", big), LIMIT))
                .isEqualTo("portal.upload.tooLarge");
    }
}
