-- Comptoir schema, version 1.
-- Conventions: money in integer cents (*_cents), VAT rates in basis points (2000 = 20 %),
-- timestamps as UTC ISO 8601 text ("2026-11-24T09:30:00Z"), business days as local
-- "YYYY-MM-DD" text, booleans as 0/1 integers.

CREATE TABLE store (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    address     TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    city        TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    siret       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);

-- Business settings (VAT, loyalty rate, thresholds...). Workstation preferences live in QSettings.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE role (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE permission (
    code        TEXT PRIMARY KEY,
    description TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE role_permission (
    role_id         INTEGER NOT NULL REFERENCES role(id),
    permission_code TEXT NOT NULL REFERENCES permission(code),
    PRIMARY KEY (role_id, permission_code)
) WITHOUT ROWID;

CREATE TABLE app_user (
    id                  INTEGER PRIMARY KEY,
    login               TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name        TEXT NOT NULL,
    role_id             INTEGER NOT NULL REFERENCES role(id),
    password_hash       TEXT NOT NULL DEFAULT '',
    active              INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_attempts     INTEGER NOT NULL DEFAULT 0,
    locked_until        TEXT,
    password_changed_at TEXT,
    created_at          TEXT NOT NULL
);

CREATE TABLE login_event (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    login   TEXT NOT NULL,
    user_id INTEGER REFERENCES app_user(id),
    success INTEGER NOT NULL CHECK (success IN (0, 1)),
    reason  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX login_event_at ON login_event(at);

CREATE TABLE customer (
    id             INTEGER PRIMARY KEY,
    status         TEXT NOT NULL DEFAULT 'prospect' CHECK (status IN ('prospect', 'customer')),
    title          TEXT NOT NULL DEFAULT '',
    first_name     TEXT NOT NULL,
    last_name      TEXT NOT NULL,
    email          TEXT,
    phone          TEXT,
    address        TEXT NOT NULL DEFAULT '',
    postal_code    TEXT NOT NULL DEFAULT '',
    city           TEXT NOT NULL DEFAULT '',
    birth_date     TEXT,
    loyalty_card   TEXT UNIQUE,
    loyalty_points INTEGER NOT NULL DEFAULT 0,
    source_channel TEXT NOT NULL DEFAULT 'store',
    notes          TEXT NOT NULL DEFAULT '',
    merged_into    INTEGER REFERENCES customer(id),
    erased_at      TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    created_by     INTEGER REFERENCES app_user(id)
);
CREATE INDEX customer_email ON customer(email COLLATE NOCASE) WHERE email IS NOT NULL;
CREATE INDEX customer_phone ON customer(phone) WHERE phone IS NOT NULL;
CREATE INDEX customer_name_postal ON customer(last_name COLLATE NOCASE, first_name COLLATE NOCASE, postal_code);
CREATE INDEX customer_created ON customer(created_at);

-- Search-as-you-type: diacritics folded ("helene" finds "Hélène"), prefix indexes for
-- 2 and 3 characters. A regular (not external-content) FTS table so that the phone can
-- be indexed in both its E.164 and national forms.
CREATE VIRTUAL TABLE customer_fts USING fts5(
    name, email, phone, city,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER customer_fts_insert AFTER INSERT ON customer BEGIN
    INSERT INTO customer_fts(rowid, name, email, phone, city)
    VALUES (new.id, new.first_name || ' ' || new.last_name, coalesce(new.email, ''),
            coalesce(new.phone || ' 0' || substr(new.phone, 4), ''), new.city);
END;
CREATE TRIGGER customer_fts_update AFTER UPDATE OF first_name, last_name, email, phone, city ON customer BEGIN
    DELETE FROM customer_fts WHERE rowid = old.id;
    INSERT INTO customer_fts(rowid, name, email, phone, city)
    VALUES (new.id, new.first_name || ' ' || new.last_name, coalesce(new.email, ''),
            coalesce(new.phone || ' 0' || substr(new.phone, 4), ''), new.city);
END;
CREATE TRIGGER customer_fts_delete AFTER DELETE ON customer BEGIN
    DELETE FROM customer_fts WHERE rowid = old.id;
END;

-- Consent history: append-only; the current consent per channel is the latest record.
CREATE TABLE consent (
    id              INTEGER PRIMARY KEY,
    customer_id     INTEGER NOT NULL REFERENCES customer(id),
    channel         TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'post')),
    purpose         TEXT NOT NULL DEFAULT 'marketing',
    granted         INTEGER NOT NULL CHECK (granted IN (0, 1)),
    at              TEXT NOT NULL,
    source          TEXT NOT NULL,
    wording_version TEXT NOT NULL,
    recorded_by     INTEGER REFERENCES app_user(id)
);
CREATE INDEX consent_customer ON consent(customer_id, channel, at);
CREATE TRIGGER consent_no_update BEFORE UPDATE ON consent BEGIN
    SELECT RAISE(ABORT, 'consent history is append-only');
END;
CREATE TRIGGER consent_no_delete BEFORE DELETE ON consent BEGIN
    SELECT RAISE(ABORT, 'consent history is append-only');
END;

-- Touchpoints on the customer's timeline.
CREATE TABLE interaction (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer(id),
    channel     TEXT NOT NULL CHECK (channel IN ('store', 'phone', 'email', 'sms', 'web', 'social', 'post')),
    kind        TEXT NOT NULL CHECK (kind IN ('visit', 'call', 'email', 'note', 'sale', 'return',
                                              'appointment', 'complaint', 'offer', 'deposit')),
    note        TEXT NOT NULL DEFAULT '',
    user_id     INTEGER REFERENCES app_user(id),
    at          TEXT NOT NULL
);
CREATE INDEX interaction_customer ON interaction(customer_id, at);

CREATE TABLE supplier (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    contact     TEXT NOT NULL DEFAULT '',
    email       TEXT,
    phone       TEXT,
    address     TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    city        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);

CREATE TABLE category (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE product (
    id                INTEGER PRIMARY KEY,
    sku               TEXT NOT NULL UNIQUE,
    ean13             TEXT UNIQUE,
    name              TEXT NOT NULL,
    category_id       INTEGER REFERENCES category(id),
    supplier_id       INTEGER REFERENCES supplier(id),
    price_cents       INTEGER NOT NULL CHECK (price_cents >= 0),
    vat_rate_bp       INTEGER NOT NULL CHECK (vat_rate_bp BETWEEN 0 AND 10000),
    cost_cents        INTEGER NOT NULL DEFAULT 0 CHECK (cost_cents >= 0),
    reorder_threshold INTEGER NOT NULL DEFAULT 0 CHECK (reorder_threshold >= 0),
    active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX product_category ON product(category_id);
CREATE INDEX product_name ON product(name COLLATE NOCASE);

-- Cached stock level: always equal to the sum of the product's stock moves, updated in
-- the same transaction as each move.
CREATE TABLE stock_level (
    product_id INTEGER PRIMARY KEY REFERENCES product(id),
    quantity   INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);

CREATE TABLE sale (
    id               INTEGER PRIMARY KEY,
    store_id         INTEGER NOT NULL REFERENCES store(id),
    number           INTEGER NOT NULL,
    customer_id      INTEGER REFERENCES customer(id),
    user_id          INTEGER REFERENCES app_user(id),
    at               TEXT NOT NULL,
    business_day     TEXT NOT NULL,
    total_cents      INTEGER NOT NULL,
    total_excl_cents INTEGER NOT NULL,
    vat_cents        INTEGER NOT NULL,
    item_count       INTEGER NOT NULL,
    imported         INTEGER NOT NULL DEFAULT 0 CHECK (imported IN (0, 1)),
    prev_hash        TEXT NOT NULL,
    hash             TEXT NOT NULL,
    UNIQUE (store_id, number)
);
CREATE INDEX sale_day ON sale(business_day, total_cents, customer_id, user_id);
CREATE INDEX sale_customer ON sale(customer_id, at) WHERE customer_id IS NOT NULL;
CREATE INDEX sale_user ON sale(user_id, business_day);

CREATE TABLE sale_line (
    id                INTEGER PRIMARY KEY,
    sale_id           INTEGER NOT NULL REFERENCES sale(id),
    line_no           INTEGER NOT NULL,
    product_id        INTEGER NOT NULL REFERENCES product(id),
    quantity          INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_cents  INTEGER NOT NULL CHECK (unit_price_cents >= 0),
    discount_cents    INTEGER NOT NULL DEFAULT 0 CHECK (discount_cents >= 0),
    override_reason   TEXT NOT NULL DEFAULT '',
    vat_rate_bp       INTEGER NOT NULL,
    total_cents       INTEGER NOT NULL,
    UNIQUE (sale_id, line_no)
);
CREATE INDEX sale_line_product ON sale_line(product_id, sale_id, quantity, total_cents);

CREATE TABLE credit_note (
    id            INTEGER PRIMARY KEY,
    store_id      INTEGER NOT NULL REFERENCES store(id),
    number        INTEGER NOT NULL,
    sale_id       INTEGER NOT NULL REFERENCES sale(id),
    customer_id   INTEGER REFERENCES customer(id),
    user_id       INTEGER REFERENCES app_user(id),
    approved_by   INTEGER REFERENCES app_user(id),
    at            TEXT NOT NULL,
    business_day  TEXT NOT NULL,
    total_cents   INTEGER NOT NULL CHECK (total_cents >= 0),
    vat_cents     INTEGER NOT NULL,
    refund_method TEXT NOT NULL CHECK (refund_method IN ('cash', 'card', 'cheque', 'voucher', 'store_credit')),
    reason        TEXT NOT NULL DEFAULT '',
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL,
    UNIQUE (store_id, number)
);
CREATE INDEX credit_note_sale ON credit_note(sale_id);
CREATE INDEX credit_note_day ON credit_note(business_day);

CREATE TABLE credit_note_line (
    id             INTEGER PRIMARY KEY,
    credit_note_id INTEGER NOT NULL REFERENCES credit_note(id),
    sale_line_id   INTEGER NOT NULL REFERENCES sale_line(id),
    quantity       INTEGER NOT NULL CHECK (quantity > 0),
    total_cents    INTEGER NOT NULL,
    restock        INTEGER NOT NULL CHECK (restock IN (0, 1))
);
CREATE INDEX credit_note_line_note ON credit_note_line(credit_note_id);
CREATE INDEX credit_note_line_sale_line ON credit_note_line(sale_line_id);

-- Arrhes (lost by a customer who cancels) and acompte (binds both sides).
CREATE TABLE deposit (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('arrhes', 'acompte')),
    customer_id    INTEGER NOT NULL REFERENCES customer(id),
    appointment_id INTEGER REFERENCES appointment(id),
    order_ref      TEXT NOT NULL DEFAULT '',
    amount_cents   INTEGER NOT NULL CHECK (amount_cents > 0),
    method         TEXT NOT NULL CHECK (method IN ('cash', 'card', 'cheque')),
    status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'applied', 'refunded', 'forfeited')),
    user_id        INTEGER REFERENCES app_user(id),
    created_at     TEXT NOT NULL,
    closed_at      TEXT,
    sale_id        INTEGER REFERENCES sale(id)
);
CREATE INDEX deposit_customer ON deposit(customer_id);

CREATE TABLE payment (
    id             INTEGER PRIMARY KEY,
    sale_id        INTEGER NOT NULL REFERENCES sale(id),
    method         TEXT NOT NULL CHECK (method IN ('cash', 'card', 'cheque', 'voucher', 'store_credit', 'deposit')),
    amount_cents   INTEGER NOT NULL CHECK (amount_cents > 0),
    tendered_cents INTEGER NOT NULL DEFAULT 0,
    change_cents   INTEGER NOT NULL DEFAULT 0 CHECK (change_cents >= 0),
    credit_note_id INTEGER REFERENCES credit_note(id),
    deposit_id     INTEGER REFERENCES deposit(id)
);
CREATE INDEX payment_sale ON payment(sale_id);
CREATE INDEX payment_credit_note ON payment(credit_note_id) WHERE credit_note_id IS NOT NULL;

-- Daily (Z), monthly and yearly closures, chained like sales.
CREATE TABLE closure (
    id                INTEGER PRIMARY KEY,
    store_id          INTEGER NOT NULL REFERENCES store(id),
    kind              TEXT NOT NULL CHECK (kind IN ('day', 'month', 'year')),
    period            TEXT NOT NULL,
    at                TEXT NOT NULL,
    user_id           INTEGER REFERENCES app_user(id),
    sales_count       INTEGER NOT NULL,
    returns_count     INTEGER NOT NULL,
    total_cents       INTEGER NOT NULL,
    returns_cents     INTEGER NOT NULL,
    grand_total_cents INTEGER NOT NULL,
    details           TEXT NOT NULL,
    prev_hash         TEXT NOT NULL,
    hash              TEXT NOT NULL,
    UNIQUE (store_id, kind, period)
);

-- Inalterability (CGI art. 286 I 3° bis): validated records are never updated or deleted.
CREATE TRIGGER sale_no_update BEFORE UPDATE ON sale BEGIN SELECT RAISE(ABORT, 'sales are inalterable'); END;
CREATE TRIGGER sale_no_delete BEFORE DELETE ON sale BEGIN SELECT RAISE(ABORT, 'sales are inalterable'); END;
CREATE TRIGGER sale_line_no_update BEFORE UPDATE ON sale_line BEGIN SELECT RAISE(ABORT, 'sale lines are inalterable'); END;
CREATE TRIGGER sale_line_no_delete BEFORE DELETE ON sale_line BEGIN SELECT RAISE(ABORT, 'sale lines are inalterable'); END;
CREATE TRIGGER payment_no_update BEFORE UPDATE ON payment BEGIN SELECT RAISE(ABORT, 'payments are inalterable'); END;
CREATE TRIGGER payment_no_delete BEFORE DELETE ON payment BEGIN SELECT RAISE(ABORT, 'payments are inalterable'); END;
CREATE TRIGGER credit_note_no_update BEFORE UPDATE ON credit_note BEGIN SELECT RAISE(ABORT, 'credit notes are inalterable'); END;
CREATE TRIGGER credit_note_no_delete BEFORE DELETE ON credit_note BEGIN SELECT RAISE(ABORT, 'credit notes are inalterable'); END;
CREATE TRIGGER credit_note_line_no_update BEFORE UPDATE ON credit_note_line BEGIN SELECT RAISE(ABORT, 'credit notes are inalterable'); END;
CREATE TRIGGER credit_note_line_no_delete BEFORE DELETE ON credit_note_line BEGIN SELECT RAISE(ABORT, 'credit notes are inalterable'); END;
CREATE TRIGGER closure_no_update BEFORE UPDATE ON closure BEGIN SELECT RAISE(ABORT, 'closures are inalterable'); END;
CREATE TRIGGER closure_no_delete BEFORE DELETE ON closure BEGIN SELECT RAISE(ABORT, 'closures are inalterable'); END;

CREATE TABLE appointment (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER REFERENCES customer(id),
    staff_id    INTEGER NOT NULL REFERENCES app_user(id),
    starts_at   TEXT NOT NULL,
    ends_at     TEXT NOT NULL,
    subject     TEXT NOT NULL,
    notes       TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'no_show', 'cancelled')),
    created_by  INTEGER REFERENCES app_user(id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX appointment_staff ON appointment(staff_id, starts_at);
CREATE INDEX appointment_start ON appointment(starts_at);
CREATE INDEX appointment_customer ON appointment(customer_id, starts_at) WHERE customer_id IS NOT NULL;

CREATE TABLE complaint_category (
    id       INTEGER PRIMARY KEY,
    code     TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL,
    sla_days INTEGER NOT NULL CHECK (sla_days > 0)
);

CREATE TABLE complaint (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customer(id),
    sale_id      INTEGER REFERENCES sale(id),
    category_id  INTEGER NOT NULL REFERENCES complaint_category(id),
    subject      TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'open'
                 CHECK (status IN ('open', 'in_progress', 'resolved', 'closed', 'rejected')),
    assigned_to  INTEGER REFERENCES app_user(id),
    opened_at    TEXT NOT NULL,
    due_at       TEXT NOT NULL,
    resolved_at  TEXT,
    resolution   TEXT NOT NULL DEFAULT '',
    satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    closed_at    TEXT,
    created_by   INTEGER REFERENCES app_user(id)
);
CREATE INDEX complaint_status_due ON complaint(status, due_at);
CREATE INDEX complaint_customer ON complaint(customer_id);
CREATE INDEX complaint_opened ON complaint(opened_at);

CREATE TABLE complaint_event (
    id           INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaint(id),
    at           TEXT NOT NULL,
    user_id      INTEGER REFERENCES app_user(id),
    from_status  TEXT,
    to_status    TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX complaint_event_complaint ON complaint_event(complaint_id, at);

CREATE TABLE stock_move (
    id             INTEGER PRIMARY KEY,
    product_id     INTEGER NOT NULL REFERENCES product(id),
    quantity       INTEGER NOT NULL CHECK (quantity <> 0),
    kind           TEXT NOT NULL CHECK (kind IN ('delivery', 'adjustment', 'loss', 'sale', 'return', 'damaged', 'import')),
    reason         TEXT NOT NULL DEFAULT '',
    supplier_id    INTEGER REFERENCES supplier(id),
    sale_id        INTEGER REFERENCES sale(id),
    credit_note_id INTEGER REFERENCES credit_note(id),
    user_id        INTEGER REFERENCES app_user(id),
    at             TEXT NOT NULL
);
CREATE INDEX stock_move_product ON stock_move(product_id, at);
CREATE INDEX stock_move_sale ON stock_move(sale_id) WHERE sale_id IS NOT NULL;

-- Audit trail, chained by SHA-256 (hash over this entry's content and prev_hash).
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    user_id   INTEGER,
    login     TEXT NOT NULL DEFAULT '',
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    scope     TEXT NOT NULL CHECK (scope IN ('customer', 'business', 'system')),
    changes   TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
