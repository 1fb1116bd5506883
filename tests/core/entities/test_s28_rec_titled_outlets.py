"""A publication named by its quoted title right after the word for its kind is an
organisation: "in der Zeitung „Die Welt“", "the podcast "Money Talk."" — even when the title
is an everyday word or opens with an article. Quotes after a word for a work (a show, a book,
a blog) still give a work, and quoted words alone give nothing. Hand-written sentences;
expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_a_german_newspaper_by_its_quoted_title() -> None:
    orgs = _orgs(
        "Der Bericht erschien zuerst in der Zeitung „Die Zeit“. Später griff ihn auch die "
        "Tageszeitung “Kurier” auf, die ihn um einige Zahlen ergänzte.",
        "de",
    )
    assert {"Die Zeit", "Kurier"} <= orgs


def test_a_magazine_in_the_genitive() -> None:
    orgs = _orgs(
        "Die Chefredakteurin des Nachrichtenmagazins »Profil« trat am Montag zurück.", "de"
    )
    assert "Profil" in orgs


def test_an_english_podcast_and_paper_by_their_quoted_titles() -> None:
    orgs = _orgs(
        'The couple talked about saving on their weekly podcast "Money Matters." Months later '
        "the newspaper “Morning Ledger” ran a long story about them.",
        "en",
    )
    assert {"Money Matters", "Morning Ledger"} <= orgs


def test_quoted_works_and_bare_quotes_are_no_organisations() -> None:
    orgs = _orgs(
        'She wrote music for the television show "Harbour Lights," and her blog "Quiet Days" '
        'won a prize. Everyone called the plan "Project Lantern" at the time.',
        "en",
    )
    assert not orgs & {"Harbour Lights", "Quiet Days", "Project Lantern"}
    assert not _orgs("Er nannte das Vorhaben „Neue Wege“ und schrieb darüber ein Buch.", "de")
