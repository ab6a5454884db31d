# Sourced by start.sh and test.sh: installs the locked npm packages when node_modules is missing
# or older than the lock file, then provisions the engines (cached outside the repository).
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v node >/dev/null || { echo "Node.js 20.19+ is needed (apt-get install nodejs npm)"; exit 1; }
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[install] npm ci..."
  # npm on some machines writes locks without other platforms' optional binaries (@swc/core-*),
  # which `npm ci` then refuses; `npm install` still honours every locked version.
  npm ci --no-audit --no-fund 2>&1 | grep -v 'Unknown user config' | tail -3 || true
  if [ ! -d node_modules/@temporalio/worker ]; then
    echo "[install] npm ci refused the lock file; npm install with the locked versions..."
    npm install --no-audit --no-fund 2>&1 | grep -v 'Unknown user config' | tail -3 || true
  fi
  [ -d node_modules/@temporalio/worker ] || { echo "npm ci failed"; exit 1; }
fi
