#!/usr/bin/env bash
# Put Briefing Reader into the desktop's application menu for this user: the .desktop entry,
# the icon and the AppStream metadata, pointing at this checkout's .venv (or a frozen build).
# Usage: packaging/install-desktop.sh [PATH-TO-briefing-reader-EXECUTABLE]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
exe=${1:-$root/.venv/bin/briefing-reader}
[ -x "$exe" ] || { echo "no executable at $exe (run 'make run' once, or pass a path)" >&2; exit 1; }
data=${XDG_DATA_HOME:-$HOME/.local/share}
app_id=io.github.briefingreader.BriefingReader
install -Dm644 "$root/resources/icons/briefing-reader.svg" "$data/icons/hicolor/scalable/apps/$app_id.svg"
install -Dm644 "$root/resources/$app_id.metainfo.xml" "$data/metainfo/$app_id.metainfo.xml"
mkdir -p "$data/applications"
sed "s|^Exec=briefing-reader|Exec=$exe|" "$root/resources/$app_id.desktop" > "$data/applications/$app_id.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
echo "installed $data/applications/$app_id.desktop"
