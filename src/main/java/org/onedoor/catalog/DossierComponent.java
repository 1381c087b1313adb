package org.onedoor.catalog;

/**
 * One paper the applicant must provide ("thành phần hồ sơ").
 *
 * @param code      stable code within the procedure version, e.g. {@code TK01}
 * @param name      Vietnamese name
 * @param nameEn    English name
 * @param originals number of originals
 * @param copies    number of copies
 * @param mandatory whether the dossier is incomplete without it
 * @param template  name of the official form template, or null
 */
public record DossierComponent(String code, String name, String nameEn, int originals, int copies,
                               boolean mandatory, String template) {
}
