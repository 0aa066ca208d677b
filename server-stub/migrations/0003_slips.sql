-- PromptPay confirmed at the till: by the guest's transfer slip or by a member of staff.

ALTER TABLE payments ADD COLUMN confirmation TEXT;
ALTER TABLE payments ADD COLUMN slip_bank TEXT;
ALTER TABLE payments ADD COLUMN slip_ref TEXT;
ALTER TABLE payments ADD COLUMN confirmed_by BIGINT;
-- A transfer slip pays once, for ever, whichever server instance sees it (refunds keep the row).
CREATE UNIQUE INDEX payments_slip ON payments (slip_bank, slip_ref);
