#!/usr/bin/env bash
# Runs a test inside the current D-Bus session (ctest starts it under dbus-run-session) with a
# freshly unlocked gnome-keyring providing the Secret Service, as on a desktop.
set -euo pipefail
export HOME_FOR_KEYRING=$(mktemp -d)
export XDG_DATA_HOME="$HOME_FOR_KEYRING/data" XDG_CONFIG_HOME="$HOME_FOR_KEYRING/config"
export XDG_RUNTIME_DIR="$HOME_FOR_KEYRING/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# An empty password unlocks (and creates) the login keyring without a prompt.
eval "$(printf '' | gnome-keyring-daemon --unlock --components=secrets)"
eval "$(gnome-keyring-daemon --start --components=secrets)"
trap 'kill ${GNOME_KEYRING_PID:-0} 2>/dev/null || true; rm -rf "$HOME_FOR_KEYRING"' EXIT
"$@"
