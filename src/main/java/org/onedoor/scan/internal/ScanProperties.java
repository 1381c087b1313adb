package org.onedoor.scan.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the scanning module ({@code onedoor.scan.*}).
 *
 * @param maxFileSize          largest accepted scan file; reading stops one byte past it (default 50MB)
 * @param maxPages             most pages in one scan (default 30)
 * @param maxPixelsPerPage     most pixels one page may declare, checked before decoding (default 40 million:
 *                             A4 at 600 dpi is 35 million)
 * @param maxPixelsPerDocument most pixels all pages together may declare (default 150 million, about 450 MB
 *                             decoded; 38 A4 pages at 200 dpi)
 * @param minDpi               lowest accepted resolution (default 200, Decree 30/2020 Annex I)
 * @param maxPdfRenderDpi      a PDF page holding one scanned image is rendered at that image's own resolution,
 *                             but no higher than this (default 300); other PDF pages are rendered at {@code minDpi}
 * @param jpegQuality          JPEG quality of the scanned pages in composed PDFs, 0–1 (default 0.9)
 * @param watchFolders         kiosk id → the folder its scanner writes into (default none)
 * @param watchInterval        how often the scanner folders are looked at; a file is taken once its size and
 *                             modification time were the same at two looks in a row (default 2s)
 */
@ConfigurationProperties("onedoor.scan")
record ScanProperties(
        @DefaultValue("50MB") DataSize maxFileSize,
        @DefaultValue("30") int maxPages,
        @DefaultValue("40000000") long maxPixelsPerPage,
        @DefaultValue("150000000") long maxPixelsPerDocument,
        @DefaultValue("200") int minDpi,
        @DefaultValue("300") int maxPdfRenderDpi,
        @DefaultValue("0.9") float jpegQuality,
        @DefaultValue Map<String, Path> watchFolders,
        @DefaultValue("2s") Duration watchInterval) {

    static ScanProperties defaults() {
        return new ScanProperties(DataSize.ofMegabytes(50), 30, 40_000_000L, 150_000_000L, 200, 300, 0.9f, Map.of(),
                Duration.ofSeconds(2));
    }

    ScanProperties withMaxFileSize(DataSize size) {
        return new ScanProperties(size, maxPages, maxPixelsPerPage, maxPixelsPerDocument, minDpi, maxPdfRenderDpi,
                jpegQuality, watchFolders, watchInterval);
    }

    ScanProperties withMaxPages(int pages) {
        return new ScanProperties(maxFileSize, pages, maxPixelsPerPage, maxPixelsPerDocument, minDpi, maxPdfRenderDpi,
                jpegQuality, watchFolders, watchInterval);
    }

    ScanProperties withWatchFolders(Map<String, Path> folders) {
        return new ScanProperties(maxFileSize, maxPages, maxPixelsPerPage, maxPixelsPerDocument, minDpi, maxPdfRenderDpi,
                jpegQuality, folders, watchInterval);
    }
}
