"""The author a saved page declares where the extractor gives none, and the date the
extractor reads into its authors (`webpage_authors`).

Small hand-written saved pages of the shapes the development sets showed: a blog whose author
field holds a first name alone ("Cornel"), a newsroom whose JSON-LD names itself as the author
("BBC News"), a byline with its date glued on ("By … Malcolm Owen Monday, November 18, 2019").
The extractor dropped the first two and took the date's words for names. A name the page
shows under its headline still beats what the metadata declares.
"""

from __future__ import annotations

from pathlib import Path

from reader.core.ingest.webpage import parse_page
from reader.core.ingest.webpage_authors import date_cut

DATA = Path(__file__).parents[2] / "data" / "html"
BLOG = (DATA / "author-field-first-name.html").read_text(encoding="utf-8")
NEWSROOM = (DATA / "author-field-newsroom.html").read_text(encoding="utf-8")
HEADLINE = "<h1>Harbour ferry returns after winter repairs</h1>"


def test_a_one_word_author_field_is_the_byline() -> None:
    article = parse_page(BLOG, "hummeln.html", url="https://www.hummelgarten.de/biologie/linden/")
    assert article.byline == "Cornel"
    assert article.title == "Warum im Juli tote Hummeln unter Linden liegen"


def test_a_newsroom_named_as_the_json_ld_author_is_the_byline() -> None:
    article = parse_page(NEWSROOM, "ferry.html", url="https://www.northsearadio.co.uk/news/ferry")
    assert article.byline == "Northsea Radio News"


def test_a_photo_credited_in_json_ld_names_no_author() -> None:
    # The picture's item comes first in the block; its author is the photographer's.
    photo = '{"@type": "ImageObject", "author": {"@type": "Person", "name": "Peter Lund"}}, '
    credited = NEWSROOM.replace('{"@context"', f'[{photo}{{"@context"').replace("}}\n</script>", "}}]\n</script>")
    assert "Peter Lund" in credited and "}}]" in credited
    article = parse_page(credited, "ferry.html", url="https://www.northsearadio.co.uk/news/ferry")
    assert article.byline == "Northsea Radio News"

def test_a_byline_the_page_shows_beats_the_declared_author() -> None:
    shown = NEWSROOM.replace(HEADLINE, f"{HEADLINE}<p>By Jane Hollis</p>")
    article = parse_page(shown, "ferry.html", url="https://www.northsearadio.co.uk/news/ferry")
    assert article.byline == "Jane Hollis"


def test_a_web_address_in_the_author_fields_names_nobody() -> None:
    # The JSON-LD author gone, only the profile address in `article:author` and an address
    # in the author field are left: neither is a name.
    start = NEWSROOM.index('<script type="application/ld+json">')
    end = NEWSROOM.index("</script>") + len("</script>")
    bare = NEWSROOM[:start] + '<meta name="author" content="https://northsearadio.co.uk">' + NEWSROOM[end:]
    article = parse_page(bare, "ferry.html", url="https://www.northsearadio.co.uk/news/ferry")
    assert article.byline is None


def test_a_bare_domain_as_the_json_ld_author_names_nobody() -> None:
    # futurezone.at names itself as the author of its stories, its address without a scheme;
    # with no byline shown, the page has none (it had "futurezone.at").
    for address in ("northsearadio.co.uk", "Northsearadio.co.uk/news"):
        bare = NEWSROOM.replace('"name": "Northsea Radio News"', f'"name": "{address}"')
        article = parse_page(bare, "ferry.html", url="https://www.northsearadio.co.uk/news/ferry")
        assert article.byline is None

def test_the_date_glued_to_a_byline_is_no_author() -> None:
    # "By Jeff Hollis and Anna Berg Monday, November 18, 2019, 04:05 pm PT": the extractor
    # read "Anna Berg Monday" and "November" as authors.
    dated = (DATA / "author-byline-with-date.html").read_text(encoding="utf-8")
    assert parse_page(dated, "review.html").byline == "Jeff Hollis, Anna Berg"


def test_a_month_that_is_a_name_stays_and_a_weekday_ends_the_names() -> None:
    assert date_cut(["June Carter", "August Sander"]) == ["June Carter", "August Sander"]
    assert date_cut(["Jeff Foust Monday", "November"]) == ["Jeff Foust"]
    assert date_cut(["Jeff Foust", "Monday", "November"]) == ["Jeff Foust"]


def test_a_weekday_without_its_date_is_part_of_a_name() -> None:
    # Freitag and Sonntag are German surnames, Tuesday a first name: only a weekday with the
    # date after it, or standing alone, is the date's (the names were cut to "Ralf").
    assert date_cut(["Ralf Freitag"]) == ["Ralf Freitag"]
    assert date_cut(["Tuesday Weld", "Eva Sonntag"]) == ["Tuesday Weld", "Eva Sonntag"]
    assert date_cut(["Ralf Freitag Monday", "November"]) == ["Ralf Freitag"]
    assert date_cut(["Eva Sonntag Monday November 18"]) == ["Eva Sonntag"]


def test_a_weekday_after_a_lone_first_name_is_a_surname_also_before_the_date() -> None:
    # "Von Ralf Freitag, 18. November 2019" in the author field gave "Ralf".
    assert date_cut(["Ralf Freitag", "18. November 2019"]) == ["Ralf Freitag"]
    assert date_cut(["Eva Sonntag", "June 3, 2023"]) == ["Eva Sonntag"]
    assert date_cut(["Anna Weber Freitag", "18. November 2019"]) == ["Anna Weber"]
    assert date_cut(["Anna Weber", "Freitag", "18. November 2019"]) == ["Anna Weber"]


def test_a_month_with_its_day_is_the_date_not_a_name() -> None:
    # "By Jane Doe, June 5" gave the authors "Jane Doe" and "June 5"; "Von Anna Weber, Montag,
    # 3. Juni" gave "Anna Weber" and "Montag".
    assert date_cut(["Jane Doe", "June 5"]) == ["Jane Doe"]
    assert date_cut(["Anna Weber", "3. Juni"]) == ["Anna Weber"]
    assert date_cut(["Anna Weber", "Montag"]) == ["Anna Weber"]
    assert date_cut(["Theresa May", "August Sander"]) == ["Theresa May", "August Sander"]


def test_a_surname_that_is_a_weekday_stays_in_the_byline() -> None:
    shown = NEWSROOM.replace(HEADLINE, f"{HEADLINE}<p>By Ralf Freitag</p>")
    page = shown.replace("<title>", '<meta name="author" content="Ralf Freitag"><title>')
    article = parse_page(page, "ferry.html", url="https://www.northsearadio.co.uk/news/ferry")
    assert article.byline == "Ralf Freitag"
