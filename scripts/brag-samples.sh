#!/usr/bin/env bash
# Quick start, part one: installs what is missing, builds git-brag, builds the sample
# repositories and writes the brag document of the Mode 2 persona, Ada Lovelace.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" "$root/build"
"$root/samples/build-samples.sh" "$root/samples/build" >/dev/null
out=$root/samples/build/BRAG.md
"$root/build/analyzer/app/git-brag" --author ada@example.com -o "$out" "$root/samples/build"
echo "Wrote $out"
echo
sed -n '1,25p' "$out"
