-- Split checks (docs/api.md, "Split, merge and move items"): a table holds its first check and
-- the checks split from it, so the one-open-order-per-table rule now holds for the first check
-- only (a split check carries parent_order_id). Opening an order on an occupied table is still
-- refused, by the table's order and by this index across instances.
DROP INDEX orders_one_open_per_table;
CREATE UNIQUE INDEX orders_one_open_per_table ON orders (table_id)
    WHERE status IN ('OPEN', 'SERVING', 'CHECKOUT') AND table_id IS NOT NULL AND parent_order_id IS NULL;
