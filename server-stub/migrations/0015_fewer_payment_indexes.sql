-- payments_order and payments_status are the first columns of payments_order_status and
-- payments_pending_expiry: those serve every lookup they served, and each payment written or
-- settled now updates two indexes fewer (tst_server_shifts checks the plans).
DROP INDEX IF EXISTS payments_order;
DROP INDEX IF EXISTS payments_status;
