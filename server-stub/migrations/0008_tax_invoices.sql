-- Full tax invoices (docs/api.md, "Tax invoices"): issued on request for a paid order, one per
-- order, numbered in their own gap-free series per POS ID; a refund cancels one, nothing deletes
-- one. The document (buyer, seller as it was, lines and totals) is kept as issued.
CREATE TABLE tax_invoices (
    id {{PK}},
    invoice_number TEXT NOT NULL,
    order_id BIGINT NOT NULL REFERENCES orders (id),
    receipt_number TEXT,
    business_day TEXT NOT NULL,
    buyer_name TEXT NOT NULL,
    buyer_tax_id TEXT,
    status TEXT NOT NULL,
    document TEXT NOT NULL,
    issued_by BIGINT,
    issued_at BIGINT NOT NULL,
    cancelled_at BIGINT
);
CREATE UNIQUE INDEX tax_invoices_number ON tax_invoices (invoice_number);
CREATE UNIQUE INDEX tax_invoices_one_per_order ON tax_invoices (order_id);
CREATE INDEX tax_invoices_day ON tax_invoices (business_day, id);
