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
-- How a paid order was settled, kept on the order for the reports (written in the payment's and
-- the refund's transactions), so a sales report reads one covering index and no join.
ALTER TABLE orders ADD COLUMN paid_method TEXT;
ALTER TABLE orders ADD COLUMN paid_by BIGINT;
ALTER TABLE orders ADD COLUMN refunded INTEGER NOT NULL DEFAULT 0;
UPDATE orders SET paid_method = (SELECT MAX(p.method) FROM payments p WHERE p.order_id = orders.id AND p.status IN ('PAID', 'REFUNDED')),
                  paid_by = (SELECT MAX(p.created_by) FROM payments p WHERE p.order_id = orders.id AND p.status IN ('PAID', 'REFUNDED')),
                  refunded = CASE WHEN EXISTS (SELECT 1 FROM payments p WHERE p.order_id = orders.id AND p.status = 'REFUNDED') THEN 1 ELSE 0 END;
-- Covering indexes: the reports read them without touching the tables.
CREATE INDEX orders_report ON orders (business_day, status, refunded, paid_method, paid_by, paid_at, subtotal, discount,
                                      service_charge, vat, total, id);
-- A sold line: when its order is paid, the line gets the order's business day and its share of
-- the order's discount, service charge, VAT and total (cleared again by a refund), so the item
-- and category reports read one covering index and no join.
ALTER TABLE order_lines ADD COLUMN sale_day TEXT;
ALTER TABLE order_lines ADD COLUMN sale_discount BIGINT NOT NULL DEFAULT 0;
ALTER TABLE order_lines ADD COLUMN sale_service BIGINT NOT NULL DEFAULT 0;
ALTER TABLE order_lines ADD COLUMN sale_vat BIGINT NOT NULL DEFAULT 0;
ALTER TABLE order_lines ADD COLUMN sale_total BIGINT NOT NULL DEFAULT 0;
UPDATE order_lines SET
    sale_day = (SELECT o.business_day FROM orders o WHERE o.id = order_lines.order_id AND o.status = 'PAID' AND o.refunded = 0 AND o.subtotal > 0),
    sale_discount = COALESCE((SELECT order_lines.line_total * o.discount / o.subtotal FROM orders o WHERE o.id = order_lines.order_id AND o.subtotal > 0), 0),
    sale_service = COALESCE((SELECT order_lines.line_total * o.service_charge / o.subtotal FROM orders o WHERE o.id = order_lines.order_id AND o.subtotal > 0), 0),
    sale_vat = COALESCE((SELECT order_lines.line_total * o.vat / o.subtotal FROM orders o WHERE o.id = order_lines.order_id AND o.subtotal > 0), 0),
    sale_total = COALESCE((SELECT order_lines.line_total * o.total / o.subtotal FROM orders o WHERE o.id = order_lines.order_id AND o.subtotal > 0), 0)
WHERE voided = 0;
CREATE INDEX order_lines_sales ON order_lines (sale_day, menu_id, category_id, qty, line_total, sale_discount, sale_service, sale_vat,
                                               sale_total, name);
CREATE INDEX payments_order_status ON payments (order_id, status);
