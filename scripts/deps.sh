#!/usr/bin/env bash
# Installs, with apt-get, whatever Identity Explorer needs to build, run and test on Debian 12
# that is not on the machine yet. Safe to run again: it installs only what is missing.
set -euo pipefail

packages=(
    cmake g++ make pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libssl-dev libgl-dev
    qt6-qpa-plugins
    # tests: a real Secret Service for the keychain tests, a D-Bus session to run it in
    gnome-keyring libsecret-tools dbus dbus-x11
    # scripts/run.sh without a display, and screenshots
    xvfb xauth
    # tests/conformance: Microsoft's own clients in private network namespaces (azure-cli is big:
    # about two minutes)
    iproute2 azure-cli jq curl openssl
)

missing=()
# Node and npm: a machine may carry another build of Node (with its own npm) whose package conflicts
# with Debian's npm, so ask for the commands, not the package names.
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)

for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "error: run as root or install sudo" >&2; exit 1; }
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
