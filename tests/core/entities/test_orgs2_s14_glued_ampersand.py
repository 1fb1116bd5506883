"""A company's name written with "&" and no spaces is one name ("Johnson&Johnson",
"Procter&Gamble"), as the capitals-only ones always were ("AT&T"): not its first word alone.
Hand-written sentences; glued words of a menu or a common noun ("Haus&Garten",
"Bed&Breakfast") name no organisation."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str = "en") -> dict[str, int]:
    return {f.name: len(f.spans) for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_a_glued_ampersand_name_is_one_company() -> None:
    orgs = _orgs(
        "Shares of Hollis&Hollis and Barrow&Finch fell on Monday, while AT&T rose. "
        "Hollis&Hollis said it would appeal."
    )
    assert orgs.get("Hollis&Hollis") == 2
    assert "Barrow&Finch" in orgs
    assert "AT&T" in orgs
    assert "Hollis" not in orgs and "Barrow" not in orgs


def test_glued_common_words_name_no_company() -> None:
    assert _orgs("We stayed at a Bed&Breakfast near the coast.") == {}
    assert "Haus&Garten" not in _orgs("Mehr unter Haus&Garten und Kunst&Kultur.", "de")
