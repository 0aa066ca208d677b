-- What each till's customer display shows (docs/api.md, "Customer displays"): one row per till,
-- so a display on its own machine finds the till's screen on any server instance.
CREATE TABLE customer_displays (
    till TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
