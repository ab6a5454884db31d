#!/usr/bin/env bash
# Prints the directory holding pdftotext and pdftoppm (Debian's poppler-utils), which the paperwork
# tests use to read generated PDFs back and render a page to PNG. Installed with apt-get when
# missing (CI runs as root on a fresh Debian machine); nothing to build or cache.
set -euo pipefail
. "$(dirname "$0")/cache-dir.sh"
if ! command -v pdftotext >/dev/null || ! command -v pdftoppm >/dev/null; then
  command -v apt-get >/dev/null || { say "poppler-utils is needed (pdftotext, pdftoppm): install it with your package manager"; exit 1; }
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  say "Installing poppler-utils (pdftotext, pdftoppm) with apt-get..."
  $SUDO apt-get install -y -q poppler-utils >&2 || { $SUDO apt-get update -q >&2 && $SUDO apt-get install -y -q poppler-utils >&2; }
fi
dirname "$(command -v pdftotext)"
