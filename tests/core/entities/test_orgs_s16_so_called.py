"""German "sogenannt" before a name says the text explains a term, no body's name; the short
form in brackets after such a term goes with it. A body named elsewhere stays. Expected names
read off hand-written sentences (made-up terms)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    "text",
    [
        "In der Altstadt gibt es verkehrsberuhigte Zonen, sogenannten KVZ, mit Kameras.",
        "Im Saal sitzen sie auf der so genannten Ratsbank, dem Drittel der Politiker.",
        "Die Bilder liegen in sog. Picture Storage and Transfer Systems (PSTS) der Kliniken.",
    ],
)
def test_a_name_after_sogenannt_is_a_term(text: str) -> None:
    assert not _orgs(text)


def test_a_body_beside_such_a_term_stays() -> None:
    orgs = _orgs("Der ADAC warnt vor den sogenannten KVZ in der Altstadt von Genua.")
    assert orgs == {"ADAC"}
