"""The strip above an article that has changed or has a twin: which revision is shown, a chooser
of the earlier ones while "Show original" is on, and "Similar to #N" links.

Hidden for a source with one version and no similar source, which is most of them. An earlier
revision is for reading only: it is shown without highlights (they belong to the current text)
and the pane refuses highlighting and block changes while it is shown.

The strip never asks for more width than the article has: its words wrap, and the similar
titles share SIMILAR_TITLES_LONGEST characters (each cut with "…", none below
SIMILAR_TITLE_SHORTEST), so six links take two lines, not five. Unwrapped, six similar sources of a large
library ("#219 „Rinderleber-Geschnetzeltes …“, #402 …") made the strip's minimum width 2,250 px:
the side panes were squeezed to their minimum and the window grew to 2,621 px on a 1,366 px
screen, and stayed that wide after the next source was opened.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from reader.core.models import Highlight, Source
from reader.core.store import Revision, Store
from reader.ui.date_display import long_date
from reader.ui.step_names import quote_whole, short
from reader.ui.theme import Theme

SIMILAR_TITLE_LONGEST = 60  # characters of one similar source's title in the strip
SIMILAR_TITLES_LONGEST = 150  # characters the similar titles share, so the strip stays short
NB_HYPHEN = "\u2011"  # looks like "-", never ends a line
SIMILAR_TITLE_SHORTEST = 24  # enough to tell a title by, however many there are


class VersionsBar(QWidget):
    revision_chosen = Signal(int)  # a revision number; the newest is the current text
    source_link_clicked = Signal(int)  # a similar source's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionsBar")
        self.label = QLabel(self)
        self.label.setObjectName("versionsLabel")
        self.label.setWordWrap(True)
        self.chooser = QComboBox(self)
        self.chooser.setObjectName("revisionChooser")
        self.chooser.setAccessibleName(self.tr("Revision"))
        self.chooser.activated.connect(lambda index: self.revision_chosen.emit(self.chooser.itemData(index)))
        self.label.setBuddy(self.chooser)
        self.similar = QLabel(self)
        self.similar.setObjectName("similarLinks")
        self.similar.setWordWrap(True)
        self.similar.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.similar.linkActivated.connect(lambda link: self.source_link_clicked.emit(int(link.split(":")[1])))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.addWidget(self.label)
        layout.addWidget(self.chooser)
        layout.addStretch(1)
        layout.addWidget(self.similar, 100)  # wrapped, it takes the width the strip has
        self.hide()

    def show_for(
        self, store: Store, source: Source, highlights: list[Highlight], revision: int | None, *, original: bool
    ) -> tuple[Source, list[Highlight], int | None]:
        """Fill the strip for `source` and say what is to be shown: `revision`, an earlier one
        chosen under Show original (without highlights, which belong to the current text), or
        the current text when it is not there or the original is off (its number then None)."""
        revisions = store.revisions.revisions(source.id)
        similar = [(s.id, s.title) for s in store.sources.summaries(store.revisions.similar_to(source.id))]
        earlier = store.revisions.revision(source.id, revision) if revision and original else None
        shown = revision if earlier is not None else None
        self.show_versions(revisions, shown or len(revisions), similar, original=original)
        if earlier is None:
            return source, highlights, None
        return earlier.shown_in(source), [], shown

    def show_versions(
        self, revisions: list[Revision], shown: int, similar: list[tuple[int, str]], *, original: bool
    ) -> None:
        """Fill the strip: `revisions` oldest first (the current last), `shown` the number on
        screen, `similar` the (id, title) of sources telling the same story elsewhere."""
        several = len(revisions) > 1
        self.chooser.clear()
        for revision in reversed(revisions):
            self.chooser.addItem(self._describe(revision, len(revisions)), revision.number)
        self.chooser.setCurrentIndex(max(0, self.chooser.findData(shown)))
        self.chooser.setVisible(several and original)
        if not several:
            self.label.clear()
        elif original:
            self.label.setText(self.tr("Ve&rsion:"))  # Alt+R: the chooser, from the keyboard
        else:
            self.label.setText(self.tr("Updated: version %1 of %1. Show original (Ctrl+U) to read the earlier ones.")
                               .replace("%1", QLocale().toString(len(revisions))))  # fmt: skip
        self.label.setVisible(several)
        # The window language's quotes, a title's own ones single inside them: the German strip
        # read "#2 “Gegengewicht …”", and „Goldenes Bündnis“ stood doubled inside “…”.
        longest = max(SIMILAR_TITLE_SHORTEST, min(SIMILAR_TITLE_LONGEST, SIMILAR_TITLES_LONGEST // max(len(similar), 1)))
        # Each link one unbreakable piece: "#1050" stood at a line's end with its title on the
        # next, and Qt breaks at a hyphen even where white-space is nowrap.
        links = ", ".join(f'<span style="white-space:nowrap"><a href="source:{i}">#{i} '
                          f'{escape(quote_whole(short(title, longest))).replace("-", NB_HYPHEN)}</a></span>'
                          for i, title in similar)  # fmt: skip
        self.similar.setText(self.tr("Similar to %1").replace("%1", links) if similar else "")
        self.similar.setVisible(bool(similar))
        self.setVisible(several or bool(similar))

    def _describe(self, revision: Revision, count: int) -> str:
        came = long_date(revision.imported_at)
        if revision.current:
            return self.tr("%1 of %2 (current), from %3").replace("%1", str(revision.number)).replace(
                "%2", str(count)).replace("%3", came)  # fmt: skip
        return self.tr("%1 of %2, from %3, read only").replace("%1", str(revision.number)).replace(
            "%2", str(count)).replace("%3", came)  # fmt: skip

    def apply_style(self, theme: Theme) -> None:
        self.setStyleSheet(f"#versionsBar {{ background: {theme.aside}; }} QLabel {{ color: {theme.muted}; }}")
