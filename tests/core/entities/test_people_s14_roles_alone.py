"""A role word right after another role in German text opens no name: a compound ("die Frau
Bundeskanzler", "Frau Bundeskanzlerin Angela Merkel": Angela Merkel) or an English one
("Executive Director des Instituts").
A short German role word after a role is as often a surname and stays ("Bürgermeister
Richter"), as do names after a role ("Bundeskanzler Scholz"). Hand-written sentences; expected
values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.PERSON}


def test_a_role_after_a_role_is_no_name() -> None:
    people = _people(
        "Auch wenn es die Frau Bundeskanzler vergessen hat: Es ist ihre Aufgabe. Jana Ostrowski, "
        "Executive Director des Instituts, stellte die Farbe vor."
    )
    assert people == {"Jana Ostrowski"}
    people = _people(
        "Frau Bundeskanzlerin Angela Merkel sprach. Executive Director Jana Ostrowski kam."
    )
    assert people == {"Angela Merkel", "Jana Ostrowski"}


def test_surnames_and_names_after_a_role_stay() -> None:
    people = _people("Bürgermeister Richter sagte das. Bundeskanzler Scholz traf Präsident Trump.")
    assert {"Richter", "Scholz", "Trump"} <= people
