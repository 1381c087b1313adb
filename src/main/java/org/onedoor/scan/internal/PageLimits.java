package org.onedoor.scan.internal;

/**
 * Checks page counts and declared pixel dimensions against the limits before anything is decoded, so that a
 * small file declaring an enormous image (a decompression bomb) is refused without allocating its pixels.
 */
final class PageLimits {

    private final ScanProperties limits;
    private long pixelsSoFar;

    PageLimits(ScanProperties limits) {
        this.limits = limits;
    }

    void checkPageCount(int pages) {
        if (pages < 1) {
            throw Rejection.of("corrupt");
        }
        if (pages > limits.maxPages()) {
            throw Rejection.of("tooManyPages", pages, limits.maxPages());
        }
    }

    /** @param page one-based page number, for the message */
    void checkPixels(int page, long width, long height) {
        if (width <= 0 || height <= 0) {
            throw Rejection.of("corrupt");
        }
        long pixels = width * height;
        if (pixels > limits.maxPixelsPerPage()) {
            throw Rejection.of("tooManyPixels", page, width, height, megapixels(limits.maxPixelsPerPage()));
        }
        pixelsSoFar += pixels;
        if (pixelsSoFar > limits.maxPixelsPerDocument()) {
            throw Rejection.of("documentTooManyPixels", megapixels(limits.maxPixelsPerDocument()));
        }
    }

    /** @param page one-based page number; {@code assumed}: the dpi was inferred, not read from the file */
    void checkResolution(int page, double dpi, boolean assumed) {
        if (Math.round(dpi) < limits.minDpi()) {
            throw Rejection.of(assumed ? "lowResolutionAssumed" : "lowResolution", page, Math.round(dpi), limits.minDpi());
        }
    }

    private static long megapixels(long pixels) {
        return pixels / 1_000_000;
    }
}
