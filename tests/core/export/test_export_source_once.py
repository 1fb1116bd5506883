"""A source the briefing quotes is one footnote, even when a who's who or chronology names it too.

Seen in the window: a briefing quoting Handelsblatt and then a who's who of that article listed
the source twice, `[^1]: Handelsblatt, …, paragraph 1` and `[^2]: Handelsblatt, …` (the who's
who cites whole sources, the quote a paragraph). The README's rule is that a source cited again
keeps its number, while quotes from different paragraphs have their own: so a whole-source
reference takes the number of the source's first quoted passage. A real library in tmp.
"""

from __future__ import annotations

import re
from pathlib import Path

import export_library
import pytest

from reader.cli import main
from reader.core.export.briefing import briefing_document
from reader.core.store import Store
from reader.core.stories import chronology_markdown

# The seeds as export_library sets their metadata (by hand there).
HANDELSBLATT = "Handelsblatt, Nicole Bastian, 2024-04-11, “Die USA und Japan machen vor, wie eine Technologie-Partnerschaft funktioniert”"
DWN = "DWN, 2025-10-28, “Gegengewicht zu China: Japan und USA stärken Allianz”"
_REFERENCE = re.compile(r"(?<!\\)\[\^([^\]\s]+)\](?!:)")


def _definitions(document: str) -> list[str]:
    return [line for line in document.splitlines() if line.startswith("[^")]


def test_a_whos_who_after_a_quote_cites_the_quotes_footnote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "lib"
    data_dir.mkdir()
    store = Store.open(data_dir / "library.sqlite")
    try:
        ids = export_library.build(store)
        store.entities.refresh()
        briefing, _ = store.briefings.create("Memo")
        store.briefings.add_highlights(briefing.id, [ids[3]])  # Handelsblatt, paragraph 1
        store.briefings.add_text(briefing.id, store.entities.whos_who([3, 2]))
    finally:
        store.close()
    out = tmp_path / "out"
    assert main(["--data-dir", str(data_dir), "export", "--briefing", "Memo", str(out)]) == 0
    capsys.readouterr()
    document = (out / "Memo.md").read_text(encoding="utf-8")
    quote, whos_who = document.split("**Who's who**")
    assert _REFERENCE.findall(quote) == ["1"]
    # Handelsblatt's people keep the quote's [1]; DWN, never quoted, is cited whole as [2].
    assert set(_REFERENCE.findall(whos_who.split("## Sources")[0])) == {"1", "2"}
    assert _definitions(document) == [f"[^1]: {HANDELSBLATT}, paragraph 1", f"[^2]: {DWN}"]


def test_a_chronology_before_the_quotes_takes_the_first_quoted_passage(store: Store) -> None:
    """Reading order still numbers: the chronology's line comes first, so the passage its
    source is first quoted from becomes [1]; the other paragraph keeps a number of its own."""
    ids = export_library.build(store)
    briefing, _ = store.briefings.create("Memo")
    handelsblatt = store.sources.get(3)
    assert handelsblatt is not None
    store.briefings.add_text(briefing.id, chronology_markdown([handelsblatt], {}))
    store.briefings.add_highlights(briefing.id, [ids[4], ids[3], ids[4]])  # paragraphs 2, 1, 2
    document = briefing_document(store, briefing.id)
    chronology, quotes = document.split("\n> ", 1)
    assert _REFERENCE.findall(chronology) == ["1"]
    assert _REFERENCE.findall(quotes.split("## Sources")[0]) == ["1", "2", "1"]
    assert _definitions(document) == [
        f"[^1]: {HANDELSBLATT}, paragraph 2",
        f"[^2]: {HANDELSBLATT}, paragraph 1",
    ]


def test_a_chronology_inserted_in_german_joins_an_english_quote(store: Store) -> None:
    """The window inserts blocks in its language; the export may be written in another."""
    ids = export_library.build(store)
    briefing, _ = store.briefings.create("Memo")
    handelsblatt = store.sources.get(3)
    assert handelsblatt is not None
    store.briefings.add_highlights(briefing.id, [ids[3]])
    german = chronology_markdown([handelsblatt], {}, "Chronologie", "ohne Datum", "auch", "de")
    store.briefings.add_text(briefing.id, german)
    document = briefing_document(store, briefing.id)
    assert _REFERENCE.findall(document.split("## Sources")[0]) == ["1", "1"]
    assert _definitions(document) == [f"[^1]: {HANDELSBLATT}, paragraph 1"]
