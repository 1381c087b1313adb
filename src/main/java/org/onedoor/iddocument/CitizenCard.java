package org.onedoor.iddocument;

import java.time.LocalDate;

/**
 * What the QR code of a chip citizen ID card (thẻ Căn cước công dân gắn chip, 2021; thẻ Căn cước, 2024) says
 * about its holder (DOMAIN.md §10).
 *
 * @param idNumber    the 12-digit personal identification number (số định danh cá nhân)
 * @param oldIdNumber the previous number (9-digit CMND, or a cancelled 12-digit number on 2024 cards); null when
 *                    there was none
 * @param fullName    full name as printed, Unicode NFC, single spaces
 * @param dateOfBirth date of birth
 * @param sex         sex as printed ("Nam" / "Nữ")
 * @param address     place of permanent residence (nơi thường trú; nơi cư trú on 2024 cards)
 * @param issueDate   date the card was issued
 */
public record CitizenCard(String idNumber, String oldIdNumber, String fullName, LocalDate dateOfBirth, Sex sex,
        String address, LocalDate issueDate) {

    public enum Sex { MALE, FEMALE }
}
