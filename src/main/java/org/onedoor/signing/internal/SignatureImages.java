package org.onedoor.signing.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** Composes the visible image of a normal document: the signer's signature with the seal over its left third. */
final class SignatureImages {

    private SignatureImages() {
    }

    /** Either image may be null (an officer of an agency without a seal image, a seal without a signature). */
    static byte[] compose(Path signature, Path seal) {
        try {
            BufferedImage sig = signature == null ? null : ImageIO.read(signature.toFile());
            BufferedImage stamp = seal == null ? null : ImageIO.read(seal.toFile());
            if (sig == null) {
                return png(stamp);
            }
            if (stamp == null) {
                return png(sig);
            }
            // Decree 30/2020 Annex I: the seal overlaps about a third of the signature, on its left
            int sealSize = Math.round(sig.getHeight() * 1.25f);
            int overlap = sig.getWidth() / 3;
            int sigX = sealSize - overlap;
            int width = Math.max(sealSize, sigX + sig.getWidth());
            int height = Math.max(sealSize, sig.getHeight());
            BufferedImage composed = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = composed.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(sig, sigX, (height - sig.getHeight()) / 2, null);
            g.drawImage(stamp, 0, (height - sealSize) / 2, sealSize, sealSize, null);
            g.dispose();
            return png(composed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Height divided by width. */
    static float aspect(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            return image.getHeight() / (float) image.getWidth();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
