-- KPI summary tables (issue 6), kept by AFTER INSERT triggers in the same transaction as
-- each sale / credit note, and backfilled here from the existing ledger. The ledger tables
-- are append-only (BEFORE UPDATE/DELETE triggers), so inserts are the only changes to follow.
-- Returns count negatively, on the credit note's business day. The demo bulk load drops the
-- kpi_* triggers and rebuilds these tables at its end (KpiRepository::rebuildSummaries).
-- The triggers are named kpi_* and the tables' content must equal the recomputation in
-- KpiRepository::rebuildSummaries (tested in tests/unit/kpi).

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

-- Backfill (the same statements as KpiRepository::rebuildSummaries).
INSERT INTO daily_sales_summary(business_day, sales_count, sales_cents, sales_excl_cents, item_count, loyalty_cents,
                                returns_count, returns_cents, returns_excl_cents)
SELECT business_day, sum(sc), sum(st), sum(se), sum(it), sum(lo), sum(rc), sum(rt), sum(re) FROM (
    SELECT s.business_day, 1 AS sc, s.total_cents AS st, s.total_excl_cents AS se, s.item_count AS it,
           CASE WHEN c.loyalty_card IS NOT NULL THEN s.total_cents ELSE 0 END AS lo, 0 AS rc, 0 AS rt, 0 AS re
    FROM sale s LEFT JOIN customer c ON c.id = s.customer_id
    UNION ALL
    SELECT business_day, 0, 0, 0, 0, 0, 1, total_cents, total_cents - vat_cents FROM credit_note)
GROUP BY business_day;

INSERT INTO daily_product_sales(business_day, product_id, quantity, amount_cents)
SELECT business_day, product_id, sum(q), sum(a) FROM (
    SELECT s.business_day, l.product_id, l.quantity AS q, l.total_cents AS a
    FROM sale_line l JOIN sale s ON s.id = l.sale_id
    UNION ALL
    SELECT cn.business_day, sl.product_id, -cl.quantity, -cl.total_cents
    FROM credit_note_line cl JOIN credit_note cn ON cn.id = cl.credit_note_id JOIN sale_line sl ON sl.id = cl.sale_line_id)
GROUP BY business_day, product_id;

INSERT INTO daily_staff_sales(business_day, user_id, sales_count, amount_cents)
SELECT business_day, user_id, sum(c), sum(a) FROM (
    SELECT business_day, coalesce(user_id, 0) AS user_id, 1 AS c, total_cents AS a FROM sale
    UNION ALL
    SELECT cn.business_day, coalesce(s.user_id, 0), 0, -cn.total_cents FROM credit_note cn JOIN sale s ON s.id = cn.sale_id)
GROUP BY business_day, user_id;

INSERT INTO customer_summary(customer_id, first_day, last_day, sales_count, sales_cents)
SELECT customer_id, min(business_day), max(business_day), count(*), sum(total_cents)
FROM sale WHERE customer_id IS NOT NULL GROUP BY customer_id;

INSERT INTO customer_lapse(last_day, customers)
SELECT business_day, count(*) FROM (
    SELECT business_day, lead(business_day) OVER (PARTITION BY customer_id ORDER BY business_day) AS next_day
    FROM (SELECT DISTINCT customer_id, business_day FROM sale WHERE customer_id IS NOT NULL))
WHERE next_day IS NULL OR next_day > date(business_day, '+1 year')
GROUP BY business_day;
