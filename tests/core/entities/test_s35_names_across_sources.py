"""One body or figure is one row of the Entities view, whatever name a source gives it: "EU",
"Europäische Union" and "European Union"; "Robert-Koch-Institut" and "RKI"; "80 %" and
"80%", "275-horsepower" and "275 horsepower". A declined German name of a listed body is shown
undeclined ("Vereinte Nationen"); a figure keeps the name a source writes."""

from __future__ import annotations

from pathlib import Path

from reader.core import importer
from reader.core.entities import EntityKind, extract
from reader.core.store import Store

_SOURCES = {
    "eu_de.txt": "Die Europäische Union hat am Montag neue Zölle beschlossen. Die Europäische "
    "Union will damit ihre Stahlindustrie schützen, sagte ein Sprecher in Brüssel.\n",
    "eu_en.txt": "The European Union agreed new tariffs on Monday. Officials said the European "
    "Union wanted to protect its steel makers from cheap imports.\n",
    "eu_short.txt": "Die EU verhandelt weiter mit Washington. Die EU hofft auf eine Einigung "
    "vor dem Sommer, hieß es in Brüssel.\n",
    "rki_long.txt": "Das Robert-Koch-Institut (RKI) meldet mehr Fälle. Laut RKI steigen die "
    "Zahlen in Bayern und Sachsen seit Wochen.\n",
    "rki_short.txt": "Das RKI rät zur Impfung. Das RKI veröffentlicht die Zahlen jeden "
    "Donnerstag auf seiner Website.\n",
    "ap_long.txt": "Two officials told The Associated Press on Monday that the talks had failed. "
    "The Associated Press could not reach the ministry.\n",
    "ap_short.txt": "The talks failed, officials told AP on Monday. AP could not reach the "
    "ministry for comment.\n",
    "share_de.txt": "Der Anteil stieg auf 80 % im Jahr 2023. Ein Jahr zuvor lag er bei 15 %.\n",
    "share_en.txt": "The share rose to 80% last year, from 1.5% a decade ago.\n",
    "car_a.txt": "The new sedan has a 275-horsepower engine and costs less than its rival.\n",
    "car_b.txt": "Its engine makes 275 horsepower, the maker said on Tuesday in Detroit.\n",
}


def _library(store: Store, tmp_path: Path, names: list[str], kind: EntityKind) -> dict[str, int]:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in names:
        (folder / name).write_text(_SOURCES[name], encoding="utf-8")
    importer.import_paths(store, [folder], workers=1)
    store.entities.refresh()
    return {e.name: e.sources for e in store.entities.list(kind)}


def test_the_eu_under_three_names_is_one_row(store: Store, tmp_path: Path) -> None:
    orgs = _library(store, tmp_path, ["eu_de.txt", "eu_en.txt", "eu_short.txt"], EntityKind.ORG)
    eu = [name for name in orgs if name in ("EU", "Europäische Union", "European Union")]
    assert len(eu) == 1, orgs
    assert orgs[eu[0]] == 3, orgs


def test_an_institute_and_its_acronym_in_two_sources_are_one_row(store: Store, tmp_path: Path) -> None:
    orgs = _library(store, tmp_path, ["rki_long.txt", "rki_short.txt"], EntityKind.ORG)
    assert orgs == {"RKI": 2} or orgs == {"Robert-Koch-Institut": 2}, orgs


def test_an_agency_with_its_article_and_its_acronym_is_one_row(store: Store, tmp_path: Path) -> None:
    orgs = _library(store, tmp_path, ["ap_long.txt", "ap_short.txt"], EntityKind.ORG)
    assert list(orgs.values()) == [2], orgs


def test_a_listed_body_keeps_the_article_it_calls_itself_by() -> None:
    assert list(_orgs(_SOURCES["ap_long.txt"], "en")) == ["The Associated Press"]


def test_a_percentage_with_or_without_a_space_is_one_figure(store: Store, tmp_path: Path) -> None:
    figures = _library(store, tmp_path, ["share_de.txt", "share_en.txt"], EntityKind.FIGURE)
    eighty = {name: n for name, n in figures.items() if name.replace(" ", "") == "80%"}
    assert list(eighty.values()) == [2], figures
    # 15 % and 1.5% are two figures, though the same digits
    assert {n for n in figures if n.replace(" ", "") in ("15%", "1.5%")} == {"15 %", "1.5%"}, figures


def test_a_unit_joined_by_a_hyphen_is_the_same_figure(store: Store, tmp_path: Path) -> None:
    figures = _library(store, tmp_path, ["car_a.txt", "car_b.txt"], EntityKind.FIGURE)
    horsepower = {name: n for name, n in figures.items() if "275" in name}
    assert list(horsepower.values()) == [2], figures


def _orgs(text: str, lang: str) -> dict[str, str]:
    return {f.name: f.key for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_a_declined_name_of_a_listed_body_is_shown_undeclined() -> None:
    orgs = _orgs("Ein Bericht der Vereinten Nationen warnt vor Hunger. Die Vereinten Nationen "
                 "rufen zu Spenden auf.", "de")  # fmt: skip
    assert list(orgs) == ["Vereinte Nationen"], orgs


def test_a_listed_body_keeps_the_spelling_its_text_gives_it() -> None:
    orgs = _orgs("Die Nato erhöht ihre Ausgaben. Die Nato tagt in Brüssel.", "de")
    assert list(orgs) == ["Nato"], orgs


def test_one_text_naming_a_body_in_english_and_by_acronym_lists_it_once() -> None:
    orgs = _orgs("The World Health Organization warned on Monday. Later the WHO said that the "
                 "outbreak was contained.", "en")  # fmt: skip
    assert list(orgs) == ["World Health Organization"], orgs


def test_two_bodies_with_like_names_stay_apart() -> None:
    orgs = _orgs("Die Europäische Kommission und das Europäische Parlament streiten. Die "
                 "Europäische Kommission lenkt ein, das Europäische Parlament nicht.", "de")  # fmt: skip
    assert len(orgs) == 2 and len(set(orgs.values())) == 2, orgs


def test_a_name_written_with_a_non_breaking_space_is_shown_with_a_space() -> None:
    text = "Die Prüfer vom TÜV\u00a0Thüringen kamen am Montag. Der TÜV\u00a0Thüringen prüft jedes Jahr."
    assert list(_orgs(text, "de")) == ["TÜV Thüringen"]
    people = [f.name for f in extract("Minister Peter\u00a0Altmaier said so on Monday.", "en")
              if f.kind is EntityKind.PERSON]  # fmt: skip
    assert people == ["Peter Altmaier"], people


def test_a_listed_body_is_shown_without_the_article_opening_its_sentence() -> None:
    orgs = _orgs("LISBON - The World Trade Organization cut its forecast on Thursday. WTO economists "
                 "said trade was slowing.", "en")  # fmt: skip
    assert list(orgs) == ["World Trade Organization"], orgs


def test_a_german_name_after_der_or_das_is_shown_as_a_name_is_written() -> None:
    orgs = _orgs("Das Auswärtige Amt rät von Reisen ab. Eine Sprecherin sagte, das Auswärtige Amt "
                 "prüfe die Lage täglich.", "de")  # fmt: skip
    assert list(orgs) == ["Auswärtiges Amt"], orgs
    orgs = _orgs("Der Deutsche Bundestag stimmte am Freitag zu. Das Deutsche Rote Kreuz hilft "
                 "vor Ort. Die Deutsche Bahn streikt.", "de")  # fmt: skip
    assert set(orgs) == {"Deutscher Bundestag", "Deutsches Rotes Kreuz", "Deutsche Bahn"}, orgs


def test_adjectives_in_e_without_an_article_are_a_plural_and_stay() -> None:
    found = [f.name for f in extract("Alternative Pensionsfonds zahlen mehr aus.", "de")]
    assert "Alternativer Pensionsfonds" not in found, found


def test_an_ordinal_before_a_german_head_is_declined_as_an_adjective() -> None:
    orgs = _orgs("Das Zweite Deutsche Fernsehen sendet live. Der Oberste Gerichtshof urteilt am "
                 "Montag.", "de")  # fmt: skip
    assert set(orgs) == {"Zweites Deutsches Fernsehen", "Oberster Gerichtshof"}, orgs
    orgs = _orgs("Sie arbeitet beim Zweiten Deutschen Fernsehen in Mainz.", "de")
    assert list(orgs) == ["Zweites Deutsches Fernsehen"], orgs


def test_a_british_spelling_of_a_listed_body_is_the_same_body() -> None:
    orgs = _orgs("The World Health Organisation warned on Monday. Experts at the World Health "
                 "Organisation said cases were rising.", "en")  # fmt: skip
    assert list(orgs.values()) == ["who"], orgs
    orgs = _orgs("The World Trade Organisation cut its forecast. The World Trade Organisation "
                 "expects less trade.", "en")  # fmt: skip
    assert list(orgs.values()) == ["wto"], orgs
