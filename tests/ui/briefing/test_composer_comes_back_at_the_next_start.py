"""The briefing being composed at the quit is docked again at the next start, as the source
being read is opened again.

Seen in a first week's walk: a consultant quit in the evening with the composer open beside
the article, and the next start showed no composer; the briefing had to be looked for again
under Briefing ▸ Open briefing…. A composer closed before quitting stays closed, and a
briefing deleted meanwhile (another window, on the same library) is let go without a word."""

from __future__ import annotations

from reader.core.store import Store, briefing_repo
from reader.ui.window_state import WindowState
from tests.ui.briefing.test_composer_and_narrow_windows import open_composer
from tests.ui.settled import settle


def _kept(window) -> int | None:
    """The briefing a start after a crash would dock."""
    window.state.sync()
    kept = WindowState(window.paths.state_dir).open_briefing()
    return None if kept is None else kept[0]


def test_the_briefing_open_at_the_quit_is_docked_at_the_next_start(make_window, qtbot) -> None:
    window = make_window()
    open_composer(window, qtbot, "Japan Q3")
    briefing_id = open_composer(window, qtbot, "Japan Q4")  # the one shown last
    open_source = window.open_source_id
    window.close()
    again = make_window()
    settle(qtbot, again)
    assert again.briefings.dock.isVisible()
    assert again.session.composing() == briefing_id
    assert again.briefings.composer().briefing_id == briefing_id
    assert again.open_source_id == open_source  # the source too, as before
    assert again.article.view.viewport().width() >= 400  # room made for it, as on opening it


def test_a_composer_closed_before_quitting_stays_closed(make_window, qtbot) -> None:
    window = make_window()
    open_composer(window, qtbot, "Japan Q4")
    window.briefings.dock.close()  # its ×
    settle(qtbot, window)
    window.close()
    again = make_window()
    settle(qtbot, again)
    assert again.session.composing() is None
    assert again.library.isVisible() and again.notes.isVisible()


def test_a_briefing_deleted_meanwhile_is_let_go(make_window, qtbot, data_dir) -> None:
    window = make_window()
    briefing_id = open_composer(window, qtbot, "Japan Q4")
    db_path = window.session.store.path
    window.close()
    other = Store.open(db_path)  # another window deletes it before the next start
    other.briefings.delete(briefing_id)
    other.close()
    again = make_window()
    settle(qtbot, again)
    assert again.session.composing() is None
    assert again.library.isVisible() and again.notes.isVisible()


def test_what_a_start_after_a_crash_reads_follows_the_composer(make_window, qtbot) -> None:
    """Kept as the composer opens, changes briefing and closes, not at the quit alone: after a
    crash (or a session's end, which closes no window) a composer closed since came back."""
    window = make_window()
    first = open_composer(window, qtbot, "Japan Q3")
    second = open_composer(window, qtbot, "Japan Q4")
    assert _kept(window) == second
    combo = window.briefings.composer().briefing_combo
    combo.setCurrentIndex(combo.findData(first))  # chosen in the composer's list
    assert _kept(window) == first
    window.briefings.dock.close()  # its ×
    assert _kept(window) is None


def test_a_briefing_deleted_in_the_composer_leaves_the_one_shown_after_it(make_window, qtbot) -> None:
    window = make_window()
    first = open_composer(window, qtbot, "Japan Q3")
    open_composer(window, qtbot, "Japan Q4")
    composer = window.briefings.composer()
    window.session.apply(lambda: window.session.store.briefings.delete(composer.briefing_id))
    assert composer.briefing_id == first  # the composer falls back to the other
    assert _kept(window) == first


def test_a_briefing_made_since_under_the_deleted_ones_id_is_not_docked(make_window, qtbot, monkeypatch) -> None:
    """SQLite gives the id of a deleted briefing (the last one made) to the next one made: a
    `briefing briefing delete` and a `briefing briefing create` in a terminal before the next start
    docked the new one."""
    window = make_window()
    briefing_id = open_composer(window, qtbot, "Japan Q4")
    db_path = window.session.store.path
    window.close()
    other = Store.open(db_path)
    other.briefings.delete(briefing_id)
    monkeypatch.setattr(briefing_repo, "now", lambda: "2031-03-02T08:15:00+00:00")  # the next morning, say
    made, _ = other.briefings.create("Energie")
    other.close()
    assert made.id == briefing_id  # the id given again
    again = make_window()
    settle(qtbot, again)
    assert again.session.composing() is None
