"""Session 41 (issue 15): the office table said every "manager" was a football manager ("Manager"
was "Trainer" in a German list, for a company's manager too); a woman's "Kaufmann" and
"Beamter" stayed a man's office (rolesfem, session 40, guessed no "-in" for them). A manager
is "Manager" / "Managerin" and "manager" in English; the sport's manager is a coach where the
role names the sport. Expected lines are what a consultant would print."""

from __future__ import annotations

import pytest

from reader.core.entities import merge_roles


@pytest.mark.parametrize(
    ("roles", "lang", "name", "line"),
    [
        (["Manager"], "de", "Jan Koch", "Manager"),
        (["manager"], "de", "Angela Kaiser", "Managerin"),
        (["Managerin"], "en", "Angela Kaiser", "manager"),
        (["football manager"], "de", "Jan Koch", "Trainer"),
        (["soccer manager"], "de", "Angela Kaiser", "Trainerin"),
        (["Trainer"], "en", "Jan Koch", "coach"),
        (["project manager"], "de", "Jan Koch", "Projektleiter"),  # its own office, as before
    ],
)
def test_a_manager_is_a_manager_and_the_sports_one_a_coach(
    roles: list[str], lang: str, name: str, line: str
) -> None:
    assert merge_roles(roles, lang, name) == (line,)


@pytest.mark.parametrize(
    ("roles", "line"),
    [
        (["Kaufmann"], "Kauffrau"),
        (["Bankkaufmann"], "Bankkauffrau"),
        (["Fachmann"], "Fachfrau"),
        (["Kameramann"], "Kamerafrau"),
        (["Feuerwehrmann"], "Feuerwehrfrau"),
        (["Obmann"], "Obfrau"),
        (["Beamter"], "Beamtin"),
        (["Beamte"], "Beamtin"),  # "der Beamte"
        (["Polizeibeamter"], "Polizeibeamtin"),
        (["ehemaliger Kaufmann"], "ehemalige Kauffrau"),
    ],
)
def test_a_womans_mann_is_a_frau_and_her_beamter_a_beamtin(roles: list[str], line: str) -> None:
    assert merge_roles(roles, "de", "Angela Kaiser") == (line,)


@pytest.mark.parametrize(
    ("roles", "name", "line"),
    [
        (["Kaufmann"], "Jan Koch", "Kaufmann"),  # a man's
        (["Kaufmann"], "Andrea Nahles", "Kaufmann"),  # "Andrea": not sure
        (["Ehemann"], "Angela Kaiser", "Ehemann"),  # kinship, no office
        (["Hauptmann"], "Angela Kaiser", "Hauptmann"),  # a rank, hers too; no "Hauptfrau"
        (["Zimmermann"], "Angela Kaiser", "Zimmermann"),  # "Zimmerin", no "Zimmerfrau"
        (["Landsmann"], "Angela Kaiser", "Landsmann"),  # "Landsmännin"
        (["Hermann"], "Angela Kaiser", "Hermann"),  # a name, no "Herfrau"
    ],
)
def test_a_man_or_a_name_not_sure_keeps_the_office_as_written(
    roles: list[str], name: str, line: str
) -> None:
    assert merge_roles(roles, "de", name) == (line,)
