-- Tavola schema v1. Money is BIGINT satang, times BIGINT epoch milliseconds (UTC),
-- booleans INTEGER 0/1. {{PK}} and {{REAL}} are filled in per database.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE secrets (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE counters (
    name TEXT PRIMARY KEY,
    value BIGINT NOT NULL
);

CREATE TABLE users (
    id {{PK}},
    username TEXT NOT NULL,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    password_hash TEXT,
    pin_hash TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX users_username ON users (username);

CREATE TABLE refresh_tokens (
    id {{PK}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    family TEXT NOT NULL,
    token_hash TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX refresh_tokens_hash ON refresh_tokens (token_hash);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family);

CREATE TABLE floor_plan (
    id INTEGER PRIMARY KEY,
    version BIGINT NOT NULL
);

CREATE TABLE zones (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    sort INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE dining_tables (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    zone_id TEXT NOT NULL,
    seats INTEGER NOT NULL,
    shape TEXT NOT NULL,
    x {{REAL}} NOT NULL,
    y {{REAL}} NOT NULL,
    w {{REAL}} NOT NULL,
    h {{REAL}} NOT NULL,
    rotation {{REAL}} NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'VACANT',
    order_id TEXT,
    guests INTEGER NOT NULL DEFAULT 0,
    seated_at BIGINT,
    active INTEGER NOT NULL DEFAULT 1,
    sort INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX dining_tables_active ON dining_tables (active, sort);

CREATE TABLE menu_meta (
    id INTEGER PRIMARY KEY,
    version BIGINT NOT NULL
);

CREATE TABLE categories (
    id {{PK}},
    name TEXT NOT NULL,
    name_th TEXT NOT NULL DEFAULT '',
    sort INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE menu_items (
    id {{PK}},
    category_id BIGINT NOT NULL REFERENCES categories (id),
    name TEXT NOT NULL,
    name_th TEXT NOT NULL DEFAULT '',
    price BIGINT NOT NULL,
    available INTEGER NOT NULL DEFAULT 1,
    station TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    sort INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX menu_items_category ON menu_items (category_id);

CREATE TABLE modifiers (
    id {{PK}},
    item_id BIGINT NOT NULL REFERENCES menu_items (id),
    name TEXT NOT NULL,
    name_th TEXT NOT NULL DEFAULT '',
    price BIGINT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    sort INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX modifiers_item ON modifiers (item_id);

CREATE TABLE orders (
    id {{PK}},
    number BIGINT NOT NULL,
    business_day TEXT NOT NULL,
    table_id TEXT,
    is_takeaway INTEGER NOT NULL DEFAULT 0,
    guests INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL,
    discount_type TEXT,
    discount_value BIGINT NOT NULL DEFAULT 0,
    discount_reason TEXT NOT NULL DEFAULT '',
    subtotal BIGINT NOT NULL DEFAULT 0,
    discount BIGINT NOT NULL DEFAULT 0,
    service_charge BIGINT NOT NULL DEFAULT 0,
    vat BIGINT NOT NULL DEFAULT 0,
    total BIGINT NOT NULL DEFAULT 0,
    receipt_number TEXT,
    created_by BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    paid_at BIGINT
);
CREATE INDEX orders_status ON orders (status);
CREATE INDEX orders_table ON orders (table_id, status);
CREATE INDEX orders_created ON orders (created_at);
-- One open order per table, enforced by the database across server instances.
CREATE UNIQUE INDEX orders_one_open_per_table ON orders (table_id)
    WHERE status IN ('OPEN', 'SERVING', 'CHECKOUT') AND table_id IS NOT NULL;

CREATE TABLE order_lines (
    id {{PK}},
    order_id BIGINT NOT NULL REFERENCES orders (id),
    menu_id TEXT NOT NULL,
    name TEXT NOT NULL,
    name_th TEXT NOT NULL DEFAULT '',
    qty INTEGER NOT NULL,
    unit_price BIGINT NOT NULL,
    modifiers TEXT NOT NULL DEFAULT '[]',
    note TEXT NOT NULL DEFAULT '',
    station TEXT NOT NULL,
    kitchen_status TEXT,
    voided INTEGER NOT NULL DEFAULT 0,
    void_reason TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX order_lines_order ON order_lines (order_id);

CREATE TABLE kitchen_tickets (
    id {{PK}},
    order_id BIGINT NOT NULL REFERENCES orders (id),
    station TEXT NOT NULL,
    status TEXT NOT NULL,
    is_void INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX kitchen_tickets_status ON kitchen_tickets (status, station);
CREATE INDEX kitchen_tickets_order ON kitchen_tickets (order_id);

CREATE TABLE kitchen_ticket_items (
    id {{PK}},
    ticket_id BIGINT NOT NULL REFERENCES kitchen_tickets (id),
    line_id BIGINT NOT NULL,
    name TEXT NOT NULL,
    qty INTEGER NOT NULL,
    modifiers TEXT NOT NULL DEFAULT '[]',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX kitchen_ticket_items_ticket ON kitchen_ticket_items (ticket_id);

CREATE TABLE queue_tickets (
    id {{PK}},
    code TEXT NOT NULL,
    business_day TEXT NOT NULL,
    prefix TEXT NOT NULL,
    party_size INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    secret TEXT NOT NULL,
    status TEXT NOT NULL,
    table_id TEXT,
    created_at BIGINT NOT NULL,
    called_at BIGINT,
    seated_at BIGINT,
    ended_at BIGINT
);
CREATE UNIQUE INDEX queue_tickets_code ON queue_tickets (business_day, code);
CREATE INDEX queue_tickets_status ON queue_tickets (status, prefix, id);

CREATE TABLE events (
    seq BIGINT PRIMARY KEY,
    type TEXT NOT NULL,
    topic TEXT NOT NULL,
    audience TEXT NOT NULL,
    data TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX events_created ON events (created_at);

CREATE TABLE audit_log (
    id {{PK}},
    at BIGINT NOT NULL,
    actor_id BIGINT,
    actor_name TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT,
    request_id TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_actor ON audit_log (actor_id, at);

CREATE TABLE idempotency_keys (
    user_id BIGINT NOT NULL,
    idem_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    response TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, idem_key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

CREATE TABLE payments (
    id {{PK}},
    order_id BIGINT NOT NULL REFERENCES orders (id),
    method TEXT NOT NULL,
    status TEXT NOT NULL,
    amount BIGINT NOT NULL,
    amount_received BIGINT NOT NULL DEFAULT 0,
    change_amount BIGINT NOT NULL DEFAULT 0,
    cash_rounding BIGINT NOT NULL DEFAULT 0,
    receipt_number TEXT,
    reference TEXT,
    qr_payload TEXT,
    approval_code TEXT,
    transaction_id TEXT,
    created_by BIGINT,
    created_at BIGINT NOT NULL,
    paid_at BIGINT,
    expires_at BIGINT
);
CREATE INDEX payments_order ON payments (order_id);
CREATE INDEX payments_status ON payments (status);

INSERT INTO floor_plan (id, version) VALUES (1, 0);
INSERT INTO menu_meta (id, version) VALUES (1, 0);
