"""A briefing's inserted chronology and who's who export in the export's language.

Insert chronology / Insert who's who store their block as text in the language of that moment;
the export wrote it as stored, so an English export of a briefing whose blocks were inserted
in German (a German window, then `briefing export`, which writes English unless German was
chosen) read "**Chronologie**", "28.10.2025", "ohne Datum", "; auch", "**Wer ist wer**",
"*Personen*" and German citations „…“ among English ones. The files are written to a real
folder from a real library (the seeds, annotated), both ways round.
"""

from __future__ import annotations

import re
from pathlib import Path

import export_library
import pytest

from reader.core.export.writer import export_briefing
from reader.core.store import Store
from reader.core.stories import chronology_markdown

GERMAN = ("Chronologie", "ohne Datum", "; auch ", "Wer ist wer", "*Personen*", "*Organisationen*", "„Gegengewicht", "Absatz")
ENGLISH = ("Chronology", "undated", "; also ", "Who's who", "*People*", "*Organisations*", "“Gegengewicht", "paragraph")


def _briefing(store: Store, inserted_in: str) -> int:
    """A quote, a chronology (a story of two reports, an undated source) and a who's who,
    the blocks made in `inserted_in`."""
    ids = export_library.build(store)
    store.sources.update_metadata(4, published=None)
    store.entities.refresh()
    briefing, _ = store.briefings.create("Japan")
    store.briefings.add_highlights(briefing.id, [ids[0]])
    sources = [s for i in (1, 2, 3, 4) if (s := store.sources.get(i)) is not None]
    store.briefings.add_text(briefing.id, chronology_markdown(sources, {1: 1, 2: 1}, language=inserted_in))
    store.briefings.add_text(briefing.id, store.entities.whos_who([2, 3], language=inserted_in))
    return briefing.id


@pytest.mark.parametrize(("inserted_in", "exported_in"), [("de", "en"), ("en", "de")])
def test_the_blocks_words_days_and_citations_are_the_exports(
    store: Store, tmp_path: Path, inserted_in: str, exported_in: str
) -> None:
    briefing_id = _briefing(store, inserted_in)
    text = export_briefing(store, briefing_id, tmp_path, language=exported_in).written[0].read_text(encoding="utf-8")
    own, other = (ENGLISH, GERMAN) if exported_in == "en" else (GERMAN, ENGLISH)
    assert [word for word in other if word in text] == []
    assert [word for word in own if word not in text] == []
    days = re.findall(r"^- \*\*([^*]+)\*\*", text, re.M)
    day = r"\d{4}-\d{2}-\d{2}" if exported_in == "en" else r"\d{2}\.\d{2}\.\d{4}"
    dated = [d for d in days if re.fullmatch(r"[\d.-]+", d)]
    assert dated and all(re.fullmatch(day, d) for d in dated), days
    assert own[1] in days  # the undated source's line


def test_words_the_user_changed_in_a_block_stay_as_written(store: Store, tmp_path: Path) -> None:
    briefing_id = _briefing(store, "de")
    item = store.briefings.items(briefing_id)[1]
    store.briefings.update_item_text(item.id, item.text.replace("**Chronologie**", "**Chronik der Krise**"))
    text = export_briefing(store, briefing_id, tmp_path, language="en").written[0].read_text(encoding="utf-8")
    assert "**Chronik der Krise**" in text and "**Who's who**" in text


def test_a_titles_own_semicolon_words_are_not_taken_for_the_other_outlets() -> None:
    """Only a line citing more than one source lists other outlets ("; auch DWN"), last: a
    title's "; auch" on a line of one source is the title's, and a title's "; also" on a line
    of two is not the list's."""
    from reader.core.export.block_language import in_language

    block = "\n".join([
        "**Chronologie**", "",
        "- **28.10.2025** — Merz: Wir sind stark; auch Paris (FAZ) [^chron-1]",
        "- **29.10.2025** — Tokyo replies; also Seoul (NHK); auch DWN [^chron-2][^chron-3]", "",
        "[^chron-1]: x", "[^chron-2]: y", "[^chron-3]: z",
    ])  # fmt: skip
    lines = in_language(block, "en", lambda _id: None).split("\n")
    assert lines[2] == "- **2025-10-28** — Merz: Wir sind stark; auch Paris (FAZ) [^chron-1]"
    assert lines[3] == "- **2025-10-29** — Tokyo replies; also Seoul (NHK); also DWN [^chron-2][^chron-3]"
