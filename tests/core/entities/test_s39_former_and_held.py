"""One office per person, held or held before (issue 15, session 39): the who's who of 2019
news listed Joe Biden as "US-Präsident, Vizepräsident, Ex-Vizepräsident". "US-Präsident" was
the 2022 and 2024 sources' wording, true as of their dates; the vice presidency was one office
listed twice — a 2019 text called him "former Vice President Biden" and, quoting a witness a
sentence on, "Vice President Biden". A text that says an office is past says so of every
mention, and a line lists an office once, in the form most of the sources say it."""

from __future__ import annotations

from pathlib import Path

from reader.core import importer
from reader.core.entities import EntityKind, extract, merge_roles, most_given
from reader.core.store import Store


def _people(text: str, lang: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, lang) if f.kind is EntityKind.PERSON}


def test_a_text_calling_an_office_former_does_not_also_give_it_as_held() -> None:
    text = (
        "It is a state where former Vice President Joe Biden has held a polling lead for months. "
        "Volker said he never raised Vice President Biden with anyone in Kyiv."
    )
    assert _people(text, "en")["Joe Biden"] == ("former Vice President",)


def test_a_german_text_calling_an_office_former_does_not_also_give_it_as_held() -> None:
    text = (
        "Der ehemalige Vizepräsident Joe Biden sprach am Montag in Iowa. Vizepräsident Biden "
        "habe dabei niemanden getroffen, sagte Volker."
    )
    listed = merge_roles(_people(text, "de")["Joe Biden"], "de", "Joe Biden")
    assert listed == ("ehemaliger Vizepräsident",)  # in the nominative, as the text says it


def test_a_text_with_the_office_held_alone_keeps_it() -> None:
    text = "Vice President Joe Biden took over as point man for Ukraine policy in 2014."
    assert _people(text, "en")["Joe Biden"] == ("Vice President",)


def test_an_office_held_again_before_the_text_calls_it_former_stays_held() -> None:
    # 2025: the president now, and in a look back "former President Trump" of 2023
    text = (
        "President Trump signed the order on Monday. In 2023, former President Donald Trump "
        "had promised it, aides said."
    )
    assert set(_people(text, "en")["Donald Trump"]) == {"President", "former President"}
    german = (
        "Bundeskanzler Merz sprach am Montag. Der frühere Bundeskanzler Friedrich Merz hatte "
        "2031 anders geredet, hieß es."
    )
    assert set(_people(german, "de")["Friedrich Merz"]) == {"Bundeskanzler", "früherer Bundeskanzler"}


def test_an_office_held_with_the_full_name_after_the_former_one_stays_held() -> None:
    # the employers are gone from the roles; the full name says a new office, not a witness
    text = "The former Ford chief executive Jim Hackett is now Tesla CEO Jim Hackett, reports said."
    assert _people(text, "en")["Jim Hackett"] == ("former chief executive", "CEO")
    german = "Ex-Vizepräsident Joe Biden sprach. Vizepräsident Biden habe niemanden getroffen."
    assert _people(german, "de")["Joe Biden"] == ("Ex-Vizepräsident",)


def test_an_office_held_and_held_before_are_listed_once_as_most_sources_say_it() -> None:
    # the library's order: most sources first ("former Vice President" in two, the held in one)
    roles = ("US-Präsident", "former Vice President", "Vice President")
    assert merge_roles(roles, "de") == ("Ex-Vizepräsident", "US-Präsident")
    assert merge_roles(roles, "en") == ("former Vice President", "US President")
    held_first = ("Bundeskanzlerin", "Kanzlerin", "Ex-Kanzlerin")
    assert merge_roles(held_first, "de") == ("Bundeskanzlerin",)


def test_another_office_held_before_stays_beside_the_one_held() -> None:
    roles = ("Senator", "former Vice President")
    assert merge_roles(roles, "en") == ("Senator", "former Vice President")


def test_the_whos_who_lists_the_vice_presidency_once(store: Store, tmp_path: Path) -> None:
    texts = {
        "a.txt": "It is a state where former Vice President Joe Biden has led the polls for months. "
        "Volker said he never raised Vice President Biden with anyone in Kyiv.",
        "b.txt": "Democrats in Atlanta cheered former Vice President Joe Biden on Sunday.",
        "c.txt": "Back in 2014 Vice President Joe Biden became the point man for Ukraine policy.",
        "d.txt": "US-Präsident Joe Biden traf am Freitag den japanischen Regierungschef in Washington.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    results = importer.import_paths(store, sorted(tmp_path.glob("*.txt")), workers=1)
    ids = [r.source_id for r in results if r.source_id]
    store.entities.refresh()
    german = store.entities.whos_who(ids, "de").splitlines()
    biden = next(line for line in german if line.startswith("- **Joe Biden**"))
    assert biden.startswith("- **Joe Biden** — Ex-Vizepräsident, US-Präsident [")
    (person,) = [e for e in store.entities.list(EntityKind.PERSON) if e.name == "Joe Biden"]
    assert merge_roles(person.roles, "en", person.name) == ("former Vice President", "US President")


def test_an_office_as_many_sources_give_held_as_held_before_is_listed_held_before(
    store: Store, tmp_path: Path
) -> None:
    # November 2019: one source writes "former CEO", another "Ousted WeWork CEO": he had left
    texts = {
        "a.txt": "The questions include if WeWork founder and former CEO Adam Neumann engaged in "
        "self-dealing, Reuters reported.",
        "b.txt": "Ousted WeWork CEO Adam Neumann can still name directors to the board, the "
        "filing shows.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    results = importer.import_paths(store, sorted(tmp_path.glob("*.txt")), workers=1)
    ids = [r.source_id for r in results if r.source_id]
    store.entities.refresh()
    english = store.entities.whos_who(ids, "en").splitlines()
    neumann = next(line for line in english if line.startswith("- **Adam Neumann**"))
    assert neumann.startswith("- **Adam Neumann** — former CEO [")


def test_the_form_more_sources_give_summed_over_spellings_lists_the_office() -> None:
    # three sources give the vice presidency held (in three spellings), two held before
    counts = {"former Vice President": 2, "Vice President": 1, "Vizepräsident": 1, "vice-president": 1}
    assert merge_roles(most_given(counts), "en") == ("Vice President",)
    assert merge_roles(most_given(counts), "de") == ("Vizepräsident",)
    fewer = {"Ex-Vizepräsident": 1, "former Vice President": 1, "Vice President": 1}
    assert merge_roles(most_given(fewer), "de") == ("Ex-Vizepräsident",)
    assert merge_roles(most_given({"CEO": 1, "former CEO": 1}), "en") == ("former CEO",)


def test_another_office_held_before_is_not_listed_first_on_a_tie() -> None:
    assert most_given({"Senator": 1, "former Governor": 1}) == ("Senator", "former Governor")
    assert merge_roles(most_given({"Abgeordneter": 1, "Ex-Bürgermeister": 1}), "de") == (
        "Abgeordneter",
        "Ex-Bürgermeister",
    )
