#!/usr/bin/env bash
# Installs the Debian packages git-brag needs to build and test, when they are missing.
# Debian 12 (bookworm); uses sudo when not run as root.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  libgit2-dev libboost-program-options-dev libboost-test-dev libfmt-dev nlohmann-json3-dev
  libsqlite3-dev libtomlplusplus-dev libdeflate-dev zlib1g-dev
  # The tests check the reports with independent tools: a CommonMark parser, an XML parser
  # and a JSON Schema validator.
  cmark-gfm libxml2-utils python3-jsonschema
  # The install test reads the manual page with man and runs the completion with bash; the CI
  # test reads the sample workflow's steps with a YAML parser.
  man-db python3-yaml
)
# --dev: the formatter; --fuzz: clang and its libFuzzer runtime (scripts/fuzz.sh);
# --valgrind: valgrind (scripts/valgrind.sh); --browser: Chromium, which renders the HTML
# document headless in tests/e2e/test_html_browser.cpp (scripts/test.sh asks for it).
for option in "$@"; do
  case $option in
    --dev) packages+=(clang-format) ;;
    --fuzz) packages+=(clang-14 libclang-rt-14-dev) ;;
    --valgrind) packages+=(valgrind) ;;
    --browser) packages+=(chromium) ;;
    *) echo "install-deps.sh: unknown option $option" >&2; exit 2 ;;
  esac
done

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=()
if [[ $(id -u) -ne 0 ]]; then sudo=(sudo); fi
echo "Installing: ${missing[*]}" >&2
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
