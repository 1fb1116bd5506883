"""A note pasted or imported is no page, however many lines it has: nothing in it is a page's
(no furniture phrase, no menu or breadcrumb, no date line, no PDF page's footer) and
its lines are jotted, none a paragraph. Its title is its first line, every line stays. The page
rules, asked of "Anruf Müller 3.12." and four more lines, took a later line for the title and
set the lines around it aside as a menu and a footer."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.ingest.article import BlockRole
from reader.core.ingest.head import head_zone, is_note
from reader.core.ingest.plaintext import parse, read_page

PASTES = Path(__file__).parents[2] / "data" / "pastes"


@pytest.mark.parametrize(("name", "title", "published"), [
    ("note_de.txt", "Anruf Müller 3.12", None),  # a sentence's full stop: the title is made from it
    # A headline naming its day: the title (out of the text) and the date.
    ("note_en.txt", "Call with Jenkins, 4 Dec 2024", "2024-12-04"),
])  # fmt: skip
def test_a_note_of_five_lines_and_more_is_titled_by_its_first_line_and_keeps_every_line(name, title, published) -> None:
    text = (PASTES / name).read_text(encoding="utf-8")
    article = parse(text)
    assert article.title == title
    lines = [line for line in text.splitlines() if line]
    kept = [b.text for b in article.blocks if b.role is BlockRole.BODY]
    assert kept == (lines if article.title_derived else lines[1:])
    assert article.byline is None and article.teaser is None
    assert article.published == published


@pytest.mark.parametrize("extra", [
    "Startseite | Politik | Wirtschaft | Kontakt",  # a menu in one line
    # (An author line is none: a note names its writer so, `test_notes_to_someone`.)
    "03.12.2024, 16:30 Uhr",  # a date line
    "Diesen Beitrag teilen",  # a furniture phrase
])  # fmt: skip
def test_a_line_only_a_page_prints_makes_the_text_a_page(extra: str) -> None:
    lines = (PASTES / "note_de.txt").read_text(encoding="utf-8").splitlines()
    text = "\n".join([lines[0], extra, *lines[1:]])
    article = parse(text)
    roles = {b.text: b.role for b in article.blocks}
    assert roles[extra] is not BlockRole.BODY
    assert article.title != "Anruf Müller 3.12"


def test_a_short_articles_paragraphs_are_no_note() -> None:
    # An article's text copied without its page (paragraphs of sentences): the page rules read
    # it, its headline chosen as a page's.
    paragraph = ("Die Bundesregierung will die Schuldenbremse erneut lockern, kündigte der Finanzminister "
                 "am Vormittag vor Journalisten in Berlin an, und die Union signalisierte Gesprächsbereitschaft.")  # fmt: skip
    text = "Regierung lockert Schuldenbremse\n\n" + "\n\n".join([paragraph] * 5)
    page, _meta, lang = read_page(text)
    assert not is_note(head_zone(page.segments, page.shapes, page.labels, lang))


@pytest.mark.parametrize(("text", "title", "kicker"), [
    ("Markets\nOil prices jump after Opec+ cuts output again\n"
     "Brent crude rose 4 percent to 88 dollars a barrel on Monday.\n"
     "The cartel said it would cut output by another million barrels a day.\n"
     "Analysts expect prices to stay high until spring.\nShares of airlines fell across Europe.\n",
     "Oil prices jump after Opec+ cuts output again", "Markets"),
    ("Eilmeldung\nBundestag wählt neuen Kanzler\nDer Bundestag hat am Dienstag einen neuen Bundeskanzler gewählt.\n"
     "Im ersten Wahlgang erhielt er 325 Stimmen.\nDie Vereidigung ist für den Nachmittag geplant.\n",
     "Bundestag wählt neuen Kanzler", "Eilmeldung"),
    ("Markets\nOil prices jump after Opec+ cuts output again\n"
     "Brent crude rose 4 percent to 88 dollars a barrel on Monday.\n",
     "Oil prices jump after Opec+ cuts output again", "Markets"),  # three lines
])  # fmt: skip
def test_a_short_news_item_is_titled_by_its_headline_not_its_section_label(text, title, kicker) -> None:
    # Read as a note (nothing else of a page in it), the section's label over the headline was
    # its title ("Markets"); every line still stays.
    article = parse(text)
    assert article.title == title
    kept = [b.text for b in article.blocks if b.role is BlockRole.BODY]
    assert kept == [line for line in text.splitlines() if line != title]
    assert kept[0] == kicker


@pytest.mark.parametrize("line", [
    "by Friday send the numbers to Mark",
    "Von Montag an Homeoffice für alle",
])  # fmt: skip
def test_a_notes_line_that_opens_like_an_author_line_keeps_it_a_note(line: str) -> None:
    # "by …" / "Von …" went on with a capital and was taken for an author line: the note was
    # read as a page and titled by its last line.
    lines = (PASTES / "note_de.txt").read_text(encoding="utf-8").splitlines()
    text = "\n".join([lines[0], line, *lines[1:]])
    article = parse(text)
    assert article.title == "Anruf Müller 3.12"
    assert line in [b.text for b in article.blocks if b.role is BlockRole.BODY]


@pytest.mark.parametrize("text", [
    "Einkaufsliste Workshop\nFlipchart-Papier\nModerationskarten\nMarker in vier Farben\n"
    "Kaffee und Tee für 12 Personen\nNamensschilder\n",
    "Termine nächste Woche\nMo 9.12. Call Jenkins\nDi 10.12. Workshop Einkauf\nMi 11.12. Zahlen an Mark\n"
    "Do 12.12. Reise Berlin\n",
])  # fmt: skip
def test_a_notes_list_of_short_lines_is_no_menu(text: str) -> None:
    # Three lines of up to three words were a menu: the list was read as a page, titled by a
    # later line ("Kaffee und Tee für 12 Personen", "Do 12.12. Reise Berlin").
    article = parse(text)
    lines = text.splitlines()
    assert article.title == lines[0]
    assert [b.text for b in article.blocks if b.role is BlockRole.BODY] == lines[1:]


def test_a_menu_of_a_pages_sections_still_makes_it_a_page() -> None:
    lines = (PASTES / "note_de.txt").read_text(encoding="utf-8").splitlines()
    article = parse("\n".join(["Politik", "Wirtschaft", "Sport", *lines]))
    assert article.title != "Politik"
    assert {b.text: b.role for b in article.blocks}["Politik"] is not BlockRole.BODY


@pytest.mark.parametrize(("name", "title"), [
    ("own_assessment_de.txt", "Meine Einschätzung zu Salzgitter"),
    ("own_assessment_en.txt", "My assessment of the Salzgitter outlook"),
])  # fmt: skip
def test_a_consultants_own_paragraphs_are_titled_by_their_first_line_with_no_outlet(name: str, title: str) -> None:
    # Paragraphs of more than twenty words make the text a page, as an article copied without
    # its page is (the first person does not tell them apart: a blog's copied text speaks so
    # too). What the user sees is the note's all the same: its first line the title, no outlet
    # made from a closing line ("Stahl Aktuell"), no teaser, every paragraph in the text.
    text = (PASTES / name).read_text(encoding="utf-8")
    article = parse(text)
    assert (article.title, article.title_derived, article.site_name, article.teaser) == (title, False, None, None)
    body = [b.text for b in article.blocks if b.role is BlockRole.BODY]
    assert [line for line in text.splitlines() if len(line.split()) > 20] == [t for t in body if len(t.split()) > 20]


@pytest.mark.parametrize(("text", "title"), [
    ("Meine Einschätzung nach dem Gespräch mit dem Einkauf: Die Zölle werden die Margen der "
     "Hersteller in den nächsten zwei Quartalen drücken, weil die Verträge erst im Frühjahr neu "
     "verhandelt werden.\n\nHandelsblatt und FAZ berichten heute ähnlich, aber beide unterschätzen aus "
     "meiner Sicht, wie wenig Puffer die Zulieferer noch haben, und das sollten wir ansprechen.\n",
     "Meine Einschätzung nach dem Gespräch mit dem Einkauf: Die Zölle werden die…"),
    ("My take after the call with procurement: the tariffs will squeeze the margins of German "
     "manufacturers over the next two quarters.\n\nThe Financial Times and Reuters report much the "
     "same today, but both underestimate how little buffer the mid-sized suppliers have left.\n",
     "My take after the call with procurement: the tariffs will squeeze the margins…"),
])  # fmt: skip
def test_own_paragraphs_without_a_headline_are_titled_by_their_first_sentence(text: str, title: str) -> None:
    # No outlet from the papers the writer names ("Handelsblatt", "The Financial Times").
    article = parse(text)
    assert (article.title, article.title_derived, article.site_name, article.byline) == (title, True, None, None)
    assert [b.text for b in article.blocks if b.role is BlockRole.BODY] == [p for p in text.split("\n") if p]


def _is_note(text: str) -> bool:
    page, _meta, lang = read_page(text)
    return is_note(head_zone(page.segments, page.shapes, page.labels, lang))


@pytest.mark.parametrize(("name", "title"), [
    ("long_note_de.txt", "Ich habe heute den ganzen Vormittag mit dem Einkauf von Salzgitter…"),
    ("long_note_en.txt", "I spent the morning on the phone with procurement at Salzgitter, and the…"),
])  # fmt: skip
def test_a_long_note_in_the_writers_first_person_keeps_every_line(name: str, title: str) -> None:
    # Paragraphs made it a page: its list's lead-in ("Offene Fragen:") and its closing line
    # ("Mehr dazu am Donnerstag.") were set aside. Titled as a note whose first line is a
    # sentence is, and as a paragraph pasted alone: its first sentence's first words.
    text = (PASTES / name).read_text(encoding="utf-8")
    assert _is_note(text)
    article = parse(text)
    assert (article.title, article.title_derived, article.teaser, article.site_name, article.byline) == (
        title, True, None, None, None
    )
    assert [b.text for b in article.blocks if b.role is BlockRole.BODY] == [line for line in text.splitlines() if line]


_OWN = (PASTES / "long_note_de.txt").read_text(encoding="utf-8").split("\n\n")
_THIRD = (
    "Die Lieferanten in Polen verlangen seit Oktober Vorkasse, und zwei von ihnen haben angekündigt, ab "
    "Januar nur noch gegen Bankbürgschaft zu liefern, teilte der Verband am Montag mit."
)


@pytest.mark.parametrize("text", [
    # A headline over the paragraphs: a blog's copied post (or the writer's own title line,
    # which the page rules read right: `test_a_consultants_own_paragraphs_…`).
    "Salzgitter senkt die Prognose\n\n" + "\n\n".join(_OWN),
    # A headline in the first person is a headline all the same (a blog post's "Mein Jahr …").
    "Mein Jahr mit Salzgitter\n\n" + "\n\n".join(_OWN),
    # A section's subheading between two paragraphs: an article's, not a note's.
    "\n\n".join([_OWN[0], "Vorstand schweigt zur Beize", *_OWN[1:]]),
    # A reported paragraph first: a column's text copied without its headline.
    "\n\n".join([_THIRD, *_OWN]),
    # One paragraph of the writer's and the rest reported: an article's text.
    "\n\n".join([_OWN[0], _THIRD, _THIRD.replace("Polen", "Tschechien"), *_OWN[2:3]]),
    # One paragraph over short lines (a podcast's show notes: hosts, "Länge: 3:28:15").
    "\n\n".join([_OWN[0], "maha", "Alex", "Eckdaten:", "Länge: 3:28:15"]),
    # A furniture line: a blog's share prompt.
    "\n\n".join([*_OWN, "Diesen Beitrag teilen"]),
])  # fmt: skip
def test_first_person_paragraphs_with_a_pages_mark_stay_a_page(text: str) -> None:
    assert not _is_note(text)


@pytest.mark.parametrize("text", [
    # Two paragraphs of the writer's are enough: the note without its third.
    "\n\n".join([_OWN[0], _OWN[1], _OWN[2], _OWN[4]]),
    # A list's lead-in without a colon stands between a paragraph and the list, not between
    # two paragraphs: no section's subheading.
    "\n\n".join([*_OWN[:4], "Nächste Schritte\nAngebot an Müller schicken\nTermin mit Anna", _OWN[4]]),
])  # fmt: skip
def test_the_writers_own_paragraphs_and_lists_are_a_note(text: str) -> None:
    assert _is_note(text)


def test_a_lead_in_between_the_writers_paragraphs_is_no_subheading() -> None:
    # "Mein Fazit:" announces the paragraph under it, as "Offene Fragen:" does its list.
    text = "\n\n".join([_OWN[0], _OWN[1], "Mein Fazit:", *_OWN[3:]])
    assert _is_note(text)


def test_a_report_naming_the_us_in_its_paragraphs_stays_a_page() -> None:
    # A dpa report copied without its headline ("Tokio Die USA und Japan wollen …"): "US" in
    # "US-Präsident", "US-Marine" is the country, not the writer's "us"; most of its paragraphs
    # read as the writer's own, and the report as a long note.
    text = (PASTES.parent / "entities" / "seed_003.txt").read_text(encoding="utf-8")
    assert not _is_note(text)
