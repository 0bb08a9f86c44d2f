#!/usr/bin/env bash
# Installs what the tests need beyond npm packages: Chromium (for Playwright; its own browser
# download cannot be used here), LibreOffice Writer (opens every exported .docx) and poppler
# (pdftotext, pdftoppm). Installs only what is missing, from Debian's packages.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
fc-list 2>/dev/null | grep -qi 'liberation' || missing+=(fonts-liberation)

if [ ${#missing[@]} -eq 0 ]; then
  echo "Test tools present: chromium, LibreOffice, poppler."
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "Missing ${missing[*]} and not root: install them with apt-get as an administrator." >&2
    exit 1
  fi
fi

echo "Installing ${missing[*]} from Debian's packages…"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
