"""A site's head word after "und" or "and" is a noun of its own, no site's name ("gebleicht
von Sonne und Meer"); a name before the head still makes a site ("im Roten Meer"). Sentences
from dev texts: the first one's gold has no place, the second's expected name is a gold span."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _places(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.PLACE}


def test_a_head_after_und_is_no_site() -> None:
    text = "Das Körperhaar war gebleicht von Sonne und Meer, die Muskeln glänzten."
    assert _places(text, "de") == set()


def test_a_named_head_is_still_a_site() -> None:
    text = "Inzwischen befindet sich das Schiff im Roten Meer, sagte der Sprecher."
    assert _places(text, "de") == {"Roten Meer"}
