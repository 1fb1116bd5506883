"""Fixtures for the window's tests: offscreen Qt, a real temp data dir, the real seeds.

Tests fail on any Qt warning (`qt_log_level_fail` in pyproject), and the window is built the
way `reader.ui.app.run` builds it, minus the QApplication, which pytest-qt owns.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from reader import paths
from reader.core.settings import Settings
from reader.core.store import Store
from reader.ui.library.search_pacing import SEARCH_DELAY_MS as REAL_SEARCH_DELAY_MS


@pytest.fixture(scope="session", autouse=True)
def _gui_thread_gc(qapp) -> Iterator[None]:
    """Only the GUI thread collects cycles, as in `reader.ui.app.run`: a worker thread that
    freed a closed window's widgets would crash the test run."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from reader.ui.gui_gc import collecting_on_gui_thread

    with collecting_on_gui_thread(qapp):
        yield
        # The last tests' cyclic garbage (closed windows, their models) is freed here, on the
        # GUI thread with the event loop's deferred deletions done first, not by whatever
        # allocation fills a generation after the session (pytest's summary).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qapp.processEvents()
        import gc

        gc.collect()


_unanswered: list[str] | None = None  # while a test's teardown runs: the dialogs it showed


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """A dialog shown once the test is over fails it instead of hanging the run: no one answers
    it, and a failing full-disk test (its box shown after the test's `_boxes` answerer was undone)
    sat in that box's `exec` for good. Such a dialog is not shown; the teardown reports it."""
    global _unanswered
    _unanswered = []
    try:
        yield
    finally:
        shown, _unanswered = _unanswered, None
    if shown:
        pytest.fail(f"{len(shown)} dialog(s) shown after the test, with no one to answer: {shown}", pytrace=False)


@pytest.fixture(scope="session", autouse=True)
def _no_dialog_after_the_test() -> None:
    """`dialogs.run`, which every box and dialog of the window goes through, answers nothing
    once the test is over (`pytest_runtest_teardown`); a test's own answerer (monkeypatched
    over it) still answers during its close, and falls back to this."""
    from reader.ui import dialogs

    real = dialogs.run

    def run(dialog) -> int:
        if _unanswered is None:
            return real(dialog)
        text = dialog.text() if hasattr(dialog, "text") else ""
        _unanswered.append(f"{dialog.windowTitle()}: {text}".rstrip(": "))
        return 0

    dialogs.run = run  # for good: the session's fixtures end inside the last test's teardown


@pytest.fixture(autouse=True)
def _english(qapp) -> None:
    """The window in English with US dates, whatever the machine's locale (the German window
    has its own tests, tests/ui/test_i18n*.py)."""
    from PySide6.QtCore import QLocale

    from reader.ui import i18n

    i18n.install(qapp, "en", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture(autouse=True)
def _unthemed(qapp) -> Iterator[None]:
    """Whatever theme a test gives the application is taken off after it: a style sheet left
    behind made the next tests' rows taller (the composer's empty hint lost 2 px to one)."""
    before = qapp.palette(), qapp.styleSheet()
    yield
    if qapp.styleSheet() != before[1]:
        qapp.setStyleSheet(before[1])
    qapp.setPalette(before[0])


@pytest.fixture(autouse=True)
def _clipboard_emptied(qapp) -> Iterator[None]:
    """The clipboard owns the mime data a test puts there; left there, it was freed twice when
    the interpreter shut down — a segfault (exit status 139) after every test had passed, when
    a paste test's file ran without the files that happened to clear it."""
    yield
    qapp.clipboard().clear()


@pytest.fixture(autouse=True)
def _short_search_pause(monkeypatch: pytest.MonkeyPatch) -> None:
    """Results follow the typing after 10 ms here, not after the window's pause
    (`search_pacing.SEARCH_DELAY_MS`, 200 ms): tests typing a query key by key, as a user
    does, waited the pause out after every key (the refusal tests alone 3 s each). Every timer
    still runs, in the same order; a test about the pause itself asks for `real_search_pause`."""
    from reader.ui.library import search_pacing

    monkeypatch.setattr(search_pacing, "SEARCH_DELAY_MS", 10)


@pytest.fixture
def real_search_pause(monkeypatch: pytest.MonkeyPatch) -> int:
    """The window's own pause before results follow the typing, in ms (see `_short_search_pause`)."""
    from reader.ui.library import search_pacing

    monkeypatch.setattr(search_pacing, "SEARCH_DELAY_MS", REAL_SEARCH_DELAY_MS)
    return REAL_SEARCH_DELAY_MS


@pytest.fixture
def themed(qapp) -> Callable[[str], None]:
    """Give the application a theme as the window does (palette and style sheet); taken off
    after the test (`_unthemed`)."""
    from reader.ui.appearance import apply_theme

    return lambda theme: apply_theme(qapp, theme)


@pytest.fixture
def speak(qapp) -> Callable[[str], None]:
    """Switch the window's language for a test: "en" with US dates, "de" with German ones."""
    from PySide6.QtCore import QLocale

    from reader.ui import i18n

    locales = {"en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
               "de": QLocale(QLocale.Language.German, QLocale.Country.Germany)}  # fmt: skip
    return lambda language: i18n.install(qapp, language, locales[language])


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def other(data_dir: Path) -> Iterator[Store]:
    """A second connection to the window's library: another process's (the command line in a
    terminal), whose commits the window must notice and never save over."""
    store = Store.open(paths.resolve(data_dir).db_path, verify=False)
    yield store
    store.close()


_BEFORE_CLOSE = pytest.StashKey[list[Callable[[object], None]]]()  # what a fixture undoes first


def _before_close(window, node: pytest.Item) -> None:
    """As pytest-qt closes the test's window: a text a bar holds because its place was deleted
    elsewhere asks at close (`lost_text_given_up`), in a box no one answers after the test; and
    what the test's fixtures undo before (`full_disk`)."""
    from reader.ui.lost_text_bar import LostTextBar

    for bar in window.findChildren(LostTextBar):
        bar.drop()
    for undo in node.stash.get(_BEFORE_CLOSE, []):
        undo(window)


@pytest.fixture(scope="session")
def _first_start_library(qapp, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The library a window's first start makes (the samples imported by the window's own
    importer), made once a run in a folder of its own, for `make_window` to copy."""
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer

    from reader.ui.main_window import MainWindow
    from reader.ui.session import Session

    folder = tmp_path_factory.mktemp("first-start")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("READER_HOME", str(folder / "home"))
        where = paths.resolve(folder / "data").ensure()
        store = Store.open(where.db_path)
        window = MainWindow(Session(store, settings=Settings.load(where.settings_file)), where)
        window.show()
        loop = QEventLoop()
        window.importer.import_finished.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        window.start()
        loop.exec()
        while window.library.loader.pending():
            qapp.processEvents()
        assert store.sources.count() == len(list(paths.bundled_seeds_dir().glob("*.txt"))) > 0
        kept = folder / "library.sqlite"
        with sqlite3.connect(kept) as copy:
            store.db.conn.backup(copy)
        copy.close()
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        store.close()
    return kept


@pytest.fixture
def real_first_start() -> None:
    """`make_window()` on an empty folder imports the samples as a first start does, whatever
    the run's other tests did: for the tests of the first start itself (its words, its import)."""


@pytest.fixture
def make_window(qtbot, data_dir: Path, request: pytest.FixtureRequest) -> Iterator[Callable[..., object]]:
    """Build a MainWindow on `data_dir` (optionally started); closes everything afterwards.

    Started on an empty folder (no library, samples never offered), it starts on a copy of the
    library a first start made (`_first_start_library`), with the samples marked offered as the
    first start leaves them, instead of importing the samples again in each of the ~900 tests
    that start a window. The welcome line of a first start is then not said: tests of the first
    start ask for `real_first_start`."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    from reader.ui.main_window import MainWindow
    from reader.ui.session import Session
    from reader.ui.window_state import WindowState

    opened: list[tuple[MainWindow, Store]] = []
    real = "real_first_start" in request.fixturenames
    # Made here, before the test's body runs, so that a test patching the importer (a full
    # disk, small batches) does not make the shared first-start library with its patches on
    # when it happens to be the run's first window: run alone, such a test stored 3 of 5 samples.
    first_start = None if real else request.getfixturevalue("_first_start_library")

    def make(start: bool = True) -> MainWindow:
        where = paths.resolve(data_dir).ensure()
        # Only where the window would import the samples: no library yet, none offered before
        # (a folder whose samples were offered and whose library is gone stays empty).
        copied = start and first_start is not None and not where.db_path.exists() and not WindowState(where.state_dir).seeds_offered()
        if copied:  # (a test of the first start itself never waits for the copy)
            shutil.copyfile(first_start, where.db_path)
        store = Store.open(where.db_path)
        session = Session(store, settings=Settings.load(where.settings_file))
        window = MainWindow(session, where)
        qtbot.addWidget(window, before_close_func=lambda w: _before_close(w, request.node))
        window.show()
        if start:
            if copied:
                window.state.set_seeds_offered()
                window.start()
                # As after the samples' import: the window made active (the import's wait let
                # the platform do it), the list read off the window's thread and shown.
                qtbot.waitUntil(lambda: window.isActiveWindow() and not window.library.loader.pending(),
                                timeout=20_000)  # fmt: skip
            elif store.sources.count() == 0 and not window.state.seeds_offered():
                with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
                    window.start()
                # The seeds' list is read off the window's thread (`list_loading`): shown now.
                qtbot.waitUntil(lambda: not window.library.loader.pending(), timeout=20_000)
            else:
                window.start()
        opened.append((window, store))
        return window

    yield make
    for window, _store in opened:
        if window.isVisible():
            window.close()
    # pytest-qt closed them and asked Qt to delete them later, that is in the next test's event
    # loop: a closed window's pending search then ran on the store closed here. Gone now.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # The session is no widget: nothing deletes it. Its signals' connections to the panes'
    # lambdas live in Qt, out of the garbage collector's sight, and held every closed window
    # (its widgets' wrappers, models, documents: ~3,000 objects a test) for the rest of the
    # run, each full collection slower than the last. Deleted, its connections let go.
    for window, _store in opened:
        if shiboken6.isValid(window.session):
            window.session.undo_stack.clear()  # while every step's wrappers are whole (`Session.__del__`)
            window.session.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for _window, store in opened:
        store.close()



@pytest.fixture
def full_disk(make_window, request: pytest.FixtureRequest,
              monkeypatch: pytest.MonkeyPatch) -> Callable[[Store], None]:  # fmt: skip
    """`fill(store)` (`tests.ui.full_disk`), undone as the test's windows close, whatever its
    outcome: room made, and what still cannot be saved let go unasked. A test that failed with
    its disk still full hung instead, at pytest-qt's close, on the quit's "Stay and make room"
    box, shown to no one (its close comes before the fixtures' teardown: `_before_close`)."""
    from reader.ui.safety import quit_guard
    from tests.ui.full_disk import fill, make_room

    def fill_it(store: Store) -> None:
        fill(store)

        def room(_window: object) -> None:
            make_room(store)
            monkeypatch.setattr(quit_guard, "_quit_anyway", lambda _window, busy: True)

        request.node.stash.setdefault(_BEFORE_CLOSE, []).append(room)

    return fill_it
