"""A company's name is not its daughter's: "Siemens" in a text that names "Siemens Energy" is
Siemens, and both are listed, in the text's entities, the library's index and the who's who.
The name with a legal form or a group word ("Siemens AG", "Volkswagen Group") is the company
itself, and a short name that is no company on its own ("Ulta" of "Ulta Beauty") the longer
one's. Expected values read off hand-written sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import importer
from reader.core.entities import EntityKind, extract
from reader.core.store import Store


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Die Aktie von Siemens Energy brach am Montag um zwölf Prozent ein. Siemens "
            "selbst meldete dagegen einen Rekordgewinn.",
            "de",
            {"Siemens Energy", "Siemens"},
        ),
        (
            "Siemens Healthineers hob die Prognose an. Siemens hält noch 75 Prozent der Anteile.",
            "de",
            {"Siemens Healthineers", "Siemens"},
        ),
        (
            "Die Deutsche Bank hat ihren Gewinn verdoppelt. Die Ökonomen von Deutsche Bank "
            "Research erwarten dennoch eine Rezession.",
            "de",
            {"Deutsche Bank", "Deutsche Bank Research"},
        ),
        (
            "Shares of Siemens Energy fell 12 percent after the wind unit warned again. "
            "Siemens, which still owns a quarter of the company, declined to comment.",
            "en",
            {"Siemens Energy", "Siemens"},
        ),
    ],
)
def test_a_listed_company_is_not_its_daughter(text: str, lang: str, expected: set[str]) -> None:
    assert _orgs(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Die Siemens AG hat am Donnerstag ihre Zahlen vorgelegt. Siemens verdiente mehr als "
            "erwartet.",
            "de",
            {"Siemens AG"},
        ),
        (
            "Volkswagen Group sold fewer cars in China. Volkswagen said demand would recover.",
            "en",
            {"Volkswagen Group"},
        ),
        (
            "Shares of Ulta Beauty rose on Monday. Ulta said sales grew, and Ulta expects more.",
            "en",
            {"Ulta Beauty"},
        ),
    ],
)
def test_a_legal_form_or_an_unlisted_short_name_is_the_same_company(
    text: str, lang: str, expected: set[str]
) -> None:
    assert _orgs(text, lang) == expected


def test_the_index_and_the_whos_who_list_parent_and_daughter_apart(
    store: Store, tmp_path: Path
) -> None:
    texts = {
        "energy.txt": "Kurssturz bei Siemens Energy\n\nDie Aktie von Siemens Energy brach am "
        "Montag in Frankfurt um zwölf Prozent ein, die Windkraftsparte hat erneut gewarnt. "
        "Siemens selbst meldete dagegen einen Rekordgewinn und hält noch ein Viertel der "
        "Anteile. Analysten rechnen mit weiteren Abschreibungen.\n",
        "siemens.txt": "Siemens baut Stellen ab\n\nDer Münchner Konzern Siemens will in der "
        "Verwaltung mehrere hundert Stellen streichen. Das teilte das Unternehmen am "
        "Donnerstag in München mit. Betroffen seien vor allem Standorte in Bayern.\n",
    }
    for name, body in texts.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    results = importer.import_paths(store, [tmp_path / n for n in texts], workers=1)
    ids = [r.source_id for r in results if r.source_id]
    store.entities.refresh()
    orgs = {e.name: e.sources for e in store.entities.list(EntityKind.ORG)}
    assert orgs.get("Siemens") == 2 and orgs.get("Siemens Energy") == 1
    lines = store.entities.whos_who(ids).splitlines()
    assert any(line.startswith("- **Siemens** ") for line in lines)
    assert any(line.startswith("- **Siemens Energy** ") for line in lines)


@pytest.mark.parametrize(
    "text",
    [
        "Die Aktie brach am Montag ein. Siemens meldete dagegen einen Rekordgewinn.",
        "Die Windkraftsparte hatte erneut gewarnt, wie es die Analysten erwartet hatten. "
        "Siemens meldete dagegen einen Rekordgewinn.",
        "Die Aktie fiel, nachdem die Windkraftsparte erneut gewarnt hatte. Siemens meldete "
        "dagegen einen Rekordgewinn.",
    ],
)
def test_the_word_ending_the_sentence_before_is_no_article_or_adjective_of_a_name(
    text: str,
) -> None:
    assert _orgs(text, "de") == {"Siemens"}  # "ein.", "hatten.", "hatte." end the sentence before


def test_a_lone_surname_opening_a_sentence_with_a_verb_of_saying_is_a_person() -> None:
    text = (
        "Die beiden Regierungen wollen enger zusammenarbeiten. Takaichi sprach am Dienstag von "
        "einem wichtigen Schritt."
    )
    people = {f.name for f in extract(text, "de") if f.kind is EntityKind.PERSON}
    assert people == {"Takaichi"}  # "zusammenarbeiten." is no adjective of hers


def test_an_adjective_in_the_same_sentence_still_makes_a_noun() -> None:
    text = "Die Analysten der deutschen Bank sagten einen Rückgang voraus."
    assert not {f.name for f in extract(text, "de")} & {"Bank", "deutschen Bank"}
