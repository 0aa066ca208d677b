-- The sandbox slip verifier's books: the transfers a bank would know (payments.slip_verifier=sandbox).
CREATE TABLE sandbox_slips (
    bank TEXT NOT NULL,
    reference TEXT NOT NULL,
    amount BIGINT NOT NULL,
    receiver TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (bank, reference)
);
