#!/usr/bin/env bash
# Check (and, as root, install) the Debian/Ubuntu packages Qt needs: Python's venv, OpenGL/EGL,
# fonts and the X11/xcb libraries of the desktop platform plugin.
# Usage: packaging/system-deps.sh [--install]   (--install: run apt-get when something is missing)
set -euo pipefail

PACKAGES=(
  python3-venv
  libegl1 libgl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 fonts-dejavu-core
  libxkbcommon0 libxkbcommon-x11-0 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4
  libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
  libxcb-xkb1 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-render0
)

if ! command -v dpkg-query >/dev/null 2>&1; then
  exit 0  # not Debian/Ubuntu: Qt's wheels name what they miss when they start
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
  # Ubuntu 24.04 renamed some libraries with a t64 suffix; either name will do.
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" \
     && ! dpkg-query -W -f='${Status}' "${pkg}t64" 2>/dev/null | grep -q "ok installed"; then
    missing+=("$pkg")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "${1:-}" = "--install" ] && [ "$(id -u)" = "0" ]; then
  echo "Installing system packages Qt needs: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi

echo "Briefing Reader needs these system packages (Qt's libraries, Python's venv):" >&2
echo "    sudo apt-get install -y ${missing[*]}" >&2
exit 1
