package org.onedoor.signing.internal;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.onedoor.common.VietnamTime;
import org.onedoor.signing.SignatureAppearance;

import eu.europa.esig.dss.enumerations.SignerTextHorizontalAlignment;
import eu.europa.esig.dss.enumerations.TextWrapping;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.DSSFileFont;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.SignatureImageTextParameters;

/**
 * Visible signatures of Decree 30/2020/ND-CP Annex I, as DSS image parameters. DSS draws them natively with
 * PDFBox (searchable text, embedded font subset). Coordinates are DSS's: points from the page's top-left corner.
 */
final class Appearances {

    /** Annex I: {@code dd/MM/yyyy HH:mm:ss +07:00}. */
    static final DateTimeFormatter COPY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss xxx")
            .withZone(VietnamTime.ZONE);
    static final String COPY_FORM = "SAO Y";

    private static final float FONT_SIZE = 10f;
    private static final float PADDING = 3f;
    private static final float MARGIN = 20f;
    private static final float SEAL_WIDTH = 150f;
    private static final byte[] FONT = font();

    private Appearances() {
    }

    /** The text of a copy certification: the copy form, the agency, the time (three lines). */
    static String copyText(String agencyName, Instant time) {
        return COPY_FORM + "\n" + Normalizer.normalize(agencyName, Normalizer.Form.NFC) + "\n" + COPY_TIME.format(time);
    }

    /** Null for {@link SignatureAppearance#INVISIBLE}. */
    static SignatureImageParameters of(SignatureAppearance appearance, SignerKey key, Instant time, PDDocument pdf) {
        return switch (appearance) {
            case INVISIBLE -> null;
            case COPY_CERTIFICATION -> copyCertification(key.agencyName(), time, pdf);
            case SIGNATURE_WITH_SEAL -> signatureWithSeal(key, pdf);
        };
    }

    /** Top right of page 1, no image, Times-like 10 pt black (Liberation Serif: metric-compatible with Times New Roman, Vietnamese diacritics). */
    private static SignatureImageParameters copyCertification(String agencyName, Instant time, PDDocument pdf) {
        String text = copyText(agencyName, time);
        float width = textWidth(pdf, text) + 2 * PADDING + 2;
        float height = 3 * FONT_SIZE * 1.25f + 2 * PADDING;
        PDRectangle page = pdf.getPage(0).getMediaBox();

        SignatureImageTextParameters textParameters = new SignatureImageTextParameters();
        DSSFileFont font = new DSSFileFont(new InMemoryDocument(FONT), FONT_SIZE);
        font.setEmbedFontSubset(true);
        textParameters.setFont(font);
        textParameters.setText(text);
        textParameters.setTextColor(Color.BLACK);
        textParameters.setPadding(PADDING);
        textParameters.setTextWrapping(TextWrapping.FONT_BASED);
        textParameters.setSignerTextHorizontalAlignment(SignerTextHorizontalAlignment.LEFT);

        SignatureImageParameters image = new SignatureImageParameters();
        image.setTextParameters(textParameters);
        image.setFieldParameters(field(1, page.getWidth() - width - MARGIN, MARGIN, width, height));
        return image;
    }

    /** The signature image with the seal over its left third, bottom right of the last page. */
    private static SignatureImageParameters signatureWithSeal(SignerKey key, PDDocument pdf) {
        if (key.signatureImage() == null && key.sealImage() == null) {
            return null;
        }
        byte[] png = SignatureImages.compose(key.signatureImage(), key.sealImage());
        float height = SEAL_WIDTH * SignatureImages.aspect(png);
        int last = pdf.getNumberOfPages();
        PDRectangle page = pdf.getPage(last - 1).getMediaBox();
        SignatureImageParameters image = new SignatureImageParameters();
        image.setImage(new InMemoryDocument(png, "signature.png"));
        image.setFieldParameters(field(last, page.getWidth() - SEAL_WIDTH - MARGIN,
                page.getHeight() - height - 2 * MARGIN, SEAL_WIDTH, height));
        return image;
    }

    private static SignatureFieldParameters field(int page, float x, float y, float width, float height) {
        SignatureFieldParameters field = new SignatureFieldParameters();
        field.setPage(page);
        field.setOriginX(x);
        field.setOriginY(y);
        field.setWidth(width);
        field.setHeight(height);
        return field;
    }

    private static float textWidth(PDDocument pdf, String text) {
        try (InputStream in = new java.io.ByteArrayInputStream(FONT)) {
            PDType0Font font = PDType0Font.load(pdf, in, true);
            float widest = 0;
            for (String line : text.split("\n")) {
                widest = Math.max(widest, font.getStringWidth(line) / 1000f * FONT_SIZE);
            }
            return widest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] font() {
        try (InputStream in = Appearances.class.getResourceAsStream("/fonts/LiberationSerif-Regular.ttf")) {
            if (in == null) {
                throw new IllegalStateException("fonts/LiberationSerif-Regular.ttf missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
