"""The one seam every modal dialog goes through, plus the window-wide dialogs (preferences, help).

Every modal dialog is shown through `run`, one seam that tests replace to answer a dialog the
way a user would, while the dialog itself is still built and inspected for real. The small
questions below (a line of text, a file to save, a folder, yes or no) go through it too,
instead of Qt's static helpers, which no test could answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QMimeDatabase, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.core.ingest import supported_suffixes
from reader.ui.eliding_combo import ElidingComboBox, narrow_combo
from reader.ui.scroll_block import scrolling

# Where the user last picked articles from (files or a folder), this run: where the next import's
# dialog opens. A folder written to is not remembered here: exports keep their own
# (`WindowState.export_folder`). Seen in the window: after a briefing was saved into the
# Obsidian vault, File ▸ Import files… opened in the vault, among the exported notes, and not
# in the folder the articles had come from.
_last_folder: Path | None = None


def run(dialog: QDialog | QMessageBox) -> int:
    """Show `dialog` modally and return its result (QDialog.DialogCode or a StandardButton).

    Afterwards the window is active again with the focus where it was, so its shortcuts work
    at once (without it Ctrl+/ needed a click into the window after a dialog closed).

    A dialog with a parent is deleted once the caller is back in the event loop: the parent
    owns it, so dropping the Python name left it alive, and every Preferences, About, import
    report or Backups… opened stayed a hidden child of the window for the whole session. The
    caller still reads its answers (`dialog.settings()`, `chosen`) after `run` returns.
    """
    before = QApplication.focusWidget()
    parent = dialog.parentWidget()
    window = parent.window() if parent is not None else QApplication.activeWindow()
    fit_to_content(dialog)
    try:
        return dialog.exec()
    finally:
        if parent is not None:
            dialog.deleteLater()
        return_focus(window, before)


def fit_to_content(dialog: QDialog) -> None:
    """Give a dialog the height its layout asks for, as far as the screen allows. Left alone,
    Qt caps a new window at two thirds of the screen: on a 1366 × 768 or 1024 × 700 laptop
    Preferences came out squeezed, its fields too low for their text ("Kev point"). A dialog
    sized on purpose (the file dialogs, Keyboard shortcuts) keeps its size as far as the screen
    allows: at 1280 × 720 with 125 % scaling (576 logical pixels high) Keyboard shortcuts, 600
    high, had its Close button below the screen's edge. A message box is sized by its text."""
    if isinstance(dialog, QMessageBox):
        _fit_message(dialog)
        return
    screen = dialog.screen() or QApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    if dialog.testAttribute(Qt.WidgetAttribute.WA_Resized):
        wanted = dialog.size()
    else:
        dialog.ensurePolished()
        wanted = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
        if wanted.height() > room.height() - 40:
            _scroll_content(dialog)
    dialog.resize(min(wanted.width(), room.width()), min(wanted.height(), room.height() - 40))


def _scroll_content(dialog: QDialog) -> None:
    """Put all of a dialog but its buttons in a scroll area: one taller than the screen was
    squeezed instead, and at 1920 × 1080 with 200 % scaling (540 logical pixels high) the
    explanations in Preferences ran over the fields and the label names were cut in half."""
    layout = dialog.layout()
    if not isinstance(layout, QVBoxLayout):
        return
    content = QWidget(dialog)
    inner = QVBoxLayout(content)
    inner.setContentsMargins(0, 0, 0, 0)
    inner.setSpacing(layout.spacing())
    kept = 0
    while layout.count() > kept:
        item = layout.itemAt(kept)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QDialogButtonBox):
            kept += 1
        elif widget is not None:
            inner.addWidget(widget)  # takes it out of the dialog's layout
        else:
            taken = layout.takeAt(kept)
            if taken is not None:
                inner.addItem(taken)
    layout.insertWidget(0, scrolling(content, dialog), 1)


# A message's line in letters: its sentences read as prose (about 80 characters a line at most). Left to
# itself a message box is as wide as its first line, so "Delete 2 sources?" squeezed the
# sentences under it into a 150 px column, four words a line.
MESSAGE_EMS = 48


def _fit_message(box: QMessageBox) -> None:
    """Make a message box's explanation as wide as it needs, up to MESSAGE_EMS and the screen."""
    label = box.findChild(QLabel, "qt_msgbox_informativelabel")
    if label is None or not label.text():
        return
    metrics = label.fontMetrics()
    screen = box.screen() or QApplication.primaryScreen()
    room = screen.availableGeometry().width() // 2 if screen is not None else 1 << 16
    longest = max(metrics.horizontalAdvance(line) for line in label.text().splitlines())
    label.setMinimumWidth(min(longest + 2, MESSAGE_EMS * metrics.horizontalAdvance("M"), room))


def return_focus(window: QWidget | None, before: QWidget | None) -> None:
    """Activate `window` and give the focus back to `before` when it can still take it."""
    if window is None or not shiboken6.isValid(window) or not window.isVisible():
        return
    window.activateWindow()
    usable = (before is not None and shiboken6.isValid(before) and before.window() is window
              and before.isVisible() and before.isEnabled())  # fmt: skip
    (before if usable and before is not None else window).setFocus(Qt.FocusReason.ActiveWindowFocusReason)


def start_folder() -> Path:
    """Where a file dialog opens: the folder the user last picked articles from, else their home."""
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    return Path.home()


def remember_folder(folder: Path | None) -> None:
    global _last_folder
    if folder is not None:
        _last_folder = folder


def file_dialog(parent: QWidget | None, title: str, folder: Path) -> QFileDialog:
    """Qt's own file dialog, laid out for picking articles: seen in the window, it opened at
    610 × 390 with a 40-pixel sidebar that read "C." and "ro" and a name column a third of the
    list. Here it is as large as a screen allows up to 900 × 560, the sidebar wide enough for
    its places — home, Desktop, Documents, Downloads (where browsers save pages) and the folder
    last chosen — and the name column takes most of the list."""
    dialog = QFileDialog(parent, title, str(folder))  # a desktop's own dialog, where Qt uses one, keeps its layout
    places = [Path.home()]
    for kind in (QStandardPaths.StandardLocation.DesktopLocation, QStandardPaths.StandardLocation.DocumentsLocation,
                 QStandardPaths.StandardLocation.DownloadLocation):  # fmt: skip
        places.append(Path(QStandardPaths.writableLocation(kind)))
    places.append(folder)
    shown = list(dict.fromkeys(place for place in places if place.is_dir()))
    dialog.setSidebarUrls([QUrl.fromLocalFile(str(place)) for place in shown] + [QUrl("file:")])
    screen = (parent.screen() if parent is not None else None) or QApplication.primaryScreen()
    room = screen.availableGeometry() if screen is not None else None
    width, height = (900, 560) if room is None else (min(900, room.width() - 40), min(560, room.height() - 40))
    dialog.resize(width, height)
    side = min(200, width // 4)
    splitter = dialog.findChild(QSplitter, "splitter")
    if splitter is not None:
        splitter.setSizes([side, width - side])
    files = dialog.findChild(QTreeView, "treeView")
    if files is not None:  # size, kind and date as wide as their titles and values; the name the rest
        header, metrics = files.header(), files.fontMetrics()
        em = metrics.horizontalAdvance("M")
        for column, ems in ((1, 7), (2, 10), (3, 9)):
            title = str(files.model().headerData(column, Qt.Orientation.Horizontal) or "")
            value = _kinds_width(metrics) if column == 2 else 0
            header.resizeSection(column, max(ems * em, max(metrics.horizontalAdvance(title), value) + 2 * em))
        others = sum(header.sectionSize(i) for i in range(1, header.count()))
        header.resizeSection(0, max(200, width - side - others - 60))
    return dialog


def _kinds_width(metrics: QFontMetrics) -> int:
    """The widest name the list gives a kind of file the library takes, in the window's language:
    ten ems showed "Einfa…ument" for "Einfaches Textdokument"."""
    names = QMimeDatabase()
    return max(metrics.horizontalAdvance(names.mimeTypeForFile(f"a{suffix}", QMimeDatabase.MatchMode.MatchExtension)
                                         .comment()) for suffix in supported_suffixes())  # fmt: skip


# A small question's width in letters: a tag, a heading or a briefing's name fits with room to
# edit it; a choice of titles as wide as its longest, up to twice that.
QUESTION_EMS, CHOICE_EMS = 32, 64
TITLE_BAR_EMS = 10  # a title bar's icon, its three buttons and their margins


def _widths(dialog: QDialog, parent: QWidget | None) -> tuple[int, int, int]:
    """(an em, a question's width, the widest a choice may be), inside the screen. A question is
    at least as wide as its title in the title bar's bold with TITLE_BAR_EMS beside it for the
    window's icon and buttons: "Gespeicherte Suche umbenennen" was cut to "Gespeicherte S…he
    umbenennen" over a dialog 32 ems wide."""
    screen = (parent.screen() if parent is not None else None) or QApplication.primaryScreen()
    room = screen.availableGeometry().width() - 80 if screen is not None else 1 << 16
    em = dialog.fontMetrics().horizontalAdvance("M")
    bold = QFont(dialog.font())
    bold.setBold(True)
    title = QFontMetrics(bold).horizontalAdvance(dialog.windowTitle()) + TITLE_BAR_EMS * em
    return em, min(max(QUESTION_EMS * em, title), room), min(CHOICE_EMS * em, room)


class _NameDialog(QInputDialog):
    """Qt's input dialog whose OK is off while the line is blank. Accepted blank, the answer
    read as a Cancel: a saved search's offered name cleared and Enter pressed saved nothing and
    said nothing. Enter with OK off does nothing, and the dialog stays open for a name."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.textValueChanged.connect(self._guard)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # Qt lays the dialog out, its buttons too, only when it is shown
        self._guard(self.textValue())

    def _guard(self, text: str) -> None:
        buttons = self.findChild(QDialogButtonBox)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok) if buttons is not None else None
        if ok is not None:
            ok.setEnabled(bool(text.strip()))


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "",
             completions: Sequence[str] = ()) -> str | None:  # fmt: skip
    """A line the user typed (trimmed), or None when they cancelled: OK is off while the line
    is blank (`_NameDialog`). Qt's input dialog as wide as a name needs (left to itself it was
    as narrow as its label: 200 px for "Rename tag"); a text given (the name to rename) comes
    selected, typing replaces it. `completions` (the library's tags, for a tag asked for) are
    offered as one types, any part of them, as the notes pane's tag field offers them: "ku"
    typed for an import gave no "Kunde X", and a slip made a second tag."""
    dialog = _NameDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    _em, wide, _widest = _widths(dialog, parent)
    dialog.setMinimumWidth(wide)
    dialog.setTextValue(text)
    field = dialog.findChild(QLineEdit)
    if completions and field is not None:
        completer = QCompleter(list(completions), dialog)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        field.setCompleter(completer)
    if run(dialog) != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue().strip() or None


def ask_choice(parent: QWidget | None, title: str, label: str, choices: list[str]) -> int | None:
    """The index of the choice the user took from a drop-down list, or None when they cancelled
    (two titles alike are two choices). The dialog is as wide as the longest choice, up to
    CHOICE_EMS; a longer one ends in "…" in the closed box and shows whole in its list. Qt's
    input dialog came out wider than the screen for long titles, or, held narrower, cut them
    off mid-word ("… inflation eases · 12 Se")."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    combo = ElidingComboBox(dialog)
    combo.addItems(choices)
    narrow_combo(combo, QUESTION_EMS)  # sized by the dialog below, not by its longest entry
    caption = QLabel(label, dialog)
    caption.setBuddy(combo)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    column = QVBoxLayout(dialog)
    for widget in (caption, combo, buttons):
        column.addWidget(widget)
    em, wide, widest = _widths(dialog, parent)
    longest = max((combo.fontMetrics().horizontalAdvance(c) for c in choices), default=0) + 5 * em  # arrow, frames
    dialog.setMinimumWidth(max(wide, min(longest, widest)))
    if run(dialog) != QDialog.DialogCode.Accepted or combo.currentIndex() < 0:
        return None
    return combo.currentIndex()


# What a file type is called in the save dialog's type box: "MD files" meant nothing to a reader.
FORMAT_NAMES = {"md": "Markdown"}


def ask_save_file(parent: QWidget | None, title: str, suggested: Path, suffix: str) -> Path | None:
    """Where to write a file; the suffix (e.g. "md") is added when the user typed none."""
    if not suggested.is_absolute():
        suggested = start_folder() / suggested.name
    dialog = file_dialog(parent, title, suggested.parent)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    kind = FORMAT_NAMES.get(suffix, suffix.upper())
    dialog.setNameFilter(QCoreApplication.translate("Dialogs", "%1 files (*.%2)").replace("%1", kind).replace("%2", suffix))
    dialog.setDefaultSuffix(suffix)
    dialog.selectFile(suggested.name)
    if run(dialog) != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])  # not remembered: a folder written to (see _last_folder)


def ask_open_files(parent: QWidget | None, title: str, name_filter: str) -> list[Path]:
    """Existing files the user picked; empty when they cancelled."""
    dialog = file_dialog(parent, title, start_folder())
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setNameFilter(name_filter)
    if run(dialog) != QDialog.DialogCode.Accepted:
        return []
    chosen = [Path(name) for name in dialog.selectedFiles()]
    remember_folder(chosen[0].parent if chosen else None)
    return chosen


def ask_folder(parent: QWidget | None, title: str, start: str = "", *, remember: bool = True) -> Path | None:
    """A folder the user picked. The dialog opens beside the folder chosen last (or `start`): in
    its parent, it selected, so Choose takes it again and a sibling is one click away; opened
    inside it, the next folder of a series ("Woche 12" after "Woche 11") took a click up first.
    A folder to write into is asked with `remember=False` (see `_last_folder`)."""
    folder = Path(start) if start else start_folder()
    beside = folder.is_dir() and folder != Path.home() and folder.parent != folder
    dialog = file_dialog(parent, title, folder.parent if beside else folder)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if beside:
        dialog.selectFile(folder.name)
    if run(dialog) != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    chosen = Path(dialog.selectedFiles()[0])
    if remember:
        remember_folder(chosen)
    return chosen


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """A question whose safe answer, No, is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return run(box) == QMessageBox.StandardButton.Yes
