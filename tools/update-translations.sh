#!/usr/bin/env bash
# Refresh the translation catalogues from the sources (core, ui, app).
#
#   tools/update-translations.sh          # lupdate only
#   tools/update-translations.sh --fill   # then fill the French strings (and English plurals)
#                                         # known to tools/fill_fr.py; it lists what it does not know
#
# French (fr) is the shipped default; English (en_GB) keeps empty translations,
# which fall back to the (English) source text at run time.
set -euo pipefail

cd "$(dirname "$0")/.."

QT_BIN=${QT_BIN:-/usr/lib/qt6/bin}
LUPDATE=${LUPDATE:-$QT_BIN/lupdate}
TS_DIR=resources/translations

LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT

run_lupdate() { # <ts-file> <target-language>
    local status=0
    # -target-language only applies when the file is new; both files already carry theirs.
    "$LUPDATE" core ui app -locations relative -no-obsolete \
        -target-language "$2" -ts "$1" >"$LOG" 2>&1 || status=$?
    # "lacks Q_OBJECT macro" warnings are expected (tr() via QCoreApplication::translate).
    grep -v 'lacks Q_OBJECT macro' "$LOG" || true
    return "$status"
}

run_lupdate "$TS_DIR/comptoir_fr.ts" fr
run_lupdate "$TS_DIR/comptoir_en.ts" en_GB

if [[ "${1:-}" == "--fill" ]]; then
    python3 tools/fill_fr.py "$TS_DIR/comptoir_fr.ts"
    python3 tools/fill_fr.py --en "$TS_DIR/comptoir_en.ts"
fi
