"""Tag this import… and a text pasted behind the import: each gets its offer in turn. Seen: the
paste, added right after the import ended, offered "Tag the pasted source…" in the place of the
import's "Tag this import…" for good. The paste's shows first, what was done last; the import's
comes back once it is used, its half minute is up or the paste is undone. A later paste's takes
an earlier paste's place, and the next import started takes both away. (Real window and files,
each import held at its start as in test_import_while_importing.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from reader.ui import dialogs
from reader.ui.library.tag_import import OFFER_MS
from tests.ui.library.tag_offer import tagged_by_the_offer
from tests.ui.library.test_import_while_importing import ARTICLE, _files, gates  # noqa: F401


@pytest.fixture
def window(make_window, monkeypatch):
    """The window, each box it shows (the import's report) answered at once."""
    monkeypatch.setattr(dialogs, "run", lambda dialog: 0)
    return make_window()


@pytest.fixture
def behind_an_import(window, qtbot, tmp_path: Path, gates) -> tuple[int, int]:  # noqa: F811
    """An import held at its start, a text pasted behind it, both let through: the import's
    source and the pasted one."""
    (running,) = _files(tmp_path, gates, "Tokio plant Subventionen")
    before = set(window.session.store.sources.ids())
    window.importer.import_paths([running])
    QApplication.clipboard().setText(ARTICLE.format(title="Rapidus baut in Hokkaido aus", n=2))
    window.paste_action.trigger()
    gates[running.name].set()
    qtbot.waitUntil(lambda: len(window.session.store.sources.ids()) == len(before) + 2, timeout=20_000)
    qtbot.waitUntil(lambda: not window.import_progress.isVisible())
    pasted = window.library.current_source_id()
    (imported,) = set(window.session.store.sources.ids()) - before - {pasted}
    return imported, pasted


def test_the_imports_offer_comes_back_once_the_pastes_is_used(window, behind_an_import, monkeypatch) -> None:
    """Seen: a text pasted while an import ran was added right after it, and its "Tag the pasted
    source…" took the place of the import's "Tag this import…" for good; the import could not be
    tagged from the window. Each gets its offer in turn: the paste's, what was done last, then
    the import's, each tagging its own sources."""
    imported, pasted = behind_an_import
    tagger, store = window.import_tagger, window.session.store
    tags = iter(["Chips", "Tokio"])
    monkeypatch.setattr(dialogs, "ask_text", lambda *args, **kwargs: next(tags))
    assert tagger.isVisible() and tagger.button.text() == "Tag the pasted source…"
    tagger.button.click()
    assert store.sources.get(pasted).tags == ("Chips",) and store.sources.get(imported).tags == ()
    assert tagger.isVisible() and tagger.button.text() == "Tag this import…"
    assert tagger.button.toolTip() == "Give the 1 source this import added one tag"
    tagger.button.click()
    assert store.sources.get(imported).tags == ("Tokio",) and store.sources.get(pasted).tags == ("Chips",)
    assert not tagger.isVisible()


def test_the_imports_offer_comes_back_when_the_pastes_time_is_up(window, behind_an_import) -> None:
    imported, _pasted = behind_an_import
    tagger = window.import_tagger
    # The half minute's end is the timer's timeout, sent here: a 50 ms timer raced the checks
    # (on a busy machine the import's offer could be gone too before it was looked at).
    assert tagger._timer.isActive()
    tagger._timer.timeout.emit()  # the paste's time is up
    assert tagger.isVisible() and tagger.button.text() == "Tag this import…"
    assert tagger.button.toolTip() == "Give the 1 source this import added one tag"
    assert tagger._timer.isActive() and tagger._timer.remainingTime() > OFFER_MS // 2  # its own time, anew
    tagger._timer.timeout.emit()  # then its own is up too
    assert not tagger.isVisible()


def test_a_second_paste_takes_the_first_pastes_offer(window, monkeypatch) -> None:
    """Each paste's offer stands for the text just pasted, the one the window shows: an older
    paste's "Tag the pasted source…" coming back after the newer one's was used read as the
    same offer again (as if the tag had not been given), and tagged a text out of sight."""
    store, tagger = window.session.store, window.import_tagger
    QApplication.clipboard().setText(ARTICLE.format(title="Tokio plant Subventionen", n=1))
    window.paste_action.trigger()
    first = window.library.current_source_id()
    QApplication.clipboard().setText(ARTICLE.format(title="Rapidus baut in Hokkaido aus", n=2))
    window.paste_action.trigger()
    second = window.library.current_source_id()
    assert first != second and tagger.isVisible()
    monkeypatch.setattr(dialogs, "ask_text", lambda *args, **kwargs: "Chips")
    tagger.button.click()
    assert store.sources.get(second).tags == ("Chips",) and store.sources.get(first).tags == ()
    assert not tagger.isVisible()


def test_undoing_the_paste_brings_back_the_imports_offer(window, behind_an_import) -> None:
    imported, _pasted = behind_an_import
    window.undo_action.trigger()  # the paste taken back
    tagger = window.import_tagger
    assert tagger.isVisible() and tagger.button.text() == "Tag this import…"
    assert tagged_by_the_offer(window) == [imported]


def test_an_import_started_takes_both_offers_away(window, behind_an_import, qtbot, tmp_path: Path,
                                                  gates) -> None:  # noqa: F811  # fmt: skip
    """The paste's offer over the import's, and the next import started: neither is left beside
    its Cancel (the import's, shown once the paste's went, read as the running one's)."""
    tagger = window.import_tagger
    assert tagger.isVisible() and tagger.button.text() == "Tag the pasted source…"
    (running,) = _files(tmp_path, gates, "Osaka baut aus")
    window.importer.import_paths([running])
    assert not tagger.isVisible()
    gates[running.name].set()
    qtbot.waitUntil(lambda: not window.import_progress.isVisible(), timeout=20_000)
    tagger._timer.timeout.emit()  # the running import's own offer is up: neither comes back, both were taken
    assert not tagger.isVisible()
