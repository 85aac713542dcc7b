#!/usr/bin/env bash
# Quick start, part two: installs what is missing, builds git-brag with its tests and runs the
# whole suite with ctest.
# usage: scripts/test.sh [--sanitize]   (--sanitize: AddressSanitizer + UBSan, in build-asan/)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Chromium too: a test renders the HTML document in it.
"$root/scripts/install-deps.sh" --browser
if [[ "${1:-}" == "--sanitize" ]]; then
  build=$root/build-asan
  "$root/scripts/build.sh" "$build" -DBRAG_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
else
  build=$root/build
  "$root/scripts/build.sh" "$build"
fi
cd "$build"
ctest --output-on-failure -j "$(nproc)"
