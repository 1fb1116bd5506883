"""A code block's coloured words read on its tint in every theme.

Pygments' styles are drawn for their own backgrounds, and the reading view sets them on the
theme's code tint: sepia's "friendly" numbers (#40a070) read at 2.4:1 there and its constants at
1.9:1, dark's monokai comments (#959077) and operators at 4.4:1, light's keywords at 4.4:1.
Now a colour under 4.5:1 (WCAG's least for text) is moved toward the ink just far enough, and
the words still differ in colour by kind.
"""

from __future__ import annotations

import pytest
from pygments.styles import get_style_by_name
from pygments.token import Keyword
from PySide6.QtGui import QColor, QTextDocument

from reader.core.ingest import Block, BlockKind
from reader.ui.article.document import build_document
from reader.ui.theme import THEMES, contrast_ratio, theme

PYTHON = (
    "# Frist in Tagen\n"
    "FRIST = 14\n"
    "def antrag(plz: str) -> bool:\n"
    '    """Prüft die PLZ."""\n'
    "    return plz.isdigit() and len(plz) == 5 or None\n"
)
YAML = "land: DE  # Sitz\nfrist: 14\nname: \"Müller GmbH\"\n"
SQL = "SELECT count(*) AS n FROM antrag WHERE plz = '10115' -- Berlin\n"
BLOCKS = (
    Block(BlockKind.PARAGRAPH, "Ein Beispiel:"),
    Block(BlockKind.CODE, PYTHON.rstrip("\n"), syntax="python"),
    Block(BlockKind.CODE, YAML.rstrip("\n"), syntax="yaml"),
    Block(BlockKind.CODE, SQL.rstrip("\n"), syntax="sql"),
)


def _code_words(document: QTextDocument) -> list[tuple[str, str, str]]:
    """(words, their colour, the block's tint) of every coloured run in the code blocks."""
    found = []
    block = document.begin()
    while block.isValid():
        tint = block.blockFormat().background().color().name()
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            char = fragment.charFormat()
            if char.fontFixedPitch() and char.hasProperty(char.Property.ForegroundBrush) and fragment.text().strip():
                found.append((fragment.text(), char.foreground().color().name(), tint))
            it += 1
        block = block.next()
    return found


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("name", sorted(THEMES))
@pytest.mark.parametrize("original", [False, True])
def test_every_coloured_code_word_reads_on_the_tint(name: str, original: bool) -> None:
    document = QTextDocument()
    build_document(document, BLOCKS, theme(name), original=original)
    words = _code_words(document)
    assert len(words) > 20
    unreadable = [(text, colour, round(contrast_ratio(colour, tint), 2)) for text, colour, tint in words
                  if contrast_ratio(colour, tint) < 4.5]  # fmt: skip
    assert unreadable == []
    # the kinds of words still tell apart: comment, number, string and keyword not one colour
    colours = {text.strip(): colour for text, colour, _tint in words}
    kinds = {colours["# Frist in Tagen"], colours["14"], colours['"""Prüft die PLZ."""'], colours["def"]}
    assert len(kinds) >= 3
    assert theme(name).ink not in kinds


@pytest.mark.usefixtures("qapp")
def test_a_colour_that_reads_is_kept_as_the_style_draws_it() -> None:
    """Dark's monokai keyword (#66d9ef, 9:1 on the tint) is not touched."""
    document = QTextDocument()
    build_document(document, BLOCKS, theme("dark"), original=False)
    colours = {text.strip(): colour for text, colour, _tint in _code_words(document)}
    assert get_style_by_name("monokai").style_for_token(Keyword)["color"].lower() == "66d9ef"
    assert colours["def"] == "#66d9ef"


@pytest.mark.usefixtures("qapp")
def test_sepia_numbers_are_darkened_to_read() -> None:
    """Sepia's friendly number green (#40a070) was 2.4:1 on the tint: now darker, still greenish."""
    document = QTextDocument()
    build_document(document, BLOCKS, theme("sepia"), original=False)
    colours = {text.strip(): colour for text, colour, _tint in _code_words(document)}
    number = colours["14"]
    assert contrast_ratio(number, theme("sepia").aside) >= 4.5
    green = QColor(number)
    assert green.green() > green.red() and green.green() > green.blue()
