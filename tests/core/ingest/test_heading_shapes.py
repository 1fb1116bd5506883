"""Lines a heading's shape made headings in the reading view that are captions, addresses or
the writer's meta line (de-web's mywakenews.wordpress.com "Abb.: …" captions and a raw
ja.wikipedia.org address, doschu.com's "Doris Schuppe • Dieser Beitrag …"; en-news' "GETTY"
and captions with their credit glued on). They keep their place and role, as paragraphs; the
page here is written by hand in those shapes.
"""

from __future__ import annotations

from quality import DATA

from reader.core.ingest.article import BlockKind, BlockRole
from reader.core.ingest.heading_shapes import never_heading
from reader.core.ingest.plaintext import parse
from reader.core.ingest.webpage import parse_page
from reader.core.text import normalise

PAGE = DATA / "body_classes" / "de_heading_captions.txt"


def test_captions_addresses_and_meta_lines_are_paragraphs_not_headings() -> None:
    article = parse(normalise(PAGE.read_text(encoding="utf-8")))
    kinds = {b.text[:20]: (b.kind, b.role) for b in article.blocks}
    paragraph = (BlockKind.PARAGRAPH, BlockRole.BODY)
    # (the "Abb.:" captions are set aside since session 28, as paragraphs: test_body_figure_labels)
    assert kinds["Abb.: Collage aus In"] == (BlockKind.PARAGRAPH, BlockRole.BOILERPLATE)
    assert kinds["Abb.: https://de.wik"] == (BlockKind.PARAGRAPH, BlockRole.BOILERPLATE)
    assert kinds["Doris Brenner • Dies"] == paragraph
    # The article's own subheading and its title stay headings.
    assert kinds["Was daraus folgt"] == (BlockKind.HEADING, BlockRole.BODY)
    assert kinds["Wie ein Gerücht um d"][0] is BlockKind.HEADING


def test_caption_labels_and_credits_in_both_languages() -> None:
    for line in (
        "Foto: Lindenauer Nachrichten",
        "Bild: privat",
        "Quelle: Statistisches Bundesamt (Stand: 28. November 2018)",
        "Abbildung 3: Umsatz nach Regionen",
        "Bildnachweis: Quelle, cc-Lizenz",
        "Photo: Jane Roe",
        "Image: Harbor Daily",
        "GETTY",
        "The road to retiring early isn't easy.Kathrin Ziegler/Getty",
        "A hunter killed and ate a rabbitCredit: Getty - Contributor",
        "Auf der Bühne in Lindenau Bild © Jana Berger",
        "Ein Bild aus besseren Tagen. (Tag24 – Twitter Screenshot)",
    ):
        assert never_heading(line, None), line


def test_addresses_and_the_writers_lines() -> None:
    assert never_heading("https://ja.wikipedia.org/wiki/%E6%97%A5", None)
    assert never_heading("www.lindenau.de", None)
    assert never_heading("Info: www.zebco-europe.biz", None)
    assert never_heading("Trailer Quelle http://youtu.be/9LcmmeZ-V3g", None)
    assert never_heading("Von Jane Roe", "Jane Roe")
    assert never_heading("Jane Roe · 5 min read", None)
    assert never_heading("This post first appeared on Harbor Notes", None)


def test_headings_that_only_look_like_them_stay() -> None:
    for line in (
        "07.06.2016: UniCredit: Deutschland wird nicht Fußball-Europameister",
        "Abbildungsverzeichnis",
        "Die Getty-Stiftung kauft ein Gemälde",
        "Nutzung und Verwendung der Pressemitteilungen und Pressebilder von www.iwr.de",
        "Open Source",
        "Jane Roe im Gespräch",
    ):
        assert not never_heading(line, "Jane Roe"), line


# A saved page whose content system put captions, a credit, an address and the byline in
# heading tags, as blogs' editors do (the de-web pages above, written as HTML by hand).
SAVED = """<html><head><title>Wie ein Gerücht um die Welt ging</title>
<meta name="author" content="Doris Brenner"></head><body><article>
<h1>Wie ein Gerücht um die Welt ging</h1>
<p>Kritische Leser haben in den vergangenen Wochen viele Hinweise gesammelt, die zeigen, wie
schnell sich eine erfundene Geschichte in den sozialen Netzwerken verbreitet.</p>
<h3>Abb.: Collage aus Internetbildern und Lindenauer Nachrichten</h3>
<p>Die Geschichte begann mit einem einzelnen Foto, das ohne jede Quelle geteilt wurde. Innerhalb
eines Tages hatten es mehrere tausend Menschen weitergegeben, bevor jemand nach ihm fragte.</p>
<h4>Foto: Jana Berger</h4>
<h2>Was daraus folgt</h2>
<p>Wer eine Nachricht weitergibt, sollte zuerst prüfen, woher sie stammt und wer sie zuerst
veröffentlicht hat. Das kostet nur wenige Minuten und erspart viel Ärger.</p>
<h4>https://de.wikipedia.org/wiki/Datei:Beispiel.jpg</h4>
<h4>Doris Brenner</h4>
<p>Die nächste Folge dieser Reihe erscheint in zwei Wochen und widmet sich den Bildern, die bei
Unwettern jedes Jahr aufs Neue geteilt werden, obwohl sie längst widerlegt sind.</p>
</article></body></html>"""


def test_a_saved_pages_heading_tags_follow_the_same_rule() -> None:
    article = parse_page(SAVED)
    kinds = {b.text: b.kind for b in article.blocks}
    for line in (
        "Abb.: Collage aus Internetbildern und Lindenauer Nachrichten",
        "Foto: Jana Berger",
        "https://de.wikipedia.org/wiki/Datei:Beispiel.jpg",
        "Doris Brenner",
    ):
        assert kinds[line] is BlockKind.PARAGRAPH, line
    assert kinds["Was daraus folgt"] is BlockKind.HEADING
    assert article.title == "Wie ein Gerücht um die Welt ging"
