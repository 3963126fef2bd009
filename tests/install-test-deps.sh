#!/usr/bin/env bash
# Installs what the test suite needs beyond the .NET SDK. Idempotent: it only installs what is missing.
set -euo pipefail
command -v dotnet >/dev/null || { echo "the .NET 10 SDK is required: https://dot.net"; exit 1; }
