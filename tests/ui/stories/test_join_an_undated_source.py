"""Source ▸ Join with… on a source without a date offers the sources imported with it first.

Walking the app on 379 imported pages, Join with… on an undated copy of a Tokyo report listed
the 60 titles that sort first ("\"Die sofortige Einstellung …", "513 Stimmen …", "A case of the
bubonic plague …" down to "Apple will sich …"): the report it belonged with, and every title
after "Apple", could not be chosen. Real window, real SQLite, the labelled story set as the
library imported a week before.
"""

from __future__ import annotations

from pathlib import Path

from reader import paths
from reader.core.importer import import_paths
from reader.core.store import Store

STORY_SET = Path(__file__).resolve().parents[2] / "data" / "stories"

UNDATED = """Rohstoffe: Tokio und Washington rücken zusammen

Japan und die Vereinigten Staaten wollen bei seltenen Erden enger zusammenarbeiten. Die
Regierungschefin in Tokio sprach von einem neuen Kapitel der Allianz, der Besuch aus Washington
sei ein Zeichen des Vertrauens. Beide Seiten wollen Lieferketten für Magnete sichern.
"""

DATED = """Zölle und Magnete: Allianz im Pazifik

28.10.2025

Die Regierungen in Tokio und Washington haben am Dienstag ein Rahmenabkommen über kritische
Mineralien unterzeichnet. Die Ministerpräsidentin nannte es ein goldenes Zeitalter der
Partnerschaft; der Präsident lobte die Investitionszusagen.
"""


def _library(data_dir: Path, tmp_path: Path) -> tuple[int, int]:
    """The story set imported a week ago, then today a folder with the two Tokyo pages."""
    where = paths.resolve(data_dir).ensure()
    store = Store.open(where.db_path)
    try:
        import_paths(store, sorted(STORY_SET.glob("*.txt")), workers=1)
        with store.db.conn:
            store.db.execute("UPDATE sources SET imported_at = '2026-11-20T09:00:00+00:00'")
        folder = tmp_path / "tokio"
        folder.mkdir()
        (folder / "a_rohstoffe.txt").write_text(UNDATED, encoding="utf-8")
        (folder / "b_zoelle.txt").write_text(DATED, encoding="utf-8")
        results = import_paths(store, [folder], workers=1)
        undated, dated = (r.source_id for r in results)
        assert undated is not None and dated is not None
        assert store.sources.get(undated).published is None  # no date on the page
        assert store.stories.story_of([undated]).get(undated) is None  # not grouped by itself
        return undated, dated
    finally:
        store.close()


def test_join_with_offers_what_was_imported_with_an_undated_source(make_window, data_dir, tmp_path,
                                                                   monkeypatch) -> None:  # fmt: skip
    from reader.ui import dialogs

    undated, dated = _library(data_dir, tmp_path)
    window = make_window()
    window.library.select_source(undated)
    offered: list[list[str]] = []

    def choose(_parent, _title, _label, choices: list[str]) -> int:
        offered.append(choices)
        return 0

    monkeypatch.setattr(dialogs, "ask_choice", choose)
    window.stories.choose_join()
    store = window.session.store
    assert offered[0][0].startswith("Zölle und Magnete: Allianz im Pazifik")
    story = store.stories.story_of([undated, dated])
    assert story[undated] is not None and story[undated] == story[dated]
