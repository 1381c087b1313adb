package org.onedoor.agency;

/** Where an agency sits in the two-level local government (since 1 July 2025: province and commune). */
public enum AgencyLevel {
    /** Provincial People's Committee ("UBND tỉnh"). */
    PROVINCE,
    /** A provincial department or sector agency ("Sở, ban, ngành"). */
    DEPARTMENT,
    /** Commune, ward or special zone ("xã, phường, đặc khu"). */
    COMMUNE,
    /** Public administrative service centre ("Trung tâm phục vụ hành chính công"), receives dossiers for others. */
    SERVICE_CENTRE,
    /** Any other unit, e.g. a border-guard station at an international border gate. */
    OTHER
}
