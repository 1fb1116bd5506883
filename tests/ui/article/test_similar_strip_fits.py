"""The "Similar to #N …" strip never makes the article wider than the window.

Seen in a library of 2,000 sources: a source with six similar ones showed their links on one
unwrapped line, 2,250 px wide; the side panes were squeezed to their minimum and the window grew
to 2,621 px on a 1,366 px screen, and stayed that wide for the next source. Real window on the
seeds, every other seed linked as similar to one in the real store.
"""

from __future__ import annotations

from reader.ui.article.versions_bar import SIMILAR_TITLE_SHORTEST
from tests.ui.settled import settle


def _link_all(window) -> tuple[int, list[int]]:
    """Link every other seed with the first one as similar; return the first and the others."""
    store = window.session.store
    first, *others = sorted(s.id for s in store.sources.list())
    window.session.apply(lambda: store.revisions.link_similar([(o, first, 0.9) for o in others]))
    return first, others


def test_many_similar_sources_keep_the_window_and_panes_as_they_were(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    first, others = _link_all(window)
    other = next(s.id for s in window.session.store.sources.list() if s.id not in (first,))
    window.read_source(other)  # start from a source whose strip holds one link
    settle(qtbot, window)  # the panes shared out for 1024 px (`PaneWidths`) before they are measured
    sizes = window.splitter.sizes()
    window.read_source(first)
    qtbot.waitUntil(lambda: window.article.versions.similar.isVisible())
    settle(qtbot, window)
    assert window.width() == 1024
    assert window.article.minimumSizeHint().width() < 1024 // 2
    assert window.splitter.sizes()[0] == sizes[0] and window.splitter.sizes()[2] == sizes[2]
    text = window.article.versions.similar.text()
    assert all(f'href="source:{o}"' in text for o in others)  # every link is still there


def test_each_link_wraps_as_one_piece_and_titles_are_cut(make_window) -> None:
    window = make_window()
    first, others = _link_all(window)
    window.read_source(first)
    text = window.article.versions.similar.text()
    assert text.count('white-space:nowrap') == len(others)
    import re

    link_texts = re.findall(r'<a href="source:\d+">([^<]*)</a>', text)
    assert len(link_texts) == len(others) and not any("-" in t for t in link_texts)  # no line ends at "-"
    assert "…" in text  # four seed titles share the strip's characters
    assert SIMILAR_TITLE_SHORTEST <= 150 // len(others)
