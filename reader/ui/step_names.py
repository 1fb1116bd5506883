"""The names inside undo steps: quoted the window's way and cut to a short line.

Edit ▸ Undo names the step it takes back; with several steps on the stack, "Rename tag" alone
did not say which tag, nor "Highlight as Key fact" which passage. Steps now carry the name:
"Rename tag “Japn” → “Japan”", in German „Japn“ → „Japan“ (QLocale's quotes, the default locale
being the window's language). A passage or a long title is cut with "…" so the menu and the
status line stay narrow; line breaks in a passage become spaces.

Messages whose translated text holds the quotes itself ("Took “%1” out of its story", German
„%1“) take their names through `inside`: the same rule for the name's own quotes, so a status
line reads „Japan–USA schmieden ‚Goldenes Bündnis‘“ aus …, not „… „Goldenes Bündnis““.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

from reader.core.footnotes import nested
from reader.ui.i18n import current_language
from reader.ui.one_ellipsis import cut_to

LONGEST = 32  # characters of a name inside a step; Edit ▸ Undo stays under ~60 in all


def short(name: str, longest: int = LONGEST) -> str:
    """`name` on one line, cut to `longest` characters with "…" at the end."""
    line = " ".join(name.split())
    return cut_to(line, longest)


def quoted(name: str) -> str:
    """`name` shortened and set in the window language's quotes (“…”, „…“); quotes of its own
    become single ones first, as in an export's citation: „Japan–USA schmieden ‚Goldenes B…“,
    not „Japan–USA schmieden „Goldenes B…“."""
    return QLocale().quoteString(short(nested(name, current_language())))


def quote_whole(name: str) -> str:
    """`name` as `quoted` sets it, not shortened (a link's text, which the label elides)."""
    return QLocale().quoteString(nested(name, current_language()))


def inside(text: str, *names: str) -> str:
    """The translated `text` with %1, %2 … each a name it already quotes: the name on one line,
    its own quotes made single (`nested`), in one pass as `named` does."""
    language = current_language()
    return re.sub(r"%([1-9])", lambda found: nested(" ".join(names[int(found.group(1)) - 1].split()), language), text)


class Bare(str):
    """A name `named` sets in as it is: a highlight label's name ("Key fact") is the window's
    own word, not something the user typed, and reads without quotes."""


def named(text: str, *names: str) -> str:
    """The translated `text` with %1, %2 … each the quoted name (a `Bare` one as it is): in one
    pass, so a name that itself holds "%2" is left as typed."""

    def name(found: re.Match[str]) -> str:
        given = names[int(found.group(1)) - 1]
        return given if isinstance(given, Bare) else quoted(given)

    return re.sub(r"%([1-9])", name, text)
