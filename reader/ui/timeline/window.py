"""The timeline window: the library's current filter (tag and search) by publication date.

Its own window, so it can stay open beside the reading panes: clicking a mark opens the
source there. Sources without a date are listed on the right. It follows the library: a new
tag chosen, a search typed, an import or an edit redraws it while it is open.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reader.core.changes import Changes
from reader.core.footnotes import wire
from reader.core.stories import day_of
from reader.ui.core_messages import sentence
from reader.ui.i18n import current_language
from reader.ui.label_names import label_names
from reader.ui.one_ellipsis import cut_to
from reader.ui.screen_fit import fit_to_screen
from reader.ui.session import Session
from reader.ui.side_window import SideWindow
from reader.ui.step_names import inside
from reader.ui.timeline.canvas import TimelineCanvas
from reader.ui.timeline.colours import OTHER
from reader.ui.timeline.mark_layout import Item, marks_of, story_marks
from reader.ui.timeline.mark_tip import day_label
from reader.ui.timeline.undated_list import UndatedList

if TYPE_CHECKING:
    from reader.ui.library.library_pane import LibraryPane
    from reader.ui.library.scope import LibraryScope
    from reader.ui.main_window import MainWindow

LEGEND_NAME = 40  # letters of an outlet or tag the legend shows


class TimelineWindow(SideWindow):
    source_opened = Signal(int)  # a mark or an undated source chosen: read it in the main window

    def __init__(self, session: Session, library: LibraryPane, parent: MainWindow) -> None:
        super().__init__(parent)
        self.setObjectName("timelineWindow")
        self.setWindowTitle(self.tr("Timeline"))
        fit_to_screen(self, 1200, 620)  # room for a day's stack of taller marks
        self._session, self._library = session, library
        self.scope = QLabel(self)
        self.scope.setWordWrap(True)  # a long search ("matching “…”") widened the window as the legend did
        self.colour_by = QComboBox(self)
        self.colour_by.addItem(self.tr("Colour by outlet"), "outlet")
        self.colour_by.addItem(self.tr("Colour by tag"), "tag")
        self.colour_by.currentIndexChanged.connect(lambda _i: self.reload())
        fit = QPushButton(self.tr("&Fit"), self)
        fit.setToolTip(self.tr("Show every dated source (0)"))
        fit.clicked.connect(self._fit)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        # On as many lines as it needs, between entries: on one line, eight long outlet names
        # ("Bundesministerium für Familie, Senioren, Frauen und Jugend") made the window wider
        # than a laptop's screen.
        self.legend.setWordWrap(True)
        self.canvas = TimelineCanvas(self)
        self.undated = UndatedList(self)  # a narrow column: titles wrap instead of scrolling sideways
        self.undated.setObjectName("undatedSources")
        self.undated_label = QLabel(self)
        self.undated.itemActivated.connect(lambda item: self.source_opened.emit(int(item.data(Qt.ItemDataRole.UserRole))))
        self.canvas.source_opened.connect(self.source_opened)
        self._build_layout(fit)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)
        session.changes_applied.connect(self._changed)

    def _build_layout(self, fit: QPushButton) -> None:
        top = QHBoxLayout()
        top.addWidget(self.scope, 1)
        top.addWidget(self.colour_by)
        top.addWidget(fit)
        side = self.undated_column = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.undated_label)
        side_layout.addWidget(self.undated, 1)
        # Room for a word of about 20 letters: at a scale factor of 1.5 the column was 115 px
        # and broke "Autohersteller" and "kostengünstigen" inside. The text's room, that is: with
        # the scroll bar and margins counted in, a 1024 px window broke "Kompetenzverbu|nd".
        side.setMinimumWidth(self.fontMetrics().averageCharWidth() * 20 + self.undated.chrome_width())
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.canvas)
        split.addWidget(side)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.legend)
        layout.addWidget(split, 1)
        hint = QLabel(self.tr("Wheel or + / − to zoom, drag or Shift+← → to move, 0 to fit; click a mark, or pick one with ← → and press Enter, to open it."), self)  # fmt: skip
        hint.setObjectName("hint")
        hint.setWordWrap(True)  # on one line the window could not be narrower than 1030 px
        layout.addWidget(hint)

    def _fit(self) -> None:
        self.canvas.fit()

    def scope_ids(self) -> list[int]:
        """The sources the library lists now: its tag, search, filters or saved search."""
        return self._library.scope().source_ids(self._session.store, label_names(self._session))

    def reload(self, *, refit: bool = True) -> None:
        """Draw the library's scope again; `refit=False` after an edit keeps the zoom."""
        store = self._session.store
        scope, names = self._library.scope(), label_names(self._session)
        refused = scope.refusal(names)
        ids = scope.source_ids(store, names)  # as scope_ids(), from the scope and names at hand
        summaries = store.sources.summaries(ids)
        story_of = store.stories.story_of(ids)
        by_tag = self.colour_by.currentData() == "tag"
        items, undated = [], []
        for s in summaries:
            day = day_of(s.published)
            if day is None:
                undated.append(s)
                continue
            # A wire report without an outlet: its agency, as the library's Outlet filter names
            # it ("dpa" for its desk "dpa/lno"), so the legend and the filter say the same.
            key = (s.tags[0] if s.tags else "") if by_tag else (s.site_name or wire(s.agency) or "")
            items.append(Item(s.id, day, s.title, s.ran_by, key, story_of.get(s.id)))
        self.canvas.empty_text = sentence(refused) if refused else self._empty_text(len(ids), len(undated))
        self.canvas.set_marks(marks_of(items, (story_of.get(s.id) for s in undated)), refit=refit)
        self._show_scope(scope, len(ids), refused)
        self._show_legend()
        self.undated.clear()
        drawn_as = story_marks(items)
        for s in undated:
            entry = QListWidgetItem(s.title, self.undated)
            entry.setData(Qt.ItemDataRole.UserRole, s.id)
            outlet = s.ran_by  # a wire report's agency, as the library's row names it
            tip = s.title + (f"\n{outlet}" if outlet else "")
            story = story_of.get(s.id)
            mark = drawn_as.get(story) if story is not None else None
            if mark is not None:  # which mark's "1 undated (listed on the right)" it is
                tip += "\n" + inside(self.tr("Part of the story “%1” (%2)"), mark.title, day_label(mark.day))
            entry.setToolTip(tip)
        self.undated_label.setText(self.tr("Undated (%Ln)", "", len(undated)))
        # Only when there is one: an empty "Undated (0)" column took a fifth of the width for nothing.
        self.undated_column.setVisible(bool(undated))

    def _empty_text(self, count: int, undated: int) -> str:
        """Why nothing is drawn (a blank axis said nothing): no source listed, or none dated."""
        if count == 0:
            return self.tr("No sources in this view: the library's tag, search or filters find none.")
        if count == undated:
            return self.tr("None of these sources has a publication date: they are listed on the right.")
        return ""

    def _show_scope(self, scope: LibraryScope, count: int, refused: str | None) -> None:
        """What is drawn: the count, then the saved search, or the tag, the words and the entity
        the library is narrowed to (shown from the Entities view, the heading said "5 sources"
        alone, as if the timeline had lost most of the library); words that
        cannot be searched (`refused`, the core's reason) find nothing, and the heading says why
        in the words of the library's line and saved-search list, "Invalid search: …". The
        timeline drew every source of the tag and filters for them, "not searched", while the
        library listed none."""
        text = self.tr("%Ln source(s)", "", count)  # "10.000 Quellen", as the library counts
        if scope.saved is not None:  # its words, tag and filters
            text += " · " + inside(self.tr("saved search “%1”"), scope.saved)
        else:
            if scope.tag:
                text += " · " + inside(self.tr("tagged “%1”"), scope.tag)
            if scope.text:
                text += " · " + inside(self.tr("matching “%1”"), scope.text)
            if (entity := scope.search.entity_id) is not None:  # as the library's chip names it
                named = self._session.store.entities.name_in(entity, current_language()) or scope.search.entity_name
                text += " · " + inside(self.tr("naming “%1”"), named or "")
        if refused:
            text += " · " + sentence(refused)
        self.scope.setText(text)

    def _show_legend(self) -> None:
        swatch = '<span style="color:{0}">■</span>&nbsp;{1}'

        def entry(name: str) -> str:  # one unbreakable entry, a very long name shortened
            short = cut_to(name, LEGEND_NAME)
            return html.escape(short).replace(" ", "&nbsp;")

        parts = [swatch.format(colour, entry(key)) for key, colour in self.canvas.colours.items()]
        if any(m.key not in self.canvas.colours for m in self.canvas.marks):
            parts.append(swatch.format(OTHER, entry(self.tr("other or none"))))
        self.legend.setText("&nbsp;&nbsp; ".join(parts))

    def _changed(self, changes: Changes) -> None:
        if self.isVisible() and (changes.sources_added or changes.sources_removed
                                 or changes.sources_updated or changes.tags or changes.stories):  # fmt: skip
            self.reload(refit=False)  # the same scope, edited: the user stays where they zoomed

    def show_now(self) -> None:
        self.show()
        self.reload()
        self.raise_()
        self.activateWindow()
        self.canvas.setFocus()
