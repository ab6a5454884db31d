#!/usr/bin/env bash
# Time `bash tools/start.sh` to "Ready" on a fresh clone: --cold with every cache empty (npm's,
# pip's, the provisioned engines'), as on a fresh machine; --warm reusing one clone and its caches.
# Prints one line per run and any output line before Ready that looks like an error or a warning.
#   bash bench/first-start.sh --cold 3      # three cold starts, each on its own fresh clone
#   bash bench/first-start.sh --warm 3      # one clone started once, then three warm starts
# Ports: API_PORT, TEMPORAL_DEV_PORT, TEMPORAL_UI_PORT, EMBEDDED_PG_PORT as for tools/start.sh.
# KEEP_LOGS=<dir> keeps each start's whole output there.
set -euo pipefail
mode=${1:---cold}
runs=${2:-3}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap '[ -n "${KEEP_LOGS:-}" ] && mkdir -p "$KEEP_LOGS" && cp "$work"/*.log "$KEEP_LOGS"/ 2>/dev/null; rm -rf "$work"' EXIT
timeout_s=${START_TIMEOUT_S:-900}

# One start: clone dir $1, caches under $2; prints the seconds to "Ready" or FAILED.
start_once() {
  local clone=$1 caches=$2 log=$3 began pid
  began=$(date +%s.%N)
  ( cd "$clone" && CS_CACHE_DIR="$caches/cs" npm_config_cache="$caches/npm" PIP_CACHE_DIR="$caches/pip" \
      GOMODCACHE="$caches/gomod" GOCACHE="$caches/gobuild" \
      exec setsid bash tools/start.sh >"$log" 2>&1 ) &
  pid=$!
  local ready=
  for ((i = 0; i < timeout_s * 2; i++)); do
    if grep -qs '^Ready in' "$log"; then ready=$(date +%s.%N); break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  # Stop it as Ctrl-C would: SIGINT to its process group, then wait for every child to stop.
  kill -INT -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -n "$ready" ]; then echo "$ready - $began" | bc; else echo FAILED; fi
}

report() { # log
  local noisy
  noisy=$(sed -n '1,/^Ready in/p' "$1" | grep -Ei '\b(error|warn(ing)?|fail(ed|s|ure)?|deprecat\w*)\b' || true)
  if [ -n "$noisy" ]; then echo "  lines before Ready that look like errors or warnings:"; echo "$noisy" | sed 's/^/    /'; fi
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(node --version), HEAD $(git -C "$repo" rev-parse --short HEAD)"
if [ "$mode" = --cold ]; then
  for ((r = 1; r <= runs; r++)); do
    git clone -q "$repo" "$work/clone-$r"
    mkdir -p "$work/caches-$r"
    s=$(start_once "$work/clone-$r" "$work/caches-$r" "$work/cold-$r.log")
    echo "cold start $r: ${s} s to Ready (load $(cut -d' ' -f1 /proc/loadavg))"
    report "$work/cold-$r.log"
    rm -rf "$work/clone-$r" "$work/caches-$r"
  done
else
  git clone -q "$repo" "$work/clone"
  mkdir -p "$work/caches"
  s=$(start_once "$work/clone" "$work/caches" "$work/first.log")
  echo "first start (not counted): ${s} s"
  for ((r = 1; r <= runs; r++)); do
    s=$(start_once "$work/clone" "$work/caches" "$work/warm-$r.log")
    echo "warm start $r: ${s} s to Ready (load $(cut -d' ' -f1 /proc/loadavg))"
    report "$work/warm-$r.log"
  done
fi
