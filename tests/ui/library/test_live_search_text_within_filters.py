"""The live search's full-text hits are the best of those the filter bar lets through: the
search is narrowed in its SQL, so its limit (101 asked for, 100 shown) counts only sources the
list may show. A library of 125 reports naming "Hafenbilanz" in their titles, all read, and 3
older unread ones naming it once in the text: with Unread only, the 101 best matches were all
read, filtered afterwards they left none, and the 3 unread ones were not listed."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer import import_paths
from reader.ui.library import live_search
from tests.ui.library.typed_search import typed_results

READ = 125  # more than the search's limit and the rows it reads beyond it for ties
UNREAD = 3


def _report(folder: Path, n: int, read: bool) -> Path:
    """A page of its own (no duplicate of another): a read one names the word in its title
    and twice in its text, ranking above an unread one, which names it once in its text."""
    page = folder / f"bericht_{n:03d}.txt"
    if read:
        text = (f"Hafenbilanz Nummer {n}\n\nDie Hafenbilanz der Woche {n}: {n * 1000 + 17} Container "
                f"an Kai {n}. Die Hafenbilanz nennt {n * 31 + 5} Anläufe.\n")  # fmt: skip
    else:
        text = (f"Schleusenbericht {n}\n\nAn der Schleuse {n} warteten {n * 7 + 3} Schiffe; Lotsen der "
                f"Schicht {n} lobten das Wetter, und am Ende stand es auch in der Hafenbilanz.\n")  # fmt: skip
    page.write_text(text, encoding="utf-8")
    return page


def _library(window, tmp_path: Path) -> tuple[list[int], list[int]]:
    """The read reports' ids and the unread ones', imported before the read ones (so older)."""
    store = window.session.store
    unread = [r.source_id for r in import_paths(store, [_report(tmp_path, n, False) for n in range(UNREAD)], workers=1)]
    read = [r.source_id for r in import_paths(store, [_report(tmp_path, n, True) for n in range(READ)], workers=1)]
    assert None not in unread + read
    for source_id in read:
        store.sources.mark_opened(source_id)
    window.library.reload()
    return [i for i in read if i is not None], [i for i in unread if i is not None]


def _listed(window, qtbot, text: str) -> list[int]:
    """The sources of the text hits the list shows for `text`."""
    return [r.source_id for r in typed_results(window, qtbot, text) if r.where != "source"]


def test_unread_only_lists_the_unread_matches_below_the_read_ones(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    read, unread = _library(window, tmp_path)
    assert set(_listed(window, qtbot, "Hafenbilanz")) <= set(read)  # the 100 best: read ones alone
    window.library.filters.unread_check.setChecked(True)
    assert sorted(_listed(window, qtbot, "Hafenbilanz")) == sorted(unread)
    qtbot.waitUntil(lambda: window.library.status.text() == "3 results")


def test_a_tag_holding_a_quote_lists_its_matches_below_the_others(make_window, qtbot, tmp_path: Path) -> None:
    """A tag named with '"' cannot be quoted in the query: the search is narrowed to its
    sources, as to the filter bar's, and not its 101 best hits to the tag afterwards."""
    window = make_window()
    read, unread = _library(window, tmp_path)
    tagged = [*unread, read[0]]  # the newest read report, and the unread ones below it
    window.session.store.tags.add(tagged, 'Hafen "Nord"')
    found = live_search.run(window.session, "Hafenbilanz", 'Hafen "Nord"')
    assert sorted(r.source_id for r in found.results) == sorted(tagged)
    assert not found.more
