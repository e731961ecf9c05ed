-- KPI summary tables (issue 6), kept by AFTER INSERT triggers in the same transaction as
-- each sale / credit note. The ledger tables are append-only (BEFORE UPDATE/DELETE
-- triggers), so inserts are the only changes to follow. Returns count negatively, on the
-- credit note's business day. The existing ledger is backfilled by
-- db/kpi_summaries_backfill.sql, which Migrations runs right after this file, in the same
-- transaction; KpiRepository::rebuildSummaries() runs that same file (bulk loads, repair).
-- The triggers are named kpi_* and the tables they keep must equal that recomputation
-- (tested in tests/unit/storage/KpiSummaryTest.cpp).

-- One row per business day with a sale or a credit note.
CREATE TABLE daily_sales_summary (
    business_day       TEXT PRIMARY KEY,
    sales_count        INTEGER NOT NULL DEFAULT 0,
    sales_cents        INTEGER NOT NULL DEFAULT 0,
    sales_excl_cents   INTEGER NOT NULL DEFAULT 0,
    item_count         INTEGER NOT NULL DEFAULT 0,
    loyalty_cents      INTEGER NOT NULL DEFAULT 0, -- sales to customers holding a loyalty card then
    returns_count      INTEGER NOT NULL DEFAULT 0,
    returns_cents      INTEGER NOT NULL DEFAULT 0,
    returns_excl_cents INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- Net quantity and revenue (incl. VAT) per day and product: sale lines minus returned lines.
CREATE TABLE daily_product_sales (
    business_day TEXT NOT NULL,
    product_id   INTEGER NOT NULL,
    quantity     INTEGER NOT NULL DEFAULT 0,
    amount_cents INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (business_day, product_id)
) WITHOUT ROWID;

-- Sales count and net revenue per day and seller (user_id 0: none); a return is counted
-- against the seller of the original sale.
CREATE TABLE daily_staff_sales (
    business_day TEXT NOT NULL,
    user_id      INTEGER NOT NULL,
    sales_count  INTEGER NOT NULL DEFAULT 0,
    amount_cents INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (business_day, user_id)
) WITHOUT ROWID;

-- Per customer: first and last business day of purchase, number of sales, Σ sale totals.
CREATE TABLE customer_summary (
    customer_id INTEGER PRIMARY KEY,
    first_day   TEXT NOT NULL,
    last_day    TEXT NOT NULL,
    sales_count INTEGER NOT NULL,
    sales_cents INTEGER NOT NULL
);
CREATE INDEX customer_summary_first ON customer_summary(first_day);

-- Lapses: per business day p, the customers who bought on p and then not again until after
-- date(p, '+1 year') (or not yet): they become lost ("no purchase in 12 months") a year
-- after p. Rows never hold 0.
CREATE TABLE customer_lapse (
    last_day  TEXT PRIMARY KEY,
    customers INTEGER NOT NULL
) WITHOUT ROWID;

-- Per-customer purchase history by business day: lost customers and RFM.
CREATE INDEX sale_customer_day ON sale(customer_id, business_day, total_cents) WHERE customer_id IS NOT NULL;

CREATE TRIGGER kpi_sale_insert AFTER INSERT ON sale BEGIN
    -- Lapses first, from the customer's last purchase before this sale.
    UPDATE customer_lapse SET customers = customers - 1
    WHERE last_day = (SELECT cs.last_day FROM customer_summary cs WHERE cs.customer_id = new.customer_id
                      AND new.business_day > cs.last_day AND new.business_day <= date(cs.last_day, '+1 year'));
    DELETE FROM customer_lapse WHERE customers = 0
        AND last_day = (SELECT last_day FROM customer_summary WHERE customer_id = new.customer_id);
    INSERT INTO customer_lapse(last_day, customers)
    SELECT new.business_day, 1 WHERE new.customer_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM customer_summary cs WHERE cs.customer_id = new.customer_id
                        AND cs.last_day >= new.business_day)
    ON CONFLICT(last_day) DO UPDATE SET customers = customers + 1;
    INSERT INTO daily_sales_summary(business_day, sales_count, sales_cents, sales_excl_cents, item_count, loyalty_cents)
    VALUES (new.business_day, 1, new.total_cents, new.total_excl_cents, new.item_count,
            CASE WHEN EXISTS (SELECT 1 FROM customer WHERE id = new.customer_id AND loyalty_card IS NOT NULL)
                 THEN new.total_cents ELSE 0 END)
    ON CONFLICT(business_day) DO UPDATE SET
        sales_count = sales_count + 1,
        sales_cents = sales_cents + excluded.sales_cents,
        sales_excl_cents = sales_excl_cents + excluded.sales_excl_cents,
        item_count = item_count + excluded.item_count,
        loyalty_cents = loyalty_cents + excluded.loyalty_cents;
    INSERT INTO daily_staff_sales(business_day, user_id, sales_count, amount_cents)
    VALUES (new.business_day, coalesce(new.user_id, 0), 1, new.total_cents)
    ON CONFLICT(business_day, user_id) DO UPDATE SET
        sales_count = sales_count + 1,
        amount_cents = amount_cents + excluded.amount_cents;
    INSERT INTO customer_summary(customer_id, first_day, last_day, sales_count, sales_cents)
    SELECT new.customer_id, new.business_day, new.business_day, 1, new.total_cents
    WHERE new.customer_id IS NOT NULL
    ON CONFLICT(customer_id) DO UPDATE SET
        first_day = min(first_day, excluded.first_day),
        last_day = max(last_day, excluded.last_day),
        sales_count = sales_count + 1,
        sales_cents = sales_cents + excluded.sales_cents;
END;

CREATE TRIGGER kpi_sale_line_insert AFTER INSERT ON sale_line BEGIN
    INSERT INTO daily_product_sales(business_day, product_id, quantity, amount_cents)
    SELECT s.business_day, new.product_id, new.quantity, new.total_cents FROM sale s WHERE s.id = new.sale_id
    ON CONFLICT(business_day, product_id) DO UPDATE SET
        quantity = quantity + excluded.quantity,
        amount_cents = amount_cents + excluded.amount_cents;
END;

CREATE TRIGGER kpi_credit_note_insert AFTER INSERT ON credit_note BEGIN
    INSERT INTO daily_sales_summary(business_day, returns_count, returns_cents, returns_excl_cents)
    VALUES (new.business_day, 1, new.total_cents, new.total_cents - new.vat_cents)
    ON CONFLICT(business_day) DO UPDATE SET
        returns_count = returns_count + 1,
        returns_cents = returns_cents + excluded.returns_cents,
        returns_excl_cents = returns_excl_cents + excluded.returns_excl_cents;
    INSERT INTO daily_staff_sales(business_day, user_id, sales_count, amount_cents)
    SELECT new.business_day, coalesce(s.user_id, 0), 0, -new.total_cents FROM sale s WHERE s.id = new.sale_id
    ON CONFLICT(business_day, user_id) DO UPDATE SET
        amount_cents = amount_cents + excluded.amount_cents;
END;

CREATE TRIGGER kpi_credit_note_line_insert AFTER INSERT ON credit_note_line BEGIN
    INSERT INTO daily_product_sales(business_day, product_id, quantity, amount_cents)
    SELECT cn.business_day, sl.product_id, -new.quantity, -new.total_cents
    FROM credit_note cn, sale_line sl WHERE cn.id = new.credit_note_id AND sl.id = new.sale_line_id
    ON CONFLICT(business_day, product_id) DO UPDATE SET
        quantity = quantity + excluded.quantity,
        amount_cents = amount_cents + excluded.amount_cents;
END;
