"""A text of a few lines (a note, a sentence or two copied and pasted) is no page: its title is
its first line where that is a headline, otherwise its first sentence, never a later line, and
every line stays in its text. The rules for whole copied pages took "Mit zweiter Zeile." out
of "Noch ein Text fuer den Test.\\nMit zweiter Zeile." as the title, and set aside the short
lines under a longer first one as a footer."""

from __future__ import annotations

import pytest

from reader.core.ingest.article import BlockRole
from reader.core.ingest.plaintext import parse


def _paragraphs(text: str) -> list[str]:
    return [b.text for b in parse(text).blocks if b.role is BlockRole.BODY]


@pytest.mark.parametrize(("text", "title", "paragraphs"), [
    ("Noch ein Text fuer den Test.\nMit zweiter Zeile.", "Noch ein Text fuer den Test",
     ["Noch ein Text fuer den Test.", "Mit zweiter Zeile."]),
    ("Noch ein Text fuer den Test.\n\nMit zweiter Zeile.", "Noch ein Text fuer den Test",
     ["Noch ein Text fuer den Test.", "Mit zweiter Zeile."]),
    ("Wir treffen den Kunden am Freitag.", "Wir treffen den Kunden am Freitag", ["Wir treffen den Kunden am Freitag."]),
    ("Der Kunde will den Bericht bis Freitag. Danach reden wir.\nÜber den Preis.\nUnd die Frist.",
     "Der Kunde will den Bericht bis Freitag",
     ["Der Kunde will den Bericht bis Freitag. Danach reden wir.", "Über den Preis.", "Und die Frist."]),
    ("Another text for the test.\nWith a second line.\nA third one.\nAnd a fourth.", "Another text for the test",
     ["Another text for the test.", "With a second line.", "A third one.", "And a fourth."]),
    ("Meeting notes: the client wants the report by Friday. Then we talk about the price.\n\nSecond line here.",
     "Meeting notes: the client wants the report by Friday",
     ["Meeting notes: the client wants the report by Friday. Then we talk about the price.", "Second line here."]),
    ("Short note.\nAnother one.\nThe central bank raised its benchmark rate on Tuesday for the first time in "
     "17 years, ending eight years of negative rates.", "Short note",
     ["Short note.", "Another one.", "The central bank raised its benchmark rate on Tuesday for the first time "
      "in 17 years, ending eight years of negative rates."]),
    # A headline first: it is the title, over the text.
    ("Bank of Japan raises rates\nWith a second line.", "Bank of Japan raises rates", ["With a second line."]),
    ("Tokio plant neue Subventionen\n\nMit zweiter Zeile.\n\nUnd einer dritten.", "Tokio plant neue Subventionen",
     ["Mit zweiter Zeile.", "Und einer dritten."]),
])  # fmt: skip
def test_a_short_text_is_titled_by_its_first_line_and_keeps_its_lines(text, title, paragraphs) -> None:
    article = parse(text)
    assert article.title == title
    assert _paragraphs(text) == paragraphs


def test_a_furniture_phrase_in_a_short_text_is_still_set_aside() -> None:
    text = "Wir treffen den Kunden am Freitag.\nDiesen Beitrag teilen\nDanach reden wir über den Preis."
    blocks = {b.text: b for b in parse(text).blocks}
    assert blocks["Diesen Beitrag teilen"].role is BlockRole.BOILERPLATE
    assert _paragraphs(text) == ["Wir treffen den Kunden am Freitag.", "Danach reden wir über den Preis."]


@pytest.mark.parametrize(("text", "sentence"), [
    ("19 March 2024\nThe Bank of Japan ended negative rates on Tuesday.",
     "The Bank of Japan ended negative rates on Tuesday."),
    ("19.03.2024\nDie Bank of Japan hat die Zinsen erhöht.", "Die Bank of Japan hat die Zinsen erhöht."),
])  # fmt: skip
def test_a_short_texts_sentence_under_a_date_is_its_text_not_a_teaser(text, sentence) -> None:
    """A note has no standfirst: the page's rules took the one sentence under a date line for
    the teaser, out of the text, and the source had no text to highlight."""
    article = parse(text)
    assert _paragraphs(text) == [sentence]
    assert article.teaser is None


@pytest.mark.parametrize(("address", "sentence", "published"), [
    ("https://www.reuters.com/markets/asia/bank-japan-ends-negative-rates-2024-03-19/",
     "The Bank of Japan ended negative rates.", "2024-03-19"),
    ("www.tagesschau.de/wirtschaft/bundesbank-warnt-100.html", "Die Bundesbank warnt vor einer Rezession.", None),
])  # fmt: skip
def test_a_pasted_address_stays_in_a_short_text_and_is_not_its_title(address, sentence, published) -> None:
    """A note's link is kept nowhere else (a text has no address field): the page's rules read
    the address line for its date and set it aside with the head's metadata, and it was gone.
    The date is still read from it; the title is the sentence, not the address."""
    text = f"{address}\n{sentence}"
    article = parse(text)
    assert _paragraphs(text) == [address, sentence]
    assert article.title == sentence.rstrip(".")
    assert article.published == published


@pytest.mark.parametrize(("text", "name", "kept"), [
    ("Best regards,\nAnna Schmidt\nSenior Analyst, Example GmbH\n+49 30 1234567", "Anna Schmidt",
     ["Best regards,", "Senior Analyst, Example GmbH", "+49 30 1234567"]),
    ("Mit freundlichen Grüßen\nAnna Schmidt\nLeiterin Kommunikation, Example GmbH\nTel. +49 30 1234567", "Anna Schmidt",
     ["Leiterin Kommunikation, Example GmbH", "Tel. +49 30 1234567"]),
])  # fmt: skip
def test_a_pasted_signatures_job_line_stays_in_the_text(text, name, kept) -> None:
    """The name is the byline, as an author line under a headline is; the job under it, which
    the page's rules set aside with the author line and the header does not show, was gone."""
    article = parse(text)
    assert article.byline == name
    assert _paragraphs(text) == kept


def test_an_author_line_in_a_short_text_is_still_the_byline_alone() -> None:
    text = "Bank of Japan raises rates\nLEIKA KIHARA\nThe Bank of Japan ended negative rates on Tuesday."
    article = parse(text)
    assert article.byline == "Leika Kihara"
    assert _paragraphs(text) == ["The Bank of Japan ended negative rates on Tuesday."]


@pytest.mark.parametrize(("text", "title", "teaser", "paragraph"), [
    ("Hochwasser in Polen erwartet\n\nSturmtief Boris bringt extreme Regenmengen nach Mitteleuropa.\n\n"
     "12.09.2024 · Tagesschau\n\nMeteorologen warnen vor Dauerregen im Osten Europas. Die Behörden in Prag "
     "bereiten Sandsäcke vor.", "Hochwasser in Polen erwartet",
     "Sturmtief Boris bringt extreme Regenmengen nach Mitteleuropa.",
     "Meteorologen warnen vor Dauerregen im Osten Europas. Die Behörden in Prag bereiten Sandsäcke vor."),
    ("Bank of Japan ends negative rates\n\nThe first rise in 17 years.\n\nMarch 19, 2024\n\nThe central bank "
     "raised its short-term rate to a range of 0 to 0.1 percent on Tuesday.", "Bank of Japan ends negative rates",
     "The first rise in 17 years.",
     "The central bank raised its short-term rate to a range of 0 to 0.1 percent on Tuesday."),
])  # fmt: skip
def test_a_short_brief_keeps_its_standfirst(text, title, teaser, paragraph) -> None:
    """A brief of four blocks — headline, standfirst, date line, one paragraph — is a short
    article, not a note: the standfirst is its teaser, shown under the title and not repeated
    in the text, as on a longer page (a rule for notes had made it the text's first paragraph,
    and the same-event test set's briefs lost their teasers)."""
    parsed = parse(text)
    assert (parsed.title, parsed.teaser) == (title, teaser)
    assert _paragraphs(text) == [paragraph]
