#!/usr/bin/env bash
# Installs, provisions, builds and starts the product on its embedded defaults, running the
# compiled code (dist/, npm run build). See README.md.
set -euo pipefail
. "$(dirname "$0")/install.sh"
bash tools/build.sh
exec node -r ./dist/tools/runtime/aliases.js dist/tools/start.js
