"""The bar over a text editor (the summary note, an annotation, a briefing's heading or text)
when what the user typed there has nowhere left to go: its source, highlight or briefing item
was deleted elsewhere (another window, a `briefing` command in a terminal) before it was saved.

The save used to drop the typing with a line in the log. Now the bar holds the text, whatever
the editor shows next (another source, highlight or item), until the user chooses: copy it to
the clipboard, keep it where that makes sense (an annotation in its source's summary note, a
briefing's text as a new text of the briefing), or let it go (×). A text lost while the bar
still holds one is put below it, so neither goes; each is kept where its own place allows (an
annotation of another source in that source's note, not in the last one's).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton, QWidget

from reader.ui.editor_bar import EditorBar, fit_label

Keep = Callable[[str], bool]  # keeps the text somewhere else; False: that is gone too


class LostTextBar(EditorBar):
    def __init__(self, what: str, copy: str, keep: str = "", parent: QWidget | None = None) -> None:
        """`what`: the sentence that says what was deleted; `copy`, `keep`: the buttons' words,
        each with a letter of its own in the window (`keep` shows only where it makes sense)."""
        super().__init__("lostTextBar", what, parent)
        # what was typed and not saved, each with where it may be kept: held until the user chooses
        self._held: list[tuple[str, Keep | None]] = []
        self.copy_button = QPushButton(copy, self)
        self.copy_button.setToolTip(QCoreApplication.translate(
            "LostTextBar", "Put the text typed here on the clipboard, to paste it where you want it"))
        self.keep_button = QPushButton(keep, self)
        self.drop_button = QToolButton(self)
        self.drop_button.setText("×")
        self.drop_button.setAutoRaise(True)
        drop = QCoreApplication.translate("LostTextBar", "Let the text typed here go")
        self.drop_button.setToolTip(drop)
        self.drop_button.setAccessibleName(drop)
        self.copy_button.clicked.connect(self.copy)
        self.keep_button.clicked.connect(self.keep)
        self.drop_button.clicked.connect(self.drop)
        self.top.addWidget(self.drop_button, 0, Qt.AlignmentFlag.AlignTop)
        self.buttons.addWidget(self.copy_button)
        self.buttons.addWidget(self.keep_button)

    @property
    def text(self) -> str:
        """The texts held, the first lost first ("" when none)."""
        texts = [text for text, _keep in self._held]
        return "\n\n".join([*(text.rstrip() for text in texts[:-1]), *texts[-1:]])

    def hold(self, text: str, keep: Keep | None) -> None:
        """Hold `text` (below one held already) until the user chooses; `keep`: where it may
        be kept instead (None: nowhere, only the clipboard)."""
        if text.strip():
            self._held.append((text, keep))
        self._show_held()

    def copy(self) -> None:
        clipboard = QApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.text)
        self.drop()

    def keep(self) -> None:
        """Each text kept where its place allows; one whose place is gone too stays, to copy."""
        self._held = [(text, None) for text, keep in self._held if keep is None or not keep(text)]
        self._show_held()

    def drop(self) -> None:
        self._held = []
        self.hide()

    def _show_held(self) -> None:
        if not self._held:
            return self.hide()
        self.keep_button.setVisible(any(keep is not None for _text, keep in self._held))
        self.show()
        fit_label(self.label)
