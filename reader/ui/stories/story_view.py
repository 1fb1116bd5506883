"""The story view: a story's reports side by side, each with the passages only it has marked.

One column per member, oldest first: title, outlet and date, how many passages it adds, and
its reading text with those passages shaded. "Open" shows the source in the reading pane;
"Take out" removes it from the story (undoable with Ctrl+Z, like every edit). The window compares
and does not edit the texts: highlights show here, and are made in the reading view.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reader.core.ingest import BlockKind
from reader.core.labels import LABEL_KEYS, LABELS
from reader.core.models import AnchorStatus, Highlight, Source, credited
from reader.core.stories import MemberView, StoryView
from reader.ui.date_display import short_date
from reader.ui.label_names import label_names
from reader.ui.letter_turns import LETTERED
from reader.ui.letters import unlettered
from reader.ui.notes.flow_layout import FlowLayout
from reader.ui.read_only import hold_widget, writable
from reader.ui.screen_fit import fit_to_screen
from reader.ui.side_window import SideWindow
from reader.ui.step_names import inside
from reader.ui.theme import theme

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

MIN_COLUMN = 280
# What only a report has is shaded in a wash of the text's own colour, grey in every theme: the
# accent's blue it was washed in before was the "Quote for client" label's light blue in the
# light theme (5 apart in CIELAB, one colour to the eye) and near it in dark (13), so a
# highlight and a passage no other report has could not be told apart. Grey is no label's hue.
SHADE_ALPHA = 0.24


Mark = tuple[int, int, QColor]  # a highlight's span in the reading text (code points) and its colour


def member_html(
    member: MemberView, shade: QColor, teaser: str | None = None, headings: Collection[str] = (),
    marks: Sequence[Mark] = (),
) -> str:
    """The member's reading text as HTML paragraphs, its own sentences shaded, after its teaser;
    its `headings` (the texts of its heading blocks) bold, set off from the paragraph before, as
    the reading view shows them: plain, "Gemeinsame Rohstoffstrategie" read as a paragraph of two
    words, the article's sections lost.

    The teaser (the lead the importer keeps apart from the body) comes first and a little
    larger, as the reading view shows it above the text: without it a report whose lead held
    the news ("Gipfel in Tokio stärkt …") read as if it started mid-story. It is not shaded:
    what only a report has is judged sentence by sentence in the body, the teaser's words
    counting for the others as every report's title and teaser do.

    `marks` are the user's highlights, in their labels' colours as the reading view paints
    them (a shorter one over a longer one, and over the shading: the colour carries what the
    user meant). Without them a consultant comparing two reports saw none of what they had
    marked in either."""
    paragraphs = [f'<p style="font-size: large; margin-bottom: 12px">{html.escape(teaser)}</p>'] if teaser else []
    at = 0
    for paragraph in member.text.split("\n"):
        start, at = at, at + len(paragraph) + 1
        if not paragraph.strip():
            continue
        text = _painted(paragraph, start, member.added, shade, marks)
        heading = paragraph.strip() in headings
        paragraphs.append(f'<p style="font-weight: bold; margin-top: 18px">{text}</p>' if heading else f"<p>{text}</p>")
    return "\n".join(paragraphs)


def _css(colour: QColor) -> str:
    return f"rgba({colour.red()}, {colour.green()}, {colour.blue()}, {colour.alphaF():.2f})"


def _painted(paragraph: str, start: int, added: Sequence[str], shade: QColor, marks: Sequence[Mark]) -> str:
    """One paragraph (at code point `start` of the text) as HTML, each run of letters with its
    background: a highlight's colour, else the shade of a sentence only this report has."""
    backgrounds: list[str | None] = [None] * len(paragraph)
    for sentence in added:  # its first place in the paragraph, as the comparison found it
        found = paragraph.find(sentence)
        if found >= 0:
            backgrounds[found : found + len(sentence)] = [_css(shade)] * len(sentence)
    for first, last, colour in sorted(marks, key=lambda m: m[0] - m[1]):  # the longest first, under
        lo, hi = max(first - start, 0), min(last - start, len(paragraph))
        if lo < hi:
            backgrounds[lo:hi] = [_css(colour)] * (hi - lo)
    runs, begin = [], 0
    for i in range(1, len(paragraph) + 1):
        if i == len(paragraph) or backgrounds[i] != backgrounds[begin]:
            words = html.escape(paragraph[begin:i])
            runs.append(f'<span style="background-color: {backgrounds[begin]}">{words}</span>' if backgrounds[begin] else words)
            begin = i
    return "".join(runs)


class StoryWindow(SideWindow):
    """A window of its own (not modal): reading side by side is work, not a question."""

    open_requested = Signal(int)  # source id
    detach_requested = Signal(int)  # source id

    def __init__(self, parent: MainWindow) -> None:
        super().__init__(parent)
        self.setObjectName("storyWindow")
        fit_to_screen(self, 1200, 760)
        self.story_id: int | None = None
        # Each report's member view and text, so a highlight made in one repaints that text
        # alone (`show_marks`) rather than the whole window.
        self._members: dict[int, MemberView] = {}
        self._texts: dict[int, QTextBrowser] = {}
        self._marked: dict[int, list[Highlight]] = {}  # each report's highlights, as last read
        self._hint = ""
        self._session = parent.session
        self._sources = parent.session.store.sources  # each report's agency (see `_column`)
        self._writable = writable(parent.session)  # read-only: "Take out of story" is off
        self.heading = QLabel(self)
        self.heading.setObjectName("paneHeading")
        self.note = QLabel(self)
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)  # the highlights' labels in their colours
        self.note.setContentsMargins(7, 0, 6, 0)  # its text under the heading's, not 7 px left of it
        self.columns = QSplitter(Qt.Orientation.Horizontal, self)
        self.columns.setChildrenCollapsible(False)
        # Ten reports of MIN_COLUMN each made the window 2,831 px wide, half of it off a 1366 px
        # screen: beyond the window's width the columns scroll sideways.
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("storyColumns")
        self.scroller.setWidget(self.columns)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._show_focused)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.scroller, 1)
        # What a key that does nothing here says (`_say_read_only`), under the reports.
        self.said = QLabel(self)
        self.said.setObjectName("hint")
        self.said.setWordWrap(True)
        self.said.setContentsMargins(7, 0, 6, 0)
        self.said.hide()
        layout.addWidget(self.said)
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.activated.connect(self.close)
        for label in LABELS:  # the reading view's highlight keys
            QShortcut(QKeySequence(label.shortcut), self).activated.connect(self._say_read_only)
        self.columns.splitterMoved.connect(lambda _pos, _index: self._level_headers())
        self.columns.installEventFilter(self)

    def show_story(self, view: StoryView) -> None:
        self.story_id = view.story_id
        count = len(view.members)
        self.setWindowTitle(self.tr("Story: %1").replace("%1", view.members[0].title))
        dates = sorted(m.published[:10] for m in view.members if m.published)
        span = ""
        if dates:
            first, last = short_date(dates[0]), short_date(dates[-1])
            span = first if first == last else f"{first} – {last}"
        self.heading.setText(self.tr("%Ln reports of one event", "", count) + (f" · {span}" if span else ""))
        hint = self.tr("Shaded: what only this report has.")
        if len(view.languages) > 1:
            hint += " " + self.tr("The reports are in different languages, so most of each is shaded.")
        self._hint = html.escape(hint, quote=False)
        self._marked = {m.source_id: self._marks(m.source_id) for m in view.members}
        self.note.setText(self._hint + self._legend())
        self._members = {m.source_id: m for m in view.members}
        self._texts = {}
        kept = self._focused_column()
        while self.columns.count():
            widget = self.columns.widget(0)
            assert widget is not None  # count() says there is one
            widget.setParent(None)
            widget.deleteLater()
        for member in view.members:
            self.columns.addWidget(self._column(member))
        self.columns.setSizes([1] * count)
        QTimer.singleShot(0, self._level_headers)  # once the new columns have their widths
        if kept is not None:  # the keyboard stays where it was, not nowhere with its column gone
            column = self.columns.widget(min(kept, count - 1))
            text = column.findChild(QTextBrowser) if column is not None else None
            if text is not None:
                text.setFocus(Qt.FocusReason.OtherFocusReason)
        self._letter_column(min(kept or 0, count - 1))

    @property
    def source_ids(self) -> frozenset[int]:
        """The reports shown."""
        return frozenset(self._members)

    def _say_read_only(self) -> None:
        """The story window compares reports; passages are highlighted where they are read. Keys
        1-5 on a report's selected text did nothing here, and nothing said so: they now say
        where highlighting is done. (A highlight made there shows here at once: `show_marks`.)"""
        self.said.setText(self.tr("This window only compares the reports. To highlight, press Open to read the "
                                  "report in the main window, select the passage there and press 1–5."))  # fmt: skip
        self.said.show()

    def show_marks(self, source_ids: Collection[int]) -> None:
        """Repaint the highlights of these reports in place, each text where it was scrolled to,
        and the legend: a highlight made in a report beside the open story rebuilt every column
        (and compared the reports anew), and the report the user was reading jumped to its top."""
        for source_id in set(source_ids) & set(self._texts):
            self._marked[source_id] = self._marks(source_id)
            text = self._texts[source_id]
            bar = text.verticalScrollBar()
            at = bar.value()
            text.setHtml(self._html(source_id, self._sources.get(source_id)))
            bar.setValue(at)
        self.note.setText(self._hint + self._legend())

    def _letter_column(self, index: int) -> None:
        """Only the buttons of the report the keyboard is in carry Alt+O and Alt+T: every
        column's Open and Take out had one letter each, and Alt+O only hopped between them."""
        for i in range(self.columns.count()):
            column = self.columns.widget(i)
            for button in column.findChildren(QPushButton) if column is not None else ():
                lettered = str(button.property(LETTERED) or button.text())
                button.setText(lettered if i == index else unlettered(lettered))

    def _focused_column(self) -> int | None:
        """The column holding the keyboard (a report's text or its Take out button), if any: a
        Take out pressed by keyboard rebuilt the columns and left the focus on none of them."""
        focused = QApplication.focusWidget()
        for i in range(self.columns.count()):
            column = self.columns.widget(i)
            if focused is not None and column is not None and column.isAncestorOf(focused):
                return i
        return None

    def _marks(self, source_id: int) -> list[Highlight]:
        """The source's highlights the reading view paints (those placed on its text)."""
        found = self._session.store.highlights.for_source(source_id)
        return [h for h in found if h.anchor_status is AnchorStatus.ANCHORED]

    def _legend(self) -> str:
        """After the hint, the labels of the highlights shown (as last read), each in its colour
        ("Your highlights: Key point, Risk"), so the colours say what they meant here too."""
        highlights = [h for marks in self._marked.values() for h in marks]
        if not highlights:
            return ""
        names, look = label_names(self._session), theme(self._session.settings.theme)
        used = [key for key in LABEL_KEYS if any(h.label == key for h in highlights)]
        chips = ", ".join(f'<span style="background-color: {look.label_color(key).name()}; color: {look.ink}">'
                          f"&nbsp;{html.escape(names.get(key, key))}&nbsp;</span>" for key in used)  # fmt: skip
        return " " + html.escape(self.tr("Your highlights: %1."), quote=False).replace("%1", chips)

    def _html(self, source_id: int, stored: Source | None) -> str:
        """The report's text as its column shows it (`stored`: the report as stored), with the
        highlights last read for it."""
        member = self._members[source_id]
        shade = QColor(self.palette().color(QPalette.ColorRole.Text))
        shade.setAlphaF(SHADE_ALPHA)
        headings = {b.text.strip() for b in stored.blocks if b.kind is BlockKind.HEADING} if stored else set()
        look = theme(self._session.settings.theme)
        marks = [(h.start, h.end, look.label_color(h.label)) for h in self._marked[source_id]]
        return member_html(member, shade, stored.teaser if stored else None, headings, marks)

    def _column(self, member: MemberView) -> QWidget:
        column = QFrame(self.columns)
        column.setMinimumWidth(MIN_COLUMN)
        title = QLabel(f"<b>{html.escape(member.title)}</b>", column)
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.RichText)
        # Both, each said when missing, so the reports read alike across: "no outlet or date" for
        # one, nothing for another that lacked only its outlet. A wire report names its agency
        # too, as the article's header does: an AP report read "no outlet" here, "AP" there.
        stored = self._sources.get(member.source_id)
        credits = credited(None, member.site_name, stored.agency if stored else None)[1:]
        outlet = " · ".join(x for x in credits if x) or self.tr("no outlet")
        day = short_date(member.published[:10]) if member.published else self.tr("no date")
        source = QLabel(f"{outlet} · {day}", column)
        source.setObjectName("storyMemberSource")
        # Wrapped like the title: "F.A.Z. - Frankfurter Allgemeine Zeitung · 28. Okt. 2025" lost
        # its date at the edge of a narrow column.
        source.setWordWrap(True)
        adds = QLabel(
            self.tr("Adds %Ln passage(s) the others lack", "", len(member.added))
            if member.added else self.tr("Adds nothing the others lack"),
            column,
        )  # fmt: skip
        text = QTextBrowser(column)
        text.setOpenLinks(False)
        self._texts[member.source_id] = text
        text.setHtml(self._html(member.source_id, stored))  # the report read once for its column
        # Each column's controls name their report: a screen reader heard "Open", "Take out of
        # story" once per report, and the texts had no name at all.
        text.setAccessibleName(inside(self.tr("Report “%1”"), member.title))
        # The buttons wrap under each other in a narrow column: side by side in one row, the
        # German "Aus der Geschichte herausnehmen" was cut at both ends in a 280 px column.
        buttons = QWidget(column)
        row = FlowLayout(buttons)
        opener = self._button(self.tr("&Open"), lambda: self.open_requested.emit(member.source_id))
        opener.setAccessibleName(inside(self.tr("Open “%1” in the main window"), member.title))
        row.addWidget(opener)
        take_out = self._button(self.tr("&Take out of story"), lambda: self.detach_requested.emit(member.source_id))
        take_out.setAccessibleName(inside(self.tr("Take “%1” out of the story"), member.title))
        if not self._writable:
            hold_widget(take_out)
        row.addWidget(take_out)
        header = QWidget(column)
        header.setObjectName("storyHeader")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (title, source, adds):
            header_layout.addWidget(widget)
        header_layout.addStretch(1)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(header)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)
        return column

    def _show_focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A column the keyboard (Tab, a click) reaches scrolls into view."""
        if new is not None and self.columns.isAncestorOf(new):
            index = next((i for i in range(self.columns.count())
                          if (c := self.columns.widget(i)) is not None and c.isAncestorOf(new)), 0)  # fmt: skip
            self.scroller.ensureWidgetVisible(self.columns.widget(index) or new, 0, 0)
            self._letter_column(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.columns and event.type() == QEvent.Type.Resize:
            self._level_headers()
        return False

    def _level_headers(self) -> None:
        """Every column's header as tall as the tallest, so the reports' texts start level (a
        title on two lines put its text a line below its neighbours')."""
        columns = [c for i in range(self.columns.count()) if (c := self.columns.widget(i)) is not None]
        headers = [h for c in columns if (h := c.findChild(QWidget, "storyHeader")) is not None]
        if not headers:
            return
        tallest = max(h.heightForWidth(h.width()) if h.hasHeightForWidth() else h.sizeHint().height() for h in headers)
        for header in headers:
            header.setFixedHeight(tallest)

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setProperty(LETTERED, text)
        button.clicked.connect(slot)
        return button
