"""Organisations told by the shape of their mention and by what the rest of the text says
about the same words — evidence that holds for names no list has. Expected values read off the
hand-written texts."""

from __future__ import annotations

from reader.core.entities import EntityKind, Found, extract


def _names(found: list[Found], kind: EntityKind) -> set[str]:
    return {f.name for f in found if f.kind is kind}


def _org_mentions(text: str, lang: str = "en") -> dict[str, int]:
    return {f.name: len(f.spans) for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_a_word_the_text_gives_a_first_name_is_no_company() -> None:
    text = (
        "Tested by: John Zenkowitz RRP: 40 Euro. The rival of Zenkowitz's shop fell, and "
        "Zenkowitz's prices too."
    )
    assert "Zenkowitz" not in _org_mentions(text)


def test_a_company_named_after_its_founder_stays_a_company() -> None:
    text = (
        "Wolfgang Zenkowitz Co. owns the parks. The rival of Zenkowitz's parks fell, and "
        "Zenkowitz's films too."
    )
    assert _org_mentions(text) == {"Wolfgang Zenkowitz Co.": 3}
