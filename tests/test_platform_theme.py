"""The window starts where Qt is asked for its GTK theme but GTK is not installed.

The build ships Qt's GTK 3 theme plugin (PySide6/Qt/plugins/platformthemes/libqgtk3.so, as
PyInstaller's Qt hook collects every platform theme), but not GTK itself: the plugin is meant
to load the desktop's own GTK, for GTK's file dialogs and look on GNOME, Xfce and the like.
Qt asks for it on such a desktop (XDG_CURRENT_DESKTOP=GNOME) or when QT_QPA_PLATFORMTHEME=gtk3
is set; on a machine without libgtk-3 (a minimal install, a server with X forwarding, a KDE
system with that variable left over) the plugin cannot load, and the window must start anyway
on Qt's own theme. The frozen build was started so on 2026-12-06 (README, Packaging); this
test starts the development install's window the same way, with the very plugin file the
build copies, so a Qt update that made the failure fatal would be seen without a build.
"""

from __future__ import annotations

import ctypes.util
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# Starts the window as `briefing-reader` does, and closes it once it has been shown for a moment.
PROBE = """
import sys
from PySide6.QtCore import QTimer
from reader.ui import app as start

made = start.create_application

def create_application(argv):
    app = made(argv)
    def report():
        print("shown:", sorted(type(w).__name__ for w in app.topLevelWidgets() if w.isVisible()))
        app.quit()
    QTimer.singleShot(2000, report)
    return app

start.create_application = create_application
sys.exit(start.run(sys.argv[1], language="en"))
"""


def test_the_window_starts_when_the_gtk_theme_cannot_load(tmp_path: Path) -> None:
    plugin = Path(__import__("PySide6").__file__).parent / "Qt/plugins/platformthemes/libqgtk3.so"
    assert plugin.is_file()  # what PyInstaller's hook puts into the build
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen", QT_DEBUG_PLUGINS="1",
               XDG_CURRENT_DESKTOP="GNOME", QT_QPA_PLATFORMTHEME="gtk3", HOME=str(tmp_path))  # fmt: skip
    done = subprocess.run([sys.executable, "-P", "-c", PROBE, str(tmp_path / "data")], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert "shown: ['MainWindow']" in done.stdout
    # Qt's loader says it tried the plugin (without the two variables it never does, and the
    # window started above would say nothing of it): refused where GTK is missing, else loaded.
    # (With its debug output on, the window had crashed at exit: reader.ui.app.run.)
    tried = [line for line in done.stderr.splitlines() if f'{plugin.name}" ' in line]
    outcome = "loaded library" if ctypes.util.find_library("gtk-3") else "cannot load: "
    assert any(outcome in line for line in tried), tried


def test_the_gtk_theme_plugin_needs_the_systems_gtk(tmp_path: Path) -> None:
    """Where GTK 3 is missing the plugin is refused for it, so the test above started the window
    on Qt's own theme, the case the bundle meets on a machine without GTK."""
    if ctypes.util.find_library("gtk-3") is not None:
        pytest.skip("GTK 3 is installed here: the plugin loads, the window above ran on it")
    probe = "from PySide6.QtCore import QLibrary; import sys; lib = QLibrary(sys.argv[1]); "
    probe += "print(lib.load(), lib.errorString())"
    plugin = Path(__import__("PySide6").__file__).parent / "Qt/plugins/platformthemes/libqgtk3.so"
    done = subprocess.run([sys.executable, "-c", probe, str(plugin)], capture_output=True, text=True,
                          timeout=60, check=True)  # fmt: skip
    assert done.stdout.startswith("False ") and "libgtk-3.so.0" in done.stdout


def _theme_libraries():  # packaging/ is no package ("packaging" is PyPI's): loaded as the spec does
    where = importlib.util.spec_from_file_location(
        "theme_libraries", REPO / "packaging" / "theme_libraries.py"
    )
    assert where is not None and where.loader is not None
    module = importlib.util.module_from_spec(where)
    where.loader.exec_module(module)
    return module


GTK_PLUGIN = "PySide6/Qt/plugins/platformthemes/libqgtk3.so"
# A build as PyInstaller lists it, and what each file links to (ldd: its whole tree).
LINKS = {
    "PySide6/QtGui.abi3.so": ["libQt6Gui.so.6", "libQt6Core.so.6", "libglib-2.0.so.0"],
    "PySide6/Qt/lib/libQt6Gui.so.6": ["libQt6Core.so.6", "libglib-2.0.so.0", "libfontconfig.so.1"],
    "PySide6/Qt/lib/libQt6Core.so.6": ["libglib-2.0.so.0"],
    GTK_PLUGIN: [
        "libgtk-3.so.0", "libpangocairo-1.0.so.0", "libpango-1.0.so.0", "libcairo.so.2",
        "libharfbuzz.so.0", "libglib-2.0.so.0", "libQt6Gui.so.6", "libfontconfig.so.1", "libthai.so.0",
    ],
    "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so": ["libQt6Gui.so.6", "libQt6DBus.so.6"],
    "PySide6/Qt/lib/libQt6DBus.so.6": ["libQt6Core.so.6"],
    "libglib-2.0.so.0": [], "libfontconfig.so.1": [],
    "libpangocairo-1.0.so.0": ["libpango-1.0.so.0", "libcairo.so.2", "libharfbuzz.so.0", "libthai.so.0"],
    "libpango-1.0.so.0": ["libharfbuzz.so.0", "libglib-2.0.so.0", "libthai.so.0"],
    "libcairo.so.2": ["libfontconfig.so.1"], "libharfbuzz.so.0": ["libglib-2.0.so.0"], "libthai.so.0": [],
    "PIL/_imaging.so": ["libharfbuzz.so.0"],  # an extension of its own that also uses one of them
}  # fmt: skip


def test_the_libraries_only_the_gtk_theme_needs_are_left_out() -> None:
    """On our build machine (no GTK) PyInstaller collected pango, cairo, harfbuzz, thai … for the
    plugin alone; the plugin itself, and what anything else links to, stay."""
    module = _theme_libraries()
    toc = [(name, f"/src/{name}", "BINARY") for name in LINKS]
    source = {f"/src/{name}": name for name in LINKS}
    left_out = module.needed_only_by(module.GTK_THEME_PLUGIN, toc, lambda path: LINKS[source[path]])
    assert left_out == {
        "libpangocairo-1.0.so.0",
        "libpango-1.0.so.0",
        "libcairo.so.2",
        "libthai.so.0",
    }


class _Analysis:
    """What the spec uses of PyInstaller's Analysis: the window's or the command's binaries."""

    def __init__(self, scripts: list[str], **_options: object) -> None:
        window = Path(scripts[0]).name == "entry_window.py"
        names = [*LINKS, "libjpeg.so.62"] if window else ["PIL/_imaging.so", "_cli_only.so", "libjpeg.so.62"]
        self.binaries = [(name, f"/src/{name}", "BINARY") for name in names]
        self.datas: list[tuple[str, str, str]] = []
        self.pure: list[object] = []
        self.scripts: list[object] = []


def _merge(*analyses: tuple[_Analysis, str, str]) -> None:
    """As PyInstaller's MERGE: a file the window already collects leaves the command's list."""
    first = set(analyses[0][0].binaries)
    for analysis, _name, _path in analyses[1:]:
        analysis.binaries = [entry for entry in analysis.binaries if entry not in first]


def test_the_spec_collects_the_window_without_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """The spec run with a stand-in PyInstaller: the window's GTK-only libraries are not
    collected, and one the GTK plugin shares with the command alone (after MERGE, listed with
    the window only) is: left out, the command would have failed to start."""
    bindepend = pytest.importorskip("PyInstaller.depend.bindepend")
    links = dict(LINKS, **{"libjpeg.so.62": [], "_cli_only.so": ["libjpeg.so.62"]})
    links[GTK_PLUGIN] = [*links[GTK_PLUGIN], "libjpeg.so.62"]
    monkeypatch.setattr(bindepend, "get_imports", lambda src: {(n, None) for n in links[src.removeprefix("/src/")]})
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec puts the repository first
    collected: list[tuple[str, str, str]] = []
    spec = REPO / "packaging" / "briefing-reader.spec"
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), {  # noqa: S102
        "SPECPATH": str(spec.parent), "Analysis": _Analysis, "MERGE": _merge, "PYZ": lambda *_a: None,
        "EXE": lambda *_a, **_k: None,
        "COLLECT": lambda *tocs, **_k: collected.extend(e for toc in tocs if isinstance(toc, list) for e in toc),
    })  # fmt: skip
    names = {name for name, _source, kind in collected if kind == "BINARY"}
    assert {GTK_PLUGIN, "PySide6/Qt/lib/libQt6Gui.so.6", "libharfbuzz.so.0", "_cli_only.so", "libjpeg.so.62"} <= names
    assert not names & {"libpangocairo-1.0.so.0", "libpango-1.0.so.0", "libcairo.so.2", "libthai.so.0"}
