package org.onedoor.scan;

/** What a scanned file really is, decided by its content (magic bytes), never by its name or declared type. */
public enum SourceFormat {
    JPEG("image/jpeg"), PNG("image/png"), TIFF("image/tiff"), PDF("application/pdf");

    private final String mediaType;

    SourceFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
