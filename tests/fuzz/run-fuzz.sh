#!/usr/bin/env bash
# Builds the libFuzzer target of the CSV reader with clang (ASan + UBSan) in its own
# build folder and runs it, seeded with the golden corpus of tests/data/csv.
#
#   tests/fuzz/run-fuzz.sh [SECONDS] [extra libFuzzer flags...]
#
# SECONDS defaults to 60. The build folder (default build-fuzz/, or $COMPTOIR_FUZZ_BUILD)
# keeps the growing corpus in fuzz/corpus and any crash input in fuzz/ (artifacts).
# Exit status: 0 when the run was clean, libFuzzer's own status otherwise.
set -euo pipefail

SECONDS_TO_RUN="${1:-60}"
if [ $# -gt 0 ]; then shift; fi
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${COMPTOIR_FUZZ_BUILD:-$ROOT/build-fuzz}"

# The fuzzing toolchain is installed only here, not by setup.sh.
FUZZ_PACKAGES=(clang libclang-rt-14-dev)
missing=()
for p in "${FUZZ_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "run-fuzz: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

export CCACHE_BASEDIR="$ROOT"
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DCOMPTOIR_FUZZ=ON -DBUILD_TESTING=OFF -DCOMPTOIR_BUILD_BENCH=OFF >/dev/null
ninja -C "$BUILD" fuzz_csv_reader

WORK="$BUILD/fuzz"
CORPUS="$WORK/corpus"
mkdir -p "$CORPUS"
# Seeds: each golden input behind a few option bytes (the target's first byte picks the
# chunk size, separator, encoding and blank-row handling).
for f in "$ROOT"/tests/data/csv/*/input.csv; do
  name="$(basename "$(dirname "$f")")"
  for opt in 00 01 85; do
    seed="$CORPUS/seed-$name-$opt"
    [ -e "$seed" ] || { printf "\\x$opt" > "$seed"; head -c 8000 "$f" >> "$seed"; }
  done
done

echo "run-fuzz: running for ${SECONDS_TO_RUN}s"
"$BUILD/tests/fuzz/fuzz_csv_reader" "$CORPUS" \
  -dict="$ROOT/tests/fuzz/csv.dict" \
  -max_total_time="$SECONDS_TO_RUN" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$WORK/" -print_final_stats=1 "$@"
