#!/usr/bin/env bash
# Installs, provisions and runs every test: lint and type-check of every project, unit tests,
# then integration and end-to-end tests against real servers (Temporal dev server, Java
# time-skipping server, a Temporal server cluster on PostgreSQL, embedded PostgreSQL), all
# started by the tests themselves.
set -euo pipefail
. "$(dirname "$0")/install.sh"
export NX_DAEMON=false NX_NO_CLOUD=true NX_SKIP_NX_CACHE=${CI:+true}
started=$SECONDS

echo "== provisioning engines (cached after the first run)"
bash tools/provision/temporal-cli.sh >/dev/null
bash tools/provision/temporal-server.sh >/dev/null  # the cluster test's server (test/cluster), built from source
TEMPORAL_TEST_SERVER_BIN="$(bash tools/provision/test-server.sh)"
export TEMPORAL_TEST_SERVER_BIN
bash tools/provision/poppler.sh >/dev/null   # pdftotext, pdftoppm: the paperwork tests read PDFs back
# The web service's browser tests (test/web) drive Debian's chromium through Playwright.
CHROMIUM_BIN="$(bash tools/provision/chromium.sh)"
export CHROMIUM_BIN

echo "== lint and type-check (nx run-many -t lint build)"
npx nx run-many -t lint build --outputStyle=static --parallel=2
echo "== production build (npm run build: dist/ and the workflow bundle)"
bash tools/build.sh

mkdir -p test/.reports
status=0
echo "== unit tests"
npx jest --ci --selectProjects unit --json --outputFile=test/.reports/unit.json || status=1
echo "== integration and end-to-end tests (real servers)"
# --forceExit: a suite that leaves a handle open (seen once after a failed browser test) must not
# hold CI until its time runs out; the results are already written when jest would wait.
npx jest --ci --selectProjects integration --runInBand --forceExit --json --outputFile=test/.reports/integration.json || status=1

node tools/test-summary.js test/.reports/unit.json test/.reports/integration.json
echo "total time: $((SECONDS - started)) s"
exit $status
