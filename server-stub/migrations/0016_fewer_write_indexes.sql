-- Indexes that every sale writes but no query reads, dropped:
-- * orders_report and order_lines_sales covered the sales reports when they read the orders and
--   their lines; the reports read sales_rollup now, and only the rebuild (tavola-server
--   --rebuild-reports), which reads every order anyway, still reads the lines.
-- * orders_created: orders are listed and searched by id, day, table, status and numbers.
-- And the audit log's two filters get the indexes they need, newest first: it is filtered by the
-- actor's name (the index was on actor_id, which nothing asks) and by entity alone (the index
-- on entity and entity_id made every entry of that entity be sorted).
-- tst_server_shifts checks that every report and list query is planned on an index.
DROP INDEX IF EXISTS orders_report;
DROP INDEX IF EXISTS order_lines_sales;
DROP INDEX IF EXISTS orders_created;
DROP INDEX IF EXISTS audit_log_actor;
DROP INDEX IF EXISTS audit_log_entity;
CREATE INDEX audit_log_by_actor ON audit_log (actor_name, id);
CREATE INDEX audit_log_by_entity ON audit_log (entity, id);
