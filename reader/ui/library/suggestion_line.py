""""Did you mean: Schuldenbremse?" under the library's search box, when a search finds little.

A mistyped word ("Schuldenbrmse") found nothing and the pane said only "No matches"; the core
now offers the query with such words corrected (`search.suggest`). The offer stands under the
line that says how many results there are, the corrected words set apart as search engines do,
as a link: a click, or Tab from the search box and Enter (or Space), searches it. It is put into the box
as an edit of the box (not `setText`, which forgets the box's undo history), so Ctrl+Z in the
box brings back what was typed, as after any other change of the query.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from reader.core.search import Suggestion
from reader.ui.library.search_box import SearchBox
from reader.ui.step_names import inside

_LINK = "suggestion"


def suggestion_html(template: str, suggestion: Suggestion) -> str:
    """The translated `template` ("Did you mean: %1?") as rich text, %1 the corrected query as a
    link with the corrected words in bold italics; everything else escaped."""
    text, parts, at = suggestion.text, [], 0
    for start, end in suggestion.changed:
        parts.append(html.escape(text[at:start]))
        parts.append(f"<b><i>{html.escape(text[start:end])}</i></b>")
        at = end
    parts.append(html.escape(text[at:]))
    link = f'<a href="{_LINK}">{"".join(parts)}</a>'
    return html.escape(template).replace("%1", link)


class SuggestionLine(QLabel):
    """The offer, hidden while there is none. Chosen, it puts the corrected query in `box`,
    searches (`search_now`) and says what it did through `say` (the window's status bar)."""

    def __init__(self, parent: QWidget, box: SearchBox, search_now: Callable[[], None],
                 say: Callable[[str], None]) -> None:  # fmt: skip
        super().__init__(parent)
        self._box, self._search_now, self._say = box, search_now, say
        self.setObjectName("searchSuggestion")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setContentsMargins(2, 1, 2, 1)  # its text under the status line's (style.qss: 9 px margin, 1 px frame)
        # The keyboard reaches the line itself (Tab from the search box; framed then, see
        # style.qss) and Enter searches it: with Qt's keyboard links a first Tab reached the
        # line with nothing marked, a second the link, and a third left.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(self.tr("Search for this instead (Ctrl+Z in the search box brings back what you typed)"))
        self.linkActivated.connect(lambda _link: self._choose())
        self._suggestion: Suggestion | None = None
        box.textChanged.connect(lambda _text: self.offer(None))  # it was for the words before
        self.hide()

    @property
    def suggestion(self) -> Suggestion | None:
        return self._suggestion

    def offer(self, suggestion: Suggestion | None) -> None:
        """Show `suggestion`, or hide the line when there is none."""
        self._suggestion = suggestion
        if suggestion is None:
            self.hide()
            self.clear()
            return
        template = self.tr("Did you mean: %1?")
        self.setText(suggestion_html(template, suggestion))
        self.setAccessibleName(template.replace("%1", suggestion.text))
        self.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and not event.modifiers():
            self._choose()
            return
        super().keyPressEvent(event)

    def _choose(self) -> None:
        """Search the corrected query now, the cursor in the box, where Ctrl+Z brings back the
        query as typed (and searches it again, as any change of the box does)."""
        if self._suggestion is None:
            return
        typed, corrected = self._box.text(), self._suggestion.text
        self._box.setFocus(Qt.FocusReason.OtherFocusReason)
        self._box.replace(corrected)
        self._search_now()
        self._say(inside(self.tr("Searched for “%1” instead of “%2” (Ctrl+Z takes it back)"), corrected, typed))
