package org.onedoor.signing.internal;

import eu.europa.esig.dss.pdf.IPdfObjFactory;
import eu.europa.esig.dss.pdf.modifications.DefaultPdfDifferencesFinder;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;

/**
 * DSS's PDFBox factory as OneDoor uses it: the native drawer (visible signatures as real text with an embedded font
 * subset), and no visual comparison of revisions. DSS renders every page of two revisions to compare them
 * pixel by pixel: on a 2-page 200 dpi scan that is about 1.5 s per validation (and again inside each B-LT signature),
 * where the object-level comparison, which stays on, already reports every change to a page's content, resources or
 * annotations as a modification (decision 0307).
 */
final class PdfFactories {

    private PdfFactories() {
    }

    static IPdfObjFactory pdfBox() {
        PdfBoxNativeObjectFactory factory = new PdfBoxNativeObjectFactory();
        DefaultPdfDifferencesFinder differences = new DefaultPdfDifferencesFinder();
        differences.setMaximalPagesAmountForVisualComparison(0);
        factory.setPdfDifferencesFinder(differences);
        return factory;
    }
}
