package org.onedoor.border;

import java.io.IOException;

/**
 * Where records for the national border-gate system go (decision 0523): the default writes JSON lines into a
 * directory (atomically, one file per record named by its idempotency key); {@code onedoor.border.exchange.channel=http}
 * posts them. Delivery runs from the outbox: a failure leaves the record there and it is retried until delivered.
 */
public interface ExchangeChannel {

    /**
     * Delivers one record. Must be idempotent by {@link ExchangeMessage#idempotencyKey()}.
     *
     * @throws IOException when the channel is down; the record is retried later
     */
    void deliver(ExchangeMessage message) throws IOException;
}
