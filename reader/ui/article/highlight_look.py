"""How a highlight looks in the reading view: its label's colour under words in the ink, and a
line under it that says it is selected (solid) or carries a comment (dotted).

Kept apart from the view, which knows text and geometry; this knows the theme's colours only.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat

from reader.core.models import Highlight
from reader.ui.theme import Theme


def highlight_format(theme: Theme, highlight: Highlight, *, selected: bool) -> QTextCharFormat:
    """The look of `highlight`; a selected one is a shade stronger so it stands out of a run."""
    char_format = QTextCharFormat()
    color = theme.label_color(highlight.label)
    if selected:
        color = color.lighter(135) if theme.name == "dark" else color.darker(118)
        char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        char_format.setUnderlineColor(QColor(theme.ink))
    elif highlight.annotation.strip():  # a dotted line marks a highlight that has a comment
        char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        char_format.setUnderlineColor(QColor(theme.ink))
    char_format.setBackground(color)
    # The words in the ink, which every label colour keeps at 7:1: a code word's own colour, a
    # caption's muted grey or a link's blue read at 2.5-4.2:1 on some labels (a monokai comment
    # on dark's Risk at 3.4:1), lower still on a selected highlight's stronger shade.
    char_format.setForeground(QColor(theme.ink))
    return char_format
