#!/usr/bin/env bash
# Installs, provisions and starts the product on its embedded defaults. See README.md.
set -euo pipefail
. "$(dirname "$0")/install.sh"
exec node -r ts-node/register/transpile-only -r tsconfig-paths/register tools/start.ts
