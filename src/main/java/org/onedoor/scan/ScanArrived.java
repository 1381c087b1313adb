package org.onedoor.scan;

/**
 * A complete file arrived in a kiosk's watched scanner folder and its bytes are in the
 * {@link org.onedoor.storage.FileStore}. It may be published again for the same file after a crash (listeners
 * deduplicate on {@code storedSha256}). The file is not yet checked: read it with {@link ScanIntake}.
 *
 * @param kioskId      the kiosk whose folder it arrived in (key of {@code onedoor.scan.watch-folders})
 * @param storedSha256 where its bytes are in the file store
 * @param fileName     the name the scanner gave it
 */
public record ScanArrived(String kioskId, String storedSha256, String fileName) {
}
