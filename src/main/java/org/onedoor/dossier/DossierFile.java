package org.onedoor.dossier;

import java.time.Instant;

/**
 * A file attached to a dossier for one component.
 *
 * @param componentCode component of the procedure version it satisfies
 * @param fileName      the name it was uploaded under (display only)
 * @param mediaType     type detected from the content: {@code application/pdf}, {@code image/jpeg}, {@code image/png}
 * @param sha256        content address in the file store
 * @param size          bytes
 * @param uploadedAt    when
 * @param uploadedBy    officer username or {@code citizen}
 */
public record DossierFile(String componentCode, String fileName, String mediaType, String sha256, long size,
                          Instant uploadedAt, String uploadedBy) {
}
