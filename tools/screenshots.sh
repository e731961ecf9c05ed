#!/usr/bin/env bash
# Saves a screenshot of each main screen of the app on the demo store into docs/screenshots/
# (the README shows them), and prints the start-up times the app measures in this mode.
#   tools/screenshots.sh [DB]     DB defaults to demo/demo-store.db (made by ./run.sh)
# Needs build/bin/comptoir (./run.sh builds it). Runs under Xvfb, each screen signed in as a
# demo account whose role has that area.
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${1:-$PWD/demo/demo-store.db}"
APP=build/bin/comptoir
[ -x "$APP" ] || { echo "screenshots.sh: $APP is missing: run ./run.sh first" >&2; exit 1; }
[ -f "$DB" ] || { echo "screenshots.sh: $DB is missing: run ./run.sh first" >&2; exit 1; }
mkdir -p docs/screenshots
export COMPTOIR_PASSWORD="${COMPTOIR_PASSWORD:-comptoir-demo}"

# area  user  file
shots=(
  "home         directeur   main-window"
  "customers    vendeur     customers"
  "sale         vendeur     sale"
  "appointments vendeur     appointments"
  "complaints   vendeur     complaints"
  "stock        vendeur     stock"
  "dashboard    directeur   dashboard-window"
  "admin        technicien  admin"
)
for line in "${shots[@]}"; do
  read -r area user file <<<"$line"
  COMPTOIR_USER="$user" xvfb-run -a -s "-screen 0 1366x800x24" \
    "$APP" --database "$DB" --lang fr --area "$area" --screenshot "docs/screenshots/$file.png" 2>&1 \
    | sed "s/^/[$area] /"
done
echo "screenshots.sh: saved in docs/screenshots/"
