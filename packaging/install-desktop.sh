#!/usr/bin/env bash
# Put Briefing Reader into the desktop's application menu for this user: the .desktop entry,
# the icon and the AppStream metadata, pointing at this checkout's .venv or at a frozen build.
# The build ships this script beside its executables (packaging/pack.sh), so an unpacked
# archive installs its own entry without the source tree: there the files come from _internal/.
# Usage: install-desktop.sh [PATH-TO-briefing-reader-EXECUTABLE]
set -euo pipefail
unset CDPATH  # an exported CDPATH makes cd print the folder, into $(...) below
here=$(cd "$(dirname "$0")" && pwd)
if [ -d "$here/_internal/resources" ]; then  # the unpacked build's folder
  resources=$here/_internal/resources
  default_exe=$here/briefing-reader
else  # packaging/ of a checkout
  resources=$here/../resources
  default_exe=${here%/*}/.venv/bin/briefing-reader
fi
exe=${1:-$default_exe}
# A desktop entry is one line per key and its values hold no control characters: a path with a
# line break (or tab) would break the entry, so it is refused rather than written.
case $exe in
  *[[:cntrl:]]*)
    printf 'install-desktop.sh: the path %q has a line break or another control character,\n' "$exe" >&2
    echo "which a desktop entry cannot name; rename the folder and run this again" >&2
    exit 1 ;;
esac
[ -x "$exe" ] && [ -f "$exe" ] || { echo "no executable at $exe (run 'make run' once, or pass a path)" >&2; exit 1; }
# The menu starts the program from no particular folder: a relative path would not be found.
case $exe in /*) ;; *) exe=$PWD/$exe ;; esac
# GLib looks for the program under the path with its %% still doubled, finds nothing and leaves
# the entry out of GNOME's menu; the entry is still written as the specification has it.
case $exe in
  *%*) echo "install-desktop.sh: warning: GNOME's menu will not list an entry whose program path" \
         "has a % (written %% as the specification asks); a folder without one avoids that" >&2 ;;
esac
data=${XDG_DATA_HOME:-$HOME/.local/share}
app_id=io.github.briefingreader.BriefingReader

# Exec= as the Desktop Entry Specification reads it: a program in a folder with a space
# ("Meine Programme") must be quoted, inside quotes ", `, $ and \ take a backslash, and the
# value's own escaping doubles every backslash again; a literal % is written %%.
exec_quoted() {
  local arg=$1
  arg=${arg//\\/\\\\}
  arg=${arg//\"/\\\"}
  arg=${arg//\`/\\\`}
  arg=${arg//\$/\\\$}
  arg=${arg//\\/\\\\}
  arg=${arg//%/%%}
  printf '"%s"' "$arg"
}

install -Dm644 "$resources/icons/briefing-reader.svg" "$data/icons/hicolor/scalable/apps/$app_id.svg"
install -Dm644 "$resources/$app_id.metainfo.xml" "$data/metainfo/$app_id.metainfo.xml"
mkdir -p "$data/applications"
program=$(exec_quoted "$exe")
while IFS= read -r line || [ -n "$line" ]; do  # not sed: a path's & or | would be taken as sed's
  case $line in
    Exec=briefing-reader*) printf 'Exec=%s%s\n' "$program" "${line#Exec=briefing-reader}" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$resources/$app_id.desktop" > "$data/applications/$app_id.desktop"
if command -v update-desktop-database >/dev/null; then
  update-desktop-database -q "$data/applications" || true
fi
echo "installed $data/applications/$app_id.desktop"
