"""Search as you type finds a source by its news agency and shows it in the "Outlet/author" hit,
credited as the header does (the Hamburg port story: DER SPIEGEL, dpa/lno)."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer import import_paths
from tests.ui.library.typed_search import typed_results

PAGE = Path(__file__).resolve().parents[2] / "data" / "agency" / "hafen_v1.txt"


def _source_hits(window, qtbot, text: str) -> list:
    return [r for r in typed_results(window, qtbot, text) if r.where == "source"]


def test_the_agency_is_found_and_shown(make_window, qtbot) -> None:
    window = make_window()
    store = window.session.store
    (result,) = import_paths(store, [PAGE], workers=1)
    store.sources.update_metadata(result.source_id, byline="Anna Schmidt")
    window.library.reload()
    (hit,) = _source_hits(window, qtbot, "lno")
    assert hit.source_id == result.source_id
    assert hit.snippet_text == "DER SPIEGEL · Anna Schmidt · dpa/lno"
    assert hit.snippet_spans == ((33, 36),)  # "lno", made bold
    (hit,) = _source_hits(window, qtbot, "schmidt spiegel")
    assert hit.snippet_text == "DER SPIEGEL · Anna Schmidt · dpa/lno"


def test_a_wire_byline_is_shown_once(make_window, qtbot) -> None:
    window = make_window()
    store = window.session.store
    (result,) = import_paths(store, [PAGE], workers=1)
    assert store.sources.get(result.source_id).byline == "dpa/lno"  # type: ignore[union-attr]
    window.library.reload()
    (hit,) = _source_hits(window, qtbot, "dpa")
    assert hit.snippet_text == "DER SPIEGEL · dpa/lno"
    assert hit.snippet_spans == ((14, 17),)
