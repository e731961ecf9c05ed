#!/usr/bin/env bash
# Runs the same ledger INSERTs on SQLite (db/migrations, through the sqlite3 CLI) and on
# PostgreSQL (db/postgres, through psql) and compares the five KPI summary tables row by row:
#   1. kept by the kpi_* triggers (the ledger inserted after the migrations);
#   2. backfilled by 013 (the ledger inserted after 011, then 013 applied);
# and compares comptoir_plus_year() with SQLite's date(d, '+1 year') for every day of
# 1999-2041. Needs sqlite3 and psql; not part of ctest. The server is COMPTOIR_TEST_PG_URL
# if set, else a throwaway cluster (tests/support/pg-cluster.sh) on port KPI_PARITY_PORT
# (default 55441). Exit status 0 when everything is equal.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
chmod 755 "$work"
cluster=""
cleanup() {
  [ -n "$cluster" ] && "$root/tests/support/pg-cluster.sh" stop "$cluster"
  rm -rf "$work"
}
trap cleanup EXIT

url=${COMPTOIR_TEST_PG_URL:-}
if [ -z "$url" ]; then
  cluster="$work/cluster"
  url=$("$root/tests/support/pg-cluster.sh" start "$cluster" "${KPI_PARITY_PORT:-55441}")
fi
base=${url%/*}
db="kpi_parity_$$"
create="TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'"
psql -q -v ON_ERROR_STOP=1 "$url" -c "CREATE DATABASE ${db}_t $create" -c "CREATE DATABASE ${db}_b $create"
trap 'psql -q "$url" -c "DROP DATABASE IF EXISTS ${db}_t WITH (FORCE)" -c "DROP DATABASE IF EXISTS ${db}_b WITH (FORCE)" >/dev/null 2>&1 || true; cleanup' EXIT

pg() { psql -q -X -v ON_ERROR_STOP=1 "$base/$1" "${@:2}"; }

# The ledger: a store, two sellers, four customers (C1 with a loyalty card), three products.
# C1 buys on 29 February 2024, again exactly a year later by SQLite's rule (1 March 2025:
# still within the year) and after more than a year; C2 buys twice within a year, then after
# a year, and returns part of a sale on another day; C3 buys on 29 February 2024 and again on
# 2 March 2025 (a day too late); C4's sales arrive out of order (an earlier day inserted after
# a later one, as an import does) and twice on one day; anonymous sales without a seller;
# several sales in one multi-row INSERT (PostgreSQL fires AFTER ROW triggers at the end of the
# statement, SQLite after each row).
cat > "$work/master.sql" <<'SQL'
INSERT INTO store(id, code, name, created_at) VALUES (1, 'S1', 'Magasin', '2023-01-01T00:00:00Z');
INSERT INTO app_user(id, login, display_name, role_id, created_at) VALUES
  (1, 'anne', 'Anne', 1, '2023-01-01T00:00:00Z'), (2, 'bruno', 'Bruno', 4, '2023-01-01T00:00:00Z');
INSERT INTO customer(id, first_name, last_name, loyalty_card, created_at, updated_at) VALUES
  (1, 'Hélène', 'Martin', 'L001', '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z'),
  (2, 'Paul', 'Durand', NULL, '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z'),
  (3, 'Zoé', 'Petit', NULL, '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z'),
  (4, 'Marc', 'Roux', NULL, '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z');
INSERT INTO product(id, sku, name, price_cents, vat_rate_bp, created_at, updated_at) VALUES
  (1, 'P1', 'Lampe', 1000, 2000, '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z'),
  (2, 'P2', 'Pile', 250, 2000, '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z'),
  (3, 'P3', 'Livre', 2000, 550, '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z');
SQL
cat > "$work/ledger.sql" <<'SQL'
INSERT INTO sale(id, store_id, number, customer_id, user_id, at, business_day, total_cents, total_excl_cents, vat_cents, item_count, prev_hash, hash) VALUES
  (1, 1, 1, 2, 1, '2023-06-10T10:00:00Z', '2023-06-10', 2250, 1875, 375, 3, '', 'h1');
INSERT INTO sale_line(id, sale_id, line_no, product_id, quantity, unit_price_cents, vat_rate_bp, total_cents) VALUES
  (1, 1, 1, 1, 2, 1000, 2000, 2000), (2, 1, 2, 2, 1, 250, 2000, 250);
INSERT INTO sale(id, store_id, number, customer_id, user_id, at, business_day, total_cents, total_excl_cents, vat_cents, item_count, prev_hash, hash) VALUES
  (2, 1, 2, 2, 2, '2023-08-01T10:00:00Z', '2023-08-01', 1000, 833, 167, 1, 'h1', 'h2'),
  (3, 1, 3, NULL, NULL, '2023-08-01T11:00:00Z', '2023-08-01', 500, 417, 83, 2, 'h2', 'h3'),
  (4, 1, 4, 1, 1, '2024-02-29T09:00:00Z', '2024-02-29', 3000, 2500, 500, 2, 'h3', 'h4'),
  (5, 1, 5, 3, 2, '2024-02-29T09:30:00Z', '2024-02-29', 2000, 1896, 104, 1, 'h4', 'h5');
INSERT INTO sale_line(id, sale_id, line_no, product_id, quantity, unit_price_cents, vat_rate_bp, total_cents) VALUES
  (3, 2, 1, 1, 1, 1000, 2000, 1000),
  (4, 3, 1, 2, 2, 250, 2000, 500),
  (5, 4, 1, 1, 1, 1000, 2000, 1000), (6, 4, 2, 3, 1, 2000, 550, 2000),
  (7, 5, 1, 3, 1, 2000, 550, 2000);
-- A return on another day: part of C2's first sale, counted against its seller (Anne).
INSERT INTO credit_note(id, store_id, number, sale_id, customer_id, user_id, at, business_day, total_cents, vat_cents, refund_method, prev_hash, hash) VALUES
  (1, 1, 1, 1, 2, 2, '2023-06-20T10:00:00Z', '2023-06-20', 1000, 167, 'cash', '', 'c1');
INSERT INTO credit_note_line(id, credit_note_id, sale_line_id, quantity, total_cents, restock) VALUES (1, 1, 1, 1, 1000, 1);
-- A return of the anonymous sale (no seller) on a day with sales.
INSERT INTO credit_note(id, store_id, number, sale_id, customer_id, user_id, at, business_day, total_cents, vat_cents, refund_method, prev_hash, hash) VALUES
  (2, 1, 2, 3, NULL, 1, '2024-02-29T12:00:00Z', '2024-02-29', 250, 42, 'card', 'c1', 'c2');
INSERT INTO credit_note_line(id, credit_note_id, sale_line_id, quantity, total_cents, restock) VALUES (2, 2, 4, 1, 250, 0);
INSERT INTO sale(id, store_id, number, customer_id, user_id, at, business_day, total_cents, total_excl_cents, vat_cents, item_count, prev_hash, hash) VALUES
  (6, 1, 6, 4, 1, '2024-06-01T10:00:00Z', '2024-06-01', 250, 208, 42, 1, 'h5', 'h6');
INSERT INTO sale_line(id, sale_id, line_no, product_id, quantity, unit_price_cents, vat_rate_bp, total_cents) VALUES (8, 6, 1, 2, 1, 250, 2000, 250);
-- C4's earlier purchase, inserted after the later one (an import), then two on one day.
INSERT INTO sale(id, store_id, number, customer_id, user_id, at, business_day, total_cents, total_excl_cents, vat_cents, item_count, imported, prev_hash, hash) VALUES
  (7, 1, 7, 4, NULL, '2024-01-15T10:00:00Z', '2024-01-15', 1000, 833, 167, 1, 1, 'h6', 'h7');
INSERT INTO sale_line(id, sale_id, line_no, product_id, quantity, unit_price_cents, vat_rate_bp, total_cents) VALUES (9, 7, 1, 1, 1, 1000, 2000, 1000);
INSERT INTO sale(id, store_id, number, customer_id, user_id, at, business_day, total_cents, total_excl_cents, vat_cents, item_count, prev_hash, hash) VALUES
  (8, 1, 8, 4, 2, '2024-09-09T10:00:00Z', '2024-09-09', 500, 417, 83, 2, 'h7', 'h8'),
  (9, 1, 9, 4, 2, '2024-09-09T15:00:00Z', '2024-09-09', 1000, 833, 167, 1, 'h8', 'h9'),
  (10, 1, 10, 2, 1, '2024-12-01T10:00:00Z', '2024-12-01', 2000, 1896, 104, 1, 'h9', 'h10');
INSERT INTO sale_line(id, sale_id, line_no, product_id, quantity, unit_price_cents, vat_rate_bp, total_cents) VALUES
  (10, 8, 1, 2, 2, 250, 2000, 500), (11, 9, 1, 1, 1, 1000, 2000, 1000), (12, 10, 1, 3, 1, 2000, 550, 2000);
-- 29 February 2024 + 1 year: 1 March 2025 in SQLite (PostgreSQL's interval would say 28 February).
INSERT INTO sale(id, store_id, number, customer_id, user_id, at, business_day, total_cents, total_excl_cents, vat_cents, item_count, prev_hash, hash) VALUES
  (11, 1, 11, 1, 2, '2025-03-01T10:00:00Z', '2025-03-01', 1000, 833, 167, 1, 'h10', 'h11'),
  (12, 1, 12, 3, 1, '2025-03-02T10:00:00Z', '2025-03-02', 2000, 1896, 104, 1, 'h11', 'h12'),
  (13, 1, 13, 1, 1, '2026-03-05T10:00:00Z', '2026-03-05', 250, 208, 42, 1, 'h12', 'h13');
INSERT INTO sale_line(id, sale_id, line_no, product_id, quantity, unit_price_cents, vat_rate_bp, total_cents) VALUES
  (13, 11, 1, 1, 1, 1000, 2000, 1000), (14, 12, 1, 3, 1, 2000, 550, 2000), (15, 13, 1, 2, 1, 250, 2000, 250);
-- C2 returns the 1 December 2024 sale on 2 March 2025.
INSERT INTO credit_note(id, store_id, number, sale_id, customer_id, user_id, at, business_day, total_cents, vat_cents, refund_method, prev_hash, hash) VALUES
  (3, 1, 3, 10, 2, 2, '2025-03-02T11:00:00Z', '2025-03-02', 2000, 104, 'voucher', 'c2', 'c3');
INSERT INTO credit_note_line(id, credit_note_id, sale_line_id, quantity, total_cents, restock) VALUES (3, 3, 12, 1, 2000, 1);
SQL

summaries() {
  cat <<'SQL'
SELECT 'daily_sales_summary', business_day, sales_count, sales_cents, sales_excl_cents, item_count, loyalty_cents, returns_count, returns_cents, returns_excl_cents FROM daily_sales_summary ORDER BY business_day;
SELECT 'daily_product_sales', business_day, product_id, quantity, amount_cents FROM daily_product_sales ORDER BY business_day, product_id;
SELECT 'daily_staff_sales', business_day, user_id, sales_count, amount_cents FROM daily_staff_sales ORDER BY business_day, user_id;
SELECT 'customer_summary', customer_id, first_day, last_day, sales_count, sales_cents FROM customer_summary ORDER BY customer_id;
SELECT 'customer_lapse', last_day, customers FROM customer_lapse ORDER BY last_day;
SQL
}
sqlite_dump() { summaries | sqlite3 -bail -separator '|' "$1"; }
pg_dump_rows() { summaries | pg "$1" -A -t -F '|'; }

sqlite_migrate() { # file, last version to apply (inclusive) or empty for all
  for f in "$root"/db/migrations/*.sql; do
    v=$((10#$(basename "$f" | cut -d_ -f1)))
    [ -n "$2" ] && [ "$v" -gt "$2" ] && continue
    sqlite3 -bail "$1" < "$f"
  done
}
pg_migrate() { # database, first version, last version
  for f in "$root"/db/postgres/*.sql; do
    v=$((10#$(basename "$f" | cut -d_ -f1)))
    [ "$v" -lt "$2" ] || [ "$v" -gt "$3" ] && continue
    pg "$1" -f "$f" >/dev/null
  done
}
sqlite_run() { { echo "PRAGMA foreign_keys = ON;"; cat "$2"; } | sqlite3 -bail "$1"; }

status=0
compare() { # title, sqlite rows, postgres rows
  if diff -u --label "SQLite" --label "PostgreSQL" "$2" "$3" > "$work/diff"; then
    echo "equal: $1 ($(wc -l < "$2") rows)"
  else
    echo "DIFFERENT: $1"; cat "$work/diff"; status=1
  fi
}

# 1. Triggers: the ledger inserted into the migrated schema.
sqlite_migrate "$work/t.db" ""
sqlite_run "$work/t.db" "$work/master.sql"
sqlite_run "$work/t.db" "$work/ledger.sql"
sqlite_dump "$work/t.db" > "$work/t.sqlite"
pg_migrate "${db}_t" 1 999
pg "${db}_t" -f "$work/master.sql"
pg "${db}_t" -f "$work/ledger.sql"
pg_dump_rows "${db}_t" > "$work/t.pg"
compare "summaries kept by the kpi_* triggers" "$work/t.sqlite" "$work/t.pg"

# 2. Backfill: the ledger inserted before 013, which then fills the summaries.
sqlite_migrate "$work/b.db" 11
sqlite_run "$work/b.db" "$work/master.sql"
sqlite_run "$work/b.db" "$work/ledger.sql"
sqlite3 -bail "$work/b.db" < "$root/db/migrations/013_kpi_summaries.sql"
# SQLite runs the backfill from its own file right after 013 (core/storage/Migrations.cpp).
sqlite3 -bail "$work/b.db" < "$root/db/kpi_summaries_backfill.sql"
sqlite_dump "$work/b.db" > "$work/b.sqlite"
pg_migrate "${db}_b" 1 12
pg "${db}_b" -f "$work/master.sql"
pg "${db}_b" -f "$work/ledger.sql"
pg_migrate "${db}_b" 13 13
pg_dump_rows "${db}_b" > "$work/b.pg"
compare "summaries backfilled by 013" "$work/b.sqlite" "$work/b.pg"
if cmp -s "$work/t.sqlite" "$work/b.sqlite"; then
  echo "note: on this ledger the triggers and the backfill give the same rows"
else
  echo "note: on this ledger the triggers and the backfill differ (the same way on both engines):"
  diff --label triggers --label backfill -u "$work/t.sqlite" "$work/b.sqlite" | sed 's/^/  /' || true
fi

# 3. comptoir_plus_year against SQLite's date(d, '+1 year'), every day of 1999-2041.
sqlite3 "$work/t.db" "WITH RECURSIVE d(x) AS (SELECT '1999-01-01' UNION ALL SELECT date(x, '+1 day') FROM d WHERE x < '2041-12-31')
  SELECT x || '|' || date(x, '+1 year') FROM d;" > "$work/y.sqlite"
pg "${db}_t" -A -t -c "SELECT to_char(d, 'YYYY-MM-DD') || '|' || comptoir_plus_year(to_char(d, 'YYYY-MM-DD'))
  FROM generate_series(date '1999-01-01', date '2041-12-31', interval '1 day') AS d" > "$work/y.pg"
compare "date(d, '+1 year') and comptoir_plus_year(d), one row per day" "$work/y.sqlite" "$work/y.pg"
grep -E '^(2024-02-29|2023-12-31|2024-03-01)\|' "$work/y.pg" | sed 's/^/  /'
exit $status
