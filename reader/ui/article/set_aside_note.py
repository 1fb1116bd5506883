"""The header's line about what the importer left out of the article, with the way to see it.

The reading view showed only the kept blocks and said nothing of the others: a page whose
article the importer found in two sentences ("Dein Browser ist leider veraltet.") read as if
that was all there was, and a petition ending in "unterschreibt bitte alle diese Petition:"
stopped short with no hint that the rest was kept. Show original (Ctrl+U) sat in the View
menu, found only by someone who already knew to look. The line names how many blocks were set
aside and why, most frequent reason first, and links to the original; when the article kept
is short beside what was set aside, it says so and that a missing paragraph can be restored.
Under Show original the same place offers the way back.
"""

from __future__ import annotations

from collections import Counter
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from reader.core.ingest import BlockRole
from reader.core.models import Source
from reader.ui.article.document import block_reason
from reader.ui.i18n import Plural

SHOW_ORIGINAL_LINK = "reader:original"
SHORTCUT = "Ctrl+U"
MOST_REASONS = 3
# An article this short (characters, so a Japanese page counts as a German one does) beside more
# set-aside text than it has is worth a second look: the text the reader came for may be aside.
THIN_BODY_CHARS = 400


def set_aside_blocks(source: Source) -> list[str]:
    """The reasons of the blocks set aside as clutter, one per block (metadata blocks are shown
    in the header, so they are not "left out")."""
    return [block.reason or "" for block in source.blocks if block.role is BlockRole.BOILERPLATE]


def looks_thin(source: Source) -> bool:
    """The article kept is short and the page set more text aside than it kept."""
    body = sum(len(b.text) for b in source.blocks if b.role is BlockRole.BODY)
    aside = sum(len(b.text) for b in source.blocks if b.role is BlockRole.BOILERPLATE)
    return body < THIN_BODY_CHARS and aside > body


def _reasons(reasons: list[str]) -> str:
    """ "navigation, footer, advertising …": the most frequent first, translated."""
    counted = Counter(block_reason(reason or "not part of the article") for reason in reasons)
    names = [name for name, _count in counted.most_common(MOST_REASONS)]
    return ", ".join(names) + (" …" if len(counted) > MOST_REASONS else "")


def note_html(source: Source, *, original: bool) -> str:
    """The note as rich text (every word from the page escaped), or "" when there is nothing to
    say: no block was set aside and the original is not shown."""
    keys = QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
    if original:
        back = QCoreApplication.translate("SetAsideNote", "Back to the article")
        return _link(back) + escape(f" ({keys})")
    reasons = set_aside_blocks(source)
    if not reasons:
        return ""
    counted = Plural.tr("Set aside at import: %Ln block(s) (%1)", "", len(reasons)).replace("%1", _reasons(reasons))
    parts = [escape(counted)]
    if looks_thin(source):  # first: it is why the reader should look
        parts.insert(0, escape(QCoreApplication.translate(
            "SetAsideNote", "Little of the page was kept as the article: if text is missing, restore it from the original.")))
    show = QCoreApplication.translate("SetAsideNote", "Show original")
    return " ".join(parts) + " · " + _link(show) + escape(f" ({keys})")


def _link(text: str) -> str:
    return f'<a href="{SHOW_ORIGINAL_LINK}">{escape(text)}</a>'
