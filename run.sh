#!/usr/bin/env bash
# Builds Comptoir and opens it on the demo store (created on first run).
#   ./run.sh                 build, create demo/demo-store.db if missing, open the app
#   COMPTOIR_DEMO_SIZE=small ./run.sh   a small demo store (2 000 customers) instead of the full one
# With no display (no $DISPLAY / $WAYLAND_DISPLAY), the app runs under Xvfb, saves a
# screenshot of its main window to demo/screenshot.png and exits.
set -euo pipefail
cd "$(dirname "$0")"

./setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target comptoir comptoir-cli

mkdir -p demo
DB="${COMPTOIR_DEMO_DB:-$PWD/demo/demo-store.db}"
if [ ! -f "$DB" ]; then
  if [ "${COMPTOIR_DEMO_SIZE:-full}" = small ]; then
    build/bin/comptoir-cli demo "$DB" --customers 2000 --products 300 --sales 20000
  else
    build/bin/comptoir-cli demo "$DB" --customers 100000 --products 5000 --sales 400000
  fi
  build/bin/comptoir-cli demo-passwords "$DB"
fi

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec build/bin/comptoir --database "$DB" "$@"
fi
echo "run.sh: no display found; running under Xvfb and saving a screenshot to demo/screenshot.png"
export COMPTOIR_USER="${COMPTOIR_USER:-directeur}" COMPTOIR_PASSWORD="${COMPTOIR_PASSWORD:-comptoir-demo}"
xvfb-run -a -s "-screen 0 1366x800x24" build/bin/comptoir --database "$DB" --screenshot demo/screenshot.png "$@"
echo "run.sh: screenshot saved to demo/screenshot.png"
