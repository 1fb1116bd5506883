"""Underlined letters (Alt+letter, Qt's mnemonics) in texts: reading them, taking them off, and
choosing one for a name the user gave (a highlight label renamed in Preferences), which no
translator could give a letter."""

from __future__ import annotations

import re
from collections.abc import Collection

from PySide6.QtWidgets import QLabel, QWidget

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


def caption_for(text: str, field: QWidget) -> QLabel:
    """A label naming `field`, whose letter puts the keyboard in it (without a buddy the
    letter was drawn and did nothing)."""
    label = QLabel(text)
    label.setBuddy(field)
    return label
