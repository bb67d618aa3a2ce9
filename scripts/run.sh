#!/usr/bin/env bash
# Installs what is missing (apt-get), builds, and opens Identity Explorer signed in to a fresh
# sandbox tenant. Extra arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh --target identity-explorer
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "error: no display to open the window on; run it as 'xvfb-run -a scripts/run.sh' or from a desktop session" >&2
    exit 2
fi
exec build/app/identity-explorer --sandbox "$@"
