#!/usr/bin/env bash
# Configures and builds Identity Explorer into ./build (preset "ci" under CI, else "dev").
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${IE_PRESET:-$([ "${CI:-}" = "true" ] && echo ci || echo dev)}
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" --parallel "$(nproc)" "$@"
