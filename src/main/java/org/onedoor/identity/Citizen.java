package org.onedoor.identity;

import java.time.LocalDate;

/**
 * A signed-in citizen with an account (optional: submission and tracking work without one).
 *
 * @param username   login name
 * @param fullName   display name
 * @param idNumber   the personal identification number the account was registered with
 * @param birthDate  date of birth (agrees with the ID number)
 */
public record Citizen(String username, String fullName, String idNumber, LocalDate birthDate) {
}
