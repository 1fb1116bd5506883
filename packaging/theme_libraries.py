"""Which of a build's libraries only Qt's GTK theme plugin needs (used by briefing-reader.spec).

The plugin (PySide6/Qt/plugins/platformthemes/libqgtk3.so) stays in the build: on a GTK desktop
(GNOME, Xfce …) Qt loads it to use the system's GTK for its file dialogs and look. But
PyInstaller also collects whatever of the plugin's libraries the build machine has: on one
without GTK, pango, cairo, atk, harfbuzz, gdk-pixbuf and what they link to (16 files, 5 MB); on
one with GTK, GTK itself. Without the system's libgtk-3 they are of no use (the plugin cannot
load, and the window starts on Qt's own theme: tests/test_platform_theme.py), and with it they
are a hazard: the system's GTK would run on the build machine's pango and cairo, older or newer
than those it was built with. Left out, the plugin loads the system's GTK with the system's
pango and cairo, or nothing; what Qt links to as well (glib, gio, fontconfig, freetype, X11 …)
stays the build's, and the system's GTK runs on those.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import PurePath

GTK_THEME_PLUGIN = "libqgtk3.so"

Entry = tuple[str, str, str]  # PyInstaller's TOC entry: name in the build, source path, kind


def needed_only_by(
    plugin: str, toc: Iterable[Entry], links: Callable[[str], Iterable[str]]
) -> set[str]:
    """The names in the build (`toc`'s first fields) of the libraries nothing but the file named
    `plugin` needs, directly or through one another. `links(source)` names the libraries the
    file at `source` links to (file names; more than its direct ones is fine). What nothing in
    the build links to (an extension module, another plugin) is there for its own sake, and so
    is everything it links to."""
    entries = list(toc)
    by_file: dict[str, list[str]] = {}
    for name, _source, _kind in entries:
        by_file.setdefault(PurePath(name).name, []).append(name)
    uses = {
        name: {inner for file in links(source) for inner in by_file.get(PurePath(file).name, ())}
        - {name}
        for name, source, _kind in entries
    }
    linked_to = set().union(*uses.values())
    for_itself = [name for name in uses if name not in linked_to and PurePath(name).name != plugin]
    kept, todo = set(for_itself), list(for_itself)
    while todo:
        for name in uses[todo.pop()] - kept:
            kept.add(name)
            todo.append(name)
    return {name for name in uses if name not in kept and PurePath(name).name != plugin}
