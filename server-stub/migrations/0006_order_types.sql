-- Order types (docs/api.md, "Order types and history"): dine-in at a table, takeaway, or delivery
-- through a channel (Grab, LINE MAN, …) with the platform's own order code. Takeaway and delivery
-- orders get a pickup code per business day (T001, D001). The history searches by these.
ALTER TABLE orders ADD COLUMN type TEXT NOT NULL DEFAULT 'dine_in';
ALTER TABLE orders ADD COLUMN channel TEXT;
ALTER TABLE orders ADD COLUMN channel_ref TEXT;
ALTER TABLE orders ADD COLUMN customer_name TEXT;
ALTER TABLE orders ADD COLUMN pickup_code TEXT;
ALTER TABLE orders ADD COLUMN parent_order_id BIGINT;
UPDATE orders SET type = 'takeaway' WHERE is_takeaway = 1;
CREATE INDEX orders_receipt ON orders (receipt_number);
CREATE INDEX orders_pickup ON orders (pickup_code, business_day);
CREATE INDEX orders_channel_ref ON orders (channel_ref);
CREATE INDEX orders_day ON orders (business_day, id);
