"""The window on a laptop's screen with the desktop's scaling: 1920 × 1080 at 200 % and
1280 × 720 at 125 % leave 960 × 540 and 1024 × 576 logical pixels.

Seen there: the library's tags and filters kept their full height and the list of sources
showed two and a half rows; Help ▸ Keyboard shortcuts was taller than the screen, its Close
button below the screen's edge."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QScrollArea

from reader import paths
from reader.core.importer import import_paths
from reader.core.store import Store
from tests.ui.settled import settle

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"


@pytest.fixture
def light_theme(themed) -> None:
    """The window's own look (its padding makes every row taller); taken off afterwards."""
    themed("light")


@pytest.fixture
def library_of_eight(data_dir: Path) -> None:
    """Eight copied news pages in the library the window opens (the seeds make three rows)."""
    store = Store.open(paths.resolve(data_dir).ensure().db_path)
    import_paths(store, sorted(PAGES.glob("de_*.txt"))[:8], workers=1)
    store.close()


@pytest.mark.parametrize("size", [(960, 540), (1024, 576)])
def test_a_short_window_keeps_the_library_list_in_view(
    make_window, qtbot, speak, light_theme, library_of_eight, size
) -> None:  # fmt: skip
    speak("de")
    window = make_window()
    library = window.library
    assert library.model.rowCount() > 5
    window.resize(*size)
    settle(qtbot, window)
    row = library.source_view.verticalHeader().defaultSectionSize()
    assert library.list_stack.height() >= 5 * row  # five sources at the least
    block = library.splitter.widget(1)
    assert isinstance(block, QScrollArea)  # the tags and filters scroll instead
    block.ensureWidgetVisible(library.filters.unread_check)
    assert library.filters.unread_check.visibleRegion().boundingRect().height() == library.filters.unread_check.height()
    speak("en")


def test_a_tall_window_shows_the_tags_and_filters_whole(make_window, qtbot, light_theme, library_of_eight) -> None:
    """Where the list keeps its rows anyway (1366 × 768), the block is as tall as it asks."""
    window = make_window()
    window.resize(1366, 768)
    settle(qtbot, window)
    block = window.library.splitter.widget(1)
    assert isinstance(block, QScrollArea)
    assert block.height() >= block.widget().minimumSizeHint().height()
    assert not block.verticalScrollBar().isVisible()
    window.resize(960, 540)  # shrunk and grown again, it gets its height back
    settle(qtbot, window)
    window.resize(1366, 768)
    settle(qtbot, window)
    assert block.height() >= block.widget().minimumSizeHint().height()


@pytest.fixture
def desktop_font(qapp):
    """Rows as tall as on the desktop, where "Unread only" went under (offscreen's are shorter)."""
    from PySide6.QtGui import QFont

    before = qapp.font()
    desktop = QFont(before)
    desktop.setPointSizeF(12)
    qapp.setFont(desktop)
    yield
    qapp.setFont(before)


def test_a_short_list_leaves_the_filters_in_view(make_window, qtbot, light_theme, desktop_font) -> None:
    """The first start's three rows of samples on a 1024 × 576 screen: the list needs no more
    room than they take, and the tag list of one tag no more than its row (a list view's least
    is 70 px), so the block keeps its height and every filter shows."""
    window = make_window()
    window.resize(1024, 576)
    settle(qtbot, window)
    assert window.library.model.rowCount() == 3
    block = window.library.splitter.widget(1)
    assert isinstance(block, QScrollArea)
    assert block.height() >= block.widget().minimumSizeHint().height()
    assert block.verticalScrollBar().maximum() == 0  # "Unread only" in view, no scrolling


@pytest.mark.parametrize("size", [(960, 540), (1024, 576)])
def test_every_dialog_sized_on_purpose_fits_the_screen(make_window, monkeypatch, size) -> None:
    """Keyboard shortcuts (560 × 600) and the import report (860 × 420) are sized on purpose."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from reader.core.models import ImportResult, ImportStatus
    from reader.ui import dialogs
    from reader.ui.library.import_dialogs import ImportReportDialog

    window = make_window(start=False)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, *size))
    shown: list = []

    def fit(dialog) -> int:
        dialogs.fit_to_content(dialog)
        shown.append(dialog)
        return 0

    monkeypatch.setattr(dialogs, "run", fit)
    window.show_shortcuts()
    dialogs.run(ImportReportDialog([ImportResult("leer.txt", ImportStatus.ERROR, "empty file")], False, window))
    assert len(shown) == 2
    for dialog in shown:
        assert dialog.width() <= size[0] and dialog.height() <= size[1] - 40, type(dialog).__name__


def test_an_import_on_a_short_screen_gives_the_list_its_rows(make_window, qtbot, light_theme) -> None:
    """No resize needed: the rows an import adds make the list take its five rows' height."""
    window = make_window()
    window.resize(960, 540)
    settle(qtbot, window)
    library = window.library
    with qtbot.waitSignal(window.importer.import_finished, timeout=60_000):
        window.importer.import_paths([str(p) for p in sorted(PAGES.glob("de_*.txt"))[:8]])
    qtbot.waitUntil(lambda: library.model.rowCount() > 5)
    row = library.source_view.verticalHeader().defaultSectionSize()
    qtbot.waitUntil(lambda: library.list_stack.height() >= 5 * row)


def test_a_dialog_taller_than_the_screen_scrolls_instead_of_squeezing(make_window, qtbot, monkeypatch, light_theme, speak) -> None:
    """Preferences at 960 × 540: its explanations ran over the fields, the label names cut in half."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen
    from PySide6.QtWidgets import QLabel, QLineEdit

    from reader.ui import dialogs
    from reader.ui.dialogs.preferences_dialog import PreferencesDialog

    speak("de")
    window = make_window(start=False)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 960, 540))
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialogs.fit_to_content(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 540 - 40
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap():  # each explanation as tall as its lines
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    for field in dialog.findChildren(QLineEdit):
        if field.isVisible():
            assert field.height() >= field.minimumSizeHint().height()
    speak("en")


def test_an_import_into_the_samples_gives_the_list_the_room_they_left(make_window, qtbot, light_theme) -> None:
    """Seen at 1366 × 768 (session 17): the three sample rows left the block under them all the
    height, and after an import of 39 sources the list still showed five rows over an empty
    band between the one tag and the filters. The block keeps no more height than it can use."""
    window = make_window()
    window.resize(1318, 700)
    window.show()
    settle(qtbot, window)
    library = window.library
    with qtbot.waitSignal(window.importer.import_finished, timeout=60_000):
        window.importer.import_paths([str(p) for p in sorted(PAGES.glob("de_*.txt"))[:12]])
    qtbot.waitUntil(lambda: library.model.rowCount() > 8)
    block = library.splitter.widget(1)
    assert isinstance(block, QScrollArea)
    # One tag: the block needs its least height (every filter shows), the rest is the list's.
    natural = block.widget().minimumSizeHint().height()
    qtbot.waitUntil(lambda: block.height() <= natural + 2)
    assert library.list_stack.height() >= sum(library.splitter.sizes()) - natural - 4


def test_a_block_dragged_taller_stays_so_while_it_shows_more_tags(make_window, qtbot, light_theme) -> None:
    """The extra height shows more of a long tag list (it scrolls beyond five rows), so it stays."""
    from reader.core.changes import Changes

    window = make_window()
    window.resize(1318, 700)
    store = window.session.store
    first = window.library.model.ids()[:1]
    for n in range(20):  # more than the block shows beside five rows, in a 330 px library too
        store.tags.add(first, f"Thema {n:02d}")
    window.session.apply(lambda: Changes(tags=True))
    settle(qtbot, window)
    splitter = window.library.splitter
    total = sum(splitter.sizes())
    dragged = total - splitter._list_floor()  # the list keeps its five rows, the tags the rest
    assert splitter.widget(1).widget().minimumSizeHint().height() < dragged
    splitter.setSizes([total - dragged, dragged])  # as a drag leaves it
    splitter._fit()
    assert splitter.sizes()[1] == dragged
