"""Import feedback: a progress strip with Cancel while files are read, then a report.

The progress lives in the status bar rather than a modal dialog, so the user can go on reading
while a folder imports. The report lists every file that was not simply imported, with the
reason in words, because "3 failed" without names is useless.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.importer import NOT_STORED, ImportPhase
from reader.core.models import ImportResult, ImportStatus
from reader.core.store import LOCKED
from reader.ui.core_messages import translated
from reader.ui.i18n import Plural
from reader.ui.library.from_bin_words import brought_back_line
from reader.ui.library.refusal_advice import advice
from reader.ui.library.report_names import report_names
from reader.ui.one_ellipsis import OneEllipsisCells
from reader.ui.step_names import inside
from reader.ui.tasks import Task
from reader.ui.time_left import TimeLeft

STATUS_WORDS = cast("dict[ImportStatus, str]", {  # stub: QT_TRANSLATE_NOOP returns its message, typed object
    ImportStatus.IMPORTED: QT_TRANSLATE_NOOP("ImportReport", "Imported"),
    ImportStatus.DUPLICATE: QT_TRANSLATE_NOOP("ImportReport", "Already in library"),
    ImportStatus.NEWER_VERSION: QT_TRANSLATE_NOOP("ImportReport", "Newer version, skipped"),
    ImportStatus.UPDATED: QT_TRANSLATE_NOOP("ImportReport", "Updated"),
    ImportStatus.ERROR: QT_TRANSLATE_NOOP("ImportReport", "Failed"),
})


CLIPPING = "clipping"  # a task's description: a paste or drop waiting its turn behind an import


class ImportProgress(QWidget):
    """A status-bar strip: "Importing 12 of 40", a bar, Cancel. Hidden when idle.

    An import started while one runs (File ▸ Import again, a drop) waits its turn on the
    session's one writer, so only the first tracked reports until it ends: the strip follows
    it, says how many wait ("· 1 more import queued") and goes when the last has ended. It
    followed whichever import was started last: the first one's end hid it while the second
    still ran, and Cancel stopped the second while the first one's counts showed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importProgress")
        self.label = QLabel(self.tr("Importing…"), self)
        self.bar = QProgressBar(self)
        self.bar.setFixedWidth(160)
        # Not "expanding", as a bar is made: the status bar gave the whole strip the room its
        # message left, Cancel grew to a third of the window and the count floated in between.
        self.bar.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # see ImportTagger: it goes away once used
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)  # its words' width
        self._tasks: list[Task] = []  # the running import first, then those waiting, in order
        self._said = ""  # the running import's own words, before what waits
        self.time_left = TimeLeft()  # "about 1 minute left" once the import's rate is known
        self.hide()

    def track(self, task: Task) -> None:
        self._tasks.append(task)
        task.signals.progressed.connect(self._progressed)
        task.signals.phase_began.connect(self._phase_began)
        task.signals.finished.connect(lambda _result: self._done(task))
        task.signals.failed.connect(lambda _message: self._done(task))
        if len(self._tasks) == 1:
            self._begin()
        else:
            self._say(self._said)
        self.show()

    def waiting(self) -> int:
        """Imports started that wait for the running one to end."""
        return max(0, len(self._tasks) - 1)

    def texts_waiting(self) -> int:
        """Of those, pastes and drops waiting their turn (not called imports; asked at quit)."""
        return sum(task.description == CLIPPING for task in self._tasks[1:])

    def _begin(self) -> None:
        """The first import waiting (or the only one) is now the one the strip follows."""
        self.time_left.restart()
        self.bar.setRange(0, 0)  # busy until the first count arrives
        self.cancel_button.setEnabled(True)
        self._say(self.tr("Importing…"))

    def _say(self, said: str) -> None:
        self._said = said
        texts = self.texts_waiting()
        imports = self.waiting() - texts
        if imports:
            said += self.tr(" · %Ln more import(s) queued", "", imports)
        if texts:
            said += self.tr(" · %Ln pasted or dropped text(s) queued", "", texts)
        self.label.setText(said)

    def _progressed(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if self._tasks[0].is_cancelled():
            return  # "Stopping after the current file…" stays: not "· about 1 minute left" after Cancel
        locale = QLocale()
        said = self.tr("Importing %1 of %2").replace("%1", locale.toString(done)).replace("%2", locale.toString(total))
        left = self.time_left.counted(done, total)
        self._say(said + " · " + left if left else said)

    def _phase_began(self, phase: str) -> None:
        """After the last file the import groups same-event stories and links similar sources:
        seconds for a large folder, which a full bar would have passed off as done. It runs to
        its end (what was stored is kept), so Cancel has nothing to stop then."""
        if phase == ImportPhase.GROUPING:
            self.bar.setRange(0, 0)
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Grouping stories…"))

    def _cancel(self) -> None:
        """Stop the running import; one waiting still runs (it was asked for after this one)."""
        if self._tasks:
            self._tasks[0].cancel()
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Stopping after the current file…"))

    def _done(self, task: Task) -> None:
        self._tasks.remove(task)
        if self._tasks:
            self._begin()  # the next one's turn: its own count, time left and Cancel
        else:
            self.hide()


def summary_line(results: Sequence[ImportResult]) -> str:
    counts = {status: sum(r.status is status for r in results) for status in ImportStatus}
    parts = [Plural.tr("%Ln imported", "", counts[ImportStatus.IMPORTED])]
    if back := sum(r.from_bin is not None for r in results):
        parts[0] += Plural.tr(" (%Ln of them from the bin, with your work)", "", back)
    if counts[ImportStatus.DUPLICATE]:
        parts.append(Plural.tr("%Ln already in the library", "", counts[ImportStatus.DUPLICATE]))
    if counts[ImportStatus.UPDATED]:
        parts.append(Plural.tr("%Ln updated", "", counts[ImportStatus.UPDATED]))
    if counts[ImportStatus.NEWER_VERSION]:
        parts.append(Plural.tr("%Ln newer version(s) skipped", "", counts[ImportStatus.NEWER_VERSION]))
    if counts[ImportStatus.ERROR]:
        parts.append(Plural.tr("%Ln failed", "", counts[ImportStatus.ERROR]))
    return ", ".join(parts)


class ImportReportDialog(QDialog):
    """Every file of an import with what became of it; failures first, then duplicates."""

    COLUMNS: tuple[str, ...] = (QT_TRANSLATE_NOOP("ImportReport", "Result"), QT_TRANSLATE_NOOP("ImportReport", "File"),  # type: ignore[assignment]  # stub: QT_TRANSLATE_NOOP returns its message, typed object
               QT_TRANSLATE_NOOP("ImportReport", "Details"))  # fmt: skip

    def __init__(self, results: Sequence[ImportResult], cancelled: bool = False, parent: QWidget | None = None,
                 not_reached: int = 0) -> None:  # fmt: skip
        """`not_reached`: of a cancelled import, how many files found it never came to."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import finished") if not cancelled else self.tr("Import cancelled"))
        self.results = list(results)
        self._build_summary(cancelled, not_reached)
        self._build_table()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._build_current())
        layout.addWidget(buttons)
        self.resize(860, 420)  # a title beside its file name

    def _build_summary(self, cancelled: bool, not_reached: int) -> None:
        text = summary_line(self.results) + "."
        if cancelled and not_reached:  # how many, and how to finish (what is in is skipped)
            text = self.tr("Import cancelled: %1 %Ln file(s) not reached were not imported; import the same "
                           "files again to add them (those already in the library are skipped).",
                           "", not_reached).replace("%1", text)  # fmt: skip
        elif cancelled:
            text = self.tr("Import cancelled: %1 Files not reached were not imported.").replace("%1", text)
        unwritten = [r for r in self.results if not_written(r)]
        if unwritten:  # the library's trouble, said once here, not on each file's line
            why = library_trouble((unwritten[0].reason or "").removeprefix(f"{NOT_STORED} (").removesuffix(")"))
            text += " " + self.tr("%Ln file(s) not stored: %1.", "", len(unwritten)).replace("%1", why)
        self.summary = QLabel(text, self)
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)

    def _build_current(self) -> QLabel:
        """The current row's details whole, under the table: a long title ends in "…" in its cell
        (its tooltip has the rest, for the mouse), and the keyboard had no way to read it. The
        arrows choose the row; Tab reaches the text to be read or copied."""
        self.current = QLabel(self)
        self.current.setObjectName("reportCurrent")
        self.current.setWordWrap(True)
        # A name with no space to wrap at ("…_Endfassung_v3_final.txt") must not widen the dialog.
        self.current.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)  # fmt: skip
        self.table.currentCellChanged.connect(lambda row, _column, _row, _previous: self._show_current(row))
        if self.table.rowCount():  # the first row's, before a key is pressed; nothing selected yet
            self.table.setCurrentCell(0, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
        return self.current

    def _show_current(self, row: int) -> None:
        """"file: details": the file's name is cut in its column too ("Bericht_der_Bunde…sung_v3_
        final.txt"), and a failure's reason alone did not say which of forty files it was."""
        cells = [self.table.item(row, column) for column in (1, 2)]
        self.current.setText(": ".join(item.text() for item in cells if item is not None and item.text()))

    def _build_table(self) -> None:
        order = {ImportStatus.ERROR: 0, ImportStatus.NEWER_VERSION: 1, ImportStatus.DUPLICATE: 2,
                 ImportStatus.UPDATED: 3, ImportStatus.IMPORTED: 4}  # fmt: skip
        rows = sorted(self.results, key=lambda r: order[r.status])
        self.table = QTableWidget(len(rows), len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ImportReport", c) for c in self.COLUMNS]
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        # A failure's reason and what to do instead wrap onto more lines ("…copy it and use
        # File ▸ …" was cut at the dialog's edge); titles and file names stay one line, cut.
        self.table.setWordWrap(True)
        # Only a failure's reason wraps: a report of nothing else (2,000 files already in the
        # library) measured every row's height all the same, 0.6 s with the window frozen.
        wraps = any(r.status is ImportStatus.ERROR for r in rows)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents if wraps
                                                         else QHeaderView.ResizeMode.Fixed)  # fmt: skip
        names = report_names(r.path for r in rows)  # "2024/index.html" where two share a name
        for row, result in enumerate(rows):
            for column, text in enumerate(_cells(result, names[result.path])):
                item = QTableWidgetItem(text)
                item.setToolTip(result.path if column == 1 else text)
                item.setData(WrapRole, column == 2 and result.status is ImportStatus.ERROR)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(1, 240)
        self._delegates = [_OneLine(self.table, Qt.TextElideMode.ElideMiddle),  # a file name keeps start and end
                           _OneLine(self.table, Qt.TextElideMode.ElideRight)]  # fmt: skip
        self.table.setItemDelegateForColumn(1, self._delegates[0])
        self.table.setItemDelegateForColumn(2, self._delegates[1])


WrapRole = Qt.ItemDataRole.UserRole + 1  # True on a cell whose text wraps instead of being cut


class _OneLine(OneEllipsisCells):
    """A cell on one line, cut where its `mode` says (with one "…"), unless it is marked to wrap. A
    title is cut at its end: cut in the middle like a file name, "same article as “…en
    „Goldenes Bündnis““" had lost the title's start."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = self.mode
        if not index.data(WrapRole):
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """A wrapping cell as high as its lines where they are painted, one line spacing each,
        with the room a one-line row has above and below (its header's least height over one
        line): the style's own hint gave the lines' bare height, the first and last touching
        the rows around them, and cut where the font's line spacing is more than its height."""
        size = super().sizeHint(option, index)
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        widget = item.widget
        if not index.data(WrapRole) or widget is None or item.rect.width() <= 0:
            return size
        style = widget.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget).width() - 2 * margin
        metrics = QFontMetrics(item.font)
        header = widget.verticalHeader() if isinstance(widget, QTableView) else None
        row_room = max(0, header.minimumSectionSize() - metrics.height()) if header is not None else 0
        lines = _wrapped_lines(item.text, item, max(1, room))
        return QSize(size.width(), max(size.height(), lines * metrics.lineSpacing() + row_room))


def _wrapped_lines(text: str, item: QStyleOptionViewItem, width: int) -> int:
    """How many lines `text` takes at `width` px, wrapped at words as the style paints a cell."""
    layout = QTextLayout(text, item.font)
    wrap = QTextOption()
    wrap.setWrapMode(QTextOption.WrapMode.WordWrap)  # a word longer than the line keeps its line, cut with "…"
    layout.setTextOption(wrap)
    layout.beginLayout()
    lines = 0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines += 1
    layout.endLayout()
    return max(1, lines)


def _cells(result: ImportResult, name: str) -> tuple[str, str, str]:
    translate = QCoreApplication.translate
    if result.status is ImportStatus.IMPORTED and result.from_bin is not None:
        details = brought_back_line(result.title or "", result.source_id or 0, result.from_bin)
    elif result.status is ImportStatus.IMPORTED:
        details = result.title or ""
    elif result.status in (ImportStatus.NEWER_VERSION, ImportStatus.UPDATED):
        details = inside(translate("ImportReport", "“%1” (#%2)"), result.title or "", str(result.source_id))
    elif result.status is ImportStatus.DUPLICATE:
        details = (inside(translate("ImportReport", "same article as “%1”"), result.title)
                   if result.title else translated(result.reason or ""))  # fmt: skip
    elif not_written(result):  # why (SQLite's "database is locked") is said once, in the summary
        details = translate("ImportReport", "not stored: the library could not be written at the time; import it again")
    else:
        details = translated(result.reason or "") or translate("ImportReport", "unknown error")
        details += advice(result.reason or "", result.path)
    return translate("ImportReport", STATUS_WORDS[result.status]), name, details


def not_written(result: ImportResult) -> bool:
    """The library, not the file, failed as the file was stored (another program writing to it,
    a full disk): each such line ended in SQLite's "(database is locked)", in English."""
    return result.status is ImportStatus.ERROR and (result.reason or "").startswith(f"{NOT_STORED} (")


def library_trouble(said: str) -> str:
    """Why the library could not be written, in the window's language: SQLite's "database is
    locked" is another program holding a long write, which reads like damage as it is."""
    if LOCKED in said:
        return QCoreApplication.translate(
            "ImportReport", "another program is writing to the library and did not finish in time (another "
            "Briefing Reader window, or the briefing command); import those files again once it is done")
    return translated(said)
