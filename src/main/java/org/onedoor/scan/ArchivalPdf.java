package org.onedoor.scan;

/**
 * Composes archival PDF/A-2b documents (ISO 19005-2, level B): scanned pages at 100 % scale, colour, at their own
 * resolution (200 dpi or more); optionally pages appended from another PDF (e.g. a certification statement); an
 * optional semi-transparent watermark; QR codes with a caption; XMP metadata, an sRGB output intent and embedded
 * fonts. The result is unsigned: signers add their signatures to it as incremental updates.
 */
public interface ArchivalPdf {

    /** @return the bytes of the PDF/A-2b document */
    byte[] compose(ArchivalPdfRequest request);
}
