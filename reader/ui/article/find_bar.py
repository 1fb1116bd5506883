"""Ctrl+F: find text in the open article, every match marked, stepping with F3 / Shift+F3.

A literal, case-insensitive find in the reading text — what a reader expects of Ctrl+F —
unlike the library search's stems and compounds. Matches are reading-text spans, so they mark
and scroll the same way search hits and highlights do. Under Show original the find is in the
page as shown, set-aside blocks too: a name in a results table the import set aside, on the
screen there, was not found (the bar only said how many set-aside matches there were). The
teaser above the text is searched too, its matches counted and stepped to first, as the
library search's hits in it are marked.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reader.core.ingest import BlockRole
from reader.ui.article.document import TextMap
from reader.ui.article.reading_view import ArticleView

Span = tuple[int, int]


def find_all(text: str, needle: str) -> list[Span]:
    """Every case-insensitive occurrence of `needle` in `text`, as code-point spans."""
    if not needle:
        return []
    return [m.span() for m in re.finditer(re.escape(needle), text, re.IGNORECASE)]


class FindBar(QWidget):
    def __init__(self, view: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._view = view
        self._spans: list[Span] = []
        self._teaser: list[Span] = []  # in the header's teaser, before the text's
        self._current = 0  # of the teaser's matches, then the text's
        self._build()
        self.hide()

    def _build(self) -> None:
        self.edit = QLineEdit(self)
        self._placeholder()
        self.edit.setAccessibleName(self.edit.placeholderText())  # a placeholder is no name
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(lambda _text: self.refresh())
        self.edit.returnPressed.connect(lambda: self.step(1))
        self.count = QLabel(self)
        self.count.setMinimumWidth(90)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        # A screen reader says a button's name: "up arrow", "multiplication x" told nothing.
        for text, name, tip, slot in (("↑", self.tr("Previous match"), self.tr("Previous match (Shift+F3)"), lambda: self.step(-1)),
                                      ("↓", self.tr("Next match"), self.tr("Next match (F3)"), lambda: self.step(1)),
                                      ("✕", self.tr("Close find"), self.tr("Close (Esc)"), self.close_bar)):  # fmt: skip
            button = QToolButton(self)
            button.setText(text)
            button.setAccessibleName(name)
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.clicked.connect(slot)
            layout.addWidget(button)
        for keys, slot in (("Esc", self.close_bar), ("Shift+Return", lambda: self.step(-1))):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    @property
    def match_count(self) -> int:
        return len(self._teaser) + len(self._spans)

    def open(self) -> None:
        """Show the bar with its text selected, ready to type over."""
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        self.refresh()

    def close_bar(self) -> None:
        self.hide()
        self._spans, self._teaser = [], []
        self._view.set_matches([])
        self._view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def drop_search_marks(self) -> None:
        """Take the library search's marks off the article once the search is gone: cleared, its
        words stayed marked until another source was opened. While the bar is open the marks
        are its own, and stay."""
        if not self.isVisible():
            self._view.set_matches([])

    def _placeholder(self) -> None:
        """What the box searches: the article, or under Show original the whole page."""
        original = self._view.original
        self.edit.setPlaceholderText(self.tr("Find on page") if original else self.tr("Find in article"))

    def refresh(self) -> None:
        """Find again (the text or the article changed), starting from the first match."""
        self._placeholder()
        if not self.isVisible():
            return
        source, page = self._view.source, self._on_page()
        text = page.text if page else source.reading_text if source else ""
        self._spans = find_all(text, self.edit.text())
        self._teaser = find_all(source.teaser or "", self.edit.text()) if source else []
        self._current = 0
        self._show_current()

    def step(self, delta: int) -> None:
        """Go to the next (1) or previous (-1) match, wrapping; opens the bar when closed."""
        if not self.isVisible():
            self.open()
            return
        if self.match_count:
            self._current = (self._current + delta) % self.match_count
        self._show_current()

    def _on_page(self) -> TextMap | None:
        """The page as shown when Find is to search all of it (under Show original), else None.
        Captions and Restore links are newlines in its text: they are not the page's words."""
        return self._view.text_map if self._view.original else None

    def _show_current(self) -> None:
        on_page, count, before = self._on_page() is not None, self.match_count, len(self._teaser)
        self._view.set_matches(self._spans, self._current if count else None, on_page=on_page, teaser=self._teaser)
        if count:
            if self._current < before:
                self._view.set_reading_position(0.0)  # the page's top, where the header shows the teaser
            else:
                self._view.scroll_to_reading_span(*self._spans[self._current - before], on_page=on_page)
            self.count.setText(self.tr("%1 of %2").replace("%1", QLocale().toString(self._current + 1))
                              .replace("%2", QLocale().toString(count)))  # fmt: skip
        else:
            self.count.setText(self._no_matches() if self.edit.text() else "")

    def _no_matches(self) -> str:
        """ "No matches", or where the words are when the import set them aside: a reader who
        looked for a name in a results table that was set aside was told "No matches" even with
        the table on screen under Show original. There the whole page is searched, so "No
        matches" is all there is to say."""
        source = self._view.source
        if self._on_page() is not None:
            return self.tr("No matches")  # the set-aside text was searched too
        aside = sum(len(find_all(block.text, self.edit.text())) for block in source.blocks
                    if block.role is not BlockRole.BODY) if source else 0  # fmt: skip
        if not aside:
            return self.tr("No matches")
        found = self.tr("No matches in the article; %1 in set-aside text").replace("%1", QLocale().toString(aside))
        keys = QKeySequence("Ctrl+U").toString(QKeySequence.SequenceFormat.NativeText)
        return f"{found} ({keys})"
