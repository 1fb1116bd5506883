"""Which key gives which highlight label, each beside its colour: shown under the notes pane's
"No highlights yet" until the source has a highlight.

Seen in a first week's walk: "Select words in the article and press 1–5" left a new consultant
to guess what the five keys, and then the five colours in the article, stood for; the names
were in the Edit menu or on a highlight once made. The names are the user's (a renamed label
shows its new name), the colours the reading theme's.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from reader.core.labels import LABELS
from reader.ui.theme import Theme


def legend(names: Mapping[str, str], theme: Theme) -> str:
    """Rich text: one line per label, "▇ 1  Key point", its swatch in the theme's colour."""
    lines = (f'<span style="background-color:{theme.labels[label.key]}; color:{theme.labels[label.key]}">'
             f"&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp; <b>{label.shortcut}</b>&nbsp; {escape(names[label.key])}"
             for label in LABELS)  # fmt: skip
    return "<br>".join(lines)
