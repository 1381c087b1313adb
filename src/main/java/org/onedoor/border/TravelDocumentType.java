package org.onedoor.border;

/** The documents a person crosses Lệ Thanh with. */
public enum TravelDocumentType {
    /** Passport (hộ chiếu), TD3 machine-readable zone. */
    PASSPORT,
    /** Border pass (giấy thông hành biên giới) of residents of the border provinces. */
    BORDER_PASS,
    /** Identity card (thẻ căn cước), TD1 machine-readable zone. */
    ID_CARD
}
