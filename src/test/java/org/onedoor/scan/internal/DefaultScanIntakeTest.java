package org.onedoor.scan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.onedoor.scan.internal.ScanSamples.A4_200_HEIGHT;
import static org.onedoor.scan.internal.ScanSamples.A4_200_WIDTH;
import static org.onedoor.scan.internal.ScanSamples.page;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onedoor.common.DomainException;
import org.onedoor.scan.ScannedDocument;
import org.onedoor.scan.ScannedPage;
import org.onedoor.scan.SourceFormat;
import org.springframework.util.unit.DataSize;

class DefaultScanIntakeTest {

    private final DefaultScanIntake intake = new DefaultScanIntake(ScanProperties.defaults());

    @ParameterizedTest
    @ValueSource(strings = {"jpeg", "png", "tiff"})
    void readsAnImageWithItsResolution(String format) throws IOException {
        byte[] file = ScanSamples.image(format, page(A4_200_WIDTH, A4_200_HEIGHT, "CCCD"), 200);

        ScannedDocument scan = read("scan." + format, "image/" + format, file);

        assertThat(scan.format()).isEqualTo(SourceFormat.valueOf(format.toUpperCase()));
        assertThat(scan.pages()).singleElement().satisfies(p -> {
            assertThat(p.resolution()).isEqualTo(ScannedPage.Resolution.METADATA);
            assertThat(p.dpi()).isCloseTo(200, within(1.0));
            assertThat(p.image().getWidth()).isEqualTo(A4_200_WIDTH);
            assertThat(p.widthPoints()).isCloseTo(595.3f, within(1f)); // A4 at 100 %
        });
    }

    @Test
    void readsEveryPageOfAMultiPageTiff() throws IOException {
        byte[] tiff = ScanSamples.images("tiff", List.of(page(1700, 2200, "1"), page(1700, 2200, "2"), page(2200, 1700, "3")), 200);

        ScannedDocument scan = read("three.tif", "image/tiff", tiff);

        assertThat(scan.pageCount()).isEqualTo(3);
        assertThat(scan.pages().get(2).image().getWidth()).isEqualTo(2200);
    }

    @Test
    void rendersAScannerPdfAtTheResolutionOfItsImages() throws IOException {
        ScannedDocument scan = read("scan.pdf", "application/pdf", ScanSamples.scannerPdf(2));

        assertThat(scan.format()).isEqualTo(SourceFormat.PDF);
        assertThat(scan.pages()).hasSize(2).allSatisfy(p -> {
            assertThat(p.resolution()).isEqualTo(ScannedPage.Resolution.RENDERED);
            assertThat(p.dpi()).isCloseTo(200, within(1.0));
            assertThat(p.image().getWidth()).isCloseTo(A4_200_WIDTH, within(2));
        });
    }

    @Test
    void rendersABornDigitalPdfAtTheMinimumResolution() throws IOException {
        ScannedDocument scan = read("letter.pdf", null, ScanSamples.textPdf("Giấy khai sinh"));

        assertThat(scan.pages()).singleElement().satisfies(p -> assertThat(p.dpi()).isEqualTo(200));
    }

    @Test
    void assumesAnA4SheetWhenTheFileGivesNoResolution() throws IOException {
        ScannedDocument scan = read("camera.png", "image/png", ScanSamples.image("png", page(1700, 2400, "A4"), 0));

        ScannedPage only = scan.pages().get(0);
        assertThat(only.resolution()).isEqualTo(ScannedPage.Resolution.ASSUMED_A4);
        assertThat(only.dpi()).isCloseTo(205.6, within(0.5)); // 1700 px over 210 mm
    }

    @Test
    void refusesASmallImageWithoutResolutionAsTooCoarseForA4() throws IOException {
        byte[] png = ScanSamples.image("png", page(800, 1100, "small"), 0);

        assertRejected(() -> read("small.png", "image/png", png), "scan.file.lowResolutionAssumed", 1, 97L, 200);
    }

    @Test
    void refusesAScanUnder200DpiAndSaysWhatItFound() throws IOException {
        byte[] jpeg = ScanSamples.image("jpeg", page(827, 1169, "100 dpi"), 100);

        assertRejected(() -> read("low.jpg", "image/jpeg", jpeg), "scan.file.lowResolution", 1, 100L, 200);
    }

    @Test
    void refusesTextThatClaimsToBeAnImage() {
        byte[] text = "just some text, not a photo".getBytes();

        assertRejected(() -> read("photo.jpg", "image/jpeg", text), "scan.file.notImageOrPdf");
    }

    @Test
    void refusesAProgramRenamedAsJpeg() {
        assertRejected(() -> read("scan.jpg", "image/jpeg", ScanSamples.windowsExecutable()), "scan.file.notImageOrPdf");
    }

    @Test
    void refusesAnEmptyFile() {
        assertRejected(() -> read("scan.pdf", "application/pdf", new byte[0]), "scan.file.empty");
    }

    @Test
    void refusesATruncatedPdf() throws IOException {
        byte[] pdf = ScanSamples.scannerPdf(2);
        byte[] truncated = Arrays.copyOf(pdf, pdf.length / 2);

        assertRejected(() -> read("scan.pdf", "application/pdf", truncated), "scan.file.corrupt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jpeg", "png", "tiff"})
    void refusesATruncatedImage(String format) throws IOException {
        byte[] image = ScanSamples.image(format, page(A4_200_WIDTH, A4_200_HEIGHT, "cut"), 200);
        byte[] truncated = Arrays.copyOf(image, image.length / 2);

        assertRejected(() -> read("cut." + format, "image/" + format, truncated), "scan.file.corrupt");
    }

    @Test
    void stopsReadingA100MegabyteUploadAtTheLimit() {
        LazyStream hundredMegabytes = new LazyStream(100L * 1024 * 1024);

        assertRejected(() -> intake.read("huge.jpg", "image/jpeg", hundredMegabytes), "scan.file.tooLarge", 50L);
        assertThat(hundredMegabytes.served()).isLessThanOrEqualTo(DataSize.ofMegabytes(50).toBytes() + 1);
    }

    @Test
    void refusesAPngDeclaring50000By50000PixelsWithoutDecodingIt() throws IOException {
        byte[] bomb = ScanSamples.pngBomb(50_000, 50_000);
        assertThat(bomb.length).isLessThan(1024);

        assertRejected(() -> read("bomb.png", "image/png", bomb), "scan.file.tooManyPixels", 1, 50_000L, 50_000L, 40L);
    }

    @Test
    void refusesMorePagesThanAllowed() throws IOException {
        DefaultScanIntake threePages = new DefaultScanIntake(ScanProperties.defaults().withMaxPages(3));
        byte[] tiff = ScanSamples.images("tiff", Collections.nCopies(4, page(1700, 2200, "p")), 200);

        assertRejected(() -> threePages.read("four.tif", "image/tiff", new ByteArrayInputStream(tiff)),
                "scan.file.tooManyPages", 4, 3);
    }

    @Test
    void refusesAPdfWithMorePagesThanAllowed() throws IOException {
        byte[] pdf = ScanSamples.scannerPdf(31);

        assertRejected(() -> read("long.pdf", "application/pdf", pdf), "scan.file.tooManyPages", 31, 30);
    }

    @Test
    void refusesADocumentWhosePagesTogetherHaveTooManyPixels() throws IOException {
        ScanProperties small = new ScanProperties(DataSize.ofMegabytes(50), 30, 40_000_000L, 8_000_000L, 200, 300,
                0.9f, java.util.Map.of(), java.time.Duration.ofSeconds(2));
        byte[] tiff = ScanSamples.images("tiff", Collections.nCopies(3, page(1700, 2200, "p")), 200);

        assertRejected(() -> new DefaultScanIntake(small).read("big.tif", "image/tiff", new ByteArrayInputStream(tiff)),
                "scan.file.documentTooManyPixels", 8L);
    }

    private ScannedDocument read(String name, String type, byte[] bytes) {
        return intake.read(name, type, new ByteArrayInputStream(bytes));
    }

    private static void assertRejected(Runnable call, String key, Object... args) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("file");
                assertThat(v.messageKey()).isEqualTo(key);
                if (args.length > 0) {
                    assertThat(v.args()).containsExactly(args);
                }
            });
        });
    }

    /** A JPEG-looking stream of {@code size} bytes, made as it is read: no 100 MB array anywhere. */
    static final class LazyStream extends InputStream {
        private final long size;
        private long served;

        LazyStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - served);
            for (int i = 0; i < n; i++) {
                long at = served + i;
                b[off + i] = at == 0 ? (byte) 0xFF : at == 1 ? (byte) 0xD8 : at == 2 ? (byte) 0xFF : 0;
            }
            served += n;
            return n;
        }

        long served() {
            return served;
        }
    }
}
