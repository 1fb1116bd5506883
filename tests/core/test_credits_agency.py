"""The news agency wherever a source's credits appear outside the header: the chronology's and
the who's who's footnotes, and the detail line of a combined export. Expected lines are
written out by hand from the Hamburg port wire story (dpa/lno, 28 October 2025)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reader.core.export import documents
from reader.core.importer import import_paths
from reader.core.models import credited
from reader.core.store import Store
from reader.core.stories import chronology_markdown

PAGE = Path(__file__).resolve().parents[1] / "data" / "agency" / "hafen_v1.txt"
TITLE = "Hamburger Hafen meldet weniger Containerumschlag"


def _wire_story(store: Store, **metadata: str | None) -> int:
    (result,) = import_paths(store, [PAGE], workers=1)
    store.sources.update_metadata(result.source_id, **metadata)
    return result.source_id


@pytest.mark.parametrize(
    ("byline", "outlet", "agency", "expected"),
    [
        ("Anna Schmidt", "DER SPIEGEL", "dpa/lno", ("Anna Schmidt", "DER SPIEGEL", "dpa/lno")),
        ("dpa/lno", "DER SPIEGEL", "dpa/lno", (None, "DER SPIEGEL", "dpa/lno")),
        ("DPA/LNO", None, "dpa/lno", (None, None, "dpa/lno")),
        ("Reuters", "Reuters", "Reuters", (None, "Reuters", None)),
        ("Anna Schmidt", "DER SPIEGEL", None, ("Anna Schmidt", "DER SPIEGEL", None)),
        # A press release signed by the body that publishes it: named once, as the outlet.
        ("Bundesamt für Wirtschaft", "Bundesamt für Wirtschaft", None, (None, "Bundesamt für Wirtschaft", None)),
        ("bundespolizei ", "Bundespolizei", None, (None, "Bundespolizei", None)),
        # The outlet's newsroom signing, and the agency under the outlet's full name: once each.
        ("N-Land Redaktion", "N-Land", None, (None, "N-Land", None)),
        ("Redaktion N-Land", "N-Land", None, (None, "N-Land", None)),
        ("Kinzig.News-Redaktion", "Kinzig.News", None, (None, "Kinzig.News", None)),
        ("Practical Horseman Editorial Staff", "Practical Horseman", None, (None, "Practical Horseman", None)),
        ("Mein-MMO Redaktion", "Mein-MMO.de", None, (None, "Mein-MMO.de", None)),
        ("Ann Lee", "The Associated Press", "Associated Press", ("Ann Lee", "The Associated Press", None)),
        # A desk, the newsroom unnamed or another house's staff stay: they say something else.
        ("Redaktion", "tennis MAGAZIN", None, ("Redaktion", "tennis MAGAZIN", None)),
        ("Jerusalem Post Staff", "JPost", None, ("Jerusalem Post Staff", "JPost", None)),
        ("Lokal Redaktion", "N-Land", None, ("Lokal Redaktion", "N-Land", None)),
    ],
)
def test_the_wire_is_credited_once(
    byline: str | None, outlet: str | None, agency: str | None, expected: tuple[str | None, ...]
) -> None:
    assert credited(byline, outlet, agency) == expected


def test_chronology_footnote_names_the_agency(store: Store) -> None:
    source_id = _wire_story(store, site_name="DER SPIEGEL", byline="Anna Schmidt", agency="dpa/lno")
    text = chronology_markdown([store.sources.get(source_id)], {})  # type: ignore[list-item]
    assert f"[^chron-{source_id}]: DER SPIEGEL (dpa), Anna Schmidt, 2025-10-28, “{TITLE}”\n" in text


def test_chronology_footnote_names_a_wire_byline_once(store: Store) -> None:
    source_id = _wire_story(store, site_name="DER SPIEGEL", byline="dpa/lno", agency="dpa/lno")
    text = chronology_markdown([store.sources.get(source_id)], {})  # type: ignore[list-item]
    assert f"[^chron-{source_id}]: DER SPIEGEL (dpa), 2025-10-28, “{TITLE}”\n" in text


def test_whos_who_footnote_names_the_agency(store: Store, tmp_path: Path) -> None:
    """The page names no body but its wire ("dpa" in its dateline, no body of the report's:
    session 41): a line naming the port's marketing body is added, for a line to cite it."""
    page = tmp_path / PAGE.name
    page.write_text(PAGE.read_text(encoding="utf-8").replace(
        "Nach Angaben der Hafen Hamburg Marketing", "Nach Angaben des Vereins Hafen Hamburg Marketing e.V."), encoding="utf-8")  # fmt: skip
    (result,) = import_paths(store, [page], workers=1)
    source_id = result.source_id
    store.sources.update_metadata(source_id, site_name="DER SPIEGEL", byline="dpa/lno", agency="dpa/lno")
    store.entities.refresh()
    text = store.entities.whos_who([source_id])
    assert f"[^who-{source_id}]: DER SPIEGEL (dpa), 2025-10-28, “{TITLE}”" in text
    assert "dpa/lno" not in text
    german = store.entities.whos_who([source_id], language="de")
    assert f"[^who-{source_id}]: DER SPIEGEL (dpa), 28.10.2025, „{TITLE}“" in german


def test_combined_export_detail_line_names_the_agency(store: Store) -> None:
    source_id = _wire_story(store, site_name="DER SPIEGEL", byline="Anna Schmidt", agency="dpa/lno")
    item = documents.load(store, source_id)
    text = documents.combined_document([item], "Häfen", date(2025, 11, 3))
    assert f"## {TITLE}\n\nDER SPIEGEL · Anna Schmidt · dpa/lno · 2025-10-28T18:05\n" in text
    store.sources.update_metadata(source_id, byline="dpa/lno")
    text = documents.combined_document([documents.load(store, source_id)], "Häfen", date(2025, 11, 3))
    assert f"## {TITLE}\n\nDER SPIEGEL · dpa/lno · 2025-10-28T18:05\n" in text
