"""Code, nested lists, footnote marks and the page's address as clippers and saved pages write
them (issue 10, session 34's third round).

The files are written for these tests: a MarkDownload clipping with a fenced YAML block, an
indented shell function and a list three levels deep; a saved page with a `<pre><code
class="language-python">`, a nested `<ul>` and `<sup>` footnote marks beside powers; an
Omnivore clipping whose address is only its template's "[Read Original](…)" line, and a
Readwise export's "- URL: …" line. Before: each code line a paragraph, its indentation lost;
every list item at the top level; "Euro.1", the notes under it unnumbered; no address in the header.
"""

from __future__ import annotations

from pathlib import Path

from reader.core.ingest import Block, BlockKind, BlockRole, prepare_bytes
from reader.core.ingest.article import blocks_from_json, blocks_to_json

DATA = Path(__file__).resolve().parents[2] / "data"


def _parse(path: str):  # type: ignore[no-untyped-def]
    return prepare_bytes((DATA / path).read_bytes(), Path(path).name).article


def _body(article) -> list[Block]:  # type: ignore[no-untyped-def]
    return [b for b in article.blocks if b.role is BlockRole.BODY]


def test_a_clippings_code_keeps_its_lines_indentation_and_language() -> None:
    code = [b for b in _body(_parse("clippings/markdownload_code_nested.md")) if b.kind is BlockKind.CODE]
    assert [(b.syntax, b.text) for b in code] == [
        # a blank line inside is one space: "\n\n" is the break between blocks
        ("yaml", "logrotate:\n  taeglich: true\n  behalten: 14\n \n  komprimieren: true"),
        # indented code, no language; its tabs as four columns
        ("", 'pruefe_frist() {\n    if [ "$TAGE" -gt 14 ]; then\n        loesche_alt\n    fi\n}'),
    ]
    article = _parse("clippings/markdownload_code_nested.md")
    assert "\n\n" not in "".join(b.text for b in code)
    assert "Die Einstellung steht in der Konfigurationsdatei des Dienstes:\n\nlogrotate:\n  taeglich" in article.body


def test_a_clippings_nested_list_keeps_its_levels() -> None:
    items = [(b.level, b.text) for b in _body(_parse("clippings/markdownload_code_nested.md")) if b.kind is BlockKind.LIST_ITEM]
    assert items == [
        (0, "Speicherdauer"), (1, "höchstens 14 Tage"), (2, "Ausnahme: laufende Ermittlungen"),
        (1, "danach löschen"), (0, "Zugriff"), (1, "1. nur Administratoren"), (1, "2. mit Protokoll"),
    ]  # fmt: skip


def test_a_saved_pages_code_nested_list_and_footnote_marks() -> None:
    article = _parse("authored/saved_page_code_footnotes.html")
    body = _body(article)
    (code,) = [b for b in body if b.kind is BlockKind.CODE]
    assert code.syntax == "python"
    assert code.text.startswith('import requests\n \ndef antrag(plz):\n    antwort = requests.get("https://')
    assert code.text.endswith("\n    return antwort.json()")
    items = [(b.level, b.text) for b in body if b.kind is BlockKind.LIST_ITEM][:4]
    assert items == [(0, "Luft-Wasser-Wärmepumpen"), (1, "mit natürlichem Kältemittel"),
                     (1, "mit Jahresarbeitszahl über 3,0"), (0, "Erdwärmepumpen")]  # fmt: skip
    # a footnote mark reads "[1]" as a clipping's does, linked or not; a power stays
    assert body[0].text == ("Die neue Richtlinie erhöht den Zuschuss für den Einbau einer Wärmepumpe auf bis zu "
                            "21.000 Euro.[1] Wer ein altes Ölheizgerät ersetzt, erhält einen Bonus von weiteren "
                            "zwanzig Prozent.[2]")  # fmt: skip
    assert body[1].text.startswith("Eine Wohnung von 80 m2 braucht im Jahr rund 104 Kilowattstunden")
    # the notes under the text carry their numbers, which the browser drew and the extractor lost
    assert [b.text for b in body[-2:]] == ["[1] Richtlinie BEG EM, Abschnitt 8.4.", "[2] Ebd., Abschnitt 8.5."]


def test_the_address_a_clippers_template_writes_into_the_text() -> None:
    omnivore = _parse("clippings/omnivore_template.md")  # its front matter names none
    assert omnivore.url == "https://www.world-finance-example.com/markets/boj-rate-rise"
    assert omnivore.site_name == "world-finance-example.com"
    readwise = _parse("clippings/readwise_url_line.md")
    assert readwise.url == "https://energie-magazin.example.com/netze/speicher-2025"
    # the front matter's address wins over one in the text
    assert _parse("clippings/markdownload_code_nested.md").url == "https://behoerden-blog.example.de/2024/06/protokolle-rotieren"


def test_a_blocks_level_and_language_are_stored_and_read_back() -> None:
    blocks = (Block(BlockKind.CODE, "a\n  b", syntax="python"), Block(BlockKind.LIST_ITEM, "x", level=2),
              Block(BlockKind.PARAGRAPH, "p", BlockRole.BOILERPLATE, "navigation"))  # fmt: skip
    assert blocks_from_json(blocks_to_json(blocks)) == blocks
    # a library written before keeps reading: no level, no language
    assert blocks_from_json('[{"kind":"list_item","text":"x","role":"body"}]') == (Block(BlockKind.LIST_ITEM, "x"),)
