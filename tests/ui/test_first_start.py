"""First start: an empty library gets the bundled samples, once."""

from __future__ import annotations

import pytest

from reader.paths import bundled_seeds_dir

pytestmark = pytest.mark.usefixtures("real_first_start")  # the samples imported here, not copied


def test_first_start_imports_the_seeds_in_the_background(make_window) -> None:
    window = make_window()
    seeds = sorted(bundled_seeds_dir().glob("*.txt"))
    assert window.library.status.text() == f"{len(seeds)} sources" == "5 sources"
    assert window.library.model.rowCount() == 3  # the three reports of the Tokyo meeting: one row
    assert window.library.tag_model.data(window.library.tag_model.index(0)) == "All sources  (5)"
    assert window.library.current_source_id() is not None
    assert window.open_source_id == window.library.current_source_id()


def test_samples_removed_by_the_user_stay_removed(make_window) -> None:
    window = make_window()
    store = window.session.store
    for source_id in store.sources.ids():
        store.sources.delete(source_id)
    window.close()
    second = make_window()
    assert second.library.model.rowCount() == 0
    assert second.library.status.text() == "The library is empty"


def test_first_start_says_what_the_samples_are_and_how_to_bring_ones_own(make_window) -> None:
    """The status line said only "Import finished: 5 imported" to someone who had imported nothing."""
    window = make_window()
    said = window.statusBar().currentMessage()
    assert said == ("These are five sample articles. Import your own with Ctrl+O, or copy an article's "
                    "text and paste it with Ctrl+Shift+V.")  # fmt: skip
    window.close()
    again = make_window()  # a later start says nothing of samples
    assert "sample" not in again.statusBar().currentMessage()


def test_a_new_import_clears_the_last_line_beside_its_progress(make_window, qtbot, tmp_path) -> None:
    """The welcome (or the last import's summary) stayed beside "Importing 3 of 40"."""
    window = make_window()
    assert window.statusBar().currentMessage().startswith("These are five sample articles")
    article = tmp_path / "tokio.txt"
    article.write_text("Tokio investiert\n\nDie Regierung in Tokio investiert in Halbleiter und Batterien.\n",
                       encoding="utf-8")  # fmt: skip
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
        window.importer.import_paths([str(article)])
        assert window.statusBar().currentMessage() == ""
    assert window.statusBar().currentMessage() == "Import finished: 1 imported"


def test_the_first_days_backup_leaves_the_welcome_in_place(make_window, qtbot) -> None:
    """Seen on a first start: five seconds in, the day's backup said "Backed up and verified: 5
    sources, 0 highlights, 0 notes." over the welcome, and then the status line stayed empty —
    the one hint on how to bring one's own articles gone."""
    window = make_window()
    safety = window.safety
    safety.back_up_if_due()
    qtbot.waitUntil(lambda: not safety._backing_up, timeout=20_000)
    assert window.statusBar().currentMessage().startswith("These are five sample articles")


def test_while_the_samples_come_in_the_middle_says_so(make_window, qtbot) -> None:
    """Seen on a first start: the status bar said "Importing five sample articles…" while the
    middle pane said "The library is empty. Import articles with …" — two stories at once."""
    window = make_window(start=False)
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
        window.start()
        assert window.article.empty.text() == "Importing five sample articles…"
    assert "Importing" not in window.article.empty.text()
    assert "empty" not in window.article.empty.text()
