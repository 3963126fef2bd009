#!/usr/bin/env bash
# Installs what the test suite needs beyond the .NET SDK. Idempotent: it only installs what is missing.
set -euo pipefail
command -v dotnet >/dev/null || { echo "the .NET 10 SDK is required: https://dot.net"; exit 1; }

# The browser tests (tests/TrustSite.BrowserTests) drive Debian's Chromium through Playwright, which never
# downloads a browser of its own here.
if [ ! -x /usr/bin/chromium ]; then
  export DEBIAN_FRONTEND=noninteractive
  # Refresh the package lists only when needed: on a fresh machine apt knows no chromium yet, and stale
  # lists make the install fail; then update once and try again.
  if ! apt-cache show chromium >/dev/null 2>&1 || ! apt-get install -y -qq chromium >/dev/null; then
    apt-get update -qq
    apt-get install -y -qq chromium >/dev/null
  fi
fi
