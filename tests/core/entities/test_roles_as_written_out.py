"""Roles as the who's who and the Entities view show them (issue 15, seen on a library of dev
pages): a short title before a name listed as if it were the office ("Matt Bevin — Gov."), an
honorific as a role ("Funke Adedoyin — Hon."), a German office left in the case of its sentence
("Mike Pence — US-amerikanischen Vizepräsident"), and a word of the sentence glued to the office
("Matt Dumba — lost defenseman"). A list writes the title out as a consultant would, leaves the
honorific out, puts the German office in the nominative and keeps to the office."""

from __future__ import annotations

from pathlib import Path

from reader.core.entities import EntityKind, extract, merge_roles
from reader.core.ingest.prepare import prepare_file
from reader.core.store import Store


def _roles(text: str, lang: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, lang) if f.kind is EntityKind.PERSON}


def test_a_short_title_is_written_out_in_either_language() -> None:
    assert merge_roles(["Gov."], "en") == ("Governor",)
    assert merge_roles(["Gov."], "de") == ("Gouverneur",)
    assert merge_roles(["Sen."], "en") == ("Senator",)
    assert merge_roles(["Rep."], "en") == ("Representative",)
    assert merge_roles(["Lt. Col."], "en") == ("Lieutenant Colonel",)
    assert merge_roles(["Gen."], "de") == ("General",)
    # the short and the long form are one office, not two
    assert merge_roles(["Gov.", "governor"], "en") == ("Governor",)


def test_an_honorific_alone_is_no_role() -> None:
    assert merge_roles(["Hon."], "en") == ()
    assert merge_roles(["Rt. Hon."], "de") == ()
    assert merge_roles(["Rt. Hon.", "Speaker"], "en") == ("Speaker",)
    # before an office too, and only an honorific ("right back" is a position)
    assert merge_roles(["Rt. Hon. Speaker"], "en") == ("Speaker",)
    assert merge_roles(["The Hon. Minister"], "en") == ("Minister",)
    assert merge_roles(["right back"], "en") == ("right back",)


def test_a_title_of_two_short_words_is_read_whole() -> None:
    # "Gen." alone was read, and written out "General": an attorney general is no general
    text = "On Monday, Atty. Gen. Tom Smith spoke, and Brig. Gen. Ann Reyes listened."
    roles = _roles(text, "en")
    assert merge_roles(roles["Tom Smith"], "en") == ("Attorney General",)
    assert merge_roles(roles["Ann Reyes"], "en") == ("Brigadier General",)
    # every short title the list writes out is read as one ("Det. Supt." gave a person "Supt")
    text = "On Monday, Adm. Mike Mullen spoke, and Det. Supt. Jane Roe listened."
    roles = _roles(text, "en")
    assert set(roles) == {"Mike Mullen", "Jane Roe"}
    assert merge_roles(roles["Mike Mullen"], "en") == ("Admiral",)
    assert merge_roles(roles["Jane Roe"], "en") == ("Detective Superintendent",)


def test_a_german_office_is_listed_in_the_nominative() -> None:
    text = "Der Besuch des US-amerikanischen Vizepräsidenten Mike Pence in Berlin dauerte zwei Tage."
    assert merge_roles(_roles(text, "de")["Mike Pence"], "de") == ("US-amerikanischer Vizepräsident",)
    assert merge_roles(["ehemaligen Ministerin"], "de") == ("ehemalige Ministerin",)
    # a phrase the table knows then reads as its office in English too
    assert merge_roles(["stellvertretenden Direktor"], "de") == ("stellvertretender Direktor",)
    assert merge_roles(["stellvertretenden Direktor"], "en") == ("deputy director",)
    # already in the nominative, or no declined adjective: as written
    assert merge_roles(["stellvertretende Vorsitzende"], "de") == ("stellvertretende Vorsitzende",)
    assert merge_roles(["Schweizer Künstler"], "de") == ("Schweizer Künstler",)
    assert merge_roles(["senior fellow"], "en") == ("senior fellow",)


def test_the_nominative_keeps_what_follows_the_office_and_its_gender() -> None:
    # what follows the office is its own attribute, in its own case
    assert merge_roles(["ehemaligen Bundesminister für Finanzen"], "de") == (
        "ehemaliger Bundesminister für Finanzen",
    )
    assert merge_roles(["früheren Ministerpräsidentin"], "de") == ("frühere Ministerpräsidentin",)
    # a neuter office: "-es", which is its nominative already
    assert merge_roles(["langjährigen Mitglied"], "de") == ("langjähriges Mitglied",)
    assert merge_roles(["langjähriges Mitglied"], "de") == ("langjähriges Mitglied",)
    # an office declined itself (a man or a woman?) stays whole rather than half mended
    assert merge_roles(["stellvertretenden Vorsitzenden"], "de") == ("stellvertretenden Vorsitzenden",)
    # an English word with a German ending is no declined adjective
    assert merge_roles(["sales Director"], "en") == ("sales Director",)


def test_a_verb_or_a_rating_before_the_office_is_no_part_of_it() -> None:
    text = "The Wild lost defenseman Matt Dumba, who sat out the third period, to an injury."
    assert _roles(text, "en")["Matt Dumba"] == ("defenseman",)
    text = "That was against Mason Rudolph, a below average quarterback. Randall will be back."
    assert _roles(text, "en")["Mason Rudolph"] == ("quarterback",)
    # a field of the office still is ("running back", "planetary scientist")
    text = "Pittsburgh running back Trey Edmunds scored twice, said planetary scientist Avi Mandell."
    roles = _roles(text, "en")
    assert roles["Trey Edmunds"] == ("running back",) and roles["Avi Mandell"] == ("planetary scientist",)
    # "left" before a position is its side of the field, not the verb
    text = "The club signed left winger Tom Smith, and Patriots left guard Joe Thuney was hurt."
    roles = _roles(text, "en")
    assert roles["Tom Smith"] == ("left winger",) and roles["Joe Thuney"] == ("left guard",)


def test_the_whos_who_writes_the_title_out(store: Store, tmp_path: Path) -> None:
    page = tmp_path / "bevin.txt"
    page.write_text(
        "Bevin signs the budget\n\nKentucky Gov. Matt Bevin signed the budget on Monday in Frankfort."
        " On Tuesday, Hon. Funke Adedoyin welcomed it in Ilorin.\n",
        encoding="utf-8",
    )
    source_id, _changes = store.sources.add(prepare_file(page))
    store.entities.refresh()
    lines = store.entities.whos_who([source_id], "en").splitlines()
    bevin = next(line for line in lines if line.startswith("- **Matt Bevin**"))
    assert "— Governor [^who-" in bevin
    (adedoyin,) = store.entities.find("Funke Adedoyin")
    assert adedoyin.roles == ("Hon.",)  # as the source has it; the list leaves it out
    assert f"- **Funke Adedoyin** [^who-{source_id}]" in lines
