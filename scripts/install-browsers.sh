#!/usr/bin/env bash
# What the browser tests need from Debian, installed if missing (root, for apt-get): Chromium,
# Firefox ESR, and Firefox's language packs for the tests that set its interface language
# (tests/browser/firefox-languages.test.ts). The README's first command and .ci/run both run it.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
for pack in firefox-esr-l10n-{es-es,pt-br,fr,de,ru,uk}; do
  dpkg-query -W -f='${Status}' "$pack" 2>/dev/null | grep -q 'ok installed' || missing+=("$pack")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi
