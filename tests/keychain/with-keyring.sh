#!/usr/bin/env bash
# Runs a test inside the current D-Bus session (ctest starts it under dbus-run-session) with a
# freshly unlocked gnome-keyring providing the Secret Service, as on a desktop.
set -euo pipefail
export HOME_FOR_KEYRING=$(mktemp -d)
export XDG_DATA_HOME="$HOME_FOR_KEYRING/data" XDG_CONFIG_HOME="$HOME_FOR_KEYRING/config"
export XDG_RUNTIME_DIR="$HOME_FOR_KEYRING/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# A throwaway password unlocks (and creates) the login keyring without a prompt (an empty one
# makes gnome-keyring ask a prompter, which has no display here).
# The daemon's stderr goes to a file: a daemon holding ctest's output pipe would keep ctest
# waiting after the test has ended.
eval "$(printf 'keyring-test' | gnome-keyring-daemon --unlock --components=secrets 2>"$HOME_FOR_KEYRING/daemon.log")"
eval "$(gnome-keyring-daemon --start --components=secrets 2>>"$HOME_FOR_KEYRING/daemon.log")"
# Never 'kill 0' (the whole process group, ctest included) when no pid was printed.
trap 'if [ -n "${GNOME_KEYRING_PID:-}" ]; then kill "$GNOME_KEYRING_PID" 2>/dev/null || true; fi; rm -rf "$HOME_FOR_KEYRING"' EXIT
"$@"
