-- Sales rollups: per business day, dimension (day, hour, item, category, method, staff, channel,
-- refund) and key, the sums of the sales, kept in the transaction of every sale and refund. Every
-- sales report reads these rows instead of the order lines. The server fills the table from the
-- orders on its first start after this migration (and `tavola-server --rebuild-reports` does it
-- again at any time).
CREATE TABLE sales_rollup (
    dimension TEXT NOT NULL,
    business_day TEXT NOT NULL,
    k TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    n BIGINT NOT NULL DEFAULT 0,
    gross BIGINT NOT NULL DEFAULT 0,
    discounts BIGINT NOT NULL DEFAULT 0,
    service BIGINT NOT NULL DEFAULT 0,
    vat BIGINT NOT NULL DEFAULT 0,
    total BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (dimension, business_day, k)
);
