#!/usr/bin/env bash
# build-corpus.sh - build the corpus of bad inputs git-brag must survive: broken, odd and
# hostile repositories, each in a folder of its own, deterministically.
#
# Usage: tests/corpus/build-corpus.sh OUTPUT_DIR
#
# OUTPUT_DIR must not exist or be empty. Every identity and date is explicit and no user or
# system git configuration is read, so object ids are the same on every run. The tests in
# tests/e2e/test_bad_inputs.cpp run this script into a temporary folder and assert exactly what
# git-brag does with each case; the README of this folder lists the cases.
#
# Cases (folders under OUTPUT_DIR):
#   file.txt          a regular file, not a folder
#   no-repo/          folders without any repository
#   denied/           denied/open (a repository) and denied/locked (mode 000, a repository inside)
#   loop/             symbolic links in a loop (a -> b -> a, self -> .) beside a repository
#   empty/            git init and nothing else
#   unborn/           commits on main, HEAD names a branch that does not exist
#   detached/         HEAD detached at the second of three commits
#   bare.git          a bare clone of base
#   worktrees/        worktrees/main and its linked worktree worktrees/linked
#   submodules/       submodules/app with submodules/lib as a submodule, and lib itself
#   shallow/          a clone of base with --depth 2
#   missing-blob/     a loose blob of one commit deleted
#   missing-commit/   a loose commit in the middle of the history deleted
#   truncated-pack/   everything in one pack, the pack cut to half its size
#   garbage-head/     .git/HEAD holds garbage
#   bad-mailmap/      a .mailmap of malformed lines, in HEAD and in the work tree
#   odd-headers/      commits written by hand: invalid UTF-8, NUL bytes, a 100 KB subject, dates
#                     at 1970 and 2106, odd time zones
#   big-binary/       a commit adding a 50 MB binary file
#   many-tags/        3000 lightweight and 20 annotated tags
#   bad-config/       .git/config that is not a configuration file
#   bad-toml/         a good repository whose .git-brag.toml is malformed
#   base/             the good repository the clones come from
set -euo pipefail

die() {
    printf 'build-corpus.sh: %s\n' "$*" >&2
    exit 1
}

[[ $# -eq 1 ]] || die "usage: build-corpus.sh OUTPUT_DIR"
out=$1
mkdir -p "$out"
out=$(cd "$out" && pwd)
[[ -z $(ls -A "$out") ]] || die "$out is not empty"

tmp_home=$(mktemp -d)
trap 'rm -rf "$tmp_home"' EXIT
export HOME=$tmp_home
export XDG_CONFIG_HOME=$tmp_home/.config
export GIT_CONFIG_GLOBAL=/dev/null
export GIT_CONFIG_NOSYSTEM=1
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY \
    GIT_ALTERNATE_OBJECT_DIRECTORIES GIT_NAMESPACE GIT_CEILING_DIRECTORIES \
    GIT_TEMPLATE_DIR GIT_CONFIG GIT_CONFIG_PARAMETERS GIT_CONFIG_COUNT \
    GIT_REPLACE_REF_BASE GIT_NO_REPLACE_OBJECTS GIT_TRACE
export GIT_EDITOR=true GIT_TERMINAL_PROMPT=0 GIT_PAGER=cat PAGER=cat
export LC_ALL=C TZ=UTC
umask 022

# Commits as Ada unless told otherwise; each call takes the next day of 2025, so every commit
# has its own date and the ids never change.
day=0
as() { # as NAME EMAIL -- git arguments...
    local name=$1 email=$2
    shift 2
    day=$((day + 1))
    local date="$((1735732800 + day * 86400)) +0000" # 2025-01-01T12:00:00Z, plus days
    GIT_AUTHOR_NAME=$name GIT_AUTHOR_EMAIL=$email GIT_AUTHOR_DATE=$date \
        GIT_COMMITTER_NAME=$name GIT_COMMITTER_EMAIL=$email GIT_COMMITTER_DATE=$date \
        "$@"
}
ada() { as "Ada Lovelace" ada@example.com "$@"; }
bob() { as "Bob Martin" bob@example.com "$@"; }

new_repo() { # new_repo FOLDER
    git init -q -b main "$1"
    git -C "$1" config commit.gpgsign false
    git -C "$1" config tag.gpgsign false
}

# A small history: three commits by Ada, one by Bob.
small_history() { # small_history FOLDER
    local repo=$1
    printf 'one\n' >"$repo/a.txt"
    git -C "$repo" add -A
    ada git -C "$repo" commit -q -m "Add a"
    printf 'one\ntwo\n' >"$repo/a.txt"
    git -C "$repo" add -A
    bob git -C "$repo" commit -q -m "Extend a"
    printf 'b\n' >"$repo/b.txt"
    git -C "$repo" add -A
    ada git -C "$repo" commit -q -m "Add b"
    printf 'one\ntwo\nthree\n' >"$repo/a.txt"
    git -C "$repo" add -A
    ada git -C "$repo" commit -q -m "Extend a again"
}

loose_object_path() { # loose_object_path REPO OID
    printf '%s/.git/objects/%s/%s' "$1" "${2:0:2}" "${2:2}"
}

# --- paths that are no repository ---------------------------------------------------------
printf 'not a folder\n' >"$out/file.txt"
mkdir -p "$out/no-repo/a/b" "$out/no-repo/c"
printf 'notes\n' >"$out/no-repo/a/notes.txt"

# --- the good repository ------------------------------------------------------------------
new_repo "$out/base"
small_history "$out/base"

# --- permission denied during discovery ---------------------------------------------------
mkdir -p "$out/denied"
new_repo "$out/denied/open"
small_history "$out/denied/open"
mkdir -p "$out/denied/locked"
new_repo "$out/denied/locked/hidden"
small_history "$out/denied/locked/hidden"
chmod 000 "$out/denied/locked"

# --- a symbolic link loop beside a repository ---------------------------------------------
mkdir -p "$out/loop"
new_repo "$out/loop/repo"
small_history "$out/loop/repo"
ln -s b "$out/loop/a"
ln -s a "$out/loop/b"
ln -s . "$out/loop/self"

# --- empty, unborn and detached HEADs -----------------------------------------------------
new_repo "$out/empty"

new_repo "$out/unborn"
small_history "$out/unborn"
git -C "$out/unborn" symbolic-ref HEAD refs/heads/never

new_repo "$out/detached"
printf '1\n' >"$out/detached/n.txt"
git -C "$out/detached" add -A
ada git -C "$out/detached" commit -q -m "First"
printf '2\n' >"$out/detached/n.txt"
git -C "$out/detached" add -A
ada git -C "$out/detached" commit -q -m "Second"
printf '3\n' >"$out/detached/n.txt"
git -C "$out/detached" add -A
ada git -C "$out/detached" commit -q -m "Third"
git -C "$out/detached" checkout -q --detach HEAD~1

# --- bare, linked worktree, submodules, shallow -------------------------------------------
git clone -q --bare "$out/base" "$out/bare.git"

mkdir -p "$out/worktrees"
new_repo "$out/worktrees/main"
small_history "$out/worktrees/main"
git -C "$out/worktrees/main" worktree add -q -b side ../linked
printf 'side\n' >"$out/worktrees/linked/side.txt"
git -C "$out/worktrees/linked" add -A
ada git -C "$out/worktrees/linked" commit -q -m "Work on the side"

mkdir -p "$out/submodules"
new_repo "$out/submodules/lib"
small_history "$out/submodules/lib"
new_repo "$out/submodules/app"
printf 'app\n' >"$out/submodules/app/main.c"
git -C "$out/submodules/app" add -A
ada git -C "$out/submodules/app" commit -q -m "Start the app"
ada git -C "$out/submodules/app" -c protocol.file.allow=always submodule --quiet add ../lib lib
ada git -C "$out/submodules/app" commit -q -m "Add lib as a submodule"
printf 'three\n' >"$out/submodules/lib/c.txt"
git -C "$out/submodules/lib" add -A
ada git -C "$out/submodules/lib" commit -q -m "Add c"
ada git -C "$out/submodules/app/lib" -c protocol.file.allow=always pull -q --ff-only
git -C "$out/submodules/app" add lib
ada git -C "$out/submodules/app" commit -q -m "Update lib"

git clone -q --depth 2 "file://$out/base" "$out/shallow"

# --- damaged object databases -------------------------------------------------------------
# missing-blob: the blob of the second commit's a.txt exists nowhere else in the history.
new_repo "$out/missing-blob"
small_history "$out/missing-blob"
blob=$(git -C "$out/missing-blob" rev-parse HEAD~2:a.txt)
rm -f "$(loose_object_path "$out/missing-blob" "$blob")"

# missing-commit: the second commit's object is gone; the walk cannot reach the first one.
new_repo "$out/missing-commit"
small_history "$out/missing-commit"
commit=$(git -C "$out/missing-commit" rev-parse HEAD~2)
rm -f "$(loose_object_path "$out/missing-commit" "$commit")"

new_repo "$out/truncated-pack"
small_history "$out/truncated-pack"
git -C "$out/truncated-pack" repack -q -a -d
pack=$(ls "$out/truncated-pack/.git/objects/pack/"*.pack)
truncate -s $(($(stat -c %s "$pack") / 2)) "$pack"

new_repo "$out/garbage-head"
small_history "$out/garbage-head"
printf 'this is not a reference\n' >"$out/garbage-head/.git/HEAD"

new_repo "$out/bad-config"
small_history "$out/bad-config"
printf '[core\n\trepositoryformatversion = = 0\n' >"$out/bad-config/.git/config"

# --- malformed files the tool reads -------------------------------------------------------
new_repo "$out/bad-mailmap"
small_history "$out/bad-mailmap"
{
    printf '<unterminated@example.com\n'
    printf 'Only A Name\n'
    printf '>< \n'
    printf 'Ada Lovelace <ada@example.com> <bob@example.com\n' # no closing '>': ignored
    printf '\x00binary\xff\xfe <x@example.com>\n'
    printf '# comment <ada@example.com> <bob@example.com>\n'
    printf '%*s<long@example.com>\n' 2000 ''
} >"$out/bad-mailmap/.mailmap"
git -C "$out/bad-mailmap" add -A
ada git -C "$out/bad-mailmap" commit -q -m "Add a malformed mailmap"

new_repo "$out/bad-toml"
small_history "$out/bad-toml"
printf '[weights\nreview = "a lot"\n' >"$out/bad-toml/.git-brag.toml"

# --- commits written by hand --------------------------------------------------------------
# Each is a raw commit object: git hash-object --literally stores what git commit would refuse.
new_repo "$out/odd-headers"
printf 'x\n' >"$out/odd-headers/x.txt"
git -C "$out/odd-headers" add -A
tree=$(git -C "$out/odd-headers" write-tree)
parent=""
odd_commit() { # odd_commit AUTHOR_LINE COMMITTER_LINE MESSAGE_FILE (lines take printf's %b escapes)
    local file=$tmp_home/commit
    {
        printf 'tree %s\n' "$tree"
        [[ -n $parent ]] && printf 'parent %s\n' "$parent"
        printf 'author %b\n' "$1"
        printf 'committer %b\n' "$2"
        printf '\n'
        cat "$3"
    } >"$file"
    parent=$(git -C "$out/odd-headers" hash-object -t commit -w --literally "$file")
}
msg=$tmp_home/message
printf 'At the epoch\n' >"$msg"
odd_commit "Ada Lovelace <ada@example.com> 0 +0000" "Ada Lovelace <ada@example.com> 0 +0000" "$msg"
printf 'Invalid UTF-8 \xff\xfe in the subject\n\nand \xc3 in the body\n' >"$msg"
odd_commit 'Ada \xff Lovelace <ada@example.com> 1700000000 +1400' \
    "Ada Lovelace <ada@example.com> 1700000000 +1400" "$msg"
printf 'A NUL \x00 inside the message\n\nafter the NUL\n' >"$msg"
odd_commit "Ada Lovelace <ada@example.com> 1700000100 -1200" \
    "Ada Lovelace <ada@example.com> 1700000100 -1200" "$msg"
head -c 102400 /dev/zero | tr '\0' 'S' >"$msg"
printf '\n' >>"$msg"
odd_commit "Ada Lovelace <ada@example.com> 1700000200 +0545" \
    "Ada Lovelace <ada@example.com> 1700000200 +0545" "$msg"
printf 'Odd zone\n' >"$msg"
odd_commit "Ada Lovelace <ada@example.com> 1700000300 +9959" \
    "Ada Lovelace <ada@example.com> 1700000300 -0001" "$msg"
printf 'In 2106\n' >"$msg"
odd_commit "Ada Lovelace <ada@example.com> 4294967296 +0000" \
    "Ada Lovelace <ada@example.com> 4294967296 +0000" "$msg"
printf 'No date at all\n' >"$msg"
odd_commit "Ada Lovelace <ada@example.com>" "Ada Lovelace <ada@example.com> nonsense" "$msg"
printf 'Name with a NUL\n' >"$msg"
odd_commit 'Ada\0000Lovelace <ada@example.com> 1700000400 +0000' \
    'Ada Lovelace <ada@example.com> 1700000400 +0000' "$msg"
git -C "$out/odd-headers" update-ref refs/heads/main "$parent"

# --- sizes --------------------------------------------------------------------------------
new_repo "$out/big-binary"
printf 'small\n' >"$out/big-binary/small.txt"
git -C "$out/big-binary" add -A
ada git -C "$out/big-binary" commit -q -m "Add small"
# 50 MB, a NUL byte first: binary to git. Zeros deflate to nothing, so this stays fast.
head -c 50000000 /dev/zero >"$out/big-binary/big.bin"
git -C "$out/big-binary" add -A
ada git -C "$out/big-binary" commit -q -m "Add a 50 MB binary"
printf 'small\nmore\n' >"$out/big-binary/small.txt"
git -C "$out/big-binary" add -A
ada git -C "$out/big-binary" commit -q -m "Extend small"

new_repo "$out/many-tags"
small_history "$out/many-tags"
head=$(git -C "$out/many-tags" rev-parse HEAD)
first=$(git -C "$out/many-tags" rev-list --max-parents=0 HEAD)
for i in $(seq 1 3000); do
    if ((i % 2)); then target=$head; else target=$first; fi
    printf 'create refs/tags/v%d %s\n' "$i" "$target"
done | git -C "$out/many-tags" update-ref --stdin
for i in $(seq 1 20); do
    ada git -C "$out/many-tags" tag -a "release-$i" -m "Release $i" "$head"
done
git -C "$out/many-tags" pack-refs --all

echo "corpus built in $out"
