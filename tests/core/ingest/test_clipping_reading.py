"""What the reading view shows of a Markdown clipping: the article, laid out as the clipper
wrote it, each thing once.

Clippings written for these tests in the shapes Obsidian Web Clipper, MarkDownload and
Omnivore write (front matter, pictures with alt texts and captions, share links, a "Read more"
list, a table of contents, tables, code, footnotes, MarkDownload's "> ## Excerpt"). In the
window the alt texts and captions stood as paragraphs, the links as list items, a table's
rows as run-on lines, code as one paragraph, all footnotes as one, and MarkDownload's excerpt
as a quote under the heading "Excerpt", with the page's headline again under it.
"""

from __future__ import annotations

from pathlib import Path

from reader.core.ingest import BlockKind, BlockRole, prepare_bytes
from reader.core.ingest.phrases import ARTICLE_INFO, CAPTION, NAVIGATION, RELATED, SHARE

DATA = Path(__file__).resolve().parents[2] / "data" / "clippings"


def _parse(name: str):  # type: ignore[no-untyped-def]
    return prepare_bytes((DATA / name).read_bytes(), name).article


def _aside(article) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {b.text: b.reason for b in article.blocks if b.role is BlockRole.BOILERPLATE}


def _body(article) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.text for b in article.blocks if b.role is BlockRole.BODY]


def test_a_pictures_alt_text_and_caption_are_set_aside() -> None:
    article = _parse("obsidian_pictures_table_footnotes.md")
    assert _aside(article) == {
        "Containerbrücken am Burchardkai im Morgennebel": CAPTION,
        "Containerbrücken am Burchardkai. Foto: Beispiel-Zeitung/Archiv": CAPTION,
        "Grafik: Umschlag in Hamburg seit 2015": CAPTION,
    }
    assert article.body.startswith("Der Hamburger Hafen hat im vergangenen Jahr")
    emphasised = _parse("obsidian_caption_emphasis.md")  # a caption in italics, no credit
    assert _aside(emphasised) == {
        "Porträt von Anna Lindqvist": CAPTION,
        "Anna Lindqvist leitet seit 2022 das Europageschäft. Foto: Wirtschaftsmagazin": CAPTION,
    }
    assert _body(emphasised)[0].startswith("Frau Lindqvist, Europa will bis 2030")


def test_a_tables_cells_are_apart_by_tabs_and_footnotes_read_as_numbers() -> None:
    body = _body(_parse("obsidian_pictures_table_footnotes.md"))
    assert "Rotterdam\t13,4\t13,8\t+3,0 %" in body  # the reading view sets tabbed rows in columns
    assert any(text.endswith("rund vier Prozent weniger als ein Jahr zuvor.[1] Damit sinkt der Umschlag das dritte Jahr in Folge.") for text in body)
    assert body[-2:] == ["[1] Hafenbehörde HPA, Jahresbilanz 2024, vorgestellt am 13. Februar.", "[2] Ebd., Tabelle 4: Fahrtgebiete."]


def test_code_keeps_its_lines_and_an_ordered_list_its_numbers() -> None:
    body = _body(_parse("obsidian_code.md"))
    assert "2. die Retouren aus dem Lager-System (CSV)," in body  # the number is the item's marker
    # a fence is one code block, its lines, their indentation and its blank line (a space) kept
    assert 'import duckdb\n \ncon = duckdb.connect("berichte.db")\ndf = con.execute(open("umsatz.sql").read()).df()\n' \
        'df.to_excel("umsatz.xlsx", index=False)' in body
    assert "SELECT kunde_id,\n       sum(betrag) AS umsatz," in body[body.index("Der Kern der neuen Pipeline ist eine einzige Abfrage:") + 1]


def test_markdownloads_excerpt_is_the_teaser_and_said_once() -> None:
    article = _parse("markdownload_excerpt_share.md")
    meta = [b.text for b in article.blocks if b.role is BlockRole.META]
    assert meta[:3] == ["Stadtrat beschließt zwölf Kilometer neue Radwege", "Excerpt",
                        "Der Stadtrat hat am Dienstagabend mit breiter Mehrheit den Ausbau des Radnetzes beschlossen. "
                        "Bis 2026 sollen zwölf Kilometer neue Wege entstehen."]  # fmt: skip
    # the text opens with the excerpt's words: the header does not say them first
    assert article.teaser is None
    assert article.body.startswith("Der Stadtrat hat am Dienstagabend")
    # the byline and the date line the text opened with are the header's
    assert (article.byline, article.published) == ("Sabine Wolters", "2024-04-10T16:30")
    # an excerpt the text opens with, then goes on: "… steel tariffs, officials said on Friday."
    assert _parse("markdownload_site_title.md").teaser is None
    other = _parse("obsidian_pictures_table_footnotes.md")  # a description the text does not open with
    assert other.teaser == ("Der Containerumschlag im Hamburger Hafen ist 2024 erneut zurückgegangen. "
                            "Die Reeder verweisen auf Rotterdam und Antwerpen.")  # fmt: skip


def test_the_pages_headline_again_and_the_sites_name_in_the_title_are_the_headers() -> None:
    again = _parse("markdownload_excerpt_share.md")
    assert _aside(again)["Stadtrat beschließt zwölf Kilometer neue Radwege"] == ARTICLE_INFO
    assert "Stadtrat beschließt zwölf Kilometer neue Radwege" not in _body(again)
    site = _parse("markdownload_site_title.md")
    assert site.title == "EU prepares response to US steel tariffs"  # was "… | Example News"


def test_share_links_lists_of_links_and_their_headings_are_set_aside() -> None:
    share = _aside(_parse("markdownload_excerpt_share.md"))
    assert share["Teilen auf Facebook"] == SHARE
    assert share["Per E-Mail senden"] == RELATED
    assert share["Mehr aus der Region"] == share["Neue Buslinie ab Mai"] == RELATED
    more = _parse("markdownload_site_title.md")
    assert {k: v for k, v in _aside(more).items() if v == RELATED} == {
        "Read more": RELATED,
        "US announces 25% tariffs on steel imports": RELATED,
        "What a trade war would mean for Germany": RELATED,
        "Eurofer calls for safeguard quotas": RELATED,
    }
    assert _aside(more)["Video: How tariffs work"] == CAPTION  # a linked picture's alt text
    contents = _parse("obsidian_contents_figure.md")
    aside = _aside(contents)
    assert aside["Inhalt"] == aside["Wer gefördert wird"] == NAVIGATION  # links into the page
    assert aside["Teilen: LinkedIn | E-Mail"] == SHARE
    assert aside["Das Antragsportal des BAFA"] == CAPTION  # a <figure>'s caption
    headings = [b.text for b in contents.blocks if b.role is BlockRole.BODY and b.kind is BlockKind.HEADING]
    assert headings == ["Wer gefördert wird", "Was gefördert wird", "So stellen Sie den Antrag"]


def test_a_templates_tag_line_and_read_links_are_set_aside() -> None:
    article = _parse("omnivore_template.md")
    aside = _aside(article)
    assert aside["#Omnivore"] == ARTICLE_INFO
    assert aside["Read on Omnivore Read Original"] == RELATED
    assert article.body.startswith("Content\n\nThe Bank of Japan raised interest rates")
