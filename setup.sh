#!/usr/bin/env bash
# Installs the Debian 12 packages Comptoir needs to build, test and run.
# Idempotent: when every package is already installed it does nothing.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkgconf ccache
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite libqt6svg6
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  catch2 libboost-dev libsodium-dev libssl-dev libsqlite3-dev sqlite3
  libcsv-dev libxlsxwriter-dev zlib1g-dev poppler-utils
  xvfb xauth libxkbcommon-dev fonts-dejavu-core python3 help2man
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "setup: installing ${#missing[@]} Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
