"""The chronology Markdown: oldest first, a story on one line, every source cited."""

from __future__ import annotations

from pathlib import Path

from reader.core import importer
from reader.core.store import Store
from reader.core.stories import chronology_markdown


def test_chronology_of_the_seeds(store: Store, seeds_dir: Path) -> None:
    results = importer.import_paths(store, [seeds_dir], workers=1)
    ids = {Path(r.path).name[:3]: r.source_id for r in results}
    sources = [store.sources.get(i) for i in store.sources.ids()]
    text = chronology_markdown(sources, store.stories.story_of())
    lines = text.splitlines()
    assert lines[0] == "**Chronology**"
    entries = [line for line in lines if line.startswith("- ")]
    # 2022, 2024, then the Tokyo meeting of 28 Oct 2025 as one line for its three reports
    assert [e[4:14] for e in entries] == ["2022-01-22", "2024-04-11", "2025-10-28"]
    tokyo = entries[2]
    assert "; also DWN" in tokyo
    german = chronology_markdown(sources, store.stories.story_of(), language="de")
    assert "; auch DWN" in german and "also" not in german  # it read "; also DWN" in German
    assert all(f"[^chron-{ids[k]}]" in tokyo for k in ("000", "001", "004"))
    assert f"[^chron-{ids['002']}]: Handelsblatt, Nicole Bastian, 2024-04-11, “Die USA und Japan machen vor" in text
    assert text.count("[^chron-") == 10  # five marks, five footnotes


def test_a_german_chronology_dates_and_cites_as_the_german_briefing_does(store: Store, seeds_dir: Path) -> None:
    """Its days and footnotes read like the briefing's German citations ("Quellen"):
    28.10.2025 and „…“, not ISO days and English quotation marks."""
    results = importer.import_paths(store, [seeds_dir], workers=1)
    ids = {Path(r.path).name[:3]: r.source_id for r in results}
    sources = [store.sources.get(i) for i in store.sources.ids()]
    text = chronology_markdown(sources, store.stories.story_of(), language="de")
    entries = [line for line in text.splitlines() if line.startswith("- ")]
    assert [e[4:14] for e in entries] == ["22.01.2022", "11.04.2024", "28.10.2025"]
    assert f"[^chron-{ids['002']}]: Handelsblatt, Nicole Bastian, 11.04.2024, „Die USA und Japan machen vor" in text
    assert "”" not in text  # the English closing mark


def test_undated_sources_come_last_and_markdown_is_escaped(store: Store, seeds_dir: Path) -> None:
    importer.import_paths(store, [seeds_dir], workers=1)
    source = store.sources.get(store.sources.ids()[0])
    assert source is not None
    store.sources.update_metadata(source.id, title="A *bold* [link](x)", published=None)
    sources = [store.sources.get(i) for i in store.sources.ids()]
    text = chronology_markdown(sources, {}, language="de")
    entries = [line for line in text.splitlines() if line.startswith("- ")]
    assert [e.startswith("- **ohne Datum**") for e in entries] == [False, False, False, True, True]
    assert "- **ohne Datum** — A \\*bold\\* \\[link\\](x)" in entries[3]
    assert text.startswith("**Chronologie**\n")


def test_a_wire_report_without_an_outlet_is_named_by_its_agency(store: Store, seeds_dir: Path) -> None:
    """Seen in the walkthrough's briefing: "2024-05-14 — Handelsstreit: USA erhöhen Strafzölle …"
    named no one, while the library's row read "dpa · 14 May 2024" and a DWN line "(DWN)"."""
    results = importer.import_paths(store, [seeds_dir], workers=1)
    ids = {Path(r.path).name[:3]: r.source_id for r in results}
    store.sources.update_metadata(ids["002"], site_name="", agency="dpa/lno")
    sources = [store.sources.get(i) for i in store.sources.ids()]
    entries = [line for line in chronology_markdown(sources, {}).splitlines() if line.startswith("- ")]
    wire_line = next(e for e in entries if e.startswith("- **2024-04-11**"))
    assert "(dpa)" in wire_line  # the agency as a reference names it, not the desk's "dpa/lno"
