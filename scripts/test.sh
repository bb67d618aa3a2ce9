#!/usr/bin/env bash
# Installs what is missing (apt-get), builds, and runs every test with CTest: unit, integration
# (against the in-process sandbox tenant), GUI (offscreen) and keychain (gnome-keyring in its own
# D-Bus session). Ends with CTest's summary line; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --parallel "$(nproc)" "$@"
