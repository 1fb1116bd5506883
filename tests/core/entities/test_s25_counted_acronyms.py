"""An acronym German counts with "jeder", "kein" or an indefinite article is a thing of a
kind, no body ("auf jedem AB": a worksheet; "einen WR": an inverter), in every mention; a body
before a hyphen or a noun stays one ("jeder CDU-Politiker", "jeder ADAC Test").
Expected values read off hand-written sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Die Lösungen stehen auf jedem AB unten rechts. Das AB gibt es auch als Datei.", "AB"),
        ("Für jedes FSJ gibt es einen Zuschuss, sagte die Schulleiterin am Montag.", "FSJ"),
        ("Jeder SUV-Fahrer kennt das, und jede PV-Anlage braucht einen WR im Keller.", "WR"),
        ("Wer keinen AB hat, fragt im Sekretariat nach einer Kopie.", "AB"),
    ],
)
def test_a_counted_acronym_is_no_body(text: str, word: str) -> None:
    assert word not in _orgs(text)


def test_bodies_after_every_stay_bodies() -> None:
    assert "CDU" in _orgs("Jeder CDU-Politiker in Sachsen kennt die Zahlen, sagte Merz.")
    assert "ADAC" in _orgs("Der ADAC prüft jedes Jahr die Reifen, jeder ADAC Test ist öffentlich.")
