"""Session 40 (issue 15): a German list writes a woman's office in a woman's form where her first
name says she is one, though no mention says it ("White House press secretary Stephanie Grisham",
"die Pressesprecher Stephanie Grisham und Sean Spicer": "Pressesprecherin"). A name the lists
of first names do not agree on ("Andrea" is a man's in Italy, "Kim" either), one they do not
know, a man's and an English list keep the office as written; the index keeps what the text
wrote. Hand-written sentences; the expected lines are what a consultant would print."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, EntitySummary, extract, merge_roles, whos_who_markdown
from reader.core.entities.first_names import sure_sex_of


def _roles(text: str, name: str, language: str = "de") -> tuple[str, ...]:
    people = {e.name: e.roles for e in extract(text, language) if e.kind is EntityKind.PERSON}
    return people[name]


def test_a_shared_plural_is_listed_in_her_form_and_kept_as_written() -> None:
    text = "Die Pressesprecher Stephanie Grisham und Sean Spicer schwiegen am Montag."
    assert _roles(text, "Stephanie Grisham") == ("Pressesprecher",)  # the index: as written
    assert merge_roles(_roles(text, "Stephanie Grisham"), "de", "Stephanie Grisham") == (
        "Pressesprecherin",
    )


def test_an_english_office_in_a_german_list_is_hers() -> None:
    text = (
        "White House press secretary Stephanie Grisham said on Monday that the talks would go on."
    )
    roles = _roles(text, "Stephanie Grisham", "en")
    assert merge_roles(roles, "de", "Stephanie Grisham") == ("Pressesprecherin",)
    assert merge_roles(roles, "en", "Stephanie Grisham") == ("press secretary",)  # English: as is


@pytest.mark.parametrize(
    ("roles", "name", "line"),
    [
        (["Präsident"], "Ursula von der Leyen", "Präsidentin"),
        (["Kanzler"], "Angela Merkel", "Kanzlerin"),
        (["Minister"], "Angela Kaiser", "Ministerin"),
        (["Prime Minister"], "Theresa May", "Premierministerin"),  # the table's form
        (["US-Präsident"], "Maria Lopez", "US-Präsidentin"),
        (["SPD-Chef"], "Andrea Nahles", "SPD-Chef"),  # "Andrea": not sure
        (["SPD-Chef"], "Saskia Esken", "SPD-Chefin"),
        (["Rechtsanwalt"], "Angela Kaiser", "Rechtsanwältin"),  # a compound by its last part
        (["Senator"], "Elizabeth Warren", "Senatorin"),
        # no table's: an agent noun or a loan takes "-in"
        (["Pfarrer"], "Angela Kaiser", "Pfarrerin"),
        (["Rektor"], "Angela Kaiser", "Rektorin"),
        (["Dozent"], "Angela Kaiser", "Dozentin"),
        (["Kommandant"], "Angela Kaiser", "Kommandantin"),
        (["Aktivist"], "Angela Kaiser", "Aktivistin"),
        (["Soldat"], "Angela Kaiser", "Soldatin"),
        (
            ["ehemaligen Minister für Finanzen"],
            "Angela Kaiser",
            "ehemalige Ministerin für Finanzen",
        ),
        (["stellvertretender Vorsitzender"], "Angela Kaiser", "stellvertretende Vorsitzende"),
        # declined like an adjective, no table's: the ending, not "-in" ("Beauftragterin")
        (["Regierungsbeauftragter"], "Angela Kaiser", "Regierungsbeauftragte"),
        (["Beauftragter"], "Angela Kaiser", "Beauftragte"),
        # a "Rat" takes the umlaut ("Stadtratin" reads as a slip)
        (["Stadtrat"], "Angela Kaiser", "Stadträtin"),
        (["Bundesrat"], "Angela Kaiser", "Bundesrätin"),
        (["Regierungsrat"], "Angela Kaiser", "Regierungsrätin"),
        # look-alikes: a woman's form with an umlaut from the table, not "Arztin"
        (["Arzt"], "Angela Kaiser", "Ärztin"),
        (["Anwalt"], "Angela Kaiser", "Anwältin"),
        (["Botschafter"], "Angela Kaiser", "Botschafterin"),
        (["Kanzlerin"], "Angela Merkel", "Kanzlerin"),  # not "Kanzlerinin"
        # an adjective a capital opens: declined ones take her ending, a town's stays
        (["Regierender Bürgermeister"], "Angela Kaiser", "Regierende Bürgermeisterin"),
        (
            ["Parlamentarischer Staatssekretär"],
            "Angela Kaiser",
            "Parlamentarische Staatssekretärin",
        ),
        (["Erster Bürgermeister"], "Angela Kaiser", "Erste Bürgermeisterin"),
        (["Wiener Bürgermeister"], "Angela Kaiser", "Wiener Bürgermeisterin"),
        (["Frankfurter Oberbürgermeister"], "Angela Kaiser", "Frankfurter Oberbürgermeisterin"),
        (["Berliner Senatorin"], "Angela Kaiser", "Berliner Senatorin"),
    ],
)
def test_her_office_is_listed_in_her_form(roles: list[str], name: str, line: str) -> None:
    assert merge_roles(roles, "de", name) == (line,)


@pytest.mark.parametrize(
    ("roles", "name", "line"),
    [
        (["Pressesprecher"], "Andrea Rossi", "Pressesprecher"),  # a man's name in Italy
        (["Pressesprecher"], "Kim Weber", "Pressesprecher"),  # either
        (["Pressesprecher"], "Simone Berti", "Pressesprecher"),  # a man's in Italy too
        (["Pressesprecher"], "Xandru Mellor", "Pressesprecher"),  # no first name the list knows
        (["Pressesprecher"], "Emmanuel Macron", "Pressesprecher"),  # a man
        (["Mitglied"], "Angela Kaiser", "Mitglied"),  # neuter, said of anyone
        (["Staatsoberhaupt"], "Angela Kaiser", "Staatsoberhaupt"),
        (["Vater"], "Angela Kaiser", "Vater"),  # a kinship is no office to change
        (["Sprecherin", "Sprecher"], "Angela Kaiser", "Sprecherin"),  # one office, listed once
        # no "-in" where German forms her office otherwise: "Köchin" ("Kauffrau", "Obfrau",
        # "Beamtin": session 41, tests/core/entities/test_s41_roles_table.py)
        (["Koch"], "Angela Kaiser", "Koch"),
        (["Dichter"], "Rainer Maria Rilke", "Dichter"),  # the first name says a man
    ],
)
def test_an_office_stays_as_written_where_her_sex_or_its_form_is_not_known(
    roles: list[str], name: str, line: str
) -> None:
    assert merge_roles(roles, "de", name) == (line,)


def test_an_english_list_is_unchanged() -> None:
    assert merge_roles(["Pressesprecher"], "en", "Stephanie Grisham") == ("press secretary",)
    assert merge_roles(["Prime Minister"], "en", "Theresa May") == ("Prime Minister",)
    assert merge_roles(["Pfarrer"], "en", "Angela Kaiser") == ("Pfarrer",)  # as the source wrote it
    assert merge_roles(["quarterback"], "de", "Stephanie Grisham") == ("quarterback",)
    assert merge_roles(["Banker"], "de", "Stephanie Grisham") == ("Banker",)  # English: none known


def test_the_name_lists_must_agree_on_her_sex() -> None:
    assert sure_sex_of("Stephanie") == "f"
    assert sure_sex_of("Emmanuel") == "m"
    assert sure_sex_of("Andrea") == ""
    assert sure_sex_of("Kim") == ""
    # a hyphenated name by its parts, where the list lacks the whole
    assert sure_sex_of("Anna-Lena") == "f"
    assert sure_sex_of("Karl-Theodor") == "m"
    assert sure_sex_of("Anna-Andrea") == ""  # one part not sure
    assert sure_sex_of("Lena-Karl") == ""  # the parts disagree
    assert sure_sex_of("Anna-") == ""
    assert merge_roles(["Außenminister"], "de", "Anna-Lena Baerbock") == ("Außenministerin",)


class _Source:
    id = 1
    title = "Bericht"
    site_name = "Kurier"
    byline = None
    published = None
    agency = None


def test_the_whos_who_line_writes_her_office() -> None:
    person = EntitySummary(7, EntityKind.PERSON, "Stephanie Grisham", ("Pressesprecher",), 1, 2)
    assert "- **Stephanie Grisham** — Pressesprecherin [" in whos_who_markdown(
        [_Source()], [person], {7: [1]}, language="de"
    )
    assert "- **Stephanie Grisham** — press secretary [" in whos_who_markdown(
        [_Source()], [person], {7: [1]}, language="en"
    )
