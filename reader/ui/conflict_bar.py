"""The bar over a text editor (the summary note, an annotation, a briefing's heading or text)
when its text was changed elsewhere (a `briefing` command in a terminal, another program) while
the user was typing here.

Neither text may overwrite the other without a word: the editor keeps the user's typing unsaved
and this bar says what happened and offers the two ways on — keep the text typed here (it is
saved, and Ctrl+Z brings back the other), or show the other text instead (the typing here is
dropped). Until one is chosen nothing is saved; leaving the text or quitting keeps both
(`GuardedText.flush`). One bar for the three editors, each saying what its text is and giving
its buttons their words: the note's bar and the annotation's show at once in the notes pane, and
with the same Alt+letters there Alt+K only moved between the two "Keep mine" buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from reader.ui.editor_bar import EditorBar, fit_label


class ConflictBar(EditorBar):
    keep_mine = Signal()
    take_theirs = Signal()

    def __init__(self, what: str, keep: str, theirs: str, parent: QWidget | None = None) -> None:
        """`what`: the sentence that names the text ("This note was changed elsewhere …");
        `keep`, `theirs`: the two buttons' words, each with a letter no other bar beside it has."""
        super().__init__("conflictBar", what, parent)
        self.keep_button = QPushButton(keep, self)
        self.keep_button.setToolTip(self.tr("Save the text typed here over the other (Ctrl+Z brings the other back)"))
        self.theirs_button = QPushButton(theirs, self)
        self.theirs_button.setToolTip(self.tr("Drop the text typed here and show the text as it was saved elsewhere"))
        self.keep_button.clicked.connect(self.keep_mine)
        self.theirs_button.clicked.connect(self.take_theirs)
        self.buttons.addWidget(self.keep_button)
        self.buttons.addWidget(self.theirs_button)

    def say(self, what: str) -> None:
        """Name the text anew (the composer's editor holds a heading, then a text)."""
        self.label.setText(what)
        fit_label(self.label)
