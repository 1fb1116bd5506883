"""The window's layout across runs: its size and place, the panes' widths, the library's split.

Restored as the window is built (a screen too small for the default size gets a window that
fits it) and saved as it closes, with the side panes as they were before the composer squeezed
them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDockWidget

from reader.ui.pane_widths import DEFAULT_WANTED
from reader.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

DEFAULT_SIZE = (1360, 860)


def restore_layout(window: MainWindow) -> None:
    geometry = window.state.geometry("window")
    if geometry is None or not window.restoreGeometry(geometry):
        fit_to_screen(window, *DEFAULT_SIZE)  # 860 px high ran off a 1366 × 768 laptop's screen
    splitter = window.state.geometry("splitter")
    if splitter is None or not window.splitter.restoreState(splitter):
        window.splitter.setSizes(list(DEFAULT_WANTED))
    window.pane_widths.restore()  # shared out by them as the window shows
    library_split = window.state.geometry("library_splitter")
    if library_split is not None:
        window.library.splitter.restoreState(library_split)


def save_layout(window: MainWindow) -> None:
    # The side panes as they were before the composer squeezed them: the next start, which
    # brings the composer back only after the panes are laid out (`MainWindow.start`), squeezes
    # them again as any opening of it does, and a squeezed library ("Durchsuch…") stayed so
    # for good, also once the composer closed. The docks go
    # first, so the splitter has the whole width to share out again (at 1024 px the panes
    # were saved at 205 and 190 px, and stayed so in a wider window).
    for dock in window.findChildren(QDockWidget):
        if not dock.isFloating():
            dock.hide()
    window.keys.give_room_back()
    layout = window.layout()
    if layout is not None:
        layout.activate()  # the widths saved are those the splitter has without the dock
    window.state.set_geometry("window", window.saveGeometry())
    window.state.set_geometry("splitter", window.splitter.saveState())
    window.pane_widths.save()
    window.state.set_geometry("library_splitter", window.library.splitter.saveState())
