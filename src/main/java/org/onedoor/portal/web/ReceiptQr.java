package org.onedoor.portal.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

/**
 * Reads the QR code of a receipt slip (form 01 and the other per-dossier forms, decision 0182): it carries the public
 * tracking URL {@code …/track?code=<dossier code>}, and only the code, never the applicant's secret. The kiosk takes
 * the text a keyboard-wedge scanner types, or a camera photo decoded here with ZXing the way the certified-copy kiosk
 * does (decision 0372: declared size checked before decoding, TRY_HARDER, UTF-8). A bare dossier code is accepted too
 * (typed from the paper). The host of the URL is not checked: the kiosk never opens it, it only takes the code.
 */
final class ReceiptQr {

    /** Largest photo decoded, in pixels (a 12-megapixel camera is 4000 × 3000): no decompression bombs. */
    static final long MAX_PHOTO_PIXELS = 24_000_000L;
    /** Dossier codes: agency code, date and number ({@code 000.00.12.H23-251203-0042}); generous but bounded. */
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-]{4,63}");

    /** Why a photo gave no code. */
    enum PhotoProblem { UNREADABLE, NO_QR }

    static final class PhotoException extends Exception {
        final PhotoProblem problem;

        PhotoException(PhotoProblem problem) {
            super(problem.name(), null, false, false);
            this.problem = problem;
        }
    }

    private ReceiptQr() {
    }

    /** The dossier code in a scanned or typed text, or empty when it is not a receipt's QR code nor a code. */
    static Optional<String> code(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.isEmpty() || t.length() > 2048) {
            return Optional.empty();
        }
        String candidate = t;
        int query = t.indexOf('?');
        if (query >= 0 || t.contains("/")) {
            candidate = fromUrl(t).orElse(null);
        }
        return candidate != null && CODE.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }

    private static Optional<String> fromUrl(String text) {
        try {
            URI uri = URI.create(text);
            if (uri.getPath() == null || !uri.getPath().endsWith("/track") || uri.getRawQuery() == null) {
                return Optional.empty();
            }
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.startsWith("code=")) {
                    return Optional.of(URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8).strip());
                }
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The text of the QR code on a photo. */
    static String decode(byte[] photo) throws PhotoException {
        BufferedImage image = read(photo);
        try {
            Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
            hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
            hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
            hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image))), hints).getText();
        } catch (NotFoundException e) {
            throw new PhotoException(PhotoProblem.NO_QR);
        }
    }

    private static BufferedImage read(byte[] photo) throws PhotoException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(photo))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new PhotoException(PhotoProblem.UNREADABLE);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PHOTO_PIXELS) {
                    throw new PhotoException(PhotoProblem.UNREADABLE);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new PhotoException(PhotoProblem.UNREADABLE);
        }
    }
}
