package org.onedoor.scan.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.onedoor.scan.ScannedPage;

/**
 * PDF pages rendered to colour images with PDFBox (decision 0343): a page that holds one scanned image is
 * rendered at that image's own resolution (refused if under the minimum, as upscaling would hide it), clamped to
 * the configured maximum; any other page at the minimum resolution. Image sizes and render sizes are checked
 * from the dictionaries before anything is decoded or rendered.
 */
final class PdfPageReader {

    private static final int MAX_FORM_DEPTH = 4;

    private final ScanProperties settings;

    PdfPageReader(ScanProperties settings) {
        this.settings = settings;
    }

    List<ScannedPage> read(Path file) throws IOException {
        if (!endsWithEofMarker(file)) {
            throw new IOException("no %%EOF in the last 1024 bytes: truncated");
        }
        PDDocument document;
        try {
            document = Loader.loadPDF(file.toFile(), "", null, null,
                    org.apache.pdfbox.io.IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw Rejection.of("encrypted");
        }
        try (document) {
            PageLimits limits = new PageLimits(settings);
            int count = document.getNumberOfPages();
            limits.checkPageCount(count);
            float[] dpis = new float[count];
            for (int i = 0; i < count; i++) {
                PDPage page = document.getPage(i);
                PDRectangle box = page.getCropBox();
                double widthIn = box.getWidth() / 72.0;
                double heightIn = box.getHeight() / 72.0;
                List<PDImageXObject> images = new ArrayList<>();
                collectImages(page.getResources(), images, 0);
                for (PDImageXObject image : images) {
                    limits.checkPixels(i + 1, image.getWidth(), image.getHeight());
                }
                double dpi = settings.minDpi();
                if (images.size() == 1) {
                    PDImageXObject scan = images.get(0);
                    double nativeDpi = Math.max(scan.getWidth(), scan.getHeight()) / Math.max(widthIn, heightIn);
                    limits.checkResolution(i + 1, nativeDpi, false);
                    dpi = Math.min(Math.max(nativeDpi, settings.minDpi()), settings.maxPdfRenderDpi());
                }
                dpis[i] = (float) dpi;
                limits.checkPixels(i + 1, Math.round(widthIn * dpi), Math.round(heightIn * dpi));
            }
            PDFRenderer renderer = new PDFRenderer(document);
            renderer.setSubsamplingAllowed(true);
            List<ScannedPage> pages = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, dpis[i], ImageType.RGB);
                pages.add(new ScannedPage(image, dpis[i], dpis[i], ScannedPage.Resolution.RENDERED));
            }
            return pages;
        }
    }

    /** Image XObjects of a page, including those inside form XObjects (bounded depth against loops). */
    private static void collectImages(PDResources resources, List<PDImageXObject> images, int depth) throws IOException {
        if (resources == null || depth > MAX_FORM_DEPTH) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                images.add(image);
            } else if (object instanceof PDFormXObject form) {
                collectImages(form.getResources(), images, depth + 1);
            }
        }
    }

    /** A complete PDF (and every incremental update of it) ends with {@code %%EOF}; a truncated one does not. */
    static boolean endsWithEofMarker(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int tail = (int) Math.min(1024, length);
            byte[] bytes = new byte[tail];
            raf.seek(length - tail);
            raf.readFully(bytes);
            return new String(bytes, StandardCharsets.ISO_8859_1).contains("%%EOF");
        }
    }
}
