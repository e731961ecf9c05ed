#!/usr/bin/env bash
# Proves the package as a new user would meet it: builds comptoir_<version>_amd64.deb
# (packaging/build-deb.sh), checks it with lintian, desktop-file-validate and appstreamcli
# when they are installed here, then in a fresh minimal Debian 12 (../shared/tools/
# fresh-debian.sh, as root) installs it with apt, runs comptoir-cli --version and init, and
# starts the GUI under Xvfb on a new store: the first-run dialog's screenshot is copied to
# docs/screenshots/first-run.png.
#   packaging/test-deb.sh
#   FRESH_ROOT=/var/tmp/other packaging/test-deb.sh   (another minimal system; see fresh-debian.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
fresh=../shared/tools/fresh-debian.sh
[ -x "$fresh" ] || { echo "test-deb: $fresh not found" >&2; exit 1; }

packaging/build-deb.sh
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build-deb/CMakeCache.txt)
deb="comptoir_${version}_amd64.deb"

# The package's metadata, checked here (these tools are not build dependencies).
check() { if command -v "$1" >/dev/null; then echo "test-deb: $*"; "$@"; else echo "test-deb: $1 not installed, skipped"; fi; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp"
check desktop-file-validate "$tmp"/usr/share/applications/*.desktop
check appstreamcli validate --no-net "$tmp"/usr/share/metainfo/*.metainfo.xml
check lintian --fail-on error,warning "$deb"

# In the fresh Debian: what a user types, then the first start of the installed app on its
# default store (no --database: the data folder of QStandardPaths, owner-only).
inside="set -e
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq ./$deb >/dev/null
apt-get install -y -qq --no-install-recommends xvfb xauth >/dev/null
comptoir-cli --version
comptoir --version
comptoir-cli init /root/store.db --store-name 'Magasin neuf'
test \"\$(stat -c %a /root/store.db)\" = 600
xvfb-run -a -s '-screen 0 1280x800x24' comptoir --screenshot /root/first-run.png
data=/root/.local/share/Comptoir/Comptoir
stat -c '%a %n' /root/.local/share/Comptoir \$data \$data/comptoir.db
test \"\$(stat -c %a \$data)\" = 700
test \"\$(stat -c %a \$data/comptoir.db)\" = 600
test -s /root/first-run.png
echo 'test-deb: installed, ran, first-run dialog saved'"
run="${FRESH_ROOT:-/var/tmp/fresh-debian}.run"
KEEP=1 FRESH_COPY="$deb" "$fresh" "$inside"
cp "$run/root/first-run.png" docs/screenshots/first-run.png
# The copy can go unless the caller keeps it. fresh-debian.sh unmounts its /proc and /dev, but
# /dev can still be busy for a moment (Xvfb exiting): unmount again, and never remove the copy
# while anything is mounted in it (rm -rf would go through the bind mount into the host's /dev).
if [ "${KEEP:-0}" != 1 ]; then
  for _ in 1 2 3 4 5; do
    grep -q " $run/" /proc/mounts || break
    umount "$run/dev" "$run/proc" 2>/dev/null || sleep 1
  done
  if grep -q " $run/" /proc/mounts; then
    echo "test-deb: $run still has mounts; left in place" >&2
  else
    rm -rf "$run"
  fi
fi
echo "test-deb: passed; docs/screenshots/first-run.png"
