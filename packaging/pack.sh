#!/usr/bin/env bash
# Pack a built folder (dist/briefing-reader/, from PyInstaller) as
# dist/briefing-reader-<version>-linux-<machine>.tar.gz, with install-desktop.sh beside the
# executables: whoever unpacks the archive has no source tree to run it from.
# Usage: packaging/pack.sh DIST VERSION   (build.sh runs it)
set -euo pipefail
unset CDPATH  # an exported CDPATH makes cd print the folder, into $(...) below
usage="usage: packaging/pack.sh DIST VERSION
Pack DIST/briefing-reader/ (a PyInstaller build) as DIST/briefing-reader-VERSION-linux-$(uname -m).tar.gz"
case ${1:-} in -h|--help) echo "$usage"; exit 0 ;; esac
# Two arguments, neither empty: without them "set -u" stopped at \$1 with "unbound variable".
if [ $# -ne 2 ] || [ -z "$1" ] || [ -z "$2" ]; then
  echo "$usage" >&2
  exit 2
fi
dist=$1
version=$2
here=$(cd "$(dirname "$0")" && pwd)
[ -x "$dist/briefing-reader/briefing-reader" ] || { echo "no build in $dist/briefing-reader" >&2; exit 1; }
install -m755 "$here/install-desktop.sh" "$dist/briefing-reader/install-desktop.sh"
archive="$dist/briefing-reader-${version}-linux-$(uname -m).tar.gz"
tar -C "$dist" -czf "$archive" briefing-reader
echo "built $dist/briefing-reader/ and $archive"
