#!/usr/bin/env bash
# Prints the path of a `temporal` CLI (dev server included), providing one if needed:
#   1. $TEMPORAL_BIN if set; 2. `temporal` on PATH; 3. the cached Go build; 4. build it now.
# v1.5.1 is the newest tag whose go.mod has no `replace` directive, so `go install` works on it.
set -euo pipefail
. "$(dirname "$0")/cache-dir.sh"
VERSION=v1.5.1

if [ -n "${TEMPORAL_BIN:-}" ]; then
  [ -x "$TEMPORAL_BIN" ] || { say "TEMPORAL_BIN=$TEMPORAL_BIN is not an executable file"; exit 1; }
  echo "$TEMPORAL_BIN"; exit 0
fi
if command -v temporal >/dev/null 2>&1; then command -v temporal; exit 0; fi

BIN_DIR="$CS_CACHE_DIR/temporal-cli-$VERSION"
if [ -x "$BIN_DIR/temporal" ]; then echo "$BIN_DIR/temporal"; exit 0; fi

if ! command -v go >/dev/null 2>&1; then
  say "No Temporal CLI found and Go is not installed to build one."
  say "Either install Go 1.23+ (Debian: apt-get install golang-go, or https://go.dev/dl),"
  say "or set TEMPORAL_BIN=/path/to/temporal, or set TEMPORAL_ADDRESS=host:port to use a running cluster."
  exit 1
fi

say "Building the Temporal CLI $VERSION from its Go module (first time only; about 5 minutes on 2 cores)..."
mkdir -p "$BIN_DIR.tmp"
log="$CS_CACHE_DIR/temporal-cli-build.log"
( GOBIN="$BIN_DIR.tmp" GOFLAGS=-mod=mod go install -v "github.com/temporalio/cli/cmd/temporal@$VERSION" >"$log" 2>&1 ) &
pid=$!
start=$SECONDS
# Progress: packages compiled so far (go -v prints one line per package).
while kill -0 "$pid" 2>/dev/null; do
  sleep 10
  say "  ... $((SECONDS - start))s, $(grep -vc '^go: downloading' "$log" 2>/dev/null || echo 0) packages built"
done
if ! wait "$pid"; then say "go install failed; last lines of $log:"; tail -20 "$log" >&2; exit 1; fi
mv "$BIN_DIR.tmp" "$BIN_DIR"
say "Temporal CLI built in $((SECONDS - start))s: $BIN_DIR/temporal"
echo "$BIN_DIR/temporal"
