#!/usr/bin/env bash
# Regenerates the example output under samples/output/: the brag documents (Markdown, chart,
# JSON, HTML) of the two sample personas, and a redacted one, rendered from the sample repositories
# with fixed arguments. tests/e2e/test_golden.cpp runs this same script into a temporary folder
# and compares byte for byte, so after a deliberate change to the output, run it and commit.
#
# usage: scripts/update-golden.sh [OUTPUT_DIR]     (default: samples/output)
#   BRAG_BINARY=PATH  use this git-brag; otherwise it is built into build/ first
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$root/samples/output}

if [[ -n "${BRAG_BINARY:-}" ]]; then
  brag=$BRAG_BINARY
else
  "$root/scripts/build.sh" "$root/build" >/dev/null
  brag=$root/build/analyzer/app/git-brag
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/out"
# Neither the user's git configuration (url.*.insteadOf, mailmap.file) nor the clock may change
# the output: an empty HOME, a fixed date for the document, C locale.
isolated=(env HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" GIT_CONFIG_NOSYSTEM=1
  GIT_CONFIG_GLOBAL=/dev/null LC_ALL=C TZ=UTC SOURCE_DATE_EPOCH=1790812800) # 2026-10-01

bash "$root/samples/build-samples.sh" "$work/samples" >/dev/null 2>&1
# Remotes on two forges, so that the documents link commits, tags and files; handbook keeps
# none and shows plain commit ids.
"${isolated[@]}" git -C "$work/samples/orbit" remote add origin git@github.com:example-org/orbit.git
"${isolated[@]}" git -C "$work/samples/ledger" remote add origin https://gitlab.com/example-org/ledger.git

# Relative paths from a fixed working folder: nothing in the output names this machine.
cd "$work"
run() { "${isolated[@]}" "$brag" "$@"; }
run --author ada@example.com -o out/ada.md samples
run --author ada@example.com --format json -o out/ada.json samples
run --author bob@example.com -o out/bob.md samples
run --author bob@example.com --format json -o out/bob.json samples
# The same documents as one self-contained HTML file each.
run --author ada@example.com --format html -o out/ada.html samples
run --author bob@example.com --format html -o out/bob.html samples
run --author ada@example.com --redact --redact-keep handbook -o out/ada-redacted.md samples
run --author ada@example.com --redact --redact-keep handbook --format json \
  -o out/ada-redacted.json samples
# --compare: this year against the last (SOURCE_DATE_EPOCH's year is 2026).
run --author ada@example.com --year this --compare "last year" -o out/ada-2026-vs-2025.md samples
run --author ada@example.com --year this --compare "last year" --format json \
  -o out/ada-2026-vs-2025.json samples

mkdir -p "$out"
rm -f "$out"/*.md "$out"/*.svg "$out"/*.json "$out"/*.html
cp out/* "$out"/
echo "Wrote $(ls out | wc -l) files to $out" >&2
