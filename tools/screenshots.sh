#!/usr/bin/env bash
# Saves a screenshot of each main screen of the app on the demo store into docs/screenshots/
# (the README shows them), and prints the start-up times the app measures in this mode.
#   tools/screenshots.sh [DB]     DB defaults to demo/demo-store.db (made by ./run.sh)
# Needs build/bin/comptoir (./run.sh builds it; COMPTOIR_APP names another) and sqlite3.
# Runs under Xvfb, each screen signed in as a demo account whose role has that area.
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${1:-$PWD/demo/demo-store.db}"
APP="${COMPTOIR_APP:-build/bin/comptoir}"
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

# The home area at 200 % (QT_SCALE_FACTOR=2): text and icons drawn for the device pixels.
COMPTOIR_USER=directeur QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 2732x1600x24" \
  "$APP" --database "$DB" --lang fr --area home --screenshot docs/screenshots/main-window-200.png 2>&1 \
  | sed "s/^/[home 200 %] /"

# Each tab of the Administration area (comptoir --area admin:<tab>), by the role that uses it.
# The Backups tab lists this workstation's backup folder: a temporary one holding three
# backups of the demo store (the user's own settings and backups are not read).
SHOT_HOME=$(mktemp -d "${TMPDIR:-/tmp}/comptoir.XXXXXX")
trap 'rm -rf "$SHOT_HOME"' EXIT
BACKUPS="$SHOT_HOME/sauvegardes"
mkdir -p "$BACKUPS" "$SHOT_HOME/data" "$SHOT_HOME/config/Comptoir"
printf '[backup]\nfolder=%s\n' "$BACKUPS" >"$SHOT_HOME/config/Comptoir/Comptoir.conf"
for stamp in 20261122-191502 20261123-192210 20261124-190731; do
  f="$BACKUPS/comptoir-${stamp}Z.db"
  sqlite3 "$DB" ".backup '$f'"
  touch -d "${stamp:0:8} ${stamp:9:2}:${stamp:11:2}:${stamp:13:2} UTC" "$f"
done
admin_shots=(
  "admin:users    technicien  admin-users"
  "admin:backups  technicien  admin-backups"
  "admin:signins  technicien  admin-signins"
  "admin:audit    directeur   admin-audit"
)
for line in "${admin_shots[@]}"; do
  read -r area user file <<<"$line"
  COMPTOIR_USER="$user" XDG_DATA_HOME="$SHOT_HOME/data" XDG_CONFIG_HOME="$SHOT_HOME/config" \
    xvfb-run -a -s "-screen 0 1366x800x24" \
    "$APP" --database "$DB" --lang fr --area "$area" --screenshot "docs/screenshots/$file.png" 2>&1 \
    | sed "s/^/[$area] /"
done
echo "screenshots.sh: saved in docs/screenshots/"
