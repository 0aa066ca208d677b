-- Several tenders per order (docs/api.md, "Partial payments and tips"): a PAID payment that
-- leaves a balance due is partial and has no receipt number; the payment that completes the total
-- takes the order's receipt. A tip is recorded beside a card or PromptPay payment, outside the
-- order's total and VAT.
ALTER TABLE payments ADD COLUMN partial INTEGER NOT NULL DEFAULT 0;
ALTER TABLE payments ADD COLUMN tip BIGINT NOT NULL DEFAULT 0;
-- How many tenders paid the bill: the sales report by method reads one-tender bills from the
-- orders alone and shares the others out by what each tender paid.
ALTER TABLE orders ADD COLUMN tenders INTEGER NOT NULL DEFAULT 1;
