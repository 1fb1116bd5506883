"""Session 34: German publications named by the press grammar alone — the issue a piece
appeared in ("Ausgabe des Cicero", "Beitrag in Die Welt"), whom a statement was given to
("sagte er dem Bayerischen Rundfunk"), whose editor someone is ("Zeit-Chefredakteur") —, a
class of miss that four of the last six blind batches had while unseen. Made-up sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


def test_the_periodical_a_piece_appeared_in() -> None:
    assert "Lumen" in _orgs("Die neue Ausgabe des Lumen liegt seit Montag am Kiosk aus.")
    assert "Die Welt" in _orgs("Ein langer Beitrag in Die Welt hat die Debatte eröffnet.")
    found = _orgs("Ein Artikel im Ärztlichen Rundbrief des Verbands sorgte für Unruhe.")
    assert any(name.endswith("Rundbrief") for name in found)


def test_everyday_nouns_in_that_place_are_no_periodical() -> None:
    assert not _orgs("Die Ausgabe des Jahres war teuer, der Artikel der Verfassung klar.")


def test_whom_a_statement_was_given_to() -> None:
    assert "Bayerischer Rundfunk" in _orgs(
        "„Wir bleiben dabei“, sagte Jonas Brandl dem Bayerischen Rundfunk am Freitag."
    )
    assert "Taz" in _orgs("„Das war ein Fehler“, sagte sie der Taz.")


def test_people_told_something_are_no_outlet() -> None:
    assert not _orgs("„Geh nach Hause“, sagte er der Polizei. „Nein“, sagte sie dem Richter.")


def test_the_paper_an_editor_works_for() -> None:
    found = _orgs("Der Zeit-Chefredakteur Bernd Oswald widersprach dem Vorwurf sofort.")
    assert "Zeit" in found
    assert "Stern" in _orgs("Die Stern-Kolumnistin Hanna Feld schrieb darüber.")


def test_a_rank_or_desk_before_the_title_is_no_paper() -> None:
    assert not _orgs("Der Vize-Chefredakteur Bernd Oswald und die Sport-Kolumnistin Hanna Feld.")


def test_a_compound_for_the_piece_names_the_periodical_too() -> None:
    assert "Die Welt" in _orgs("Dazu passt der Coronabeitrag in Die Welt vom Montag.")
    assert "Lumen" in _orgs("Die Sonderausgabe des Lumen erschien am Montag.")
