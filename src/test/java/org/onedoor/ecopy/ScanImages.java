package org.onedoor.ecopy;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Test scans: an A4 page at 200 dpi (1654 × 2339 px, no resolution metadata: assumed A4) with some text. */
public final class ScanImages {

    private ScanImages() {
    }

    public static byte[] a4Png(String... lines) {
        BufferedImage image = new BufferedImage(1654, 2339, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(new Color(20, 20, 90));
        g.setFont(new Font(Font.SERIF, Font.BOLD, 56));
        int y = 250;
        for (String line : lines) {
            g.drawString(line, 160, y);
            y += 90;
        }
        g.setColor(new Color(200, 30, 30));
        g.drawOval(1100, 1800, 300, 300);
        g.dispose();
        return png(image);
    }

    /** A "camera photo" (JPEG): the chip card's QR code, small, somewhere on a larger grey background. */
    public static byte[] cardQrPhoto(String qrText) {
        try {
            java.awt.image.BufferedImage code = com.google.zxing.client.j2se.MatrixToImageWriter.toBufferedImage(
                    new com.google.zxing.qrcode.QRCodeWriter().encode(qrText, com.google.zxing.BarcodeFormat.QR_CODE, 300, 300,
                            java.util.Map.of(com.google.zxing.EncodeHintType.CHARACTER_SET, "UTF-8")));
            java.awt.image.BufferedImage photo = new java.awt.image.BufferedImage(1280, 960, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = photo.createGraphics();
            g.setColor(new java.awt.Color(180, 180, 170));
            g.fillRect(0, 0, 1280, 960);
            g.drawImage(code, 610, 280, null);
            g.dispose();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(photo, "jpg", out);
            return out.toByteArray();
        } catch (com.google.zxing.WriterException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] facePng() {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(230, 200, 170));
        g.fillOval(100, 40, 120, 160);
        g.dispose();
        return png(image);
    }

    static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
