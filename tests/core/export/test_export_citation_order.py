"""A briefing's citations read 1, 2, 3 from the top, in the exported file and in the preview.

Seen in the window: a briefing opening with an inserted chronology and a who's who, then the
quotes, showed its first quote as [6] in the preview (python-markdown numbered footnotes where
they are defined: the chronology's mid-document, the quotes' at the end), the same source got
one number in the chronology and another in the who's who, and the exported file labelled the
first quote `[^1]` below `[^chron-3]`. A real library in tmp, exported by the `briefing` command.
"""

from __future__ import annotations

import re
from pathlib import Path

import export_library
import pytest

from reader.cli import main
from reader.core.export.briefing import briefing_document
from reader.core.render import render_note
from reader.core.store import Store
from reader.core.stories import chronology_markdown

# The seeds as export_library annotates them (metadata set by hand there).
HANDELSBLATT = "Handelsblatt, Nicole Bastian, 2024-04-11, “Die USA und Japan machen vor, wie eine Technologie-Partnerschaft funktioniert”"
BLOG = "Industrie-Blog, Redaktion, 2025-10-28, “Japan–USA schmieden ‘Goldenes Bündnis’”"
# Reading order: chronology (Handelsblatt 2024 before the blog 2025) → 1, 2; the who's who cites
# the same two sources → 1, 2 again; quote from the blog's 2nd paragraph → 3; quote from
# Handelsblatt's 1st → 4; the blog quote again → 3.
FOOTNOTES = [
    f"[^1]: {HANDELSBLATT}",
    f"[^2]: {BLOG}",
    f"[^3]: {BLOG}, paragraph 2",
    f"[^4]: {HANDELSBLATT}, paragraph 1",
]
_REFERENCE = re.compile(r"(?<!\\)\[\^([^\]\s]+)\](?!:)")
_SUP = re.compile(r"<sup><a>\[(\d+)\]</a></sup>")


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """The seed library with a briefing: chronology, who's who, then quotes (one twice)."""
    data_dir = tmp_path / "lib"
    data_dir.mkdir()
    store = Store.open(data_dir / "library.sqlite")
    try:
        ids = export_library.build(store)
        store.entities.refresh()
        briefing, _ = store.briefings.create("Q4 memo")
        sources = [s for i in (1, 3) if (s := store.sources.get(i)) is not None]
        store.briefings.add_text(briefing.id, chronology_markdown(sources, {}))
        store.briefings.add_text(briefing.id, store.entities.whos_who([1, 3]))
        # ids[0]: source 1, paragraph 2; ids[3]: source 3, paragraph 1 (see export_library).
        store.briefings.add_highlights(briefing.id, [ids[0], ids[3], ids[0]])
    finally:
        store.close()
    return data_dir


def _parts(document: str) -> tuple[str, str, str]:
    """(chronology and who's who, quotes, footnote definitions) of the exported document."""
    head, quotes = document.split("\n> ", 1)
    quotes = "> " + quotes
    definitions = "\n".join(line for line in document.splitlines() if line.startswith("[^"))
    return head, quotes.split("## Sources")[0], definitions


def test_the_exported_file_numbers_citations_in_reading_order(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["--data-dir", str(library), "export", "--briefing", "Q4 memo", str(out)]) == 0
    capsys.readouterr()
    document = (out / "Q4 memo.md").read_text(encoding="utf-8")
    head, quotes, definitions = _parts(document)
    chronology, whos_who = head.split("**Who's who**")
    assert _REFERENCE.findall(chronology) == ["1", "2"]
    cited = _REFERENCE.findall(whos_who)
    assert cited and set(cited) <= {"1", "2"}  # the same two sources keep their numbers
    assert _REFERENCE.findall(quotes) == ["3", "4", "3"]
    assert definitions.splitlines() == FOOTNOTES  # listed once each, in that order, at the end
    assert document.rstrip().endswith(FOOTNOTES[-1])
    # Obsidian numbers by first reference: the labels themselves are that order already.
    first_seen = list(dict.fromkeys(_REFERENCE.findall(document)))
    assert first_seen == ["1", "2", "3", "4"]


def test_the_preview_numbers_citations_in_reading_order(library: Path) -> None:
    store = Store.open(library / "library.sqlite")
    try:
        briefing = store.briefings.find("Q4 memo")
        assert briefing is not None
        shown = render_note(briefing_document(store, briefing.id))
    finally:
        store.close()
    numbers = [int(n) for n in _SUP.findall(shown)]
    assert numbers[:2] == [1, 2]  # the chronology's
    assert numbers[-3:] == [3, 4, 3]  # the quotes'
    assert set(numbers[2:-3]) <= {1, 2}
    listed = shown.split('<div class="footnote">')[1]
    texts = [re.sub(r"<a[^>]*></a>", "", p).strip() for p in re.findall(r"<p>(.*?)</p>", listed)]
    assert texts == [f.split(": ", 1)[1] for f in FOOTNOTES]


def test_the_users_own_footnote_keeps_its_words_beside_the_quotes(store: Store) -> None:
    """Connecting text may carry its own [^1]; a quote's footnote used to be [^1] as well."""
    ids = export_library.build(store)
    briefing, _ = store.briefings.create("Memo")
    store.briefings.add_text(briefing.id, "As we said[^1].\n\n[^1]: Our memo of May.")
    store.briefings.add_highlights(briefing.id, [ids[3]])
    document = briefing_document(store, briefing.id)
    assert "As we said[^1]." in document and "unternehmen[^2]" in document.casefold()
    assert document.rstrip().endswith(f"[^1]: Our memo of May.\n[^2]: {HANDELSBLATT}, paragraph 1")
