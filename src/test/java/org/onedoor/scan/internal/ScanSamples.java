package org.onedoor.scan.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Scans made by the tests themselves: images with or without resolution, multi-page TIFFs, PDFs, broken files. */
final class ScanSamples {

    static final int A4_200_WIDTH = 1654;
    static final int A4_200_HEIGHT = 2339;

    private ScanSamples() {
    }

    /** A colourful page: gradient, a stamp-red circle and some text, so JPEG and colour conversion matter. */
    static BufferedImage page(int width, int height, String text) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(250, 246, 230), width, height, new Color(220, 235, 250)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(200, 20, 20));
        g.fillOval(width / 2, height / 2, width / 4, width / 4);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SERIF, Font.BOLD, Math.max(12, width / 25)));
        g.drawString(text, width / 10, height / 8);
        g.dispose();
        return image;
    }

    /** An image file in {@code format} ("jpeg", "png", "tiff"), with the resolution written if {@code dpi > 0}. */
    static byte[] image(String format, BufferedImage image, int dpi) throws IOException {
        return images(format, List.of(image), dpi);
    }

    /** Several pages in one file (only TIFF holds more than one). */
    static byte[] images(String format, List<BufferedImage> pages, int dpi) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if ("tiff".equals(format)) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType("Deflate");
            }
            if (pages.size() > 1) {
                writer.prepareWriteSequence(null);
            }
            for (BufferedImage page : pages) {
                IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page), param);
                if (dpi > 0) {
                    setDpi(metadata, dpi);
                }
                IIOImage item = new IIOImage(page, null, metadata);
                if (pages.size() > 1) {
                    writer.writeToSequence(item, param);
                } else {
                    writer.write(null, item, param);
                }
            }
            if (pages.size() > 1) {
                writer.endWriteSequence();
            }
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * Resolution as scanners write it: JFIF density for JPEG, pHYs for PNG (written natively: the JDK's writers
     * convert the format-neutral tree wrongly for these two), XResolution for TIFF.
     */
    private static void setDpi(IIOMetadata metadata, int dpi) throws IOException {
        String format = metadata.getNativeMetadataFormatName();
        if (format.startsWith("javax_imageio_jpeg")) {
            IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
            IIOMetadataNode jfif = (IIOMetadataNode) root.getElementsByTagName("app0JFIF").item(0);
            jfif.setAttribute("resUnits", "1");
            jfif.setAttribute("Xdensity", Integer.toString(dpi));
            jfif.setAttribute("Ydensity", Integer.toString(dpi));
            metadata.setFromTree(format, root);
            return;
        }
        if (format.startsWith("javax_imageio_png")) {
            IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String perMetre = Long.toString(Math.round(dpi / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            root.appendChild(phys);
            metadata.setFromTree(format, root);
            return;
        }
        String mmPerPixel = Double.toString(25.4 / dpi);
        IIOMetadataNode horizontal = new IIOMetadataNode("HorizontalPixelSize");
        horizontal.setAttribute("value", mmPerPixel);
        IIOMetadataNode vertical = new IIOMetadataNode("VerticalPixelSize");
        vertical.setAttribute("value", mmPerPixel);
        IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
        dimension.appendChild(horizontal);
        dimension.appendChild(vertical);
        IIOMetadataNode root = new IIOMetadataNode(IIOMetadataFormatImpl.standardMetadataFormatName);
        root.appendChild(dimension);
        metadata.mergeTree(IIOMetadataFormatImpl.standardMetadataFormatName, root);
    }

    /** A PDF with one 200-dpi scanned A4 image per page, as a scanner's "scan to PDF" makes. */
    static byte[] scannerPdf(int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            BufferedImage scan = page(A4_200_WIDTH, A4_200_HEIGHT, "PDF scan");
            PDImageXObject image = JPEGFactory.createFromImage(document, scan, 0.8f);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    out.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            return save(document);
        }
    }

    /** A born-digital PDF: text only, with the embedded DejaVu font (e.g. a certification statement page). */
    static byte[] textPdf(String text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            var font = PDType0Font.load(document, ScanSamples.class.getResourceAsStream("/fonts/DejaVuSerif.ttf"), true);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.beginText();
                out.setFont(font, 14);
                out.newLineAtOffset(72, 700);
                out.showText(text);
                out.endText();
            }
            return save(document);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    /**
     * A PNG of a few hundred bytes whose header declares {@code width × height} pixels of 8-bit RGB: decoding it
     * would allocate width × height × 3 bytes (7.5 GB for 50000 × 50000).
     */
    static byte[] pngBomb(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(ihdr);
        header.writeInt(width);
        header.writeInt(height);
        header.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits, RGB, deflate, no filter, no interlace
        chunk(out, "IHDR", ihdr.toByteArray());
        Deflater deflater = new Deflater(9);
        deflater.setInput(new byte[64 * 1024]); // the start of an all-black image
        deflater.finish();
        byte[] compressed = new byte[1024];
        int n = deflater.deflate(compressed);
        chunk(out, "IDAT", java.util.Arrays.copyOf(compressed, n));
        chunk(out, "IEND", new byte[0]);
        return bytes.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    /** The first bytes of a Windows executable (DOS "MZ" header, then the PE signature). */
    static byte[] windowsExecutable() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 0x4E, stub.length);
        return exe;
    }
}
