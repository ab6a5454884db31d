# Sourced by the provisioning scripts: where downloaded and built engines are cached, outside the
# repository so that every clone on this machine shares them.
CS_CACHE_DIR="${CS_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/cs-intervention}"
mkdir -p "$CS_CACHE_DIR"
say() { printf '[provision] %s\n' "$*" >&2; }

# Runs a long build in the background with its output in a log, printing progress every 10 s:
# the seconds elapsed and the packages built so far (`go -v` prints one line per package).
#   build_with_progress LOG COMMAND...
build_with_progress() {
  local log="$1" pid start
  shift
  ( "$@" >"$log" 2>&1 ) &
  pid=$!
  start=$SECONDS
  while kill -0 "$pid" 2>/dev/null; do
    sleep 10
    say "  ... $((SECONDS - start))s, $(grep -vc '^go: downloading' "$log" 2>/dev/null || true) packages built"
  done
  if ! wait "$pid"; then say "the build failed; last lines of $log:"; tail -20 "$log" >&2; return 1; fi
  say "built in $((SECONDS - start))s"
}
