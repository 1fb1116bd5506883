"""Starting the window: QApplication, logging, the last-resort error handler, the library.

Everything that can go wrong before the window exists (a library from a newer version, a file
that is not a library, a folder we may not write) ends in a dialog that says what happened and
what to do, never in a traceback on a terminal the user does not see. A damaged library gets
the choice of restoring its newest good backup, opening read-only, or quitting.

One window per library: a second start hands its files to the window that has the library
(`safety.instance`) and ends. A restore chosen in File ▸ Backups… is carried out here, after
the window has closed its connection, and a new window opens on the restored library.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
import traceback
from collections.abc import Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from reader import APP_ID, APP_NAME, __version__
from reader.core.settings import Settings
from reader.core.store import (
    BackupError,
    LibraryDamagedError,
    Store,
    StoreTooNewError,
    library_busy,
    restore,
)
from reader.paths import Paths, resolve
from reader.ui import i18n
from reader.ui.appearance import app_icon, apply_theme, desktop_theme
from reader.ui.core_messages import translated
from reader.ui.gui_gc import collecting_on_gui_thread
from reader.ui.safety.backups_dialog import counts_text
from reader.ui.safety.damage_dialog import open_damaged
from reader.ui.safety.disk import disk_full
from reader.ui.safety.instance import SingleInstance
from reader.ui.safety.missing_dialog import library_missing, open_missing
from reader.ui.session import Session

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# The library the window works on, for telling a full disk from damage in `_excepthook`.
_library: Path | None = None

LOG_BYTES = 1_000_000
LOG_BACKUPS = 3

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def configure_logging(paths: Paths) -> None:
    """One rotating log file in the log folder; warnings also on stderr for developers. A log
    folder that cannot be written (a library on a read-only disk, which opens read-only) leaves
    stderr only: it stopped the start with a traceback and no window."""
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(console)
    try:
        handler = RotatingFileHandler(paths.log_file, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS,
                                      encoding="utf-8")  # fmt: skip
    except OSError as exc:
        log.warning("no log file (%s): logging to stderr only", exc)
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    log.info("%s %s starting; library %s", APP_NAME, __version__, paths.db_path)


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Log an unexpected error and tell the user, instead of letting the app die silently."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    log.critical("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
    if QApplication.instance() is None:
        return
    title, text = _unexpected(value)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text)
    box.setInformativeText(translated(f"{kind.__name__}: {value}"))
    box.setDetailedText("".join(traceback.format_exception(kind, value, tb)))
    box.exec()


def _unexpected_text(value: BaseException) -> str:
    """What to tell the user about an unexpected error, without promising what is not true."""
    return _unexpected(value)[1]


def _unexpected(value: BaseException) -> tuple[str, str]:
    """The title and text of the box for an unexpected error, each error told once (a full disk
    asks the disk for its free space). A full disk or a busy library is named in the title, as
    when it cannot be opened: not "something"."""
    something = QCoreApplication.translate("App", "Something went wrong")
    if isinstance(value, sqlite3.DatabaseError) and "readonly" in str(value):
        return something, QCoreApplication.translate("App", "The library is open read-only: this change was not saved.")
    if disk_full(value, _library):  # not damage: nothing to restore, room to make
        return QCoreApplication.translate("App", "The disk is full"), QCoreApplication.translate(
            "App", "The disk holding the library is full: %1 could not "
            "save what it was doing. Free some space on that disk (empty the trash, delete or move "
            "large files), then do it again. Changes saved before stay saved.").replace("%1", APP_NAME)  # fmt: skip
    if library_busy(value):  # not damage either: "quit and restore a backup" would lose work
        return QCoreApplication.translate("App", "The library is busy"), QCoreApplication.translate(
            "App", "Another program is writing to the library (another %1 "
            "window, or the briefing command) and did not finish in time, so this change was not saved. "
            "The library is not damaged: do it again once that program is done.").replace("%1", APP_NAME)  # fmt: skip
    if isinstance(value, sqlite3.DatabaseError):
        return something, QCoreApplication.translate("App", "%1 could not read or write the library, and did not finish "
            "what it was doing. The library may be damaged: quit, and the next start checks it and offers "
            "your newest backup.").replace("%1", APP_NAME)  # fmt: skip
    return something, QCoreApplication.translate("App", "%1 ran into an unexpected problem and did not finish what it was "
        "doing. Every change saved before it stays saved.").replace("%1", APP_NAME)  # fmt: skip


def _fatal(title: str, text: str) -> None:
    log.error("%s: %s", title, text)
    QMessageBox.critical(None, title, text)


def open_library(paths: Paths, said: list[str] | None = None) -> Store | None:
    """Open (or create) the library, explaining any failure in a dialog; None if it failed.
    What the window should say once it is up (a backup the damage dialog restored) is added
    to `said`: this runs before the window exists."""
    global _library
    _library = paths.db_path
    try:
        if library_missing(paths):  # gone, not new: made anew it would push its backups out
            return open_missing(paths)
        return Store.open(paths.db_path)
    except LibraryDamagedError as exc:
        store, restored = open_damaged(exc, paths)
        if restored and said is not None:
            said.append(restored)
        return store
    except StoreTooNewError as exc:
        _fatal(QCoreApplication.translate("App", "Library from a newer version"), translated(str(exc)))
    except sqlite3.DatabaseError as exc:
        if disk_full(exc, paths.db_path):  # a sound library on a full disk: never "move it away"
            _fatal(QCoreApplication.translate("App", "The disk is full"),
                   QCoreApplication.translate("App", "The library %1 cannot be opened: the disk holding it is "
                       "full (%2). Free some space on that disk (empty the trash, delete or move large "
                       "files), then start again. The library has not been changed.")
                   .replace("%1", str(paths.db_path)).replace("%2", translated(str(exc))))  # fmt: skip
            return None
        if _unreadable_here(exc):  # the disk's or the folder's trouble, no sign of damage
            _fatal(QCoreApplication.translate("App", "Cannot open the library"),
                   QCoreApplication.translate("App", "The library %1 cannot be used here (%2). The library "
                       "has not been changed: check the disk and the folder's permissions, then start again.")
                   .replace("%1", str(paths.db_path)).replace("%2", translated(str(exc))))  # fmt: skip
            return None
        _fatal(QCoreApplication.translate("App", "Cannot open the library"),
               QCoreApplication.translate("App", "The file %1 is not a readable Briefing Reader library (%2). "
                   "Move it away or start with --data-dir pointing to another folder.")
               .replace("%1", str(paths.db_path)).replace("%2", translated(str(exc))))  # fmt: skip
    except OSError as exc:
        _fatal(QCoreApplication.translate("App", "Cannot open the library"),
               QCoreApplication.translate("App", "The library folder %1 cannot be used: %2.")
               .replace("%1", str(paths.data_dir)).replace("%2", translated(str(exc.strerror or exc))))  # fmt: skip
    return None


def _unreadable_here(exc: sqlite3.DatabaseError) -> bool:
    """Errors the core's damage check passes on as no evidence of damage (`diagnose`)."""
    return any(sign in str(exc) for sign in ("unable to open", "readonly", "disk I/O error"))


def create_application(argv: Sequence[str]) -> QApplication:
    app = QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


def run(data_dir: str | None = None, argv: Sequence[str] = (), files: Sequence[str] = (),
        language: str | None = None) -> int:  # fmt: skip
    """Start the app on the library in `data_dir` (or the default place), importing `files`,
    in `language` ("de", "en"; None: the settings' or the system's); the exit code."""
    paths = resolve(data_dir)
    app = create_application([sys.argv[0], *argv])
    # The language and theme first: a folder that cannot be made and a window that does not
    # answer were told in English, in Qt's bare style, to a German user.
    settings = Settings.load(paths.settings_file)
    i18n.install(app, language or i18n.choose_language(settings))
    if not settings.theme_chosen:  # until one is chosen, the desktop's light or dark
        settings.theme = desktop_theme(app)
    apply_theme(app, settings.theme)
    try:
        paths.ensure()
    except OSError as exc:
        if paths.db_path.is_file():  # opens read-only (its folder is not writable), as it would
            # with config/, state/ and logs/ beside it: a library copied alone into a read-only
            # folder (a share, a colleague's stick) was refused with "Cannot start".
            log.warning("%s; opening the library without it", exc)
        else:
            _fatal(QCoreApplication.translate("App", "Cannot start"),
                   QCoreApplication.translate("App", "The folder %1 cannot be created or written to (%2). Check that "
                       "you may write there, or start with --data-dir pointing to another folder.")
                   .replace("%1", str(exc.filename or paths.data_dir)).replace("%2", translated(str(exc.strerror or exc))))  # fmt: skip
            return 1
    configure_logging(paths)
    qInstallMessageHandler(_qt_message)
    try:
        return _run_single(app, paths, settings, files)
    finally:
        # Qt speaks on after this, as Python shuts down (each plugin unloaded, with a logging
        # rule on or QT_DEBUG_PLUGINS=1): to a Python handler by then gone, a segfault at exit.
        qInstallMessageHandler(None)


def _run_single(app: QApplication, paths: Paths, settings: Settings, files: Sequence[str]) -> int:
    """The window, unless one is open on the library already (it is handed the files)."""
    sys.excepthook = _excepthook
    files = [os.path.abspath(f) for f in files]
    instance = SingleInstance(paths)
    if not instance.acquire():
        if instance.hand_over(files):
            log.info("the window already open on %s takes over", paths.db_path)
            return 0
        _fatal(QCoreApplication.translate("App", "Already open"),
               QCoreApplication.translate("App", "Another %1 window has this library open but does not "
                   "answer. Close it (or end it), then start again.").replace("%1", APP_NAME))  # fmt: skip
        return 1
    try:
        with collecting_on_gui_thread(app):
            return _run_window(app, paths, settings, instance, files)
    finally:
        instance.release()


def _run_window(app: QApplication, paths: Paths, settings: Settings, instance: SingleInstance,
                files: Sequence[str]) -> int:  # fmt: skip
    from reader.ui.main_window import MainWindow  # after QApplication: it builds fonts and icons

    said: list[str] = []
    store = open_library(paths, said)
    while store is not None:
        session = Session(store, settings=settings)
        window = MainWindow(session, paths)
        handover = instance.activated.connect(lambda asked, w=window: bring_forward(w, asked))
        window.show()
        window.start()
        window.safety.start()
        if said:  # the window came back on a backup: say which, and where the old one is
            window.statusBar().showMessage(" ".join(said))
            said.clear()
        if files:
            window.importer.open_files(files)
            files = ()
        try:
            code = app.exec()
        finally:
            QObject.disconnect(handover)
            store.close()
        if window.safety.restore_from is None:
            return code
        store = _restore(window.safety.restore_from, paths, said)
    return 2


def bring_forward(window: MainWindow, files: Sequence[str]) -> None:
    """A second start asked for this library: show the window on top and import its files (or,
    on a library open read-only, say at once why they are not)."""
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    window.importer.open_files(list(files))


def _restore(backup: Path, paths: Paths, said: list[str]) -> Store | None:
    """Carry out the restore chosen in File ▸ Backups…: the store to reopen the window on; what
    its status bar says of the restore (the reopened window said nothing of it) goes to `said`."""
    try:
        aside, held = restore(backup, paths.db_path)
    except (BackupError, OSError) as exc:
        _fatal(QCoreApplication.translate("App", "Not restored"),
               QCoreApplication.translate("App", "The backup could not be restored (%1). The library "
                   "was not changed.").replace("%1", translated(str(exc))))  # fmt: skip
        return open_library(paths, said)
    log.info("restored %s (%s); the previous library is kept as %s", backup, held, aside)
    said.append(QCoreApplication.translate("App", "Backup restored: %1. The library before it is kept in the "
                                           "backups folder.").replace("%1", counts_text(held)))  # fmt: skip
    return open_library(paths, said)
