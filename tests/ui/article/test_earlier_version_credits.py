"""Reading an earlier version names who that version credited: the Hamburg port story came in
from dpa/lno on 28 October and was replaced by Reuters' text a day later."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer import import_paths

PAGES = Path(__file__).resolve().parents[2] / "data" / "agency"


def test_the_earlier_version_shows_its_own_agency(make_window) -> None:
    window = make_window()
    store = window.session.store
    (first,) = import_paths(store, [PAGES / "hafen_v1.txt"], workers=1)
    import_paths(store, [PAGES / "hafen_v2.txt"], update=True, workers=1)
    window.library.reload()
    window.open_source(first.source_id)
    byline = window.article.view.header.byline
    assert byline.text().startswith("DER SPIEGEL · Reuters · ")
    window.article.show_original_action.trigger()
    window.article.versions.revision_chosen.emit(1)
    assert byline.text().startswith("DER SPIEGEL · dpa/lno · ")
    assert "28" in byline.text() and "29" not in byline.text()
    assert byline.toolTip() == "News agency: dpa/lno"
    window.article.versions.revision_chosen.emit(2)
    assert byline.text().startswith("DER SPIEGEL · Reuters · ")
