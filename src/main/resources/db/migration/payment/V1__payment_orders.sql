-- Payment orders: one per payable thing (unique reference), paid at most once (status PAID with the gateway's
-- transaction id and time, set together).
create table payment_order (
    order_id     text        primary key check (order_id ~ '^PAY-[A-Z2-7]{16}$'),
    reference    text        not null unique check (length(reference) between 1 and 200),
    amount_vnd   bigint      not null check (amount_vnd > 0),
    description  text        not null check (length(description) between 1 and 500),
    return_url   text        not null check (length(return_url) between 1 and 1000),
    gateway      text        not null,
    status       text        not null check (status in ('PENDING', 'PAID', 'FAILED', 'CANCELLED')),
    gateway_ref  text,
    created_at   timestamptz not null,
    paid_at      timestamptz,
    check ((status = 'PAID') = (paid_at is not null and gateway_ref is not null))
);

-- a gateway transaction pays one order only
create unique index payment_order_gateway_ref on payment_order (gateway, gateway_ref) where gateway_ref is not null;
create index payment_order_pending on payment_order (created_at) where status = 'PENDING';
