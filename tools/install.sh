# Sourced by start.sh and test.sh: installs the locked npm packages when node_modules is missing
# or older than the lock file, then provisions the engines (cached outside the repository).
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v node >/dev/null || { echo "Node.js 20.19+ is needed (apt-get install nodejs npm)"; exit 1; }
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[install] npm ci (the locked packages; a minute or two the first time)..."
  # The lock file lists every platform's optional binaries, so `npm ci` accepts it anywhere; its
  # output goes to a log that is shown only when it fails, with the reason at the end.
  mkdir -p .data
  install_log=.data/npm-ci.log
  if ! npm ci --no-audit --no-fund --loglevel=error >"$install_log" 2>&1; then
    echo "[install] npm ci failed; the end of $install_log:"
    tail -20 "$install_log"
    echo "[install] fix the cause above (network, disk, Node version: 20.19+) and run again."
    exit 1
  fi
  echo "[install] $(grep -Eo 'added [0-9]+ packages' "$install_log" | tail -1 || echo 'packages installed')"
fi
