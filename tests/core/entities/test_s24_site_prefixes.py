"""A fortress, a national park, a Swiss canton and a railway station are named by that word
before their name, as a castle is ("der Festung Hohensalzburg", "im Kanton Schaffhausen", "im
Nationalpark Tsavo-Ost", "zum S-Bahnhof Schöneweide"). Sentences from dev texts; expected names
are the gold's spans."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _places(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.PLACE}


def test_sites_named_after_their_kind() -> None:
    text = (
        "Die Altstadt kündigt sich mit den Kuppeln des Doms und der Festung Hohensalzburg an. "
        "Viele Arbeitgeber haben sich im Kanton Schaffhausen niedergelassen. Die Löwen im "
        "Nationalpark Tsavo-Ost haben kaum Mähne. Am Ende rechts schwenken zum S-Bahnhof "
        "Schöneweide."
    )
    assert {
        "Festung Hohensalzburg",
        "Kanton Schaffhausen",
        "Nationalpark Tsavo-Ost",
        "S-Bahnhof Schöneweide",
    } <= _places(text)
