package org.onedoor.recognition;

/** What kind of original a scanned document is. */
public enum DocumentType {
    ID_CARD, BIRTH_CERTIFICATE, DIPLOMA, LAND_USE_CERTIFICATE, HOUSEHOLD_REGISTRATION, OTHER
}
