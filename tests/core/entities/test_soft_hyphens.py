"""Soft hyphens (U+00AD, where a browser may break a line) inside words: a page that writes
"Bevöl\\xadke\\xadrung" or "Wei\\xadne" showed its word halves as organisations. The text is
read without them; the spans still point into the text as written. Sentences written for the
test; expected values from reading them."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract

SHY = "\u00ad"


def test_word_halves_between_soft_hyphens_are_no_names() -> None:
    text = (
        f"Von Ärzten bera{SHY}tene Regie{SHY}rungen zwingen ganze Bevöl{SHY}ke{SHY}rungen "
        f"in den Haus{SHY}arrest. Die Bevöl{SHY}ke{SHY}rung folgt. Die gro{SHY}ßen "
        f"Wei{SHY}ne Ita{SHY}li{SHY}ens reifen lang."
    )
    assert [f.name for f in extract(text, "de") if f.kind is EntityKind.ORG] == []


def test_names_with_soft_hyphens_keep_their_spans() -> None:
    text = f"Angela Merkel sprach in Ber{SHY}lin mit Sie{SHY}mens über Ar{SHY}beits{SHY}plätze."
    found = {f.name: (f.kind, f.spans) for f in extract(text, "de")}
    start = text.index("Sie")
    assert found["Siemens"] == (EntityKind.ORG, ((start, start + len(f"Sie{SHY}mens")),))
    assert found["Berlin"][0] is EntityKind.PLACE
    assert found["Angela Merkel"] == (EntityKind.PERSON, ((0, 13),))
