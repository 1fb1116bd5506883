"""Every key README's keyboard table ("The keyboard loop") names is bound in the window.

Session 41 added rows to the table for keys a user looks for (import, find, undo, export,
Preferences …), read off the menus by hand; nothing held the table against the window, so a
key changed or mistyped there would have gone on being documented.
"""

from __future__ import annotations

import re
from itertools import dropwhile, takewhile
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence, QShortcut

README = Path(__file__).resolve().parents[2] / "README.md"

# Keys the table names that no action or shortcut holds: the list's own Home / End, the
# version chooser's label letter (Alt+R, German Alt+S) and the Menu key, which the window reads as a
# context-menu event.
NOT_BOUND = {"Home", "End", "Alt+R", "Alt+S", "Menu"}


def table_keys() -> list[str]:
    """The keys in the first column of the table after "### The keyboard loop", in order."""
    lines = README.read_text(encoding="utf-8").split("### The keyboard loop", 1)[1].splitlines()
    table = takewhile(lambda line: line.startswith("|"), dropwhile(lambda line: not line.startswith("|"), lines))
    return [key for row in list(table)[2:] for key in re.findall(r"`([^`]+)`", row.split(" | ")[0])]


def test_every_key_of_the_keyboard_table_is_bound(make_window) -> None:
    window = make_window()
    bound = {k.toString() for a in window.findChildren(QAction) for k in a.shortcuts()}
    bound |= {s.key().toString() for s in window.findChildren(QShortcut)}
    keys = table_keys()
    assert {"Ctrl+O", "Ctrl+F", "Shift+F3", "Ctrl+,", "Shift+Del", "Ctrl+Shift+C"} <= set(keys)  # the table is read
    wanted = [k for k in keys if k not in NOT_BOUND]
    unbound = [k for k in wanted if QKeySequence(k.replace("↓", "Down").replace("↑", "Up")).toString() not in bound]
    assert unbound == []
