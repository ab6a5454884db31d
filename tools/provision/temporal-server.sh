#!/usr/bin/env bash
# Prints the directory of a built Temporal server (the engine a cluster runs, not the dev server),
# building it from the Go module proxy the first time (about 5 minutes on 2 cores):
#   temporal-server      the server: `temporal-server --config-file F --allow-no-auth start --service S`
#   temporal-sql-tool    the schema tool that creates and updates its PostgreSQL schema
#   schema/postgresql/   the versioned schema the SQL tool applies
#   config/              the server's sample configurations (development-postgres12.yaml)
# v1.30.4 is the newest server whose module graph the Go module proxy serves entirely; it needs Go
# 1.26.10 or later, which GOTOOLCHAIN fetches through the same proxy when the local Go is older.
set -euo pipefail
. "$(dirname "$0")/cache-dir.sh"

SERVER_VERSION=v1.30.4
GO_MIN=go1.26.10
DIR="$CS_CACHE_DIR/temporal-server-$SERVER_VERSION"
if [ -x "$DIR/temporal-server" ] && [ -x "$DIR/temporal-sql-tool" ] && [ -d "$DIR/schema/postgresql" ]; then
  echo "$DIR"; exit 0
fi

command -v go >/dev/null 2>&1 || {
  say "Go is needed to build the Temporal server (apt-get install golang-go; any Go 1.21+ fetches $GO_MIN itself)"
  exit 1
}
# Go's own caches (modules, toolchains, build) stay where Go keeps them; only the results are ours.
export GOTOOLCHAIN="$GO_MIN+auto" GOFLAGS="-mod=mod -buildvcs=false" CGO_ENABLED=0
rm -rf "$DIR.tmp" && mkdir -p "$DIR.tmp/bin"
say "Building the Temporal server $SERVER_VERSION and its SQL tool from the Go module proxy (about 5 minutes on 2 cores)..."
GOBIN="$DIR.tmp/bin" build_with_progress "$CS_CACHE_DIR/temporal-server-build.log" \
  go install -v "go.temporal.io/server/cmd/server@$SERVER_VERSION" "go.temporal.io/server/cmd/tools/sql@$SERVER_VERSION"
mv "$DIR.tmp/bin/server" "$DIR.tmp/temporal-server"
mv "$DIR.tmp/bin/sql" "$DIR.tmp/temporal-sql-tool"
rmdir "$DIR.tmp/bin"

# The schema and sample configurations ship in the module source, not in the binaries.
src="$(go mod download -json "go.temporal.io/server@$SERVER_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
[ -d "$src/schema/postgresql" ] || { say "the module source has no schema/postgresql ($src)"; exit 1; }
mkdir -p "$DIR.tmp/schema"
cp -R "$src/schema/postgresql" "$DIR.tmp/schema/"
cp -R "$src/config" "$DIR.tmp/config"
chmod -R u+w "$DIR.tmp"
rm -rf "$DIR" && mv "$DIR.tmp" "$DIR"
say "Temporal server $SERVER_VERSION ready: $DIR"
echo "$DIR"
