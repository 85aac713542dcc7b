#!/usr/bin/env bash
# The work of the CI samples (github-actions.yml, gitlab-ci.yml): finds or builds git-brag,
# checks that the checkouts have their full history, writes the brag document, appends it to
# the GitHub job summary, and commits it to a branch when asked. Runs the same on a laptop:
# tests/e2e/test_ci_script.cpp runs it on the sample repositories.
#
# Settings, from the environment:
#   BRAG_REPOSITORIES   folders to scan, separated by spaces (default: .); each is a repository
#                       or a folder of checkouts
#   BRAG_AUTHOR         your emails or names, separated by commas (default: git config
#                       brag.author, else user.email and user.name)
#   BRAG_OUTPUT         the document to write (default: BRAG.md); its chart goes beside it
#   BRAG_ARGS           more git-brag options, e.g. "--since '1 year ago' --redact"
#   BRAG_BINARY         the git-brag to run; otherwise git-brag on PATH, otherwise one built
#                       from BRAG_SOURCE (a checkout of git-brag's source, built with CMake)
#   BRAG_COMMIT_BRANCH  when set, commit the document (and chart) to this branch of
#                       BRAG_COMMIT_REPO and push it to its origin
#   BRAG_COMMIT_REPO    a checkout of the repository that keeps the document (default: .);
#                       committed to through a worktree of its own, never one of the scanned
#                       repositories
#   BRAG_COMMIT_NAME, BRAG_COMMIT_EMAIL   who commits (default: github-actions[bot])
#   GITHUB_STEP_SUMMARY set by GitHub Actions: the document is appended to the job summary
set -euo pipefail

say() { echo "brag-ci: $*" >&2; }
# A warning GitHub shows on the run's page; elsewhere, a plain line.
warn() {
  if [[ -n "${GITHUB_ACTIONS:-}" ]]; then echo "::warning title=git-brag::$*"; fi
  echo "brag-ci: warning: $*" >&2
}
fail() { echo "brag-ci: error: $*" >&2; exit 1; }

read -r -a repositories <<<"${BRAG_REPOSITORIES:-.}"
output=${BRAG_OUTPUT:-BRAG.md}

# 1. git-brag: given, installed, or built from source.
find_brag() {
  if [[ -n "${BRAG_BINARY:-}" ]]; then
    echo "$BRAG_BINARY"
  elif command -v git-brag >/dev/null; then
    command -v git-brag
  elif [[ -n "${BRAG_SOURCE:-}" ]]; then
    local build=${RUNNER_TEMP:-${TMPDIR:-/tmp}}/git-brag-build
    say "building git-brag from $BRAG_SOURCE"
    cmake -S "$BRAG_SOURCE" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
      >/dev/null
    cmake --build "$build" --target git-brag >/dev/null
    echo "$build/analyzer/app/git-brag"
  else
    fail "no git-brag: set BRAG_BINARY or BRAG_SOURCE, or install it"
  fi
}
brag=$(find_brag)
say "$("$brag" --version)"

# 2. Full history: a shallow clone (the default of most CI checkouts) hides every commit
# before its boundary, and the document would silently miss them.
shallow=0
while IFS= read -r -d '' git_dir; do
  repository=$(dirname "$git_dir")
  if [[ "$(git -C "$repository" rev-parse --is-shallow-repository 2>/dev/null)" == true ]]; then
    warn "$repository is a shallow clone: its history before the clone's boundary is missing" \
      "from the document. Check out with full history (actions/checkout: fetch-depth: 0;" \
      "GitLab: GIT_DEPTH: 0), or run git fetch --unshallow."
    shallow=$((shallow + 1))
  fi
done < <(find "${repositories[@]}" -name .git -prune -print0 2>/dev/null)

# 3. The document.
arguments=()
if [[ -n "${BRAG_AUTHOR:-}" ]]; then
  IFS=',' read -r -a authors <<<"$BRAG_AUTHOR"
  for author in "${authors[@]}"; do
    author="${author#"${author%%[![:space:]]*}"}" # trim
    author="${author%"${author##*[![:space:]]}"}"
    [[ -n "$author" ]] && arguments+=(--author "$author")
  done
fi
if [[ -n "${BRAG_ARGS:-}" ]]; then
  eval "extra=(${BRAG_ARGS})" # the user's own options, quoted as in a shell
  arguments+=("${extra[@]}")
fi
"$brag" "${arguments[@]}" -o "$output" "${repositories[@]}"
say "wrote $output"
chart="${output%.*}.svg"
[[ "$chart" == "$output" ]] && chart="${output%.*}.chart.svg"

# 4. The job summary: GitHub renders it as Markdown on the run's page (at most 1 MiB a step).
if [[ -n "${GITHUB_STEP_SUMMARY:-}" ]]; then
  limit=$((1024 * 1024 - 4096))
  if (($(wc -c <"$output") > limit)); then
    head -c "$limit" "$output" >>"$GITHUB_STEP_SUMMARY"
    printf '\n\n*The document is longer than a job summary can show: see the artifact.*\n' \
      >>"$GITHUB_STEP_SUMMARY"
  else
    cat "$output" >>"$GITHUB_STEP_SUMMARY"
  fi
  if ((shallow > 0)); then
    printf '\n> **Warning:** %d shallow checkout(s): history is missing from this document.\n' \
      "$shallow" >>"$GITHUB_STEP_SUMMARY"
  fi
  say "appended $output to the job summary"
fi

# 5. The branch: a worktree of BRAG_COMMIT_REPO on BRAG_COMMIT_BRANCH, never a scanned checkout.
if [[ -n "${BRAG_COMMIT_BRANCH:-}" ]]; then
  branch=$BRAG_COMMIT_BRANCH
  repo=$(cd "${BRAG_COMMIT_REPO:-.}" && git rev-parse --show-toplevel)
  for scanned in "${repositories[@]}"; do
    scanned=$(cd "$scanned" && pwd -P)
    case "$(cd "$repo" && pwd -P)/" in
    "$scanned"/*) fail "BRAG_COMMIT_REPO ($repo) is among the scanned repositories ($scanned):" \
      "git-brag never writes to those; keep the document in another checkout" ;;
    esac
  done
  work=$(mktemp -d)
  trap 'git -C "$repo" worktree remove --force "$work/publish" 2>/dev/null || true; rm -rf "$work"' EXIT
  git -C "$repo" fetch --quiet origin "$branch" 2>/dev/null || true
  if git -C "$repo" rev-parse --verify --quiet "refs/remotes/origin/$branch" >/dev/null; then
    git -C "$repo" worktree add --quiet -B "$branch" "$work/publish" "origin/$branch"
  else
    git -C "$repo" worktree add --quiet --detach "$work/publish"
    git -C "$work/publish" checkout --quiet --orphan "$branch"
    git -C "$work/publish" rm -r --quiet --cached . >/dev/null 2>&1 || true
    git -C "$work/publish" clean -fdxq
  fi
  cp "$output" "$work/publish/"
  [[ -f "$chart" ]] && cp "$chart" "$work/publish/"
  git -C "$work/publish" add -A
  if git -C "$work/publish" diff --cached --quiet; then
    say "$branch already has this document: nothing to commit"
  else
    git -C "$work/publish" \
      -c user.name="${BRAG_COMMIT_NAME:-github-actions[bot]}" \
      -c user.email="${BRAG_COMMIT_EMAIL:-41898282+github-actions[bot]@users.noreply.github.com}" \
      commit --quiet -m "Brag document: $(basename "$output")"
    git -C "$work/publish" push --quiet origin "$branch"
    say "committed $(basename "$output") to $branch and pushed it"
  fi
fi
