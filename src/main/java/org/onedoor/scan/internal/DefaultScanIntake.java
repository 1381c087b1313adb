package org.onedoor.scan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.onedoor.common.DomainException;
import org.onedoor.scan.ScanIntake;
import org.onedoor.scan.ScannedDocument;
import org.onedoor.scan.ScannedPage;
import org.onedoor.scan.SourceFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Spools the upload to a temporary file (bounded), recognises it by content, checks page count, declared pixel
 * sizes and resolution from the headers, and only then decodes. Anything a decoder cannot read is "corrupt".
 */
@Component
@EnableConfigurationProperties(ScanProperties.class)
class DefaultScanIntake implements ScanIntake {

    private static final Logger log = LoggerFactory.getLogger(DefaultScanIntake.class);

    private final ScanProperties settings;
    private final ImageFileReader images;
    private final PdfPageReader pdfs;

    DefaultScanIntake(ScanProperties settings) {
        this.settings = settings;
        this.images = new ImageFileReader(settings);
        this.pdfs = new PdfPageReader(settings);
    }

    @Override
    public ScannedDocument read(String fileName, String declaredContentType, InputStream content) {
        long limit = settings.maxFileSize().toBytes();
        BoundedSpool spool;
        try {
            spool = BoundedSpool.copy(content, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool scan " + fileName, e);
        }
        if (spool == null) {
            log.info("Scan {} refused: larger than {} bytes", fileName, limit);
            throw Rejection.of("tooLarge", settings.maxFileSize().toMegabytes());
        }
        try (spool) {
            if (spool.size() == 0) {
                throw Rejection.of("empty");
            }
            SourceFormat format = FileSignature.detect(spool.file()).orElseThrow(() -> {
                log.warn("Scan {} refused: declared {} but its content is no image or PDF", fileName, declaredContentType);
                return Rejection.of("notImageOrPdf");
            });
            List<ScannedPage> pages = format == SourceFormat.PDF
                    ? pdfs.read(spool.file())
                    : images.read(spool.file(), format);
            log.debug("Scan {} read: {} ({} declared), {} page(s)", fileName, format, declaredContentType, pages.size());
            return new ScannedDocument(fileName, format, pages);
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // decoders signal damage in many ways (IIOException, EOFException, index errors in broken TIFFs ...)
            log.info("Scan {} refused as corrupt: {}", fileName, e.toString());
            throw Rejection.of("corrupt");
        }
    }
}
