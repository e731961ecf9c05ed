#!/usr/bin/env bash
# Crash test (not part of ctest): a writer process is killed with SIGKILL at random
# moments, many times; after each kill the database must pass integrity_check and hold
# every customer id the writer had printed (printed = committed).
#
# usage: tests/crash/run-crash-test.sh [BUILD_DIR] [ITERATIONS] [MAX_DELAY_MS]
#   BUILD_DIR     build folder holding bin/comptoir-cli and tests/dev/comptoir-dev (default: build)
#   ITERATIONS    number of kills (default 50)
#   MAX_DELAY_MS  each writer is killed a random 0..MAX_DELAY_MS ms after its first commit (default 1500)
# COMPTOIR_CLI and COMPTOIR_DEV override the paths of comptoir-cli and of the developer
# program comptoir-dev, whose crash-writer command is the writer.
# Needs the sqlite3 command-line shell for the checks (apt-get install sqlite3).
set -euo pipefail

BUILD_DIR=${1:-build}
ITERATIONS=${2:-50}
MAX_DELAY_MS=${3:-1500}
CLI=${COMPTOIR_CLI:-"$BUILD_DIR/bin/comptoir-cli"}
DEV=${COMPTOIR_DEV:-"$BUILD_DIR/tests/dev/comptoir-dev"}
[ -x "$CLI" ] || { echo "no $CLI: build comptoir-cli first" >&2; exit 2; }
[ -x "$DEV" ] || { echo "no $DEV: build comptoir-dev first (it is built with the tests)" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "the sqlite3 shell is needed for the checks" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/comptoir-crash.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/store.db"
PASSWORD="crash test password"
export COMPTOIR_PASSWORD="$PASSWORD" COMPTOIR_NEW_PASSWORD="$PASSWORD"

"$CLI" init "$DB" >/dev/null
"$CLI" user add "$DB" --login tech --name "Crash Tech" --role technician >/dev/null
"$CLI" user add "$DB" --login writer --name "Crash Writer" --role sales_associate --user tech >/dev/null

confirmed="$WORK/confirmed.txt"
: >"$confirmed"
failures=0
total_confirmed=0
start=$(date +%s)
for ((i = 1; i <= ITERATIONS; i++)); do
    out="$WORK/out-$i.txt"
    "$DEV" crash-writer "$DB" --user writer >"$out" 2>"$WORK/err-$i.txt" &
    pid=$!
    # Wait for the first committed id (sign-in done), then kill at a random moment of the writing.
    for ((w = 0; w < 600; w++)); do
        [ -s "$out" ] && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    delay_ms=$((RANDOM % (MAX_DELAY_MS + 1)))
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true

    # Only complete lines: the kill may cut the last one.
    grep -E '^[0-9]+$' "$out" >>"$confirmed" || true
    printed=$(grep -cE '^[0-9]+$' "$out" || true)
    total_confirmed=$((total_confirmed + printed))

    integrity=$(sqlite3 "$DB" "PRAGMA integrity_check;" 2>&1 || true)
    fk=$(sqlite3 "$DB" "PRAGMA foreign_key_check;" 2>&1 || true)
    missing=$({
        echo "CREATE TEMP TABLE seen(id INTEGER PRIMARY KEY); BEGIN;"
        sort -un "$confirmed" | sed 's/.*/INSERT INTO temp.seen VALUES (&);/'
        echo "COMMIT; SELECT count(*) FROM temp.seen WHERE id NOT IN (SELECT id FROM main.customer);"
    } | sqlite3 "$DB" 2>&1 | tail -1)
    rows=$(sqlite3 "$DB" "SELECT count(*) FROM customer;")
    audit=$(sqlite3 "$DB" "SELECT count(*) FROM audit_log WHERE entity = 'customer';")
    status=ok
    if [ "$integrity" != "ok" ] || [ -n "$fk" ] || [ "$missing" != "0" ] || [ "$rows" != "$audit" ]; then
        status=FAILED
        failures=$((failures + 1))
    fi
    printf 'kill %3d after %4d ms: %4d ids printed, %6d customers, integrity %s, missing %s -> %s\n' \
        "$i" "$delay_ms" "$printed" "$rows" "$integrity" "$missing" "$status"
    if [ "$status" = FAILED ]; then
        [ -n "$fk" ] && echo "  foreign_key_check: $fk"
        [ "$rows" != "$audit" ] && echo "  customers $rows != customer audit entries $audit"
        cat "$WORK/err-$i.txt"
    fi
done

# Finally the audit chain, through the program itself.
verify=$("$CLI" verify "$DB" --user tech 2>&1) || { failures=$((failures + 1)); }
echo "$verify"
elapsed=$(($(date +%s) - start))
echo "crash test: $ITERATIONS kills in ${elapsed}s, $total_confirmed confirmed commits, $(wc -l <"$confirmed") ids checked, $failures failures"
[ "$failures" -eq 0 ]
