package org.onedoor.payment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.onedoor.payment.PaymentOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code payment.payment_order} table. */
@Repository
class PaymentOrderStore {

    /** An order row with what the gateway needs beyond the API record. */
    record Row(PaymentOrder order, String returnUrl, String gateway) {
    }

    private final JdbcClient jdbc;

    PaymentOrderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts unless the reference exists already (concurrent creates of one reference make one order). */
    void insertIfAbsent(String orderId, String reference, long amountVnd, String description, String returnUrl,
                        String gateway, Instant now) {
        jdbc.sql("""
                insert into payment.payment_order (order_id, reference, amount_vnd, description, return_url, gateway,
                                                   status, created_at)
                values (:id, :reference, :amount, :description, :returnUrl, :gateway, 'PENDING', :now)
                on conflict (reference) do nothing
                """)
                .param("id", orderId).param("reference", reference).param("amount", amountVnd)
                .param("description", description).param("returnUrl", returnUrl).param("gateway", gateway)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** A cancelled or failed order is reopened for a new attempt, with the request's current terms. */
    void reopen(String orderId, long amountVnd, String description, String returnUrl, String gateway) {
        jdbc.sql("""
                update payment.payment_order
                   set status = 'PENDING', amount_vnd = :amount, description = :description, return_url = :returnUrl,
                       gateway = :gateway
                 where order_id = :id and status in ('CANCELLED', 'FAILED')
                """)
                .param("id", orderId).param("amount", amountVnd).param("description", description)
                .param("returnUrl", returnUrl).param("gateway", gateway)
                .update();
    }

    /**
     * Marks the order paid unless it already is. Under PostgreSQL's row lock a concurrent second confirmation waits,
     * then finds the order PAID and changes nothing.
     *
     * @return whether this call made it PAID
     */
    boolean markPaid(String orderId, String gatewayRef, Instant now) {
        return jdbc.sql("""
                update payment.payment_order set status = 'PAID', gateway_ref = :ref, paid_at = :now
                 where order_id = :id and status <> 'PAID'
                """)
                .param("id", orderId).param("ref", gatewayRef).param("now", Timestamp.from(now))
                .update() == 1;
    }

    boolean markCancelled(String orderId) {
        return jdbc.sql("update payment.payment_order set status = 'CANCELLED' where order_id = :id and status = 'PENDING'")
                .param("id", orderId).update() == 1;
    }

    Optional<Row> find(String orderId) {
        return jdbc.sql("select * from payment.payment_order where order_id = :id")
                .param("id", orderId).query(PaymentOrderStore::row).optional();
    }

    Optional<Row> findByReference(String reference) {
        return jdbc.sql("select * from payment.payment_order where reference = :reference")
                .param("reference", reference).query(PaymentOrderStore::row).optional();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp paid = rs.getTimestamp("paid_at");
        PaymentOrder order = new PaymentOrder(rs.getString("order_id"), rs.getString("reference"), rs.getLong("amount_vnd"),
                rs.getString("description"), PaymentOrder.Status.valueOf(rs.getString("status")), null,
                rs.getTimestamp("created_at").toInstant(), paid == null ? null : paid.toInstant(), rs.getString("gateway_ref"));
        return new Row(order, rs.getString("return_url"), rs.getString("gateway"));
    }
}
