package org.onedoor.signing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** What an attacker does to a signed PDF without touching the signed bytes: an incremental update. */
final class PdfChanges {

    private PdfChanges() {
    }

    /** A filled white square annotation laid over the text of page 1 (hides it in every viewer). */
    static byte[] coverFirstPageWithAnAnnotation(byte[] signed) throws IOException {
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDPage page = document.getPage(0);
            var square = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare();
            square.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(60, 590, 400, 30));
            square.setInteriorColor(new org.apache.pdfbox.pdmodel.graphics.color.PDColor(new float[] {1, 1, 1},
                    org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB.INSTANCE));
            square.setColor(square.getInteriorColor());
            square.constructAppearances(document);
            page.getAnnotations().add(square);
            page.getCOSObject().setNeedToBeUpdated(true);
            page.getCOSObject().getCOSArray(org.apache.pdfbox.cos.COSName.ANNOTS).setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }

    static byte[] appendTextToFirstPage(byte[] signed, String text) throws IOException {
        try (PDDocument document = Loader.loadPDF(signed);
             InputStream font = PdfChanges.class.getResourceAsStream("/fonts/DejaVuSerif.ttf")) {
            PDPage page = document.getPage(0);
            PDType0Font serif = PDType0Font.load(document, font, false);
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, false)) {
                content.beginText();
                content.setFont(serif, 14);
                content.newLineAtOffset(72, 400);
                content.showText(text);
                content.endText();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            page.getResources().getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            byte[] altered = out.toByteArray();
            if (altered.length <= signed.length) {
                throw new IllegalStateException("nothing appended");
            }
            return altered;
        }
    }
}
