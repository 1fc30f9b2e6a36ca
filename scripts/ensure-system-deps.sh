#!/usr/bin/env bash
# Makes sure the system programs the test suite needs are present:
#   chromium               Playwright drives it for the end-to-end tests
#   libreoffice-writer-nogui  opens the exported .docx and converts it to PDF (soffice)
#   poppler-utils          pdftotext / pdftoppm read that PDF
#   fonts-noto-cjk         Chinese glyphs for Chromium and LibreOffice
# Installs the missing ones with apt-get when run as root; otherwise names them and fails.
# Quick and silent-ish when everything is there. Never skips: a missing program is an error.
set -euo pipefail

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"

missing_packages() {
  local missing=()
  [[ -x "$chromium_path" ]] || missing+=(chromium)
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
  { command -v pdftotext && command -v pdftoppm; } >/dev/null 2>&1 || missing+=(poppler-utils)
  # Not `fc-list | grep -q`: grep -q exits at the first match, fc-list dies of SIGPIPE, and
  # pipefail would then report the fonts missing.
  local fonts=''
  command -v fc-list >/dev/null 2>&1 && fonts="$(fc-list 2>/dev/null || true)"
  grep -qi 'Noto.*CJK' <<<"$fonts" || missing+=(fonts-noto-cjk)
  echo "${missing[@]}"
}

read -r -a missing <<<"$(missing_packages)"
if [[ ${#missing[@]} -eq 0 ]]; then
  echo "system deps: chromium, LibreOffice, poppler-utils and Noto CJK fonts are present"
  exit 0
fi

echo "system deps: missing Debian packages: ${missing[*]}"

if [[ "$(id -u)" -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
  {
    echo
    echo "The test suite needs these Debian/Ubuntu packages: ${missing[*]}"
    echo "Install them, then run the tests again:"
    echo
    echo "    sudo apt-get update && sudo apt-get install -y ${missing[*]}"
    echo
    if [[ " ${missing[*]} " == *" chromium "* && "$chromium_path" != /usr/bin/chromium ]]; then
      echo "(CHROMIUM_PATH is set to $chromium_path, which is not an executable file.)"
    fi
  } >&2
  exit 1
fi

echo "system deps: installing with apt-get (this takes a few minutes the first time)"
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y "${missing[@]}"

read -r -a still_missing <<<"$(missing_packages)"
if [[ ${#still_missing[@]} -ne 0 ]]; then
  echo "system deps: still missing after apt-get install: ${still_missing[*]}" >&2
  exit 1
fi
echo "system deps: installed ${missing[*]}"
