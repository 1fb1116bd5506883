"""Files dragged over the window mark where they can be dropped, until the drag leaves or ends.

Before, nothing changed while a file manager's files hovered over the window: the user could not
tell whether letting go would import them. Real drag events go to the real window; the mark is
read from what the library pane paints (its frame in the accent colour) and from its line.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent, QPalette
from PySide6.QtWidgets import QApplication, QLabel

ACTIONS = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

ARTICLE = """Hafen von Yokohama meldet Rekordumschlag

Der Hafen von Yokohama hat im dritten Quartal so viele Container umgeschlagen wie nie zuvor.
Die Betreiber nennen die neuen Liniendienste nach Südostasien als Grund und erwarten für das
kommende Jahr weiteres Wachstum, auch wenn die Kosten für Energie und Personal steigen.
"""


def _files(tmp_path: Path) -> QMimeData:
    article = tmp_path / "yokohama.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article))])
    return mime


def _enter(window, mime: QMimeData) -> QDragEnterEvent:
    point = window.library.mapTo(window, QPoint(40, 40))
    event = QDragEnterEvent(
        point, ACTIONS, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, event)
    return event


def _framed(widget) -> bool:
    """Whether `widget`'s left edge, halfway down, is painted in the accent colour."""
    accent = widget.palette().color(QPalette.ColorRole.Highlight)
    image = widget.grab().toImage()
    return image.pixelColor(1, image.height() // 2).rgb() == accent.rgb()


def _unfocused(window):
    """The window with the keyboard away from the library: the library's focus frame is drawn
    in the same accent colour as the drop mark (a window left active by an earlier test hands
    the focus to the list), and the mark, not the focus, is what these tests read."""
    focused = QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()
    return window


def _line(window) -> QLabel | None:
    line = window.findChild(QLabel, "dropLine")
    return line if line is not None and line.isVisible() else None


def test_files_over_the_window_mark_the_library_until_the_drag_leaves(
    make_window, tmp_path
) -> None:
    window = _unfocused(make_window())
    library = window.library
    assert not _framed(library) and _line(window) is None
    assert _enter(window, _files(tmp_path)).isAccepted()
    assert _framed(library)
    line = _line(window)
    assert line is not None and line.text() == "Drop to import"
    assert library.isAncestorOf(line)
    QApplication.sendEvent(window, QDragLeaveEvent())
    assert not _framed(library) and _line(window) is None


def test_the_mark_goes_with_the_drop_and_the_file_is_imported(make_window, qtbot, tmp_path) -> None:
    window = _unfocused(make_window())
    store = window.session.store
    before = store.sources.count()
    mime = _files(tmp_path)
    _enter(window, mime)
    drop = QDropEvent(
        QPointF(40, 40), ACTIONS, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
        QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    assert not _framed(window.library) and _line(window) is None
    assert store.sources.count() == before + 1


def test_a_drag_the_window_cannot_take_is_not_marked(make_window) -> None:
    window = _unfocused(make_window())
    mime = QMimeData()
    mime.setData("application/x-color", b"\x00\x00\xff\xff")
    assert not _enter(window, mime).isAccepted()
    assert not _framed(window.library) and _line(window) is None


def test_with_the_library_set_aside_the_middle_is_marked(make_window, tmp_path) -> None:
    window = _unfocused(make_window())
    window.library.hide()
    _enter(window, _files(tmp_path))
    assert _framed(window.centralWidget())
    assert _line(window) is not None


def test_the_german_line(make_window, speak, tmp_path) -> None:
    speak("de")
    window = _unfocused(make_window())
    _enter(window, _files(tmp_path))
    line = _line(window)
    assert line is not None and line.text() == "Zum Importieren ablegen"
