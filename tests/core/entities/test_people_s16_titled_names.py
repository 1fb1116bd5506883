"""A name every mention of which is quoted tightly or follows a capitalised "The" is a title's,
a hotel's or a deal's, no person's („The Jolanda Grand“, "The Kessler-Ana Reyes deal"); a
name also written otherwise stays a person's. Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.PERSON}


def test_a_name_after_the_is_no_person() -> None:
    people = _people(
        "Die Wurzeln des Hotels „The Jolanda Grand“ reichen weit. Zürich. The Jolanda Grand"
        "\n\nDort kocht Heiko Brand.",
        "de",
    )
    assert people == {"Heiko Brand"}
    assert not _people("The Kessler-Ana Reyes deal could change a lot.", "en")


def test_a_name_also_written_otherwise_stays() -> None:
    people = _people("The Ana Reyes story is long. Ana Reyes said she was tired.", "en")
    assert "Ana Reyes" in people
