-- The audit log filtered by action (GET /audit-log?action=…, newest first) reads only that
-- action's entries instead of walking the whole log back (tst_server_shifts checks the plans).
CREATE INDEX audit_log_action ON audit_log (action, id);
