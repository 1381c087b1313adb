package org.onedoor.scan.internal;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.stream.ImageInputStream;

import org.onedoor.scan.ScannedPage;
import org.onedoor.scan.SourceFormat;
import org.w3c.dom.Node;

/**
 * JPEG, PNG and TIFF (multi-page) through the JDK's own Image I/O readers (TIFF is built in since JDK 9, decision
 * 0341). Every page's header is checked first (dimensions, resolution); only then are pages decoded. A decoder
 * warning (e.g. "premature end of JPEG file") counts as a corrupt file: a truncated scan is not a copy.
 */
final class ImageFileReader {

    private static final double MM_PER_INCH = 25.4;
    private static final double A4_SHORT_IN = 210 / MM_PER_INCH;
    private static final double A4_LONG_IN = 297 / MM_PER_INCH;

    private final ScanProperties settings;

    ImageFileReader(ScanProperties settings) {
        this.settings = settings;
    }

    List<ScannedPage> read(Path file, SourceFormat format) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = readerFor(format);
            try {
                reader.setInput(input, false, false);
                int count = format == SourceFormat.TIFF ? reader.getNumImages(true) : 1;
                PageLimits limits = new PageLimits(settings);
                limits.checkPageCount(count);
                List<Dpi> resolutions = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    int width = reader.getWidth(i);
                    int height = reader.getHeight(i);
                    limits.checkPixels(i + 1, width, height);
                    Dpi dpi = metadataDpi(reader.getImageMetadata(i));
                    if (dpi == null) {
                        dpi = assumedA4Dpi(width, height);
                    }
                    limits.checkResolution(i + 1, Math.min(dpi.x(), dpi.y()), dpi.assumed());
                    resolutions.add(dpi);
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> {
                    // the first warning decides; decoding the rest of a damaged file is wasted work
                    if (warnings.isEmpty()) {
                        warnings.add(warning);
                        source.abort();
                    }
                });
                List<ScannedPage> pages = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    BufferedImage image = reader.read(i);
                    if (!warnings.isEmpty()) {
                        throw new IOException("decoder warnings: " + warnings);
                    }
                    Dpi dpi = resolutions.get(i);
                    pages.add(new ScannedPage(toRgb(image), dpi.x(), dpi.y(),
                            dpi.assumed() ? ScannedPage.Resolution.ASSUMED_A4 : ScannedPage.Resolution.METADATA));
                }
                return pages;
            } finally {
                reader.dispose();
            }
        }
    }

    private static ImageReader readerFor(SourceFormat format) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name().toLowerCase(java.util.Locale.ROOT));
        if (!readers.hasNext()) {
            throw new IOException("no image reader for " + format);
        }
        return readers.next();
    }

    /**
     * Resolution written by the scanner, from the format-neutral metadata tree (JFIF density, PNG pHYs, TIFF
     * XResolution/YResolution), in dots per inch; null if the file does not say (e.g. a JFIF aspect ratio only).
     */
    /** A resolution in dots per inch; {@code assumed}: not read from the file. */
    record Dpi(double x, double y, boolean assumed) {
    }

    static Dpi metadataDpi(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return null;
        }
        Node root = metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
        Double h = null;
        Double v = null;
        for (Node dimension = root.getFirstChild(); dimension != null; dimension = dimension.getNextSibling()) {
            if (!"Dimension".equals(dimension.getNodeName())) {
                continue;
            }
            for (Node n = dimension.getFirstChild(); n != null; n = n.getNextSibling()) {
                if ("HorizontalPixelSize".equals(n.getNodeName())) {
                    h = mmPerPixel(n);
                } else if ("VerticalPixelSize".equals(n.getNodeName())) {
                    v = mmPerPixel(n);
                }
            }
        }
        if (h == null && v == null) {
            return null;
        }
        double dpiX = MM_PER_INCH / (h != null ? h : v);
        double dpiY = MM_PER_INCH / (v != null ? v : h);
        return new Dpi(dpiX, dpiY, false);
    }

    private static Double mmPerPixel(Node node) {
        Node value = node.getAttributes() == null ? null : node.getAttributes().getNamedItem("value");
        if (value == null) {
            return null;
        }
        try {
            double mm = Double.parseDouble(value.getNodeValue());
            return mm > 0 && Double.isFinite(mm) ? mm : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * No resolution in the file: assume the image is an A4 sheet fitted into it (decision 0342), i.e. the lowest
     * resolution at which the image fits on A4 in its own orientation.
     */
    static Dpi assumedA4Dpi(int width, int height) {
        double dpi = Math.max(Math.min(width, height) / A4_SHORT_IN, Math.max(width, height) / A4_LONG_IN);
        return new Dpi(dpi, dpi, true);
    }

    /** Opaque RGB, whatever the source (grey, palette, alpha over white). */
    static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
