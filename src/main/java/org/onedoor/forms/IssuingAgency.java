package org.onedoor.forms;

/**
 * The agency that issues a form, as printed in the top-left corner ("tên cơ quan, tổ chức chủ quản" over
 * "tên cơ quan, tổ chức ban hành", Decree 30/2020 Annex I) and in the place-and-date line.
 *
 * @param parentName the governing body printed above the agency, e.g. "UBND TỈNH LÀO CAI", or null
 * @param name       the issuing agency or its one-stop unit, e.g. "Trung tâm Phục vụ hành chính công"
 * @param place      the place name of the place-and-date line ("Lào Cai, ngày … tháng … năm …"), or null
 */
public record IssuingAgency(String parentName, String name, String place) {

    public IssuingAgency {
        FormData.require(name, "agency name");
    }

    public static IssuingAgency of(String name) {
        return new IssuingAgency(null, name, null);
    }
}
