"""The article's header — title, teaser, byline · outlet · agency · date, the page's address —
drawn above the body text.

It is a widget, not part of the document, so the document's text stays exactly the reading
text. The view places it in the document's top margin and moves it with the scroll bar, so it
reads and scrolls like the start of the page. Every label shows plain text (untrusted input);
the address is the one link, escaped, and a click on it goes through `open_external`, which
opens http(s) in the system's browser and nothing else.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from reader.core.models import Source
from reader.core.web_address import readable
from reader.ui.article.inert_browser import open_external
from reader.ui.article.set_aside_note import looks_thin, note_html
from reader.ui.article.utf16 import Utf16Map
from reader.ui.date_display import long_date
from reader.ui.one_ellipsis import elided
from reader.ui.theme import Theme

# PySide6's stub types QT_TRANSLATE_NOOP as returning object; it returns its message (a str).
DERIVED_TITLE_HINT: str = QT_TRANSLATE_NOOP("ArticleHeader", "title taken from the text")  # type: ignore[assignment]
ORIGINAL_HINT: str = QT_TRANSLATE_NOOP(  # type: ignore[assignment]
    "ArticleHeader",
    "Showing the original: set-aside blocks are greyed with the reason. "
    "Restore one with its link; right-click a paragraph to hide it.",
)

EARLIER_HINT: str = QT_TRANSLATE_NOOP(  # type: ignore[assignment]
    "ArticleHeader",
    "An earlier version, for reading only: highlights and set-aside blocks belong to the current one.",
)


def format_published(published: str | None) -> str:
    """ "2024-04-11T11:46" → "11 April 2024, 11:46" (German: "11. April 2024, 11:46")."""
    return long_date(published)


AGENCY_HINT: str = QT_TRANSLATE_NOOP("ArticleHeader", "News agency: %1")  # type: ignore[assignment]


def byline_text(source: Source) -> str:
    """ "Anna Schmidt · DER SPIEGEL · dpa/lno · 28 October 2025, 18:05" (`Source.credits`)."""
    parts = [*source.credits, format_published(source.published)]
    return " · ".join(p for p in parts if p)


class MarkedLabel(QLabel):
    """A plain-text label whose search or find matches are marked as the article's text marks
    them (the teaser: a search hit there was found but not shown). `plain` is its text; with
    matches marked the label shows it as rich text, the same characters, so a selection made
    by position (`ArticleHeader.select_in_teaser`) falls where it did."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plain = ""

    def setText(self, text: str) -> None:  # noqa: N802  # Qt's name: the text, no marks
        self.plain = text
        self.setTextFormat(Qt.TextFormat.PlainText)
        super().setText(text)

    def mark(self, spans: Sequence[tuple[int, int]], current: int | None, theme: Theme) -> None:
        """Mark `spans` (code points of `plain`, in order), `current` in the stronger colour."""
        text, parts, at = self.plain, [], 0
        for number, (start, end) in enumerate(spans):
            if not at <= start < end <= len(text):
                continue  # the text changed since the search: no mark out of place
            colour = theme.match_current if number == current else theme.match
            parts += [escape(text[at:start], quote=False), f'<span style="background-color: {colour}; color: '
                      f'{theme.text_on(colour)};">{escape(text[start:end], quote=False)}</span>']  # fmt: skip
            at = end
        if not parts:
            self.setText(text)
            return
        self.setTextFormat(Qt.TextFormat.RichText)
        rich = "".join(parts) + escape(text[at:], quote=False)
        super().setText(f'<span style="white-space: pre-wrap;">{rich}</span>')


class ArticleHeader(QWidget):
    show_original_requested = Signal()  # the set-aside note's link: Show original, or back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme: Theme | None = None
        self._thin = False  # the note is framed: the article kept looks thin (`looks_thin`)
        self._build_labels()
        self._build_layout()

    def _build_labels(self) -> None:
        self.title = self._label(selectable=True)
        self.hint = self._label()
        self.teaser = MarkedLabel(self)
        self._label(self.teaser, selectable=True)
        self.byline = self._label(selectable=True)
        self.address = QLabel(self)
        self.address.setObjectName("articleAddress")
        self.address.setTextFormat(Qt.TextFormat.RichText)
        self.address.setOpenExternalLinks(False)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.address.linkActivated.connect(lambda link: open_external(QUrl(link)))
        # Its width is the column's, never its text's: the text is fitted to it (`_fit_address`).
        self.address.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._address = ("", "")  # the address as stored (the link), and as read (the text)
        self.original_hint = self._label()
        self.set_aside = QLabel(self)
        self.set_aside.setObjectName("setAsideNote")
        self.set_aside.setTextFormat(Qt.TextFormat.RichText)
        self.set_aside.setWordWrap(True)
        self.set_aside.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.set_aside.linkActivated.connect(lambda _link: self.show_original_requested.emit())
        self.rule = QFrame(self)
        self.rule.setFrameShape(QFrame.Shape.HLine)
        self.rule.setFixedHeight(1)

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for widget in (self.title, self.hint, self.teaser, self.byline, self.address, self.original_hint,
                       self.set_aside):  # fmt: skip
            layout.addWidget(widget)
        layout.addSpacing(4)
        layout.addWidget(self.rule)

    def _label(self, label: QLabel | None = None, *, selectable: bool = False) -> QLabel:
        label = label or QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        if selectable:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def mark_teaser(self, spans: Sequence[tuple[int, int]], current: int | None) -> None:
        """Mark search or find matches in the teaser (code points), `current` the strongest."""
        if self._theme is not None:
            self.teaser.mark(spans, current, self._theme)

    def show_source(self, source: Source, *, original: bool, earlier: bool = False) -> None:
        """Show `source`'s header; an `earlier` version's hint says it is for reading only."""
        self.title.setText(source.title)
        self.hint.setText(f"({self.tr(DERIVED_TITLE_HINT)})")
        self.hint.setVisible(source.title_derived)
        self.teaser.setText(source.teaser or "")
        self.teaser.setVisible(bool(source.teaser))
        self.byline.setText(byline_text(source))
        self.byline.setVisible(bool(self.byline.text()))
        # The agency is a bare name in the line ("dpa/lno"): the tooltip says what it is.
        agency = source.agency or ""
        self.byline.setToolTip(self.tr(AGENCY_HINT).replace("%1", agency) if agency else "")
        url = source.url or ""
        # The address as a browser's address bar reads it ("…/wiki/München"); the link, exact.
        shown = readable(url)
        self._address = (url, shown)
        self._fit_address()
        self.address.setToolTip(self.tr("Open %1 in your browser").replace("%1", shown) if url else "")
        self.address.setVisible(bool(url))
        self.original_hint.setText(self.tr(EARLIER_HINT if earlier else ORIGINAL_HINT))
        self.original_hint.setVisible(original)
        self.set_aside.setText(note_html(source, original=original))
        self.set_aside.setVisible(bool(self.set_aside.text()))
        self._thin = looks_thin(source) and not original
        self._style_note()
        font = self.title.font()
        font.setItalic(source.title_derived)
        self.title.setFont(font)

    def _fit_address(self) -> None:
        """The address cut in the middle to the column's width, so the header keeps it on one
        line with both its ends seen. Cut at 90 characters, it was still wider than a column
        at 1280 px, and the column's edge cut off its end."""
        url, shown = self._address
        width = self.contentsRect().width() - 2
        fitted = elided(self.address.fontMetrics(), shown, width, Qt.TextElideMode.ElideMiddle)
        self.address.setText(f'<a href="{escape(url)}">{escape(fitted)}</a>' if url else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_address()

    def select_in_teaser(self, span: tuple[int, int] | None) -> None:
        """Select the teaser's `span` (code points, as the entity index counts them: a mention
        of a name there), or nothing — for None, or a span past the teaser shown (it changed
        since the source was indexed)."""
        text = self.teaser.plain
        start, end = span if span is not None and 0 <= span[0] < span[1] <= len(text) else (0, 0)
        qt = Utf16Map(text)
        self.teaser.setSelection(qt.to_qt(start), qt.to_qt(end) - qt.to_qt(start))

    def apply_style(self, theme: Theme, reading_font: QFont) -> None:
        """Fonts relative to the reading font (so zoom scales them) and the theme's colours."""
        size = reading_font.pointSizeF()
        self.title.setFont(_sized(reading_font, size * 1.75, bold=True, italic=self.title.font().italic()))
        self.teaser.setFont(_sized(reading_font, size * 1.08))
        ui_font = QFont(self.font())
        ui_font.setPointSizeF(size * 0.8)
        for label in (self.hint, self.byline, self.address, self.original_hint, self.set_aside):
            label.setFont(ui_font)
        self._fit_address()  # zoomed: the address takes more or less of the column
        self.title.setStyleSheet(f"color: {theme.heading};")
        self.teaser.setStyleSheet(f"color: {theme.ink};")
        muted = f"color: {theme.muted};"
        self.hint.setStyleSheet(muted + " font-style: italic;")
        self.byline.setStyleSheet(muted)
        self.address.setStyleSheet(muted)
        self.original_hint.setStyleSheet(
            f"color: {theme.muted}; background: {theme.aside}; padding: 6px; border-radius: 4px;"
        )
        self.rule.setStyleSheet(f"background: {theme.aside}; border: none;")
        self._theme = theme
        self._style_note()

    def _style_note(self) -> None:
        """Muted like the byline; framed like the original's hint when the article kept looks
        thin, so a page whose text was set aside does not pass for a short one."""
        theme = self._theme
        if theme is None:
            return
        framed = f" background: {theme.aside}; padding: 6px; border-radius: 4px;" if self._thin else ""
        self.set_aside.setStyleSheet(f"color: {theme.muted};{framed}")


def _sized(font: QFont, points: float, *, bold: bool = False, italic: bool = False) -> QFont:
    sized = QFont(font)
    sized.setPointSizeF(points)
    sized.setBold(bold)
    sized.setItalic(italic)
    return sized
