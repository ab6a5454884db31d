#!/usr/bin/env bash
# Prints the path of a Chromium for the browser tests, installing Debian's `chromium` package with
# apt-get when there is none (Playwright's own browser download is not reachable from CI).
# CHROMIUM_BIN=/path/to/chrome uses that browser instead.
set -euo pipefail
. "$(dirname "$0")/cache-dir.sh"
if [ -n "${CHROMIUM_BIN:-}" ]; then echo "$CHROMIUM_BIN"; exit 0; fi
for bin in chromium chromium-browser; do
  if command -v "$bin" >/dev/null; then command -v "$bin"; exit 0; fi
done
command -v apt-get >/dev/null || { say "no chromium and no apt-get: install Chromium and set CHROMIUM_BIN"; exit 1; }
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
say "installing Debian's chromium package (first time only, ~1-2 min)..."
# The package lists may be absent on a fresh machine; update them only when the package is unknown.
apt-cache show chromium >/dev/null 2>&1 || $SUDO apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-liberation >&2
command -v chromium
