#!/usr/bin/env bash
# Runs integration tests with every git-brag they start under valgrind's memcheck: any memory
# error or leak (definite or indirect) makes git-brag exit 99, which fails the test.
# usage: scripts/valgrind.sh [CTEST_REGEX]
#   default: e2e/(bad_inputs|command_line_errors|hostile_text), the corpus of bad
#   inputs and the error paths, in about four minutes on two cores; pass 'e2e/' for every
#   integration test (much longer).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tests=${1:-'e2e/(bad_inputs|command_line_errors|hostile_text)$'}
"$root/scripts/install-deps.sh" --valgrind
"$root/scripts/build.sh" "$root/build"
# --trace-children=no: the tests' git commands are not git-brag's to answer for.
export BRAG_TEST_WRAPPER="valgrind --quiet --error-exitcode=99 --leak-check=full \
--show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
--track-origins=no --num-callers=30"
cd "$root/build"
ctest --output-on-failure -j "$(nproc)" -R "$tests"
