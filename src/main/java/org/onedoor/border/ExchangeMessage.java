package org.onedoor.border;

/**
 * One record sent to the national border-gate system.
 *
 * @param idempotencyKey the same for every attempt of the same record (e.g. {@code crossing-4711}): the receiver
 *                       keeps the first and ignores repeats
 * @param type           {@code PersonCrossed}, {@code WatchListChanged} (later goods records)
 * @param json           the record as one line of JSON
 */
public record ExchangeMessage(String idempotencyKey, String type, String json) {
}
