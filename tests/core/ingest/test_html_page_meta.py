"""A saved page's title and byline, checked against what the page shows (`webpage_meta`).

The pages are built by hand, each with the one feature a rule is about: a metadata title with
the site's name glued on, a title that is a section label or the site's name, a byline that
names the site or a form label, or none at all. The expected titles and names are the ones a
reader sees on the page, written out here, not taken from the parser.
"""

from __future__ import annotations

from reader.core.ingest import BlockKind, BlockRole
from reader.core.ingest.article import Block
from reader.core.ingest.metadata import Metadata
from reader.core.ingest.webpage import parse_page
from reader.core.ingest.webpage_blocks import PageBlock
from reader.core.ingest.webpage_meta import (
    PageTitles,
    VisibleHead,
    choose_byline,
    choose_title,
    set_aside_label,
    typographic,
)

URL = "https://www.talbote.de/tal/regen"
HEADLINE = "Regen kehrt ins Tal zurück"
PROSE = (
    "<p>Der Regen kam am Dienstagabend zurück in das Tal, nachdem es wochenlang trocken gewesen "
    "war und die Bauern um ihre Ernte fürchteten.</p>"
    "<p>Nach Angaben des Wetterdienstes fielen in der Nacht mehr als zwanzig Liter pro "
    "Quadratmeter, so viel wie seit dem Frühjahr nicht mehr.</p>"
    "<p>Die Feuerwehr musste nur zweimal ausrücken, weil Keller vollgelaufen waren; größere "
    "Schäden wurden nicht gemeldet, teilte die Stadt mit.</p>"
    "<p>Für das Wochenende erwarten die Meteorologen wieder Sonne und Temperaturen um "
    "fünfundzwanzig Grad, bevor es in der nächsten Woche kühler wird.</p>"
)
BYLINE = "<p>Von Anna Berger</p><p>12.03.2024</p>"


def page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def og_title(title: str) -> str:
    return f'<meta property="og:title" content="{title}">'


# -- titles --------------------------------------------------------------------------------


def test_a_visible_headline_the_og_title_repeats_beats_a_suffixed_metadata_title() -> None:
    # The extractor reads the later og:title, "… - Talbote"; the page's first og:title and
    # its <h1> agree on the headline alone.
    html = page(
        og_title(HEADLINE) + og_title(f"{HEADLINE} - Talbote"),
        f"<article><h1>{HEADLINE}</h1>{PROSE}</article>",
    )
    assert parse_page(html, url=URL).title == HEADLINE


def test_a_visible_headline_the_document_title_repeats_beats_a_twitter_title() -> None:
    head = f'<title>{HEADLINE}</title><meta name="twitter:title" content="{HEADLINE} | Talbote">'
    assert (
        parse_page(page(head, f"<article><h1>{HEADLINE}</h1>{PROSE}</article>"), url=URL).title
        == HEADLINE
    )


def test_the_og_title_stands_when_the_h1_says_something_else() -> None:
    # Editors write the og:title; a differently worded <h1> does not override it.
    html = page(
        og_title("Endlich Regen im Tal"), f"<article><h1>{HEADLINE}</h1>{BYLINE}{PROSE}</article>"
    )
    assert parse_page(html, url=URL).title == "Endlich Regen im Tal"


def test_the_title_keeps_the_typography_the_page_shows() -> None:
    html = page(
        og_title("Regen - und dann wieder Sonne"),
        f"<article><h1>Regen – und dann wieder Sonne</h1>{PROSE}</article>",
    )
    assert parse_page(html, url=URL).title == "Regen – und dann wieder Sonne"


def test_a_section_label_title_gives_way_to_the_visible_headline() -> None:
    head = "<title>Aktuelles</title>" + og_title("Aktuelles")
    body = f"<main><h1>Aktuelles</h1><h2>{HEADLINE}</h2>{BYLINE}{PROSE}</main>"
    article = parse_page(page(head, body), url=URL)
    assert article.title == HEADLINE
    assert "Aktuelles" not in article.body


def test_a_title_that_is_the_site_name_gives_way_to_the_visible_headline() -> None:
    head = og_title("Talbote") + '<meta property="og:site_name" content="Talbote">'
    assert (
        parse_page(page(head, f"<main><h2>{HEADLINE}</h2>{BYLINE}{PROSE}</main>"), url=URL).title
        == HEADLINE
    )


def test_a_one_word_headline_that_is_no_label_stands() -> None:
    html = page(
        og_title("Ischgl"),
        f"<main><h1>Ischgl</h1><h2>Das Tiroler Skidorf im Winter</h2>{PROSE}</main>",
    )
    assert parse_page(html, url=URL).title == "Ischgl"


def test_a_visible_headline_that_is_one_part_of_the_document_title_wins() -> None:
    # The <title> strings site, section and headline together; the <h1>s are logo and headline.
    head = f"<title>Talbote - Nachrichten aus dem Tal - {HEADLINE}</title>"
    body = f"<header><h1>Talbote</h1></header><article><h1>{HEADLINE}</h1>{PROSE}</article>"
    assert parse_page(page(head, body), url=URL).title == HEADLINE


def test_a_logo_in_the_only_h1_gives_way_to_the_headline_the_document_title_holds() -> None:
    head = f"<title>{HEADLINE} | Der Talbote</title>"
    body = f"<header><h1>Der Talbote</h1></header><article><h2>{HEADLINE}</h2>{BYLINE}{PROSE}</article>"
    assert parse_page(page(head, body), url=URL).title == HEADLINE


def test_the_sites_name_after_the_headline_is_cut_when_the_h1_shows_the_headline() -> None:
    # og:title and <title> both carry the site's name; the page's headline is the <h1>.
    head = og_title(f"{HEADLINE} | Talbote Online") + f"<title>{HEADLINE} | Talbote Online</title>"
    body = f"<article><h1>{HEADLINE}</h1>{BYLINE}{PROSE}</article>"
    assert parse_page(page(head, body), url=URL).title == HEADLINE


def test_a_headline_of_one_word_is_cut_from_its_site_name_when_the_h1_shows_it() -> None:
    html = page(og_title("Hope! - bewusster leben"), f"<article><h1>Hope!</h1>{PROSE}</article>")
    assert parse_page(html, url="https://bewusster-leben.de/hope").title == "Hope!"


def test_the_sites_name_before_or_after_the_headline_is_cut_without_an_h1() -> None:
    site = '<meta property="og:site_name" content="Talbote">'
    for title in (f"{HEADLINE} - Talbote", f"Talbote | {HEADLINE}", f"{HEADLINE} • talbote.de"):
        html = page(og_title(title) + site, f"<main><h2>{HEADLINE}</h2>{BYLINE}{PROSE}</main>")
        assert parse_page(html, url=URL).title == HEADLINE, title


def test_a_site_name_with_a_dash_of_its_own_is_cut_whole_and_the_headline_shown_as_the_h1_shows_it() -> None:
    head = og_title("Regen im Tal - die Bilanz - Talbote - Nachrichten aus dem Tal")
    head += '<meta property="og:site_name" content="Talbote - Nachrichten aus dem Tal">'
    body = f"<article><h1>Regen im Tal – die Bilanz</h1>{PROSE}</article>"
    assert parse_page(page(head, body), url=URL).title == "Regen im Tal – die Bilanz"
    # A headline with a dash of its own, the site's name after a bar, no <h1> showing it.
    head = og_title("Tal - Regen kehrt zurück | Talbote") + '<meta property="og:site_name" content="Talbote">'
    html = page(head, f"<main><h2>Wetter</h2>{PROSE}</main>")
    assert parse_page(html, url=URL).title == "Tal - Regen kehrt zurück"
    # Two words are too few to be sure they are a headline and not a section's name.
    head = og_title("Unser Team | Talbote") + '<meta property="og:site_name" content="Talbote">'
    html = page(head, f"<main><h2>Wetter</h2>{PROSE}</main>")
    assert parse_page(html, url=URL).title == "Unser Team | Talbote"


def test_a_logo_h1_naming_the_site_never_becomes_the_title() -> None:
    head = og_title(f"{HEADLINE} - Talbote Regional") + '<meta property="og:site_name" content="Talbote Regional">'
    body = f"<header><h1>Talbote Regional</h1></header><article><h2>{HEADLINE}</h2>{PROSE}</article>"
    assert parse_page(page(head, body), url=URL).title == HEADLINE


def test_a_short_headline_beside_a_name_that_is_not_the_sites_stays_whole() -> None:
    # The part after the dash names no site, and no <h1> shows a part.
    html = page(og_title("Will Smith im Kino - Filmografie 1990 bis 2020"), f"<main><h2>Kino</h2>{PROSE}</main>")
    assert parse_page(html, url=URL).title == "Will Smith im Kino - Filmografie 1990 bis 2020"


def stub_head(title: str) -> VisibleHead:
    """A visible head whose reading is given (what the cached property would hold)."""
    head = VisibleHead([])
    head.__dict__["metadata"] = Metadata(title=title)
    return head


def test_a_site_name_title_gives_way_first_to_the_headline_the_page_declares() -> None:
    # The visible head read a kicker above the headline; the <h1> and <title> agree.
    titles = PageTitles("Talbote", HEADLINE, (HEADLINE,))
    assert choose_title("Talbote", titles, stub_head("Wetter im Tal"), "Talbote", URL) == HEADLINE


def test_a_label_title_is_not_traded_for_another_single_word() -> None:
    # The visible head read a menu word ("Suche") as the headline: no better than the label.
    titles = PageTitles("Aktuelles", "Aktuelles", ())
    assert choose_title("Aktuelles", titles, stub_head("Suche"), None, URL) == "Aktuelles"


def test_typographic_flattens_what_metadata_flattens() -> None:
    assert typographic("„Welches Europa“ – ein Blick…") == '"Welches Europa" - ein Blick...'
    assert typographic("Mes\u00adsen\u00adger  dienste") == "Messenger dienste"


def test_only_a_leading_heading_of_the_rejected_title_is_set_aside() -> None:
    body = [Block(BlockKind.HEADING, "Pressemitteilungen"), Block(BlockKind.PARAGRAPH, "Text.")]
    kept = set_aside_label(body, "Pressemitteilungen", HEADLINE)
    assert [b.role for b in kept] == [BlockRole.BOILERPLATE, BlockRole.BODY]
    # The accepted title's own heading is not a label, nor is a paragraph.
    assert set_aside_label(body, "Pressemitteilungen", "Pressemitteilungen") == body
    prose = [Block(BlockKind.PARAGRAPH, "Pressemitteilungen")]
    assert set_aside_label(prose, "Pressemitteilungen", HEADLINE) == prose


# -- bylines -------------------------------------------------------------------------------


def test_a_page_whose_metadata_names_no_author_gets_the_visible_byline() -> None:
    html = page(og_title(HEADLINE), f"<article><h1>{HEADLINE}</h1>{BYLINE}{PROSE}</article>")
    assert parse_page(html, url=URL).byline == "Anna Berger"


def test_an_author_field_naming_the_host_gives_way_to_the_visible_byline() -> None:
    head = og_title(HEADLINE) + '<meta name="author" content="talbote.de">'
    assert (
        parse_page(
            page(head, f"<article><h1>{HEADLINE}</h1>{BYLINE}{PROSE}</article>"), url=URL
        ).byline
        == "Anna Berger"
    )


def test_an_author_field_holding_a_label_word_gives_way_to_the_visible_byline() -> None:
    body = f'<article><h1>{HEADLINE}</h1><div class="author">Name</div>{BYLINE}{PROSE}</article>'
    assert parse_page(page(og_title(HEADLINE), body), url=URL).byline == "Anna Berger"


def test_a_blog_named_after_its_author_keeps_the_author() -> None:
    head = (
        og_title(HEADLINE)
        + '<meta property="og:site_name" content="Anna Berger"><meta name="author" content="Anna Berger">'
    )
    body = f"<article><h1>{HEADLINE}</h1><p>Von Karl Huber</p>{PROSE}</article>"
    assert parse_page(page(head, body), url=URL).byline == "Anna Berger"


def test_a_person_in_the_author_field_is_kept_over_the_visible_line() -> None:
    head = og_title(HEADLINE) + '<meta name="author" content="Karl Huber">'
    assert (
        parse_page(
            page(head, f"<article><h1>{HEADLINE}</h1>{BYLINE}{PROSE}</article>"), url=URL
        ).byline
        == "Karl Huber"
    )


def test_a_content_systems_default_account_gives_way_to_the_visible_byline() -> None:
    body = f'<article><h1>{HEADLINE}</h1><div class="author">admin</div>{BYLINE}{PROSE}</article>'
    assert parse_page(page(og_title(HEADLINE), body), url=URL).byline == "Anna Berger"


def test_a_visible_credit_naming_the_site_fills_an_empty_author_field() -> None:
    # An association or a desk signs its own releases.
    head = og_title(HEADLINE) + '<meta property="og:site_name" content="Talbote">'
    body = f"<article><h1>{HEADLINE}</h1><p>Von Talbote</p><p>12.03.2024</p>{PROSE}</article>"
    assert parse_page(page(head, body), url=URL).byline == "Talbote"


def test_a_desk_credit_stands_when_the_page_shows_no_byline() -> None:
    body = f'<article><h1>{HEADLINE}</h1><div class="author">Redaktion</div>{PROSE}</article>'
    assert parse_page(page(og_title(HEADLINE), body), url=URL).byline == "Redaktion"


def test_a_form_label_or_an_account_is_no_byline_when_the_page_shows_none() -> None:
    for field in ("Datum", "admin", "Wordpressadmin"):
        body = f'<article><h1>{HEADLINE}</h1><div class="author">{field}</div>{PROSE}</article>'
        assert parse_page(page(og_title(HEADLINE), body), url=URL).byline is None, field


def test_a_one_word_part_of_the_document_title_does_not_make_a_logo_the_title() -> None:
    titles = PageTitles(None, f"{HEADLINE} | Talbote", ("Talbote",))
    assert choose_title(HEADLINE, titles, stub_head(HEADLINE), None, URL) == HEADLINE


def test_the_visible_head_is_not_read_when_the_metadata_is_plainly_right() -> None:
    # Reading it costs about a third of a page's parse: a page whose og:title is its <h1>
    # and whose author field names a person does without.
    head = VisibleHead([])
    titles = PageTitles(HEADLINE, f"{HEADLINE} | Talbote", (HEADLINE,))
    assert choose_title(HEADLINE, titles, head, "Talbote", URL) == HEADLINE
    assert choose_byline("Karl Huber", head, "Talbote", URL) == "Karl Huber"
    assert "metadata" not in head.__dict__


def test_a_title_with_a_spaced_hyphen_asks_the_visible_head_for_its_dash() -> None:
    # No <h1> shows the headline; the visible head does, with the dash the page prints.
    titles = PageTitles("Regen - und dann Sonne", None, ())
    shown = stub_head("Regen – und dann Sonne")
    assert (
        choose_title("Regen - und dann Sonne", titles, shown, None, URL) == "Regen – und dann Sonne"
    )


# -- date line and byline above the article --------------------------------------------------


def body_of(html: str) -> list[str]:
    article = parse_page(html, url=URL)
    return [b.text for b in article.blocks if b.role is BlockRole.BODY]


def test_the_date_line_and_byline_above_the_article_are_metadata_not_body() -> None:
    html = page(
        og_title(HEADLINE),
        f"<article><h1>{HEADLINE}</h1>{BYLINE}<p>Stand: 12.03.2024 18:00 Uhr</p>{PROSE}</article>",
    )
    body = body_of(html)
    assert body[0].startswith("Der Regen kam am Dienstagabend")
    assert not {"Von Anna Berger", "12.03.2024", "Stand: 12.03.2024 18:00 Uhr"} & set(body)


def test_a_heading_with_a_date_and_words_of_its_own_stays_in_the_body() -> None:
    heading = "<h2>Die neuen Preise der Bäder ab 01.04.2024</h2>"
    assert "Die neuen Preise der Bäder ab 01.04.2024" in body_of(
        page(og_title(HEADLINE), f"<article>{heading}{PROSE}</article>")
    )


def test_a_date_line_after_the_first_paragraph_stays_in_the_body() -> None:
    paragraphs = PROSE.split("</p>")
    html = page(
        og_title(HEADLINE),
        f"<article>{paragraphs[0]}</p><p>12.03.2024</p>{'</p>'.join(paragraphs[1:])}</article>",
    )
    assert "12.03.2024" in body_of(html)


# -- the visible head ----------------------------------------------------------------------


def page_of(texts: list[str]) -> list[PageBlock]:
    return [PageBlock(BlockKind.PARAGRAPH, text, "navigation") for text in texts]


PARAGRAPHS = [p.removeprefix("<p>") for p in PROSE.split("</p>") if p]


def test_a_headline_taken_from_the_h1_has_no_soft_hyphens() -> None:
    head = f"<title>Amt - Pressemitteilungen - {HEADLINE}</title>"
    shown = "Re\u00adgen kehrt ins Tal zu\u00adrück"
    body = f"<header><h1>Amt</h1></header><article><h1>{shown}</h1>{PROSE}</article>"
    assert parse_page(page(head, body), url=URL).title == HEADLINE


def test_the_head_of_a_book_length_page_is_still_read() -> None:
    # Only the first part of the visible text is read for the head; the head is in it.
    page = page_of([HEADLINE, "Von Anna Berger", *PARAGRAPHS * 400])
    assert VisibleHead(page).metadata.byline == "Anna Berger"


def test_the_last_line_of_a_short_page_is_read_for_the_head() -> None:
    page = page_of([HEADLINE, *PARAGRAPHS, "Von Anna Berger"])
    assert VisibleHead(page).metadata.byline == "Anna Berger"
