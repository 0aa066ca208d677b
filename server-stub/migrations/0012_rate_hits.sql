-- Failed sign-ins, wrong manager PINs and queue tickets per key ("login-user:alice",
-- "login-addr:10.0.0.2"), kept in the database so that every server instance counts the same
-- hits: a lockout on one instance holds on all of them. Rows older than a minute are pruned.
CREATE TABLE rate_hits (
    hit_key TEXT NOT NULL,
    at_ms BIGINT NOT NULL
);
CREATE INDEX rate_hits_key_at ON rate_hits (hit_key, at_ms);
