-- Payments, part 2: PromptPay through a gateway, webhooks, shifts and indexed sales reports.

ALTER TABLE payments ADD COLUMN shift_id BIGINT;
ALTER TABLE payments ADD COLUMN gateway TEXT;
ALTER TABLE payments ADD COLUMN received_amount BIGINT;
ALTER TABLE payments ADD COLUMN flag_reason TEXT;
ALTER TABLE payments ADD COLUMN refunded_at BIGINT;
ALTER TABLE payments ADD COLUMN refund_reason TEXT;
ALTER TABLE payments ADD COLUMN refund_shift_id BIGINT;
-- A PromptPay reference names one payment, for ever (NULLs, i.e. cash and card, do not clash).
CREATE UNIQUE INDEX payments_reference ON payments (reference);
CREATE INDEX payments_shift ON payments (shift_id);
CREATE INDEX payments_refund_shift ON payments (refund_shift_id);
CREATE INDEX payments_pending_expiry ON payments (status, expires_at);

-- Each gateway transaction is processed once, whichever way it arrived (webhook or inquiry).
CREATE TABLE gateway_transactions (
    transaction_id TEXT PRIMARY KEY,
    reference TEXT NOT NULL,
    amount BIGINT NOT NULL,
    source TEXT NOT NULL,
    outcome TEXT NOT NULL,
    payment_id BIGINT,
    received_at BIGINT NOT NULL
);

-- The sandbox gateway's own books: what a bank would know about each QR it issued.
CREATE TABLE sandbox_charges (
    reference TEXT PRIMARY KEY,
    amount BIGINT NOT NULL,
    status TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    transaction_id TEXT,
    paid_amount BIGINT,
    paid_at BIGINT,
    created_at BIGINT NOT NULL
);

CREATE TABLE shifts (
    id {{PK}},
    cashier_id BIGINT NOT NULL REFERENCES users (id),
    cashier_name TEXT NOT NULL,
    status TEXT NOT NULL,
    opening_cash BIGINT NOT NULL,
    opened_at BIGINT NOT NULL,
    counted_cash BIGINT,
    expected_cash BIGINT,
    closed_at BIGINT,
    closed_by TEXT,
    z_report TEXT
);
-- One open shift per cashier, enforced by the database across server instances.
CREATE UNIQUE INDEX shifts_one_open ON shifts (cashier_id) WHERE status = 'OPEN';

-- Sales reports read paid orders by business day and their lines; the line's amount and its
-- category are snapshotted when the line is added, like its price.
ALTER TABLE order_lines ADD COLUMN line_total BIGINT NOT NULL DEFAULT 0;
ALTER TABLE order_lines ADD COLUMN category_id TEXT NOT NULL DEFAULT '';
-- Lines written before this migration: quantity × unit price (modifier prices are in JSON).
UPDATE order_lines SET line_total = qty * unit_price;
UPDATE order_lines SET category_id = COALESCE((SELECT CAST(m.category_id AS TEXT) FROM menu_items m
                                                WHERE CAST(m.id AS TEXT) = order_lines.menu_id), '');
CREATE INDEX orders_day_status ON orders (business_day, status);
CREATE INDEX order_lines_report ON order_lines (order_id, voided);
CREATE INDEX payments_order_status ON payments (order_id, status);
