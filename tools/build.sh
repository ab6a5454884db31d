#!/usr/bin/env bash
# The production build (npm run build): JavaScript under dist/ (tsconfig.build.json, incremental)
# and the workflow bundle the compiled worker loads (dist/workflow-bundle.js), rebuilt only when
# workflow, rules or lib code is newer than it. Run compiled code with the path aliases preloaded:
#   node -r ./dist/tools/runtime/aliases.js dist/apps/api/src/main.js
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
started=$SECONDS
# One build at a time in this tree (test suites that run the compiled product may start together).
mkdir -p dist
exec 9>dist/.build.lock
flock 9
echo "[build] tsc -p tsconfig.build.json"
npx tsc -p tsconfig.build.json
bundle=dist/workflow-bundle.js
if [ ! -f "$bundle" ] || [ -n "$(find workflows/src rules/src libs package-lock.json tsconfig.base.json -newer "$bundle" -name '*.ts' -o -newer "$bundle" -name '*.json' | head -1)" ]; then
  echo "[build] workflow bundle"
  node -r ts-node/register/transpile-only -r tsconfig-paths/register apps/worker/src/build-bundle.ts "$bundle" >/dev/null
fi
echo "[build] done in $((SECONDS - started)) s: dist/"
