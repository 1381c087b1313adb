package org.onedoor.catalog.internal;

/**
 * What an import wrote.
 *
 * @param procedures procedures in the file
 * @param created    of which new to the catalogue (the rest replaced existing ones)
 * @param versions   versions written
 */
public record ImportResult(int procedures, int created, int versions) {
}
