/**
 * Agencies ("cơ quan, đơn vị"): provinces, their departments, communes and wards, public administrative service
 * centres and other units (border gates …), with identifier codes in both official formats (QCVN 102:2016 and
 * Decision 20/2020) and their history of mergers and renamings.
 * API: {@link org.onedoor.agency.Agencies} and {@link org.onedoor.agency.Agency}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies")
package org.onedoor.agency;
