"""Saved web pages: real pages from the development sets, blocks and metadata, MHTML archives,
"Web page, complete" folders, and `briefing inspect` on every format.

Expected values come from the pages' gold files (a careful reader's article body and the
pages' own metadata), never from the parser under test.
"""

from __future__ import annotations

import email.generator
import io
import json
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest

from reader.cli import main as cli_main
from reader.core.importer import import_paths
from reader.core.ingest import BlockKind, BlockRole, IngestError, prepare_bytes, prepare_file
from reader.core.models import ImportStatus
from reader.core.store import Store
from tests.devsample import byline_match, same_day, snorm, token_prf

DATA = Path(__file__).parents[2] / "data" / "html"
EN_PAGES = sorted(DATA.glob("en-*.html"))
DE_PAGES = sorted(DATA.glob("de-*.html"))


def gold(page: Path) -> dict:
    return json.loads(page.with_suffix(".gold.json").read_text(encoding="utf-8"))


def test_the_sample_holds_real_pages_of_both_sets() -> None:
    assert len(EN_PAGES) == 5 and len(DE_PAGES) == 3


@pytest.mark.parametrize("page", EN_PAGES, ids=lambda p: p.stem)
def test_real_page_body_matches_the_readers_choice(page: Path) -> None:
    article = prepare_file(page).article
    _p, _r, f1 = token_prf(article.body, gold(page)["body"])
    assert f1 >= 0.95, f"{page.name}: body F1 {f1:.3f}"


def headline(title: str, site: str) -> str:
    """The gold title (the page's og:title) without the site's name it may end in: the
    outlet is kept and cited apart. Quotes compared straight (the page shows curly ones)."""
    for mark in " | ", " - ", " – ":
        title = title.removesuffix(f"{mark}{site}")
    return title.translate(str.maketrans("‘’“”", "''\"\""))


@pytest.mark.parametrize("page", EN_PAGES, ids=lambda p: p.stem)
def test_real_page_metadata_is_the_pages_own(page: Path) -> None:
    expected = gold(page)
    article = prepare_file(page).article
    assert headline(article.title, "") == headline(expected["title"], expected["site_name"])
    if expected["byline"] == "admin":  # the site's account in the author field: nobody's name
        assert article.byline is None
    else:
        assert byline_match(article.byline, expected["byline"])
    assert (article.site_name or "").casefold() == expected["site_name"].casefold()
    assert article.lang == expected["lang"][:2]
    assert article.url == expected["url"]


def test_real_pages_publication_days() -> None:
    hits = [same_day(prepare_file(p).article.published, gold(p)["published"]) for p in EN_PAGES]
    assert sum(hits) >= 4, hits


@pytest.mark.parametrize("page", DE_PAGES, ids=lambda p: p.stem)
def test_german_page_keeps_its_snippets_and_drops_the_furniture(page: Path) -> None:
    expected = gold(page)
    body = snorm(prepare_file(page).article.body)
    for snippet in expected["with"]:
        assert snorm(snippet) in body
    for snippet in expected["without"]:
        assert snorm(snippet) not in body


def test_set_aside_blocks_keep_the_rest_of_the_page_with_a_reason() -> None:
    prepared = prepare_file(DATA / "en-slashgear.html")
    aside = prepared.article.boilerplate_blocks
    assert aside, "a news page has navigation and related links"
    assert all(b.reason for b in aside)
    assert {b.role for b in prepared.article.blocks} <= {BlockRole.BODY, BlockRole.BOILERPLATE, BlockRole.META}
    assert prepared.format == "html"


PAGE = """<!DOCTYPE html>
<!-- saved from url=(0040)https://example.org/news/2025/tariffs -->
<html lang="de"><head><meta charset="utf-8">
<title>Zölle: Was jetzt auf Europas Autobauer zukommt | Beispiel-Zeitung</title>
<meta property="og:title" content="Zölle: Was jetzt auf Europas Autobauer zukommt">
<meta property="og:site_name" content="Beispiel-Zeitung">
<meta name="author" content="Anna Schmidt">
<meta property="article:published_time" content="2025-03-14T09:30:00+01:00">
<style>p { color: red }</style><script>document.write("Skript-Text")</script>
</head><body>
<nav><ul><li><a href="/">Startseite</a></li><li><a href="/wirtschaft">Wirtschaft</a></li></ul></nav>
<article>
<h1>Zölle: Was jetzt auf Europas Autobauer zukommt</h1>
<p>Die Vereinigten Staaten erheben von April an höhere Zölle auf Autos aus Europa. Für die
deutschen Hersteller steht damit ein wichtiger Absatzmarkt auf dem Spiel, sagen Fachleute.</p>
<h2>Was die Hersteller planen</h2>
<p>Mehrere Konzerne prüfen, mehr Fahrzeuge in ihren amerikanischen Werken zu bauen. Das würde
die Zölle umgehen, aber Arbeitsplätze in Deutschland kosten, warnen die Gewerkschaften.</p>
<ul><li>Volkswagen prüft eine zweite Fertigungslinie in Chattanooga.</li>
<li>BMW will die Produktion in Spartanburg um ein Fünftel erhöhen.</li></ul>
<blockquote><p>„Wir werden nicht zusehen, wie unsere Industrie geschwächt wird“, sagte die Ministerin.</p></blockquote>
<table><tr><th>Hersteller</th><th>Absatz USA 2024</th></tr><tr><td>Volkswagen</td><td>600.000</td></tr></table>
<p>Die Verhandlungen zwischen Brüssel und Washington sollen in der kommenden Woche weitergehen,
heißt es aus Kreisen der Kommission; eine Einigung gilt als unwahrscheinlich.</p>
</article>
<footer><p>© 2025 Beispiel-Zeitung. Alle Rechte vorbehalten. Impressum · Datenschutz</p></footer>
</body></html>
"""


def test_hand_made_page_blocks_and_metadata() -> None:
    article = prepare_bytes(PAGE.encode("utf-8"), "zoelle.html").article
    assert article.title == "Zölle: Was jetzt auf Europas Autobauer zukommt"
    assert article.byline == "Anna Schmidt"
    assert article.published == "2025-03-14T09:30"
    assert article.site_name == "Beispiel-Zeitung"
    assert article.lang == "de"
    assert article.url == "https://example.org/news/2025/tariffs"
    body = [b for b in article.blocks if b.role is BlockRole.BODY]
    kinds = {b.text[:20]: b.kind for b in body}
    assert kinds["Was die Hersteller p"] is BlockKind.HEADING
    assert kinds["Volkswagen prüft ein"] is BlockKind.LIST_ITEM
    assert kinds["„Wir werden nicht zu"] is BlockKind.QUOTE
    assert "Volkswagen | 600.000" in article.body
    assert all("\n" not in b.text for b in article.blocks)
    assert "Skript-Text" not in article.body and "color: red" not in article.body
    assert "Startseite" not in article.body and "Alle Rechte vorbehalten" not in article.body
    aside = {b.text: b.reason for b in article.boilerplate_blocks}
    assert aside["Startseite"] == "navigation"
    assert aside["© 2025 Beispiel-Zeitung. Alle Rechte vorbehalten. Impressum · Datenschutz"] == "page footer"
    meta = [b for b in article.blocks if b.role is BlockRole.META]
    assert [b.text for b in meta] == [article.title]


def test_canonical_link_wins_over_the_saved_from_comment() -> None:
    page = PAGE.replace("</head>", '<link rel="canonical" href="https://example.org/a/123"></head>')
    assert prepare_bytes(page.encode("utf-8"), "p.htm").article.url == "https://example.org/a/123"


def test_page_in_a_legacy_charset_is_read_by_its_declaration() -> None:
    data = PAGE.replace('charset="utf-8"', 'charset="windows-1252"').encode("cp1252")
    article = prepare_bytes(data, "alt.html").article
    assert article.title == "Zölle: Was jetzt auf Europas Autobauer zukommt"
    assert "Gewerkschaften" in article.body


def test_xhtml_page_with_an_xml_declaration() -> None:
    page = '<?xml version="1.0" encoding="utf-8"?>\n' + PAGE.replace("<html ", '<html xmlns="http://www.w3.org/1999/xhtml" ')
    article = prepare_bytes(page.encode("utf-8"), "seite.xhtml").article
    assert "Gewerkschaften" in article.body


def mhtml_archive(html: str, *, location: str = "https://example.org/news/2025/mhtml") -> bytes:
    archive = MIMEMultipart("related")
    archive["Snapshot-Content-Location"] = location
    archive["Subject"] = "Zölle"
    page = MIMEText(html, "html", "utf-8")
    page["Content-Location"] = location
    archive.attach(page)
    image = MIMEImage(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "png")
    image["Content-Location"] = "https://example.org/logo.png"
    archive.attach(image)
    out = io.BytesIO()
    email.generator.BytesGenerator(out).flatten(archive)
    return out.getvalue()


def test_mhtml_archive_reads_its_page_and_its_address() -> None:
    prepared = prepare_bytes(mhtml_archive(PAGE.replace("<!-- saved from url=(0040)https://example.org/news/2025/tariffs -->", "")), "Zölle.mhtml")
    assert prepared.format == "mhtml"
    assert prepared.article.title == "Zölle: Was jetzt auf Europas Autobauer zukommt"
    assert prepared.article.url == "https://example.org/news/2025/mhtml"
    assert "Gewerkschaften" in prepared.article.body
    assert "PNG" not in prepared.raw_text  # the page is kept, not the images


def test_mhtml_without_a_page_is_a_clear_error() -> None:
    with pytest.raises(IngestError, match="no HTML page"):
        prepare_bytes(b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=x\n\n--x\n"
                      b"Content-Type: image/png\n\nabc\n--x--\n", "leer.mhtml")


def test_saved_complete_page_imports_once_and_its_folder_is_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "Artikel"
    (folder / "Zoelle_files").mkdir(parents=True)
    (folder / "Zoelle.html").write_text(PAGE, encoding="utf-8")
    (folder / "Zoelle_files" / "frame.html").write_text("<html><body><p>Werbung im Rahmen</p></body></html>")
    (folder / "Zoelle_files" / "style.css").write_text("p { color: red }")
    (folder / "Notiz-Dateien").mkdir()  # no page of that name beside it: an ordinary folder
    (folder / "Notiz-Dateien" / "notiz.md").write_text("# Eine Notiz\n\nMit einem Absatz Text.\n")
    with Store.open(tmp_path / "lib.sqlite") as store:
        results = import_paths(store, [folder], workers=1)
        assert [(Path(r.path).name, r.status) for r in results] == [
            ("notiz.md", ImportStatus.IMPORTED),
            ("Zoelle.html", ImportStatus.IMPORTED),
        ]
        source = store.sources.get(results[1].source_id)
        assert source is not None
        assert source.url == "https://example.org/news/2025/tariffs"
        assert source.format == "html"


def test_inspect_prints_the_stable_shape_plus_url_for_every_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.md").write_text("---\ntitle: Notiz\nsource: https://example.org/n\n---\n\nText der Notiz hier.\n")
    (tmp_path / "c.txt").write_text("Ein Titel\n\nEin Absatz mit etwas Text, der lang genug ist.\n")
    (tmp_path / "d.mhtml").write_bytes(mhtml_archive(PAGE))
    code = cli_main(["inspect", *(str(tmp_path / n) for n in ("a.html", "b.md", "c.txt", "d.mhtml")), "--json"])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 0 and len(lines) == 4
    keys = ["title", "title_derived", "teaser", "byline", "published", "site_name", "lang", "body", "boilerplate", "url", "agency"]
    assert all(list(line) == keys for line in lines)
    assert [line["url"] for line in lines] == [
        "https://example.org/news/2025/tariffs", "https://example.org/n", None,
        "https://example.org/news/2025/mhtml",
    ]


def test_a_menu_is_set_aside_as_one_line_with_every_entry() -> None:
    entries = ["Politik", "Wirtschaft", "Kultur", "Sport", "Wissen"]
    menu = "<nav><ul>" + "".join(f"<li><a href='/{e}'>{e}</a></li>" for e in entries) + "</ul></nav>"
    article = prepare_bytes(PAGE.replace("<nav>", menu + "<nav>", 1).encode("utf-8"), "m.html").article
    aside = [(b.text, b.reason) for b in article.boilerplate_blocks]
    assert ("Politik · Wirtschaft · Kultur · Sport · Wissen · Startseite · Wirtschaft", "navigation") in aside


def test_an_article_ends_at_a_furniture_line_in_its_last_third() -> None:
    from reader.core.ingest.article import Block
    from reader.core.ingest.webpage import furniture_tail_set_aside

    paragraphs = [Block(BlockKind.PARAGRAPH, f"Absatz {n} des Artikels mit genug Wörtern darin.") for n in range(6)]
    tail = [Block(BlockKind.HEADING, "Weitere Themen"), Block(BlockKind.PARAGRAPH, "Ein ganz anderer Artikel"),
            Block(BlockKind.PARAGRAPH, "Zum Newsletter anmelden")]
    blocks = furniture_tail_set_aside([*paragraphs, *tail])
    assert [b.role for b in blocks] == [BlockRole.BODY] * 6 + [BlockRole.BOILERPLATE] * 3
    assert blocks[6].reason == "related links"
    early = furniture_tail_set_aside([tail[0], *paragraphs])  # in the first third: a section title
    assert all(b.role is BlockRole.BODY for b in early)


def test_a_separator_line_does_not_end_the_article() -> None:
    # A wire story parts its sections with "___"; the last sections are still the story.
    from reader.core.ingest.article import Block
    from reader.core.ingest.webpage import furniture_tail_set_aside

    sections = []
    for n in range(4):
        sections += [Block(BlockKind.PARAGRAPH, "___"), Block(BlockKind.PARAGRAPH, f"QUESTION {n}?"),
                     Block(BlockKind.PARAGRAPH, f"The answer to question {n} takes a full sentence of prose.")]
    blocks = furniture_tail_set_aside(sections)
    assert all(b.role is BlockRole.BODY for b in blocks)


CHROME_MHTML = b"""From: <Saved by Blink>
Snapshot-Content-Location: https://example.org/wirtschaft/chips
Subject: =?utf-8?Q?Chips_f=C3=BCr_Europa?=
Date: Tue, 14 Mar 2025 09:30:00 -0000
MIME-Version: 1.0
Content-Type: multipart/related;
\ttype="text/html";
\tboundary="----MultipartBoundary--abc123----"


------MultipartBoundary--abc123----
Content-Type: text/html
Content-ID: <frame-1@mhtml.blink>
Content-Transfer-Encoding: quoted-printable
Content-Location: https://example.org/wirtschaft/chips

<!DOCTYPE html><html lang=3D"de"><head><meta http-equiv=3D"Content-Type" co=
ntent=3D"text/html; charset=3DUTF-8"><title>Chips f=C3=BCr Europa</title></=
head><body><article><h1>Chips f=C3=BCr Europa</h1><p>Die Europ=C3=A4ische U=
nion will ihren Anteil an der weltweiten Chipproduktion bis zum Ende des Ja=
hrzehnts verdoppeln und f=C3=B6rdert dazu neue Fabriken.</p><p>Kritiker hal=
ten das Ziel f=C3=BCr unerreichbar, solange Fachkr=C3=A4fte fehlen.</p></ar=
ticle></body></html>
------MultipartBoundary--abc123----
Content-Type: image/png
Content-Transfer-Encoding: base64
Content-Location: https://example.org/logo.png

iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==
------MultipartBoundary--abc123------
"""


def test_chrome_style_quoted_printable_archive() -> None:
    article = prepare_bytes(CHROME_MHTML.replace(b"\n", b"\r\n"), "Chips.mhtml").article
    assert article.title == "Chips für Europa"
    assert article.url == "https://example.org/wirtschaft/chips"
    assert "Die Europäische Union will ihren Anteil" in article.body
    assert "solange Fachkräfte fehlen." in article.body
    assert article.lang == "de"
