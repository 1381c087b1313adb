package org.onedoor.scan;

import java.util.List;

/**
 * A scan that passed every check of {@link ScanIntake}: at least one page, each within the pixel limits and at
 * 200 dpi or more.
 *
 * @param fileName the name it was uploaded or dropped under (informative only)
 * @param format   what the content really is
 * @param pages    the pages in order
 */
public record ScannedDocument(String fileName, SourceFormat format, List<ScannedPage> pages) {

    public ScannedDocument {
        pages = List.copyOf(pages);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a scanned document has at least one page");
        }
    }

    public int pageCount() {
        return pages.size();
    }
}
