#!/usr/bin/env bash
# build-samples.sh - build deterministic sample git repositories for git-brag.
#
# Usage: samples/build-samples.sh [OUTPUT_DIR]
#
# OUTPUT_DIR defaults to samples/build next to this script. It is deleted and
# recreated on every run. The script creates three repositories in it:
#
#   orbit     an event-sourced Go service founded by Ada Lovelace (Mode 2
#             persona) where Bob Martin (Mode 1 persona) does many small fixes
#   ledger    a Python library founded by Carol Chen, Ada and Bob contribute
#   handbook  a small docs repository founded by Ada, Grace contributes
#
# Every author, committer and tagger identity and every date is explicit and
# no user or system git configuration is read, so the commit ids are the same
# on every run and every machine. At the end one line "<name> <oid>" per
# repository is printed on stdout.
set -euo pipefail

die() {
    printf 'build-samples.sh: %s\n' "$*" >&2
    exit 1
}

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=${1:-$script_dir/build}

# ---------------------------------------------------------------------------
# Isolation from the environment: no user/system config, no hooks, no editor,
# fixed locale and umask.
# ---------------------------------------------------------------------------
command -v git >/dev/null 2>&1 || die "git is not installed"
# GNU sed is required: the edits below use "sed -i" and \n / \t in replacements,
# which other seds interpret differently (and would silently change the ids).
sed --version 2>/dev/null | grep -q GNU || die "GNU sed is required"

tmp_home=$(mktemp -d)
trap 'rm -rf "$tmp_home"' EXIT
export HOME=$tmp_home
export XDG_CONFIG_HOME=$tmp_home/.config
export GIT_CONFIG_GLOBAL=/dev/null
export GIT_CONFIG_NOSYSTEM=1
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY \
    GIT_ALTERNATE_OBJECT_DIRECTORIES GIT_NAMESPACE GIT_CEILING_DIRECTORIES \
    GIT_TEMPLATE_DIR GIT_CONFIG GIT_CONFIG_PARAMETERS GIT_CONFIG_COUNT \
    GIT_AUTHOR_NAME GIT_AUTHOR_EMAIL GIT_AUTHOR_DATE \
    GIT_COMMITTER_NAME GIT_COMMITTER_EMAIL GIT_COMMITTER_DATE \
    GIT_REPLACE_REF_BASE GIT_NO_REPLACE_OBJECTS GIT_TRACE
export GIT_EDITOR=true GIT_SEQUENCE_EDITOR=true GIT_MERGE_AUTOEDIT=no
export GIT_TERMINAL_PROMPT=0 GIT_PAGER=cat PAGER=cat
export LC_ALL=C TZ=UTC
umask 022

# ---------------------------------------------------------------------------
# Output folder: delete and recreate (with a few sanity guards).
# ---------------------------------------------------------------------------
case $out in
    '' | / | . | ..) die "refusing to use '$out' as output folder" ;;
esac
mkdir -p "$out"
out=$(cd "$out" && pwd)
[ "$out" != / ] || die "refusing to use / as output folder"
[ "$out" != "$HOME" ] || die "refusing to use HOME as output folder"
case "$script_dir/" in
    "$out"/*) die "refusing to delete '$out': it contains this script" ;;
esac
[ ! -e "$out/.git" ] || die "refusing to delete '$out': it is a git work tree"
rm -rf "$out"
mkdir -p "$out"

# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------
ADA=("Ada Lovelace" "ada@example.com")           # Mode 2 persona
ADA_OLD=("Ada L" "ada.l@oldcorp.example")        # Ada's old address (.mailmap)
BOB=("Bob Martin" "bob@example.com")             # Mode 1 persona
GRACE=("Grace Hopper" "grace@example.com")
CAROL=("Carol Chen" "carol@example.com")
DMITRI=("Dmitri Volkov" "dmitri@contrib.example")  # external patch author
DEPENDABOT=("dependabot[bot]" "49699333+dependabot[bot]@users.noreply.github.com")

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
LAST_AT=0 # author time of the previous commit in the current repository
LAST_CT=0 # committer (or tagger) time of the previous object

# new_repo NAME: create OUT/NAME and cd into it.
new_repo() {
    local dir=$out/$1
    mkdir -p "$dir"
    cd "$dir"
    git init -q -b main --template= --object-format=sha1 .
    git config commit.gpgsign false
    git config tag.gpgsign false
    git config core.autocrlf false
    git config gc.auto 0
    LAST_AT=0
    LAST_CT=0
}

# put PATH: write stdin to PATH (creating folders).
put() {
    mkdir -p "$(dirname "$1")"
    cat >"$1"
}

# put_tabs PATH: like put, but every 4 leading spaces become one tab
# (used for Go sources and Makefiles so the script itself has no tabs).
put_tabs() {
    mkdir -p "$(dirname "$1")"
    awk '{
        match($0, /^ */); n = RLENGTH; pre = ""
        for (i = 0; i < int(n / 4); i++) pre = pre "\t"
        for (i = 0; i < n % 4; i++) pre = pre " "
        print pre substr($0, n + 1)
    }' >"$1"
}

# check_dates: author and committer time of HEAD must be strictly later than
# those of the previous commit of this repository.
check_dates() {
    local at ct subject
    read -r at ct < <(git show -s --format='%at %ct' HEAD)
    subject=$(git show -s --format=%s HEAD)
    if ((at <= LAST_AT || ct <= LAST_CT || ct < at)); then
        die "dates do not increase at '$subject' in $PWD"
    fi
    LAST_AT=$at
    LAST_CT=$ct
}

# commit_as NAME EMAIL DATE MESSAGE [COMMITTER_NAME COMMITTER_EMAIL [COMMITTER_DATE]]
# Stage everything and commit. The committer defaults to the author, the
# committer date to the author date.
commit_as() {
    local an=$1 ae=$2 ad=$3 msg=$4
    local cn=${5:-$1} ce=${6:-$2} cd=${7:-$3}
    git add -A
    GIT_AUTHOR_NAME=$an GIT_AUTHOR_EMAIL=$ae GIT_AUTHOR_DATE=$ad \
        GIT_COMMITTER_NAME=$cn GIT_COMMITTER_EMAIL=$ce GIT_COMMITTER_DATE=$cd \
        git commit -q --no-verify --cleanup=whitespace -F - <<<"$msg"
    check_dates
}

# merge_as NAME EMAIL DATE BRANCH MESSAGE: merge BRANCH into the current
# branch with a merge commit (--no-ff) and delete BRANCH.
merge_as() {
    local n=$1 e=$2 d=$3 branch=$4 msg=$5
    GIT_AUTHOR_NAME=$n GIT_AUTHOR_EMAIL=$e GIT_AUTHOR_DATE=$d \
        GIT_COMMITTER_NAME=$n GIT_COMMITTER_EMAIL=$e GIT_COMMITTER_DATE=$d \
        git merge -q --no-ff --no-edit --no-verify -m "$msg" "$branch"
    check_dates
    git branch -q -d "$branch"
}

# tag_as NAME EMAIL DATE TAG MESSAGE: annotated tag on HEAD (tagger = NAME).
tag_as() {
    local n=$1 e=$2 d=$3 tag=$4 msg=$5 tt
    GIT_COMMITTER_NAME=$n GIT_COMMITTER_EMAIL=$e GIT_COMMITTER_DATE=$d \
        git tag -a "$tag" -F - <<<"$msg"
    tt=$(git for-each-ref --format='%(taggerdate:unix)' "refs/tags/$tag")
    ((tt >= LAST_CT)) || die "tag $tag is older than HEAD in $PWD"
    LAST_CT=$tt
}

# branch NAME: create and switch to NAME at HEAD. to_main: back to main.
branch() { git switch -q -c "$1"; }
to_main() { git switch -q main; }

# ---------------------------------------------------------------------------
# orbit: an event-sourced Go service founded by Ada
# ---------------------------------------------------------------------------
build_orbit() {
    new_repo orbit

    # --- 2025 Q1 -----------------------------------------------------------
    put README.md <<'EOF'
# orbit

orbit is a small event-sourced service that tracks satellites and their
orbital elements. It exposes an HTTP API and stores every change as an
immutible event.

## Building

    go build ./...

## Running

    go run ./cmd/orbit
EOF
    put LICENSE <<'EOF'
MIT License

Copyright (c) 2025 The orbit authors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.
EOF
    put go.mod <<'EOF'
module example.com/orbit

go 1.22
EOF
    put .gitignore <<'EOF'
/bin/
*.test
*.out
EOF
    put_tabs cmd/orbit/main.go <<'EOF'
package main

import (
    "log"
    "net/http"
)

func main() {
    log.Println("orbit listening on :8080")
    log.Fatal(http.ListenAndServe(":8080", nil))
}
EOF
    commit_as "${ADA[@]}" "2025-01-06T09:30:00+0100" "Initial commit: orbit service skeleton"

    put docs/adr/0001-record-architecture-decisions.md <<'EOF'
# 1. Record architecture decisions

Date: 2025-01-07

## Status

Accepted

## Context

We need to record the architectural decisions made on this project.

## Decision

We will use Architecture Decision Records, as described by Michael Nygard in
his article "Documenting Architecture Decisions".

## Consequences

See Michael Nygard's article, linked above. For a lightweight ADR toolset, see
Nat Pryce's adr-tools.
EOF
    commit_as "${ADA_OLD[@]}" "2025-01-07T10:00:00+0100" "docs: record architecture decisions"

    put docs/adr/0002-use-event-sourcing.md <<'EOF'
# 2. Use event sourcing

Date: 2025-01-09

## Status

Accepted

## Context

Orbital elements of a satellite change over time and operators need to know
what the service believed at any point in the past ("what did we know when
we scheduled that pass?"). Overwriting rows in place loses that history.

## Decision

We will store every change as an immutable, append-only event. Current state
is a projection rebuilt from the event log and cached in snapshots.

## Consequences

* Full audit trail and time travel queries come for free.
* Reads need projections; we must build snapshotting early.
* Event schemas become a public contract and need versioning.
EOF
    commit_as "${ADA_OLD[@]}" "2025-01-09T14:20:00+0100" "docs: ADR 0002 use event sourcing"

    put_tabs src/storage/store.go <<'EOF'
// Package storage implements orbit's append-only event log.
package storage

import (
    "errors"
    "os"
    "sync"
)

// ErrClosed is returned when the log has been closed.
var ErrClosed = errors.New("Event log closed")

// Store is an append-only event log backed by a single file.
type Store struct {
    mu     sync.Mutex
    f      *os.File
    closed bool
}

// Open opens (or creates) the log at path.
func Open(path string) (*Store, error) {
    f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR|os.O_APPEND, 0o644)
    if err != nil {
        return nil, err
    }
    return &Store{f: f}, nil
}

// Append writes one encoded event and syncs it to disk.
func (s *Store) Append(ev []byte) error {
    s.mu.Lock()
    defer s.mu.Unlock()
    if s.closed {
        return ErrClosed
    }
    if _, err := s.f.Write(encode(ev)); err != nil {
        return err
    }
    return s.f.Sync()
}

// Close closes the log.
func (s *Store) Close() error {
    s.mu.Lock()
    defer s.mu.Unlock()
    s.closed = true
    return s.f.Close()
}
EOF
    put_tabs src/storage/codec.go <<'EOF'
package storage

import "encoding/binary"

// encode frames an event as a 4-byte length prefix followed by the payload.
func encode(ev []byte) []byte {
    buf := make([]byte, 4+len(ev))
    binary.BigEndian.PutUint32(buf, uint32(len(ev)))
    copy(buf[4:], ev)
    return buf
}

// decode returns the payload of one framed event and the rest of buf.
func decode(buf []byte) ([]byte, []byte) {
    n := binary.BigEndian.Uint32(buf)
    ev := make([]byte, n)
    copy(ev, buf[4:4+n])
    return ev, buf[4+n:]
}
EOF
    put_tabs src/storage/store_test.go <<'EOF'
package storage

import (
    "path/filepath"
    "testing"
)

func TestAppend(t *testing.T) {
    s, err := Open(filepath.Join(t.TempDir(), "events.log"))
    if err != nil {
        t.Fatal(err)
    }
    defer s.Close()
    if err := s.Append([]byte("launched")); err != nil {
        t.Fatal(err)
    }
}
EOF
    commit_as "${ADA_OLD[@]}" "2025-01-13T11:05:00+0100" "Add storage module with append-only event log"

    put docs/design/storage-engine.md <<'EOF'
# Design: orbit storage engine

Author: Ada Lovelace
Status: Approved
Last updated: 2025-01-20

## Summary

orbit keeps every change to a satellite as an event (see ADR 0002). This
document describes how events are written, framed, snapshotted and replayed.

## Goals

* Durable appends: an acknowledged event survives a crash.
* Replay 10 million events in under 30 seconds on one core.
* Snapshots every 100k events so restarts stay fast.

## Non-goals

* Multi-region replication (a separate design will follow).
* Arbitrary ad-hoc queries; projections serve reads.

## Design

Events are length-prefixed and appended to a single segment file. A segment
is rolled over at 256 MiB. Snapshots are written next to the segment they
cover and are only an optimisation: they can always be rebuilt.

## Alternatives

* PostgreSQL with an events table: operationally familiar, but replay speed
  is bounded by the network and we do not need SQL.
* An embedded LSM tree (Pebble): fast, but brings compaction behaviour we do
  not need for an append-only workload.

## Open questions

* Do we need per-satellite streams or is one global stream enough?
EOF
    commit_as "${ADA[@]}" "2025-01-20T16:45:00+0100" "Add storage engine design doc"

    put .mailmap <<'EOF'
Ada Lovelace <ada@example.com> Ada L <ada.l@oldcorp.example>
EOF
    commit_as "${ADA[@]}" "2025-01-21T09:10:00+0100" "Add .mailmap to unify my old work address"

    put_tabs src/api/pager.go <<'EOF'
package api

// DefaultPageSize is the number of events returned when no limit is given.
const DefaultPageSize = 50

// page returns the items of the 1-based page n with the given page size.
func page(items []string, n, size int) []string {
    start := n * size
    if start >= len(items) {
        return nil
    }
    end := start + size
    if end > len(items) {
        end = len(items)
    }
    return items[start:end]
}
EOF
    put_tabs src/api/server.go <<'EOF'
// Package api implements orbit's HTTP API.
package api

import (
    "encoding/json"
    "net/http"
)

// Server serves the orbit HTTP API.
type Server struct {
    events []string
}

// Handler returns the HTTP handler of the API.
func (s *Server) Handler() http.Handler {
    mux := http.NewServeMux()
    mux.HandleFunc("/v1/events", s.listEvents)
    return mux
}

func (s *Server) listEvents(w http.ResponseWriter, r *http.Request) {
    json.NewEncoder(w).Encode(page(s.events, 1, DefaultPageSize))
}
EOF
    put_tabs cmd/orbit/main.go <<'EOF'
package main

import (
    "log"
    "net/http"

    "example.com/orbit/src/api"
)

func main() {
    srv := &api.Server{}
    log.Println("orbit listening on :8080")
    log.Fatal(http.ListenAndServe(":8080", srv.Handler()))
}
EOF
    commit_as "${ADA[@]}" "2025-01-27T10:30:00+0100" "Add HTTP API module with paginated event listing"

    put .github/workflows/ci.yml <<'EOF'
name: ci

on:
  push:
    branches: [main]
  pull_request:

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version: "1.22"
      - run: go build ./...
      - run: go vet ./...
      - run: go test -race ./...
EOF
    commit_as "${ADA[@]}" "2025-02-03T09:00:00+0100" "ci: add GitHub Actions workflow for build, vet and test"

    sed -i 's/immutible/immutable/' README.md
    commit_as "${BOB[@]}" "2025-02-05T08:40:00-0500" "Fix typo in README"

    put_tabs src/storage/snapshot.go <<'EOF'
package storage

import "os"

// SnapshotEvery is the number of events between two snapshots.
const SnapshotEvery = 100000

// WriteSnapshot stores the serialized projection state next to the log.
func WriteSnapshot(path string, state []byte) error {
    tmp := path + ".tmp"
    if err := os.WriteFile(tmp, state, 0o644); err != nil {
        return err
    }
    return os.Rename(tmp, path)
}

// ReadSnapshot loads a snapshot written by WriteSnapshot.
func ReadSnapshot(path string) ([]byte, error) {
    return os.ReadFile(path)
}
EOF
    commit_as "${GRACE[@]}" "2025-02-10T13:00:00-0500" "storage: add snapshot support

Write the projection state every 100k events so a restart only replays
the tail of the log. Snapshots are written to a temporary file and renamed
into place so a crash never leaves a torn snapshot behind.

Reviewed-by: Ada Lovelace <ada@example.com>"

    sed -i 's/start := n \* size/start := (n - 1) * size/' src/api/pager.go
    commit_as "${BOB[@]}" "2025-02-12T09:15:00-0500" "fix: off-by-one in pager"

    put Dockerfile <<'EOF'
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/orbit ./cmd/orbit

FROM gcr.io/distroless/static:nonroot
COPY --from=build /out/orbit /orbit
EXPOSE 8080
ENTRYPOINT ["/orbit"]
EOF
    put deploy/k8s/deployment.yaml <<'EOF'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: orbit
  labels:
    app: orbit
spec:
  replicas: 2
  selector:
    matchLabels:
      app: orbit
  template:
    metadata:
      labels:
        app: orbit
    spec:
      containers:
        - name: orbit
          image: ghcr.io/example/orbit:latest
          ports:
            - containerPort: 8080
EOF
    # two lines with trailing blanks, removed later by Bob
    sed -i -e 's/^kind: Deployment$/kind: Deployment  /' \
        -e 's/^  replicas: 2$/  replicas: 2 /' deploy/k8s/deployment.yaml
    put deploy/k8s/service.yaml <<'EOF'
apiVersion: v1
kind: Service
metadata:
  name: orbit
spec:
  selector:
    app: orbit
  ports:
    - port: 80
      targetPort: 8080
EOF
    commit_as "${ADA[@]}" "2025-02-17T15:00:00+0100" "Add Dockerfile and Kubernetes deployment manifests"

    # deliberately not gofmt'ed (spaces, odd spacing); Bob runs gofmt later
    put src/api/validate.go <<'EOF'
package api

import "errors"

// ErrEmptyPayload is returned for events without a payload.
var ErrEmptyPayload = errors.New("empty payload")

func validate(payload []byte) error{
  if len(payload)==0 {
    return ErrEmptyPayload
  }
  return nil
}
EOF
    commit_as "${CAROL[@]}" "2025-02-20T18:30:00+0530" "api: validate event payloads

Reject events with an empty payload before they reach the log.

Acked-by: Ada Lovelace <ada@example.com>"

    put_tabs src/api/validate.go <<'EOF'
package api

import "errors"

// ErrEmptyPayload is returned for events without a payload.
var ErrEmptyPayload = errors.New("empty payload")

func validate(payload []byte) error {
    if len(payload) == 0 {
        return ErrEmptyPayload
    }
    return nil
}
EOF
    commit_as "${BOB[@]}" "2025-02-24T10:00:00-0500" "style: run gofmt"

    put package.json <<'EOF'
{
  "name": "orbit-admin-ui",
  "version": "0.1.0",
  "private": true,
  "scripts": {
    "build": "node web/build.js"
  },
  "dependencies": {
    "axios": "^1.6.8",
    "lodash": "^4.17.20"
  },
  "devDependencies": {
    "prettier": "^3.0.0"
  }
}
EOF
    put package-lock.json <<'EOF'
{
  "name": "orbit-admin-ui",
  "version": "0.1.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "orbit-admin-ui",
      "version": "0.1.0",
      "dependencies": {
        "axios": "^1.6.8",
        "lodash": "^4.17.20"
      },
      "devDependencies": {
        "prettier": "^3.0.0"
      }
    },
    "node_modules/axios": {
      "version": "1.6.8",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.8.tgz"
    },
    "node_modules/lodash": {
      "version": "4.17.20",
      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.20.tgz"
    },
    "node_modules/prettier": {
      "version": "3.0.0",
      "resolved": "https://registry.npmjs.org/prettier/-/prettier-3.0.0.tgz",
      "dev": true
    }
  }
}
EOF
    put web/build.js <<'EOF'
// Bundles the admin UI into ../bin/admin.
const _ = require("lodash");

const pages = ["satellites", "events", "snapshots"];
console.log("building admin pages:", _.join(pages, ", "));
EOF
    commit_as "${CAROL[@]}" "2025-03-03T17:00:00+0530" "Add admin UI build tooling"

    put VERSION <<'EOF'
0.1.0
EOF
    put CHANGELOG.md <<'EOF'
# Changelog

## v0.1.0 - 2025-03-10

* Append-only event log with snapshots.
* HTTP API with paginated event listing and payload validation.
* Container image and Kubernetes manifests.
EOF
    commit_as "${ADA[@]}" "2025-03-10T11:00:00+0100" "Release v0.1.0"
    tag_as "${ADA[@]}" "2025-03-10T11:30:00+0100" v0.1.0 "orbit v0.1.0

First preview release: event log, snapshots, HTTP API."

    sed -i 's/"lodash": "\^4.17.20"/"lodash": "^4.17.21"/' package.json package-lock.json
    sed -i -e 's/"version": "4.17.20"/"version": "4.17.21"/' \
        -e 's/lodash-4.17.20.tgz/lodash-4.17.21.tgz/' package-lock.json
    commit_as "${BOB[@]}" "2025-03-12T09:30:00-0500" "Bump lodash from 4.17.20 to 4.17.21"

    sed -i 's/"Event log closed"/"event log closed"/' src/storage/store.go
    sed -i 's/^\tjson.NewEncoder(w).Encode(/\t_ = json.NewEncoder(w).Encode(/' src/api/server.go
    commit_as "${BOB[@]}" "2025-03-18T14:10:00-0500" "Fix lint warnings"

    put docs/adr/0003-use-grpc-for-internal-apis.md <<'EOF'
# 3. Use gRPC for internal service APIs

Date: 2025-03-25

## Status

Accepted

## Context

Other services (scheduler, ground-station gateway) need to read orbit's
projections with low latency and a typed contract.

## Decision

Internal APIs are exposed with gRPC; the public API stays JSON over HTTP.

## Consequences

* Generated clients for Go and Python.
* Two API surfaces to keep consistent.
EOF
    commit_as "${ADA[@]}" "2025-03-25T10:00:00+0100" "docs: ADR 0003 use gRPC for internal service APIs"

    # --- 2025 Q2 -----------------------------------------------------------
    put_tabs src/metrics/metrics.go <<'EOF'
// Package metrics exposes Prometheus metrics for orbit.
package metrics

import "github.com/prometheus/client_golang/prometheus"

var (
    // EventsAppended counts events written to the log.
    EventsAppended = prometheus.NewCounter(prometheus.CounterOpts{
        Name: "orbit_events_appended_total",
        Help: "Number of events appended to the event log.",
    })
    // AppendLatency observes the latency of Store.Append.
    AppendLatency = prometheus.NewHistogram(prometheus.HistogramOpts{
        Name:    "orbit_append_duration_seconds",
        Help:    "Latency of appending one event.",
        Buckets: prometheus.ExponentialBuckets(0.0001, 2, 16),
    })
)

func init() {
    prometheus.MustRegister(EventsAppended, AppendLatency)
}
EOF
    put go.mod <<'EOF'
module example.com/orbit

go 1.22

require github.com/prometheus/client_golang v1.19.0

require golang.org/x/net v0.17.0 // indirect
EOF
    put go.sum <<'EOF'
github.com/prometheus/client_golang v1.19.0 h1:ygXvpU1AoN1MhdzckN+PyD9QJOSD4x7kmXYlnfbA6JU=
github.com/prometheus/client_golang v1.19.0/go.mod h1:ZRM9uEAypZakd+q/x7+gmsvXdURP+DABIEIjnmDdp+k=
golang.org/x/net v0.17.0 h1:pVaXccu2ozPjCXewfr1S7xza/zcXTity9cCdXQYSjIM=
golang.org/x/net v0.17.0/go.mod h1:NxSsAGuq816PNPmqtQdLE42eU2Fs7NoRIZrHJAlaCOE=
EOF
    commit_as "${ADA[@]}" "2025-04-01T09:30:00+0200" "Add Prometheus metrics for storage and API

Count appended events and record append latency so we can alert on a slow
disk before clients notice."

    branch grace/metrics-dashboard
    put deploy/grafana/storage-dashboard.json <<'EOF'
{
  "title": "orbit / storage",
  "panels": [
    {"title": "Events appended / s", "expr": "rate(orbit_events_appended_total[5m])"},
    {"title": "Append latency p99", "expr": "histogram_quantile(0.99, rate(orbit_append_duration_seconds_bucket[5m]))"}
  ]
}
EOF
    commit_as "${GRACE[@]}" "2025-04-03T11:00:00-0400" "Add Grafana dashboard for storage metrics

Reviewed-by: Ada Lovelace <ada@example.com>"
    to_main

    sed -i 's|log.Println("orbit listening on :8080")|addr := os.Getenv("ORBIT_ADDR")\n\tif addr == "" {\n\t\taddr = ":8080"\n\t}\n\tlog.Println("orbit listening on", addr)|' cmd/orbit/main.go
    sed -i 's|http.ListenAndServe(":8080", srv.Handler())|http.ListenAndServe(addr, srv.Handler())|' cmd/orbit/main.go
    sed -i 's|^\t"net/http"$|\t"net/http"\n\t"os"|' cmd/orbit/main.go
    commit_as "${BOB[@]}" "2025-04-04T16:20:00-0400" "PROJ-123"

    git switch -q grace/metrics-dashboard
    put docs/observability.md <<'EOF'
# Observability

orbit exports Prometheus metrics on `/metrics`.

| panel                | metric                            |
| -------------------- | --------------------------------- |
| Events appended / s  | `orbit_events_appended_total`     |
| Append latency p99   | `orbit_append_duration_seconds`   |

The dashboard definition lives in
[storage-dashboard.json](/deploy/grafana/storage-dashbaord.json).
EOF
    commit_as "${GRACE[@]}" "2025-04-07T10:30:00-0400" "docs: describe dashboard panels

Co-authored-by: Ada Lovelace <ada@example.com>"
    to_main
    merge_as "${ADA[@]}" "2025-04-09T14:00:00+0200" grace/metrics-dashboard "Merge pull request #12 from grace/metrics-dashboard

Add Grafana dashboard for storage metrics"

    sed -i 's/^const DefaultPageSize = 50$/const DefaultPageSize = 100/' src/api/pager.go
    commit_as "${BOB[@]}" "2025-04-14T11:00:00-0400" "Increase default page size to 100"

    bad=$(git rev-parse HEAD)
    git revert --no-commit "$bad"
    commit_as "${BOB[@]}" "2025-04-15T09:05:00-0400" "Revert \"Increase default page size to 100\"

This reverts commit $bad.

Clients assume 50 items per page; needs a deprecation first."

    put_tabs src/metrics/tracing.go <<'EOF'
package metrics

import (
    "net/http"

    "go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
)

// Trace wraps an HTTP handler so every request gets an OpenTelemetry span.
func Trace(name string, h http.Handler) http.Handler {
    return otelhttp.NewHandler(h, name)
}
EOF
    sed -i 's|^\treturn mux$|\treturn metrics.Trace("orbit-api", mux)|' src/api/server.go
    sed -i 's|^\t"net/http"$|\t"net/http"\n\n\t"example.com/orbit/src/metrics"|' src/api/server.go
    commit_as "${ADA[@]}" "2025-04-22T10:00:00+0200" "Add OpenTelemetry tracing to API handlers"

    branch feature/retry-policy
    put_tabs src/client/retry.go <<'EOF'
// Package client contains the Go client for the orbit API.
package client

import "time"

// RetryPolicy describes how failed requests are retried.
type RetryPolicy struct {
    MaxAttempts int
    BaseDelay   time.Duration
    MaxDelay    time.Duration
}

// Delay returns the back-off before the given (1-based) retry attempt.
func (p RetryPolicy) Delay(attempt int) time.Duration {
    d := p.BaseDelay << (attempt - 1)
    if d > p.MaxDelay {
        d = p.MaxDelay
    }
    return d
}
EOF
    commit_as "${CAROL[@]}" "2025-05-05T15:00:00+0530" "Add retry policy with exponential backoff"
    to_main

    sed -i 's/[[:space:]]*$//' deploy/k8s/deployment.yaml
    commit_as "${BOB[@]}" "2025-05-07T10:00:00-0400" "Remove trailing whitespace"

    git switch -q feature/retry-policy
    put_tabs src/client/retry.go <<'EOF'
// Package client contains the Go client for the orbit API.
package client

import (
    "math/rand"
    "time"
)

// RetryPolicy describes how failed requests are retried.
type RetryPolicy struct {
    MaxAttempts int
    BaseDelay   time.Duration
    MaxDelay    time.Duration
    Jitter      float64 // fraction of the delay, 0..1
}

// Delay returns the back-off before the given (1-based) retry attempt.
func (p RetryPolicy) Delay(attempt int) time.Duration {
    d := p.BaseDelay << (attempt - 1)
    if d > p.MaxDelay {
        d = p.MaxDelay
    }
    if p.Jitter > 0 {
        d -= time.Duration(rand.Float64() * p.Jitter * float64(d))
    }
    return d
}
EOF
    commit_as "${CAROL[@]}" "2025-05-08T12:00:00+0530" "retry: add jitter to backoff"
    to_main
    merge_as "${ADA[@]}" "2025-05-12T10:00:00+0200" feature/retry-policy "Merge branch 'feature/retry-policy'"

    put_tabs src/storage/store.go <<'EOF'
// Package storage implements orbit's append-only event log.
package storage

import (
    "errors"
    "os"
    "sync"
    "time"
)

// ErrClosed is returned when the log has been closed.
var ErrClosed = errors.New("event log closed")

// SyncInterval bounds how long an appended event may stay unsynced.
const SyncInterval = 2 * time.Millisecond

// Store is an append-only event log backed by a single file. Appends are
// group-committed: one fsync covers every event appended within
// SyncInterval.
type Store struct {
    mu      sync.Mutex
    f       *os.File
    closed  bool
    pending []chan error
}

// Open opens (or creates) the log at path.
func Open(path string) (*Store, error) {
    f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR|os.O_APPEND, 0o644)
    if err != nil {
        return nil, err
    }
    s := &Store{f: f}
    go s.syncLoop()
    return s, nil
}

// Append writes one encoded event and waits until it is on disk.
func (s *Store) Append(ev []byte) error {
    s.mu.Lock()
    if s.closed {
        s.mu.Unlock()
        return ErrClosed
    }
    if _, err := s.f.Write(encode(ev)); err != nil {
        s.mu.Unlock()
        return err
    }
    done := make(chan error, 1)
    s.pending = append(s.pending, done)
    s.mu.Unlock()
    return <-done
}

func (s *Store) syncLoop() {
    for range time.Tick(SyncInterval) {
        s.mu.Lock()
        waiters := s.pending
        s.pending = nil
        err := s.f.Sync()
        s.mu.Unlock()
        for _, w := range waiters {
            w <- err
        }
    }
}

// Close closes the log.
func (s *Store) Close() error {
    s.mu.Lock()
    defer s.mu.Unlock()
    s.closed = true
    return s.f.Close()
}
EOF
    commit_as "${ADA[@]}" "2025-05-19T09:00:00+0200" "perf: batch fsync calls in the storage append path

Group commit: one fsync now covers all events appended within 2ms.

BenchmarkAppend-8   before: 4.1 ms/op   after: 0.09 ms/op
Append throughput goes from ~240 to ~11000 events/s on the staging disks."

    sed -i 's|^\ttmp := path + ".tmp"$|\ttmp := path + ".tmp." + strconv.Itoa(os.Getpid())|' src/storage/snapshot.go
    sed -i 's|^import "os"$|import (\n\t"os"\n\t"strconv"\n)|' src/storage/snapshot.go
    commit_as "${DMITRI[@]}" "2025-05-21T22:10:00+0300" "storage: fix race in snapshot compaction

Two processes writing a snapshot for the same log used the same temporary
file name, so one could rename a half-written file into place. Use a
per-process temporary name.

Signed-off-by: Dmitri Volkov <dmitri@contrib.example>
Signed-off-by: Ada Lovelace <ada@example.com>" \
        "${ADA[@]}" "2025-05-27T09:30:00+0200"

    put_tabs src/api/pager.go <<'EOF'
package api

// DefaultPageSize is the number of events returned when no limit is given.
const DefaultPageSize = 50

// page returns the items of the 1-based page n with the given page size.
func page(items []string, n, size int) []string {
    if n < 1 || size < 1 {
        return nil
    }
    start := (n - 1) * size
    if start >= len(items) {
        return nil
    }
    end := start + size
    if end > len(items) {
        end = len(items)
    }
    return items[start:end]
}
EOF
    commit_as "${BOB[@]}" "2025-06-02T10:05:00-0400" "fix: handle empty result page"

    sed -i 's|^\t\treturn nil$|\t\treturn []string{}|' src/api/pager.go
    commit_as "${BOB[@]}" "2025-06-02T15:40:00-0400" "fix: handle empty result page (return empty slice, not nil)

The previous fix made the API return null instead of [] for an empty page."

    git mv src/api/pager.go src/api/pagination.go
    sed -i -e 's|^// page returns|// Page returns|' -e 's|^func page(|func Page(|' src/api/pagination.go
    sed -i 's|Encode(page(|Encode(Page(|' src/api/server.go
    commit_as "${ADA[@]}" "2025-06-09T11:00:00+0200" "api: rename pager.go to pagination.go and export Page"

    mkdir -p assets
    # a valid 1x1 RGBA PNG (70 bytes, contains NUL bytes)
    printf '\211PNG\015\012\032\012\000\000\000\015IHDR\000\000\000\001\000\000\000\001\010\006\000\000\000\037\025\304\211\000\000\000\015IDATx\332c\320\316\331\360\037\000\004T\002GC\134\333\036\000\000\000\000IEND\256B`\202' >assets/logo.png
    commit_as "${ADA[@]}" "2025-06-16T14:00:00+0200" "Add project logo"

    put_tabs src/api/health.go <<'EOF'
package api

import "net/http"

func healthz(w http.ResponseWriter, _ *http.Request) {
    w.WriteHeader(http.StatusOK)
}

func (s *Server) readyz(w http.ResponseWriter, _ *http.Request) {
    if s.events == nil {
        w.WriteHeader(http.StatusServiceUnavailable)
        return
    }
    w.WriteHeader(http.StatusOK)
}
EOF
    sed -i 's|^\tmux.HandleFunc("/v1/events", s.listEvents)$|\tmux.HandleFunc("/v1/events", s.listEvents)\n\tmux.HandleFunc("/healthz", healthz)\n\tmux.HandleFunc("/readyz", s.readyz)|' src/api/server.go
    cat >>deploy/k8s/deployment.yaml <<'EOF'
          livenessProbe:
            httpGet:
              path: /healthz
              port: 8080
          readinessProbe:
            httpGet:
              path: /readyz
              port: 8080
EOF
    commit_as "${GRACE[@]}" "2025-06-23T09:45:00-0400" "api: add health and readiness endpoints

Kubernetes now restarts a wedged pod and stops routing traffic to a pod
that has not finished replaying the log.

Reviewed-by: Ada Lovelace <ada@example.com>"

    put docs/adr/0004-adopt-semantic-versioning.md <<'EOF'
# 4. Adopt semantic versioning

Date: 2025-06-30

## Status

Accepted

## Context

Other teams pin orbit's client library and event schemas. They need to know
which upgrades are safe.

## Decision

We follow Semantic Versioning 2.0.0 for the API, the client and the event
schemas, starting with v1.0.0. Releases are annotated git tags.

## Consequences

* Breaking changes need a major version and a deprecation period.
* The CHANGELOG is updated in every release commit.
EOF
    commit_as "${ADA[@]}" "2025-06-30T10:00:00+0200" "docs: ADR 0004 adopt semantic versioning"

    # --- 2025 Q3 -----------------------------------------------------------
    printf '1.0.0\n' >VERSION
    sed -i 's/"version": "0.1.0"/"version": "1.0.0"/' package.json package-lock.json
    put CHANGELOG.md <<'EOF'
# Changelog

## v1.0.0 - 2025-07-07

* Group-commited appends (40x faster writes).
* Prometheus metrics, Grafana dashboard and OpenTelemetry tracing.
* Health and readiness endpoints.
* Go client with retry policy.

## v0.1.0 - 2025-03-10

* Append-only event log with snapshots.
* HTTP API with paginated event listing and payload validation.
* Container image and Kubernetes manifests.
EOF
    commit_as "${ADA[@]}" "2025-07-07T10:00:00+0200" "Release v1.0.0"
    tag_as "${ADA[@]}" "2025-07-07T10:30:00+0200" v1.0.0 "orbit v1.0.0

First stable release: group-committed event log, metrics and tracing,
health checks and the Go client."

    printf '1.0.1\n' >VERSION
    sed -i 's/"version": "1.0.0"/"version": "1.0.1"/' package.json package-lock.json
    commit_as "${BOB[@]}" "2025-07-09T09:00:00-0400" "chore: bump version to 1.0.1"

    branch dependabot/go_modules/golang.org/x/net-0.23.0
    sed -i 's|golang.org/x/net v0.17.0|golang.org/x/net v0.23.0|' go.mod
    put go.sum <<'EOF'
github.com/prometheus/client_golang v1.19.0 h1:ygXvpU1AoN1MhdzckN+PyD9QJOSD4x7kmXYlnfbA6JU=
github.com/prometheus/client_golang v1.19.0/go.mod h1:ZRM9uEAypZakd+q/x7+gmsvXdURP+DABIEIjnmDdp+k=
golang.org/x/net v0.23.0 h1:7EYJ93RZ9vYSZAIb2x3lnuvqO5zneoD6IvWjuhfxjTs=
golang.org/x/net v0.23.0/go.mod h1:JKghWKKOSdJwpW2GEx0Ja7fmaKnMsbu+MWVZTokSYmg=
EOF
    commit_as "${DEPENDABOT[@]}" "2025-07-14T03:12:00+0000" "Bump golang.org/x/net from 0.17.0 to 0.23.0

Bumps [golang.org/x/net](https://github.com/golang/net) from 0.17.0 to 0.23.0.
- [Commits](https://github.com/golang/net/compare/v0.17.0...v0.23.0)

---
updated-dependencies:
- dependency-name: golang.org/x/net
  dependency-type: indirect
...

Signed-off-by: dependabot[bot] <support@github.com>"
    to_main
    merge_as "${ADA[@]}" "2025-07-15T09:00:00+0200" dependabot/go_modules/golang.org/x/net-0.23.0 "Merge pull request #31 from example/dependabot/go_modules/golang.org/x/net-0.23.0

Bump golang.org/x/net from 0.17.0 to 0.23.0"

    put_tabs src/api/ratelimit.go <<'EOF'
package api

import (
    "net/http"

    "golang.org/x/time/rate"
)

// RateLimit rejects requests above rps requests per second with 429.
func RateLimit(rps float64, burst int, next http.Handler) http.Handler {
    lim := rate.NewLimiter(rate.Limit(rps), burst)
    return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
        if !lim.Allow() {
            http.Error(w, "rate limit exceeded", http.StatusTooManyRequests)
            return
        }
        next.ServeHTTP(w, r)
    })
}
EOF
    commit_as "${CAROL[@]}" "2025-07-21T16:00:00+0530" "api: add rate limiting middleware

Reviewed-by: Ada Lovelace"

    cat >>.gitignore <<'EOF'
/node_modules/
.idea/
.vscode/
EOF
    commit_as "${BOB[@]}" "2025-07-28T10:00:00-0400" "Update .gitignore"

    put .github/workflows/deploy.yml <<'EOF'
name: deploy

on:
  push:
    tags: ["v*"]

jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: docker build -t ghcr.io/example/orbit:${{ github.ref_name }} .
      - run: docker push ghcr.io/example/orbit:${{ github.ref_name }}
  canary:
    needs: image
    runs-on: ubuntu-latest
    environment: production
    steps:
      - run: kubectl set image deployment/orbit-canary orbit=ghcr.io/example/orbit:${{ github.ref_name }}
      - run: ./scripts/check-slo.sh orbit-canary 15m
  rollout:
    needs: canary
    runs-on: ubuntu-latest
    environment: production
    steps:
      - run: kubectl set image deployment/orbit orbit=ghcr.io/example/orbit:${{ github.ref_name }}
EOF
    put scripts/check-slo.sh <<'EOF'
#!/bin/sh
# check-slo.sh DEPLOYMENT DURATION: fail if the deployment breaches its SLO.
set -eu
echo "checking SLO of $1 for $2"
EOF
    chmod +x scripts/check-slo.sh
    commit_as "${ADA[@]}" "2025-08-04T09:30:00+0200" "ci: add deploy workflow with canary stage"

    sed -i 's|^\tdefer s.Close()$|\tt.Cleanup(func() { s.Close() })|' src/storage/store_test.go
    commit_as "${BOB[@]}" "2025-08-11T13:00:00-0400" "Fix flaky test in storage

The deferred Close raced with the background sync loop."

    branch carol/pagination-cursors
    cat >>src/api/pagination.go <<'EOF'

// Cursor is an opaque position in the event list.
type Cursor string

// After returns up to size items that follow the cursor position.
func After(items []string, pos, size int) ([]string, int) {
    if pos >= len(items) {
        return []string{}, pos
    }
    end := pos + size
    if end > len(items) {
        end = len(items)
    }
    return items[pos:end], end
}
EOF
    # convert the appended block to tabs like the rest of the file
    sed -i 's/^        /\t\t/; s/^    /\t/' src/api/pagination.go
    commit_as "${CAROL[@]}" "2025-08-13T15:00:00+0530" "api: cursor-based pagination"

    put docs/api.md <<'EOF'
# orbit HTTP API

## GET /v1/events

Returns events in pages. Pass `?cursor=<c>` from the previous response to
get the next page; cursors are opaque strings and stay valid for 24 hours.
EOF
    commit_as "${CAROL[@]}" "2025-08-14T12:00:00+0530" "docs: document cursor format

Reviewed-by: Grace Hopper <grace@example.com>"
    to_main
    merge_as "${GRACE[@]}" "2025-08-18T10:00:00-0400" carol/pagination-cursors "Merge pull request #44 from carol/pagination-cursors

Cursor-based pagination"

    put deploy/k8s/alerts.yaml <<'EOF'
apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: orbit-slo
spec:
  groups:
    - name: orbit.slo
      rules:
        - alert: OrbitAppendLatencyHigh
          expr: histogram_quantile(0.99, rate(orbit_append_duration_seconds_bucket[5m])) > 0.05
          for: 10m
          labels:
            severity: page
        - alert: OrbitErrorBudgetBurn
          expr: sum(rate(orbit_http_requests_total{code=~"5.."}[1h])) / sum(rate(orbit_http_requests_total[1h])) > 0.001
          for: 5m
          labels:
            severity: page
EOF
    commit_as "${ADA[@]}" "2025-09-01T10:00:00+0200" "Add SLO alerting rules for p99 latency and error rate"

    sed -i 's/storage-dashbaord.json/storage-dashboard.json/' docs/observability.md
    commit_as "${BOB[@]}" "2025-09-03T09:20:00-0400" "Fix broken link in docs"

    mkdir -p docs/operations
    git mv docs/observability.md docs/operations/observability.md
    commit_as "${ADA[@]}" "2025-09-08T11:00:00+0200" "docs: move observability guide under docs/operations"

    put_tabs src/storage/codec.go <<'EOF'
package storage

import "encoding/binary"

// encode frames an event as a 4-byte length prefix followed by the payload.
func encode(ev []byte) []byte {
    buf := make([]byte, 4+len(ev))
    binary.BigEndian.PutUint32(buf, uint32(len(ev)))
    copy(buf[4:], ev)
    return buf
}

// decode returns the payload of one framed event and the rest of buf. The
// payload aliases buf: callers that keep it must copy it.
func decode(buf []byte) ([]byte, []byte) {
    n := binary.BigEndian.Uint32(buf)
    return buf[4 : 4+n : 4+n], buf[4+n:]
}
EOF
    commit_as "${ADA[@]}" "2025-09-22T15:30:00+0200" "perf: reduce allocations in event decoding

decode no longer copies every payload; replay allocates 92% less and runs
2.3x faster (10M events: 41s -> 18s)."

    put_tabs src/storage/compaction.go <<'EOF'
package storage

import "time"

// CompactEvery is how often old segments are folded into a snapshot.
const CompactEvery = time.Hour

// StartCompaction runs compact every CompactEvery until stop is closed.
func StartCompaction(compact func() error, stop <-chan struct{}) {
    t := time.NewTicker(CompactEvery)
    go func() {
        defer t.Stop()
        for {
            select {
            case <-t.C:
                _ = compact()
            case <-stop:
                return
            }
        }
    }()
}
EOF
    commit_as "${GRACE[@]}" "2025-09-29T10:00:00-0400" "storage: add background compaction

Reviewed-by: Ada Lovelace <ada@example.com>
Tested-by: Carol Chen <carol@example.com>"

    # --- 2025 Q4 -----------------------------------------------------------
    printf '1.1.0\n' >VERSION
    sed -i 's/"version": "1.0.1"/"version": "1.1.0"/' package.json package-lock.json
    sed -i 's/^# Changelog$/# Changelog\n\n## v1.1.0 - 2025-10-06\n\n* Cursor-based pagination and rate limiting.\n* 2.3x faster replay, background compaction.\n* SLO alerts and canary deployments./' CHANGELOG.md
    commit_as "${ADA[@]}" "2025-10-06T10:00:00+0200" "Release v1.1.0"
    tag_as "${ADA[@]}" "2025-10-06T10:20:00+0200" v1.1.0 "orbit v1.1.0

Cursor pagination, rate limiting, faster replay, canary deploys."

    sed -i 's|// Trace wraps an HTTP handler so every request gets an OpenTelemetry span.|// Trace wraps an HTTP handler so that every request gets an OpenTelemetry span.|' src/metrics/tracing.go
    commit_as "${BOB[@]}" "2025-10-13T09:00:00-0400" "fix typo in comment"

    put_tabs src/metrics/http.go <<'EOF'
package metrics

import "github.com/prometheus/client_golang/prometheus"

// HTTPRequests counts API requests by endpoint and status code.
var HTTPRequests = prometheus.NewCounterVec(prometheus.CounterOpts{
    Name: "orbit_http_requests_total",
    Help: "Number of HTTP requests by endpoint and status code.",
}, []string{"endpoint", "code"})

func init() {
    prometheus.MustRegister(HTTPRequests)
}
EOF
    commit_as "${CAROL[@]}" "2025-10-20T14:00:00+0530" "metrics: add per-endpoint request counters

Acked-by: Ada Lovelace <ada@example.com>"

    sed -i 's|^// DefaultPageSize is|// TODO(bob): make configurable\n// DefaultPageSize is|' src/api/pagination.go
    commit_as "${BOB[@]}" "2025-10-31T17:55:00-0400" "wip"
    git tag nightly-2025-11-01

    put docs/adr/0005-use-connect-rpc.md <<'EOF'
# 5. Use Connect RPC for internal APIs

Date: 2025-11-10

## Status

Accepted

Supersedes [3. Use gRPC for internal service APIs](0003-use-grpc-for-internal-apis.md)

## Context

The gRPC gateway needs an HTTP/2-only proxy in two of our clusters and the
browser-based admin UI cannot call gRPC directly.

## Decision

We will expose internal APIs with Connect, which speaks the gRPC protocol and
plain HTTP/JSON from the same handlers and the same protobuf definitions.

## Consequences

* The admin UI can call internal APIs without a proxy.
* Existing gRPC clients keep working unchanged.
EOF
    sed -i 's/^Accepted$/Superseded by [5. Use Connect RPC for internal APIs](0005-use-connect-rpc.md)/' docs/adr/0003-use-grpc-for-internal-apis.md
    commit_as "${ADA[@]}" "2025-11-10T10:00:00+0100" "docs: ADR 0005 use Connect RPC for internal APIs (supersedes 0003)"

    sed -i 's/"prettier": "\^3.0.0"/"prettier": "^3.3.3"/' package.json package-lock.json
    sed -i -e 's/"version": "3.0.0"/"version": "3.3.3"/' -e 's/prettier-3.0.0.tgz/prettier-3.3.3.tgz/' package-lock.json
    commit_as "${BOB[@]}" "2025-11-17T10:00:00-0500" "Bump prettier from 3.0.0 to 3.3.3"

    put_tabs src/api/rpc.go <<'EOF'
package api

import "net/http"

// RPCHandler serves the internal Connect API (gRPC and HTTP/JSON).
func (s *Server) RPCHandler() (string, http.Handler) {
    mux := http.NewServeMux()
    mux.HandleFunc("/orbit.v1.OrbitService/ListEvents", s.listEvents)
    return "/orbit.v1.OrbitService/", mux
}
EOF
    commit_as "${GRACE[@]}" "2025-11-24T11:00:00-0500" "api: add Connect RPC handlers for internal APIs

Implements ADR 0005.

Reviewed-by: Ada Lovelace <ada@example.com>"

    put docs/design/replication.md <<'EOF'
# Design: multi-region replication

Author: Ada Lovelace
Reviewers: Grace Hopper, Carol Chen
Status: In review
Last updated: 2025-12-08

## Summary

Ground stations on three continents need low-latency reads and must keep
working when the transatlantic link fails.

## Goals

* Reads served from the nearest region with < 50 ms p99.
* A region keeps accepting writes for its own satellites during a partition.
* Replication lag < 5 s p99 in normal operation.

## Non-goals

* Cross-region transactions.
* Automatic failover of a satellite's home region (manual runbook for now).

## Design

Every satellite has a home region that owns its event stream. The home region
ships its log to the other regions (log shipping over the existing event
format); followers apply it to their projections.

## Alternatives

* Consensus across regions (Raft): strong consistency, but every write pays a
  cross-ocean round trip.
* Multi-leader with CRDT merges: no single home, but event ordering becomes
  per-region and breaks the audit guarantees of ADR 0002.

## Rollout

1. Ship logs to a shadow region, compare projections.
2. Serve reads from followers behind a flag.
3. Route writes to the home region.
EOF
    commit_as "${ADA[@]}" "2025-12-08T10:00:00+0100" "Add design doc for multi-region replication"

    sed -i 's|log.Println("orbit listening on", addr)|log.Println("orbit: listening on", addr)|' cmd/orbit/main.go
    commit_as "${BOB[@]}" "2025-12-15T16:30:00-0500" "fix: correct log message format"

    # --- 2026 Q1 -----------------------------------------------------------
    sed -i 's/^Copyright (c) 2025 The orbit authors$/Copyright (c) 2025-2026 The orbit authors/' LICENSE
    commit_as "${BOB[@]}" "2026-01-05T09:00:00-0500" "chore: update copyright year"

    put_tabs src/storage/replication.go <<'EOF'
package storage

import "io"

// Ship streams the log from offset to w so a follower region can apply it.
func (s *Store) Ship(w io.Writer, offset int64) (int64, error) {
    r := io.NewSectionReader(s.f, offset, 1<<62)
    n, err := io.Copy(w, r)
    return offset + n, err
}
EOF
    commit_as "${ADA[@]}" "2026-01-12T10:00:00+0100" "storage: add log shipping for follower regions

First step of docs/design/replication.md."

    branch carol/region-routing
    put_tabs src/api/routing.go <<'EOF'
package api

import "net/http"

// HomeRegion returns the region that owns the satellite's event stream.
type HomeRegion func(satellite string) string

// RouteWrites proxies writes for satellites homed elsewhere.
func RouteWrites(local string, home HomeRegion, proxy, next http.Handler) http.Handler {
    return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
        if r.Method != http.MethodGet && home(r.URL.Query().Get("sat")) != local {
            proxy.ServeHTTP(w, r)
            return
        }
        next.ServeHTTP(w, r)
    })
}
EOF
    commit_as "${CAROL[@]}" "2026-01-20T15:00:00+0530" "api: route writes to the home region

Reviewed-by: Ada Lovelace <ada@example.com>"
    to_main

    sed -i 's|image: ghcr.io/example/orbit:latest|image: ghcr.io/example/orbit:v1.1.0|' deploy/k8s/deployment.yaml
    commit_as "${BOB[@]}" "2026-01-22T11:00:00-0500" "Pin image tag in deployment manifest"

    merge_as "${ADA[@]}" "2026-01-26T10:00:00+0100" carol/region-routing "Merge pull request #58 from carol/region-routing

Route writes to the home region"

    put deploy/k8s/hpa.yaml <<'EOF'
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: orbit
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: orbit
  minReplicas: 2
  maxReplicas: 10
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 70
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: orbit
spec:
  minAvailable: 1
  selector:
    matchLabels:
      app: orbit
EOF
    commit_as "${ADA[@]}" "2026-02-16T10:00:00+0100" "deploy: add HorizontalPodAutoscaler and PodDisruptionBudget"

    sed -i 's|^\tif err := s.Append(\[\]byte("launched")); err != nil {$|\tif err := s.Append([]byte("launched")); err != nil \&\& err != ErrClosed {|' src/storage/store_test.go
    commit_as "${BOB[@]}" "2026-02-23T09:30:00-0500" "test: fix flaky append test"

    put_tabs src/storage/restore.go <<'EOF'
package storage

import "sync"

// Restore loads snapshot shards in parallel and applies them with apply.
func Restore(shards [][]byte, apply func(int, []byte) error) error {
    var wg sync.WaitGroup
    errs := make([]error, len(shards))
    for i, sh := range shards {
        wg.Add(1)
        go func(i int, sh []byte) {
            defer wg.Done()
            errs[i] = apply(i, sh)
        }(i, sh)
    }
    wg.Wait()
    for _, err := range errs {
        if err != nil {
            return err
        }
    }
    return nil
}
EOF
    commit_as "${ADA[@]}" "2026-03-09T14:00:00+0100" "perf: parallelize snapshot restore

Cold start of the eu-west primary drops from 95s to 21s."

    # --- 2026 Q2 -----------------------------------------------------------
    cat >>src/metrics/metrics.go <<'EOF'

// ReplicationLag is the age of the newest event applied from the home region.
var ReplicationLag = prometheus.NewGaugeVec(prometheus.GaugeOpts{
    Name: "orbit_replication_lag_seconds",
    Help: "Age of the newest replicated event by source region.",
}, []string{"region"})

func init() {
    prometheus.MustRegister(ReplicationLag)
}
EOF
    sed -i 's/^    /\t/' src/metrics/metrics.go
    commit_as "${GRACE[@]}" "2026-04-06T10:00:00-0400" "metrics: export replication lag gauge

Reviewed-by: Ada Lovelace <ada@example.com>"

    sed -i 's/"axios": "\^1.6.8"/"axios": "^1.7.4"/' package.json package-lock.json
    sed -i -e 's/"version": "1.6.8"/"version": "1.7.4"/' -e 's/axios-1.6.8.tgz/axios-1.7.4.tgz/' package-lock.json
    commit_as "${BOB[@]}" "2026-04-13T09:00:00-0400" "Bump axios from 1.6.8 to 1.7.4"

    printf '1.2.0\n' >VERSION
    sed -i 's/"version": "1.1.0"/"version": "1.2.0"/' package.json package-lock.json
    sed -i 's/^# Changelog$/# Changelog\n\n## v1.2.0 - 2026-04-20\n\n* Multi-region replication: log shipping, write routing, lag metrics.\n* Autoscaling and parallel snapshot restore./' CHANGELOG.md
    commit_as "${ADA[@]}" "2026-04-20T10:00:00+0200" "Release v1.2.0"
    tag_as "${ADA[@]}" "2026-04-20T10:15:00+0200" v1.2.0 "orbit v1.2.0

Multi-region replication."

    printf '1.2.1\n' >VERSION
    sed -i 's/"version": "1.2.0"/"version": "1.2.1"/' package.json package-lock.json
    commit_as "${BOB[@]}" "2026-04-22T09:00:00-0400" "chore: bump version to 1.2.1"

    put_tabs src/api/requestid.go <<'EOF'
package api

import (
    "crypto/rand"
    "encoding/hex"
    "net/http"
)

// RequestID makes sure every request carries an X-Request-Id header.
func RequestID(next http.Handler) http.Handler {
    return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
        if r.Header.Get("X-Request-Id") == "" {
            b := make([]byte, 8)
            _, _ = rand.Read(b)
            r.Header.Set("X-Request-Id", hex.EncodeToString(b))
        }
        w.Header().Set("X-Request-Id", r.Header.Get("X-Request-Id"))
        next.ServeHTTP(w, r)
    })
}
EOF
    commit_as "${CAROL[@]}" "2026-05-11T16:00:00+0530" "api: propagate request ids

Acked-by: Ada Lovelace <ada@example.com>"

    sed -i 's/^      - run: go test -race .\/...$/      - run: go test -race -count=1 .\/.../' .github/workflows/ci.yml
    commit_as "${BOB[@]}" "2026-05-18T10:00:00-0400" "ci: disable test caching"

    put_tabs src/metrics/replication_trace.go <<'EOF'
package metrics

import (
    "context"

    "go.opentelemetry.io/otel"
    "go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("orbit/replication")

// StartApply starts a span around applying one shipped log batch.
func StartApply(ctx context.Context, region string) (context.Context, trace.Span) {
    return tracer.Start(ctx, "replication.apply "+region)
}
EOF
    commit_as "${ADA[@]}" "2026-06-01T11:00:00+0200" "Add tracing spans around replication apply"

    # --- 2026 Q3 -----------------------------------------------------------
    sed -i 's/Group-commited appends/Group-committed appends/' CHANGELOG.md
    commit_as "${BOB[@]}" "2026-07-06T09:00:00-0400" "Fix typo in CHANGELOG"

    put docs/adr/0006-retire-v0-http-api.md <<'EOF'
# 6. Retire the v0 HTTP API

Date: 2026-07-20

## Status

Accepted

## Context

The v0 endpoints predate cursors and rate limiting. Traffic to them dropped
below 0.1% after the v1.2.0 release and every remaining caller is known.

## Decision

Remove the v0 endpoints in v2.0.0 after a 60-day deprecation notice.

## Consequences

* One API surface less to test and secure.
* Requires a major version per ADR 0004.
EOF
    commit_as "${ADA[@]}" "2026-07-20T10:00:00+0200" "docs: ADR 0006 retire the v0 HTTP API"

    put_tabs src/api/deprecation.go <<'EOF'
package api

import "net/http"

// Deprecated marks a handler as deprecated with a Sunset header.
func Deprecated(sunset string, next http.Handler) http.Handler {
    return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
        w.Header().Set("Deprecation", "true")
        w.Header().Set("Sunset", sunset)
        next.ServeHTTP(w, r)
    })
}
EOF
    commit_as "${GRACE[@]}" "2026-08-10T10:00:00-0400" "api: add deprecation headers for v0 endpoints

Reviewed-by: Ada Lovelace <ada@example.com>
Acked-by: Carol Chen <carol@example.com>"

    sed -i 's|^\tif pos >= len(items) {$|\tif pos < 0 \|\| pos >= len(items) {|' src/api/pagination.go
    commit_as "${BOB[@]}" "2026-08-17T09:00:00-0400" "fix: off-by-one in cursor decoding"

    put .github/workflows/loadtest.yml <<'EOF'
name: nightly-loadtest

on:
  schedule:
    - cron: "0 3 * * *"

jobs:
  loadtest:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: go run ./cmd/loadgen -duration 10m -rate 5000
EOF
    put_tabs cmd/loadgen/main.go <<'EOF'
// Command loadgen replays synthetic events against an orbit instance.
package main

import (
    "flag"
    "log"
    "time"
)

func main() {
    d := flag.Duration("duration", time.Minute, "test duration")
    rate := flag.Int("rate", 1000, "events per second")
    flag.Parse()
    log.Printf("loadgen: %d events/s for %s", *rate, *d)
}
EOF
    commit_as "${ADA[@]}" "2026-09-07T10:00:00+0200" "ci: add nightly load test"

    sed -i 's|^\tsrv := &api.Server{}$|\tsrv := new(api.Server)|' cmd/orbit/main.go
    commit_as "${BOB[@]}" "2026-09-14T09:00:00-0400" "Fix lint warnings"
}

# ---------------------------------------------------------------------------
# ledger: a Python double-entry bookkeeping library founded by Carol
# ---------------------------------------------------------------------------
build_ledger() {
    new_repo ledger

    put README.md <<'EOF'
# ledger

A small double-entry bookkeeping library for Python.

    pip install ledger
EOF
    put pyproject.toml <<'EOF'
[project]
name = "ledger"
version = "0.1.0"
requires-python = ">=3.8"
EOF
    put ledger/__init__.py <<'EOF'
"""Double-entry bookkeeping."""

__version__ = "0.1.0"
EOF
    put .gitignore <<'EOF'
__pycache__/
*.egg-info/
EOF
    commit_as "${CAROL[@]}" "2025-02-03T10:00:00+0530" "Initial commit"

    put ledger/posting.py <<'EOF'
"""Postings and transactions."""

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Posting:
    """One leg of a transaction: an amount booked to an account."""

    account: str
    amount: Decimal


def balanced(postings):
    """Return True if the postings of a transaction sum to zero."""
    return sum(p.amount for p in postings) == 0
EOF
    commit_as "${CAROL[@]}" "2025-02-05T11:30:00+0530" "Add double-entry posting model"

    put tests/test_posting.py <<'EOF'
from decimal import Decimal

from ledger.posting import Posting, balanced


def test_balanced():
    assert balanced([Posting("cash", Decimal("10")), Posting("sales", Decimal("-10"))])


def test_unbalanced():
    assert not balanced([Posting("cash", Decimal("10"))])
EOF
    put requirements-dev.txt <<'EOF'
pytest==7.4.0
EOF
    commit_as "${CAROL[@]}" "2025-02-10T15:00:00+0530" "Add tests for postings"

    put ledger/io.py <<'EOF'
"""Import transactions from CSV files."""

import csv
from decimal import Decimal

from ledger.posting import Posting


def read_csv(path):
    """Yield a Posting for every row (account, amount) of a CSV file.

    Rows with an emtpy amount are skipped.
    """
    with open(path, newline="") as f:
        for account, amount in csv.reader(f):
            if amount:
                yield Posting(account, Decimal(amount))
EOF
    commit_as "${CAROL[@]}" "2025-02-18T17:45:00+0530" "Add CSV import

Reviewed-by: Ada Lovelace <ada@example.com>"

    sed -i 's/emtpy/empty/' ledger/io.py
    commit_as "${BOB[@]}" "2025-02-25T09:10:00-0500" "Fix typo in docstring"

    put ledger/currency.py <<'EOF'
"""Currency conversion with fixed-point rates."""

from decimal import Decimal, ROUND_HALF_EVEN

RATE_SCALE = Decimal("0.000001")


def convert(amount, rate):
    """Convert amount with a rate given to six decimal places."""
    rate = Decimal(rate).quantize(RATE_SCALE, rounding=ROUND_HALF_EVEN)
    return (Decimal(amount) * rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
EOF
    commit_as "${ADA[@]}" "2025-03-05T10:00:00+0100" "feat: add currency conversion with fixed-point rates

Floats lost cents on large conversions; rates are now Decimal values
quantized to six places and results use banker's rounding."

    put ledger/report.py <<'EOF'
"""Balance reports."""

from collections import defaultdict


def balances(postings):
    """Return a dict account -> balance."""
    out = defaultdict(int)
    for p in postings:
        out[p.account] += p.amount
    return dict(out)


def total(postings):
    """Return the sum of all postings rounded to cents."""
    return round(sum(p.amount for p in postings), 1)
EOF
    commit_as "${CAROL[@]}" "2025-03-17T16:00:00+0530" "Add balance report

Reviewed-by: Ada Lovelace <ada@example.com>"

    sed -i 's/^version = "0.1.0"$/version = "1.0.0"/' pyproject.toml
    sed -i 's/^__version__ = "0.1.0"$/__version__ = "1.0.0"/' ledger/__init__.py
    commit_as "${CAROL[@]}" "2025-04-01T12:00:00+0530" "Release 1.0.0"
    tag_as "${CAROL[@]}" "2025-04-01T12:30:00+0530" v1.0.0 "ledger 1.0.0"

    sed -i 's/, 1)$/, 2)/' ledger/report.py
    commit_as "${BOB[@]}" "2025-04-08T10:00:00-0400" "fix: rounding in report totals"

    branch ada/perf-balances
    put ledger/report.py <<'EOF'
"""Balance reports."""

from collections import defaultdict


class Balances:
    """Running balances, updated incrementally as postings arrive."""

    def __init__(self):
        self._by_account = defaultdict(int)

    def add(self, posting):
        self._by_account[posting.account] += posting.amount

    def get(self, account):
        return self._by_account[account]


def balances(postings):
    """Return a dict account -> balance."""
    b = Balances()
    for p in postings:
        b.add(p)
    return dict(b._by_account)


def total(postings):
    """Return the sum of all postings rounded to cents."""
    return round(sum(p.amount for p in postings), 2)
EOF
    commit_as "${ADA[@]}" "2025-04-14T10:00:00+0200" "perf: cache account balances between postings"
    to_main

    sed -i 's/^pytest==7.4.0$/pytest==8.1.1/' requirements-dev.txt
    commit_as "${BOB[@]}" "2025-04-16T09:00:00-0400" "Bump pytest from 7.4.0 to 8.1.1"

    git switch -q ada/perf-balances
    put ledger/reconcile.py <<'EOF'
"""Reconcile a ledger against a bank statement."""


def unmatched(ledger_postings, statement_postings):
    """Return statement postings that have no matching ledger posting.

    Uses a multiset instead of a nested scan: O(n) instead of O(n^2).
    """
    seen = {}
    for p in ledger_postings:
        seen[p] = seen.get(p, 0) + 1
    out = []
    for p in statement_postings:
        if seen.get(p):
            seen[p] -= 1
        else:
            out.append(p)
    return out
EOF
    commit_as "${ADA[@]}" "2025-04-18T11:00:00+0200" "perf: avoid quadratic scan in reconcile

Reconciling a 50k-line statement drops from 14 minutes to 0.3 seconds."
    to_main
    merge_as "${CAROL[@]}" "2025-04-22T15:00:00+0530" ada/perf-balances "Merge branch 'ada/perf-balances'"

    git mv ledger/io.py ledger/importers.py
    sed -i 's|^"""Import transactions from CSV files."""$|"""Import transactions from external formats."""|' ledger/importers.py
    commit_as "${CAROL[@]}" "2025-05-06T14:00:00+0530" "Rename ledger/io.py to ledger/importers.py"

    cat >>ledger/importers.py <<'EOF'


def read_ofx(text):
    """Yield a Posting for every <STMTTRN> of an OFX document."""
    import re

    for m in re.finditer(r"<TRNAMT>([-0-9.]+).*?<NAME>([^<\n]+)", text, re.S):
        yield Posting(m.group(2).strip(), Decimal(m.group(1)))
EOF
    commit_as "${CAROL[@]}" "2025-06-02T13:00:00+0530" "Add OFX importer

Reviewed-by: Ada Lovelace <ada@example.com>"

    sed -i 's/^    assert balanced(\[Posting("cash", Decimal("10")), Posting("sales", Decimal("-10"))\])$/    assert balanced(\n        [Posting("cash", Decimal("10")), Posting("sales", Decimal("-10"))]\n    )/' tests/test_posting.py
    commit_as "${BOB[@]}" "2025-06-10T09:30:00-0400" "style: run black"

    put ledger/accounts.py <<'EOF'
"""Accounts that can hold more than one currency."""

from collections import defaultdict
from decimal import Decimal


class MultiCurrencyAccount:
    """Keeps one balance per currency; never converts implicitly."""

    def __init__(self, name):
        self.name = name
        self.balances = defaultdict(Decimal)

    def post(self, amount, currency):
        self.balances[currency] += Decimal(amount)
EOF
    commit_as "${ADA[@]}" "2025-07-01T10:00:00+0200" "feat: support multi-currency accounts"

    sed -i 's/^requires-python = ">=3.8"$/requires-python = ">=3.9"/' pyproject.toml
    commit_as "${CAROL[@]}" "2025-08-04T11:00:00+0530" "Drop Python 3.8 support

Acked-by: Ada Lovelace <ada@example.com>"

    git tag before-v2-api

    sed -i 's/^version = "1.0.0"$/version = "2.0.0"/' pyproject.toml
    sed -i 's/^__version__ = "1.0.0"$/__version__ = "2.0.0"/' ledger/__init__.py
    put CHANGELOG.md <<'EOF'
# Changelog

## 2.0.0

* Breaking: `ledger.io` is now `ledger.importers`.
* Breaking: Python 3.9 or newer is required.
* OFX import, multi-currency accounts, faster reconcile.
EOF
    commit_as "${CAROL[@]}" "2025-09-01T12:00:00+0530" "Release 2.0.0"
    tag_as "${CAROL[@]}" "2025-09-01T12:20:00+0530" v2.0.0 "ledger 2.0.0

Breaking: ledger.io renamed to ledger.importers; Python >= 3.9."

    sed -i 's/^version = "2.0.0"$/version = "2.0.1"/' pyproject.toml
    sed -i 's/^__version__ = "2.0.0"$/__version__ = "2.0.1"/' ledger/__init__.py
    commit_as "${BOB[@]}" "2025-09-09T09:00:00-0400" "chore: bump version to 2.0.1"

    put ledger/export.py <<'EOF'
"""Export postings as JSON."""

import json


def to_json(postings):
    return json.dumps([{"account": p.account, "amount": str(p.amount)} for p in postings])
EOF
    put ledger/filters.py <<'EOF'
"""Filter postings by date."""


def in_range(items, start, end):
    """Return the (date, posting) items with start <= date <= end."""
    return [(d, p) for d, p in items if start <= d < end]
EOF
    commit_as "${CAROL[@]}" "2025-11-03T15:00:00+0530" "Add JSON export and date filters"

    cat >>ledger/currency.py <<'EOF'


def fmt(amount, code):
    """Format an amount for display; never prints -0.00."""
    amount = Decimal(amount)
    if amount == 0:
        amount = abs(amount)
    return f"{amount:,.2f} {code}"
EOF
    commit_as "${ADA[@]}" "2026-01-19T10:00:00+0100" "fix: handle negative zero in currency formatting"

    sed -i 's/^    pip install ledger$/    pip install ledger-books/' README.md
    commit_as "${BOB[@]}" "2026-02-09T09:00:00-0500" "Fix package name in README"

    put ledger/budget.py <<'EOF'
"""Monthly budgets per account."""

from decimal import Decimal


def remaining(budget, spent):
    """Return what is left of the budget (never negative)."""
    return max(Decimal(budget) - Decimal(spent), Decimal(0))
EOF
    commit_as "${CAROL[@]}" "2026-03-16T16:00:00+0530" "Add budget module

Reviewed-by: Ada Lovelace"

    sed -i 's/^version = "2.0.1"$/version = "2.1.0"/' pyproject.toml
    sed -i 's/^__version__ = "2.0.1"$/__version__ = "2.1.0"/' ledger/__init__.py
    commit_as "${CAROL[@]}" "2026-05-04T12:00:00+0530" "Release 2.1.0"
    tag_as "${CAROL[@]}" "2026-05-04T12:10:00+0530" v2.1.0 "ledger 2.1.0"

    sed -i 's/if start <= d < end\]$/if start <= d <= end]/' ledger/filters.py
    commit_as "${BOB[@]}" "2026-06-15T10:00:00-0400" "fix: off-by-one in date range filter"

    put .github/workflows/ci.yml <<'EOF'
name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements-dev.txt -e .
      - run: pytest
EOF
    commit_as "${CAROL[@]}" "2026-08-03T11:00:00+0530" "ci: add GitHub Actions workflow"
}

# ---------------------------------------------------------------------------
# handbook: a small engineering handbook founded by Ada
# ---------------------------------------------------------------------------
build_handbook() {
    new_repo handbook

    put README.md <<'EOF'
# Engineering handbook

How we build, review, ship and operate software.

* [Onboarding](guides/onboarding.md)
EOF
    commit_as "${ADA[@]}" "2025-03-01T10:00:00+0100" "Initial commit: engineering handbook"

    put guides/onboarding.md <<'EOF'
# Onboarding

Week 1: get access, build orbit locally, ship one small change.
Week 2: shadow the on-call engineer, read the ADRs in orbit/docs/adr.
EOF
    commit_as "${ADA[@]}" "2025-03-04T11:00:00+0100" "Add onboarding guide"

    put guides/code-review.md <<'EOF'
# Code review

* Review within one working day.
* Say what must change and what is a suggestion.
* Record your review with a `Reviewed-by:` trailer when you apply a patch.
EOF
    printf '* [Code review](guides/code-review.md)\n' >>README.md
    commit_as "${ADA[@]}" "2025-03-20T15:00:00+0100" "Add code review guide"

    put guides/on-call.md <<'EOF'
# On-call

* Acknowledge pages within 5 minutes.
* Open an incident channel for anything customer-visible.
* Hand over with a written summary at the end of your shift.
EOF
    printf '* [On-call](guides/on-call.md)\n' >>README.md
    commit_as "${GRACE[@]}" "2025-05-14T10:00:00-0400" "Add on-call guide

Reviewed-by: Ada Lovelace <ada@example.com>"

    put templates/postmortem.md <<'EOF'
# Postmortem: <title>

## Summary
## Impact
## Timeline
## Root cause
## What went well
## Action items
EOF
    commit_as "${ADA[@]}" "2025-08-25T10:00:00+0200" "Add incident postmortem template"

    sed -i 's|read the ADRs in orbit/docs/adr.|read the ADRs in [orbit/docs/adr](https://example.com/orbit/docs/adr).|' guides/onboarding.md
    commit_as "${GRACE[@]}" "2025-10-02T09:00:00-0400" "Fix broken links in onboarding guide"

    put guides/releasing.md <<'EOF'
# Releasing

1. Update CHANGELOG.md and VERSION in one "Release vX.Y.Z" commit.
2. Create an annotated tag: `git tag -a vX.Y.Z -m "..."`.
3. Push the tag; the deploy workflow runs a canary first.
EOF
    printf '* [Releasing](guides/releasing.md)\n' >>README.md
    commit_as "${ADA[@]}" "2026-02-10T10:00:00+0100" "Add release process guide"

    put guides/architecture-decisions.md <<'EOF'
# Architecture decisions

Write an ADR (docs/adr/NNNN-title.md, adr-tools layout) for any decision that
is expensive to reverse. Sections: Status, Context, Decision, Consequences.
Superseded ADRs stay in place with their status updated.
EOF
    printf '* [Architecture decisions](guides/architecture-decisions.md)\n' >>README.md
    commit_as "${ADA[@]}" "2026-06-08T10:00:00+0200" "Add ADR how-to"
}

build_orbit
build_ledger
build_handbook

printf 'sample repositories written to %s\n' "$out" >&2
for name in orbit ledger handbook; do
    printf '%s %s\n' "$name" "$(git -C "$out/$name" rev-parse HEAD)"
done
