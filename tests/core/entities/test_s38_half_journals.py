"""Session 38: the journal or paper a paper, a study or an article stands in is a body, a
one-word title too ("a third paper in Nature by …", "an article in Time"), though English
writes the word every day; a place or a language there is where or how it was written.
Made-up sentences; what a reader would mark."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_a_one_word_journal_after_a_paper_in() -> None:
    assert "Nature" in _orgs("Together with a third paper in Nature by Ann Berger, it was noticed.")
    assert "Time" in _orgs("She wrote an article in Time about the war.")
    assert "Zorvex Letters" in _orgs("Two studies in Zorvex Letters found the same.")


def test_a_place_a_language_or_a_month_is_no_journal() -> None:
    assert not _orgs("He wrote a paper in Latin on the subject.")
    assert not _orgs("The paper in Swahili was translated later.")
    assert not _orgs("A study in October found more cases.")
    assert not _orgs("An article in Spanish said so.")


def test_an_everyday_word_after_a_paper_in_is_no_journal() -> None:
    # review of session 38: any dictionary word there became a body
    assert not _orgs("The film is a study in Contrast. There are many studies in Psychology.")
    assert not _orgs("A study in Mice showed it, and the articles in the Constitution say so.")


def test_the_sentence_ends_the_title() -> None:
    assert "Wikipedia" in _orgs("He read two articles in Wikipedia. A study found more.")
    assert not any("." in name for name in _orgs("He read two articles in Wikipedia. A study."))
