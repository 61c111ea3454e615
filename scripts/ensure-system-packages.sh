#!/usr/bin/env bash
# Before the tests: the Debian packages they use (LibreOffice opens the report workbooks, pdftoppm
# renders their pages, Chromium opens the Excel add-in's task pane). Installed with apt-get when missing and we may; otherwise say what to install.
set -euo pipefail
needed=()
command -v soffice >/dev/null || needed+=(libreoffice-calc-nogui)
command -v pdftoppm >/dev/null || needed+=(poppler-utils)
if [ -n "${CHROMIUM_PATH:-}" ]; then [ -x "$CHROMIUM_PATH" ] || { echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" >&2; exit 1; }; else command -v chromium >/dev/null || needed+=(chromium); fi
# Carlito has Calibri's metrics: without it LibreOffice measures the workbooks' Calibri column widths in a wider font, and the printed pages differ from Excel's.
[ -e /usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf ] || needed+=(fonts-crosextra-carlito)
# Writer makes the LibreOffice .docx test files again (scripts/make-docx-test-files.ts).
[ -e /usr/lib/libreoffice/program/libswlo.so ] || needed+=(libreoffice-writer-nogui)
((${#needed[@]} == 0)) && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${needed[*]} (Debian packages the tests need)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${needed[@]}" >/dev/null
else
  echo "The tests need: ${needed[*]}. Install them, e.g. sudo apt-get install -y ${needed[*]}," >&2
  echo "or, without apt: LibreOffice (soffice on PATH), poppler (pdftoppm on PATH) and Chromium (CHROMIUM_PATH=/path/to/chromium)." >&2
  exit 1
fi
