#!/usr/bin/env bash
# Builds the Debian package comptoir_<version>_amd64.deb into the project folder:
#   packaging/build-deb.sh            then: apt install ./comptoir_<version>_amd64.deb
# A build of the two programs alone in build-deb/ (no tests, no benchmarks) with Debian's
# compiler and linker flags (dpkg-buildflags, all hardening on), then CPack's DEB generator;
# packaging/README.md says why CPack and what the package holds.
set -euo pipefail
cd "$(dirname "$0")/.."
./setup.sh

# Debian's flags: -O2, fortified functions, stack protector, relro and bindnow. No -g: the
# package's programs are stripped, so debug information would only slow the build.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all DEB_CXXFLAGS_MAINT_STRIP=-g
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS) -DNDEBUG"
ldflags="$(dpkg-buildflags --get LDFLAGS)"
# CMAKE_BUILD_TYPE=None, as Debian's own CMake packages: only the flags above apply.
cmake -S . -B build-deb -G Ninja -DCMAKE_BUILD_TYPE=None -DBUILD_TESTING=OFF -DCOMPTOIR_BUILD_BENCH=OFF \
  -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags" >/dev/null
cmake --build build-deb
(cd build-deb && cpack -G DEB >/dev/null)

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build-deb/CMakeCache.txt)
deb="comptoir_${version}_amd64.deb"
cp "build-deb/package/$deb" .
echo "build-deb: $PWD/$deb"
