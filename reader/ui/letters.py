"""Underlined letters (Alt+letter, Qt's mnemonics) in texts: reading them, taking them off, and
choosing one for a name the user gave (a highlight label renamed in Preferences), which no
translator could give a letter."""

from __future__ import annotations

import re
from collections.abc import Collection

from PySide6.QtWidgets import QLabel, QMenu, QWidget

MARK = re.compile(r"&(.)", re.DOTALL)
# Letters reaching under the line: their underline runs into the stroke and is hard to see.
DESCENDERS = frozenset("gjpqy")


def letter_of(text: str) -> str | None:
    """The letter `text` underlines, folded to lower case; None without one."""
    for found in MARK.finditer(text):
        if found.group(1) != "&":
            return found.group(1).casefold()
    return None


def unlettered(text: str) -> str:
    """`text` without its underlined letter; a literal "&&" stays."""
    return MARK.sub(lambda m: "&&" if m.group(1) == "&" else m.group(1), text)


def with_letter(name: str, taken: Collection[str]) -> str:
    """`name` (plain text, its own "&" kept literal) with a letter no other entry holds: a word's
    first letter if one is free, one without a descender before one with; else any free letter
    inside a word; else none (the entry is still reached with the arrows)."""
    starts = [i for i, ch in enumerate(name) if ch.isalpha() and (i == 0 or not name[i - 1].isalpha())]
    inner = [i for i, ch in enumerate(name) if ch.isalpha() and i not in starts]
    free = [i for i in starts + inner if name[i].casefold() not in taken]
    ranked = sorted(free, key=lambda i: (i not in starts, name[i].casefold() in DESCENDERS))
    chosen = ranked[0] if ranked else None
    return "".join(("&" if i == chosen else "") + ("&&" if ch == "&" else ch) for i, ch in enumerate(name))


def letters_apart(menu: QMenu) -> None:
    """Give each entry `menu` made itself (its own, and Qt's Copy and Select All) a letter no
    other entry of it holds. The reading view's menu joins those with entries of the Edit and
    View menus, whose letters no translator could keep apart from Qt's ("Copy &Link Location"
    and "Change &label"), and Select All came with none. Shared entries keep their letters: they
    are the menu bar's too."""
    entries = [a for a in menu.actions() if not a.isSeparator()]
    own = [a for a in entries if a.parent() is menu or (isinstance(a.menu(), QMenu) and a.menu().parent() is menu)]
    taken = {letter_of(a.text()) or "" for a in entries if a not in own}
    for action in own:
        text, tab, keys = action.text().partition("\t")
        mark = letter_of(text)
        if mark is None or mark in taken:
            text = with_letter(MARK.sub(lambda m: m.group(1), text), taken)
            action.setText(text + tab + keys)
            mark = letter_of(text)
        taken.add(mark or "")


def caption_for(text: str, field: QWidget) -> QLabel:
    """A label naming `field`, whose letter puts the keyboard in it (without a buddy the
    letter was drawn and did nothing)."""
    label = QLabel(text)
    label.setBuddy(field)
    return label
