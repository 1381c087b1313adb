package org.onedoor.scan;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * One page of a scan as an RGB image with the resolution it was scanned (or rendered) at. At that resolution the
 * image has its original's physical size ("100 % scale", Decree 30/2020 Annex I).
 *
 * @param image      the page, opaque RGB
 * @param dpiX       horizontal resolution, dots per inch
 * @param dpiY       vertical resolution, dots per inch (differs from {@code dpiX} only for fax-like scanners)
 * @param resolution where the resolution comes from
 */
public record ScannedPage(BufferedImage image, double dpiX, double dpiY, Resolution resolution) {

    /** Where a page's resolution comes from. */
    public enum Resolution {
        /** written by the scanner in the file (JFIF density, PNG pHYs, TIFF XResolution) */
        METADATA,
        /** the file says nothing: assumed to be an A4 sheet fitted into the image (see decision 0342) */
        ASSUMED_A4,
        /** a PDF page rendered by OneDoor at this resolution */
        RENDERED
    }

    public ScannedPage {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(resolution, "resolution");
        if (!(dpiX > 0) || !(dpiY > 0)) {
            throw new IllegalArgumentException("resolution must be positive: " + dpiX + " x " + dpiY);
        }
    }

    /** The lower of the two resolutions, the one checked against the 200 dpi minimum. */
    public double dpi() {
        return Math.min(dpiX, dpiY);
    }

    /** Width of the original in PDF points (1/72 inch). */
    public float widthPoints() {
        return (float) (image.getWidth() * 72.0 / dpiX);
    }

    /** Height of the original in PDF points (1/72 inch). */
    public float heightPoints() {
        return (float) (image.getHeight() * 72.0 / dpiY);
    }
}
