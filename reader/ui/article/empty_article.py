"""What the middle pane says while no article is open.

A label of its own, as its words depend on the library and on what is under way: in an empty
library it says how articles come in (it asked a new user to choose one from a list that had
none), and on a first start, while the samples are imported, it says that ("The library is
empty" contradicted the status bar's "Importing five sample articles…"). Its strings keep the
article pane's translation context, where they were written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from reader.ui.session import Session

translate = QCoreApplication.translate  # context ArticlePane: where these words were written


class EmptyArticle(QLabel):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._note: str | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setContentsMargins(32, 0, 32, 0)  # a long sentence keeps off the splitters
        self.refresh()

    def set_note(self, note: str | None) -> None:
        """What to say while something is under way, or None for the usual words."""
        self._note = note
        self.refresh()

    def refresh(self) -> None:
        """Say it afresh: the library may have filled or emptied meanwhile."""
        self.setText(self._text())

    def _text(self) -> str:
        if self._note:
            return self._note
        if self._session.store.sources.count() > 0:
            return translate("ArticlePane", "Choose an article in the library to read it here.")
        native = QKeySequence.SequenceFormat.NativeText
        return (translate("ArticlePane", "The library is empty. Import articles with File ▸ Import files… (%1) or drop files "
                                         "here, or copy an article's text in the browser and paste it with %2.")
                .replace("%1", QKeySequence(QKeySequence.StandardKey.Open).toString(native))
                .replace("%2", QKeySequence("Ctrl+Shift+V").toString(native)))  # fmt: skip
