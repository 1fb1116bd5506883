"""The window's edges a new user meets before the daily loop: actions that are offered only
where they can do something. Found by walking the window under Xvfb, German first."""

from __future__ import annotations

import pytest

from reader import paths
from reader.ui import undoable
from reader.ui.window_state import WindowState


def test_next_and_previous_highlight_are_off_in_an_article_without_highlights(make_window, qtbot) -> None:
    """They were offered in an article without highlights (Alt+Down did nothing); the first
    highlight turns them on, deleting it turns them off again."""
    window = make_window()
    source_id = window.session.store.sources.ids()[0]
    window.open_source(source_id)
    keys = window.article.keys
    assert not keys.next_action.isEnabled() and not keys.previous_action.isEnabled()
    highlight_id = undoable.add_highlight(window.session, source_id, (0, 12), "key")
    qtbot.waitUntil(keys.next_action.isEnabled)
    assert keys.previous_action.isEnabled()
    assert highlight_id is not None
    undoable.delete_highlight(window.session, highlight_id)
    qtbot.waitUntil(lambda: not keys.next_action.isEnabled())
    assert not keys.previous_action.isEnabled()


def _empty_window(make_window, qtbot):
    """A window on an empty library whose samples were offered before (and deleted)."""
    window = make_window(start=False)
    window.state.set_seeds_offered()
    window.start()
    qtbot.waitExposed(window)
    return window


def test_an_empty_library_offers_nothing_that_needs_an_open_source(make_window, qtbot) -> None:
    """Edit metadata and Delete source sat enabled in the toolbar of an empty library (the
    window switched them only when a source opened), and so did Tag source, Write summary note,
    the story commands and Find in article; pressed, they did nothing."""
    window = _empty_window(make_window, qtbot)
    idle = [window.edit_metadata_action, window.delete_action, window.keys.tag_action, window.keys.note_action,
            window.stories.show_action, window.stories.join_action, window.stories.detach_action,
            *window.article.find_actions]  # fmt: skip
    assert [a.text() for a in idle if a.isEnabled()] == []
    assert window.import_files_action.isEnabled() and window.paste_action.isEnabled()


def test_export_waits_for_the_first_source(make_window, qtbot, tmp_path) -> None:
    """Export offered "the whole library" of an empty one and wrote nothing; it comes on with
    the first source imported."""
    window = _empty_window(make_window, qtbot)
    assert not window.exports.export_action.isEnabled()
    article = tmp_path / "chips.txt"
    article.write_text("Tokio plant neue Halbleiter-Subventionen\n\nDie Regierung in Tokio will die "
                       "heimische Chipindustrie mit weiteren Milliarden stärken.\n", encoding="utf-8")  # fmt: skip
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
        window.importer.import_paths([article], report=False)
    qtbot.waitUntil(window.exports.export_action.isEnabled)


@pytest.mark.parametrize(("language", "words"), [("en", ["Import files", "Ctrl+O", "Ctrl+Shift+V"]),
                                                 ("de", ["Dateien importieren", "Strg+O", "Strg+Umschalt+V"])])  # fmt: skip
def test_an_empty_library_says_how_articles_come_in(make_window, qtbot, speak, language, words) -> None:
    """The middle asked a new user to "choose an article in the library" from a list without
    any; it names the ways in, with their keys, in the window's language."""
    speak(language)
    window = _empty_window(make_window, qtbot)
    said = window.article.empty.text()
    assert window.article.empty.isVisible()
    assert all(word in said for word in words), said
    assert window.paste_action.shortcut().toString() == "Ctrl+Shift+V"  # the key the text names


def test_with_sources_the_middle_asks_to_choose_one(make_window, qtbot) -> None:
    window = make_window()
    window.open_source(None)
    window.article.show_source(None)
    assert "Choose an article" in window.article.empty.text()


def test_a_folder_that_cannot_be_written_stops_the_start_in_the_users_language(tmp_path, qapp, monkeypatch) -> None:
    """A library folder on a read-only disk was refused in English (the translations came
    later), as "cannot be created" though it was there; it is told in German, naming the
    folder that failed and a way out."""
    import errno

    from PySide6.QtWidgets import QMessageBox

    from reader import paths
    from reader.ui import app

    where = paths.resolve(tmp_path / "lib")
    where.config_dir.mkdir(parents=True)
    where.settings_file.write_text('language = "de"\n', encoding="utf-8")
    state = str(where.state_dir)

    def read_only(_self):
        raise OSError(errno.EROFS, "Read-only file system", state)

    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(paths.Paths, "ensure", read_only)
    monkeypatch.setattr(app, "create_application", lambda _argv: qapp)
    monkeypatch.setattr(app, "apply_theme", lambda _app, _name: None)
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text: seen.append((title, text)))
    assert app.run(str(tmp_path / "lib")) == 1
    [(title, text)] = seen
    assert title == "Start nicht möglich"
    assert text.startswith(f"Der Ordner {state} kann nicht") and "--data-dir" in text, text


def test_a_read_only_log_folder_leaves_the_log_on_stderr(tmp_path, caplog) -> None:
    """A library on a read-only disk opens read-only, but its log file could not be opened:
    the start ended in a traceback before any window."""
    import logging

    from reader import paths
    from reader.ui import app

    where = paths.resolve(tmp_path)
    where.log_dir.parent.mkdir(parents=True, exist_ok=True)
    where.log_dir.write_text("a file where the log folder should be", encoding="utf-8")
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        app.configure_logging(where)  # no OSError
        added = root.handlers[len(before):]
        assert [type(h).__name__ for h in added] == ["StreamHandler"]
        assert "no log file" in caplog.text
    finally:
        for handler in root.handlers[len(before):]:
            root.removeHandler(handler)
            handler.close()


@pytest.mark.parametrize(("writable", "window_open", "taken"), [(True, False, False), (False, False, True),
                                                                 (False, True, False)])  # fmt: skip
def test_a_folder_without_a_lock_file_asks_the_socket(tmp_path, qapp, monkeypatch, writable, window_open, taken) -> None:
    """In a folder that may not be written no lock can be taken (nor a dead window's taken
    over): the window said another one had the library and did not answer, with none open. There
    the socket decides; in a writable folder a held lock still refuses."""
    from PySide6.QtCore import QLockFile

    from reader import paths
    from reader.ui.safety import instance

    where = paths.resolve(tmp_path).ensure()
    held = QLockFile(str(where.lock_file))
    assert held.tryLock(0)  # as a window's lock, or one that cannot be removed
    other = instance.SingleInstance(where)
    if window_open:
        other.server = instance.QLocalServer(other)
        other.server.listen(instance.server_name(where))
    monkeypatch.setattr(instance.os, "access", lambda _path, _mode: writable)
    this = instance.SingleInstance(where)
    try:
        assert this.acquire() is taken
    finally:
        this.release()
        other.release()
        held.unlock()


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_metadata_field_has_its_own_letter(make_window, speak, language) -> None:
    """Preferences' fields had Alt+letters, Edit metadata's none: to correct a date by keyboard
    it took seven Tabs. Each field now has a letter of its own (the buttons' too), which moves
    the focus to it."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from reader.ui.library.metadata_dialog import MetadataDialog
    from tests.ui.test_window_polish import _mnemonic

    speak(language)
    window = make_window()
    dialog = MetadataDialog(window.session.store.sources.get(window.open_source_id), window)
    labels = [label for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    assert sorted(label.buddy().objectName() for label in labels) == sorted(f"field_{n}" for n in dialog.editors)
    letters = [_mnemonic(w.text()) for w in labels + dialog.findChildren(QAbstractButton)]
    claimed = [letter for letter in letters if letter is not None]
    assert len(claimed) == len(set(claimed)) and all(_mnemonic(label.text()) for label in labels), letters
    dialog.deleteLater()
    speak("en")


def test_samples_offered_before_are_not_imported_again(make_window, data_dir) -> None:
    """A folder whose samples were offered (deleted since, and the library file with them)
    starts empty: the samples come once. `make_window` is under test too: it copies the library
    a first start made only where the window would import the samples (here it gave them)."""
    where = paths.resolve(data_dir).ensure()
    state = WindowState(where.state_dir)
    state.set_seeds_offered()
    state.sync()
    window = make_window()
    assert window.session.store.sources.count() == 0
