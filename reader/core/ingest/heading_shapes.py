"""Lines with a heading's shape that are never the article's headings.

A subheading is judged by its shape: short, opening with a capital, no full stop at the end.
Three kinds of line have that shape and are something else, and the reading view set them as
headings between the paragraphs: a picture's caption or credit ("Abb.: Collage aus
Internetbildern", "Foto: dpa", "Photo: Getty Images", "Quelle: Statistisches Bundesamt"), a
web address (a picture's source pasted under it, "Info: www.…"), and the writer's byline or a meta line
that opens with their name ("Doris Schuppe • Dieser Beitrag … erschien zuerst im Blog …").
They stay where the importer put them (kept as a paragraph, or set aside as clutter); only
their kind changes. Only lines already judged headings are asked (a few a page), so these
regex-free tests cost nothing on the page's other lines. Both paths ask: the copied text's
parser for the lines its shapes made headings, a saved page's (`demoted`) for its `<h2>`s
and the like, which content systems also use for captions and credits.
"""

from __future__ import annotations

from dataclasses import replace

from reader.core.ingest.article import Block, BlockKind, BlockRole
from reader.core.ingest.shape import is_person_name

# Labels that open a caption or a credit, in lower case (a prefix test, no regex).
_CAPTION_LABELS = (
    "abb.", "abb:", "abbildung ", "abbildung:", "foto:", "fotos:", "bild:", "bilder:", "bildquelle",
    "bildnachweis", "fotonachweis", "quelle:", "grafik:", "illustration:", "photo:", "photos:", "photograph:", "image:",
    "images:", "picture:", "source:", "credit:",
)  # fmt: skip
_LABEL_CHARS = 12  # the longest label, and a little room
# An address without its scheme ("www.…"); one with it ("://") is an address wherever it stands.
_WEB = "www."
_LABEL_WORDS = 3  # at most so many words label the address that closes the line
# How a picture's credit ends a caption it is glued to ("… rabbitCredit: Getty - Contributor",
# "… isn't easy.Kathrin Ziegler/Getty", "(Tag24 – Twitter Screenshot)").
_CREDIT_ENDINGS = ("getty", "getty images", "contributor", "screenshot)", "/ap", "/reuters", "/dpa")
# A meta line: the writer's name, a separator, then the rest ("Doris Schuppe • Dieser …").
_SEPARATORS = (" • ", " · ", " | ")
# A note on where the post first appeared, in any line (German and English).
_REPUBLISHED = ("erschien zuerst", "zuerst erschienen", "first appeared", "appeared first")


def never_heading(text: str, byline: str | None) -> bool:
    """The line, judged a heading by its shape, is a caption, an address or a meta line."""
    lower = text[:_LABEL_CHARS].lower()
    if "©" in text or "://" in text:
        return True  # a credit ("Foto © dpa"), an address with its label ("Trailer Quelle http://…")
    if lower.startswith(_CAPTION_LABELS) or lower.startswith(_WEB):
        return True
    lowered = text.lower()
    if lowered.endswith(_CREDIT_ENDINGS):
        return True
    rest, _, last = text.rpartition(" ")
    if last.startswith(_WEB) and rest.count(" ") < _LABEL_WORDS:
        return True  # "Info: www.zebco-europe.biz", not a heading naming a site
    if byline and (text == byline or text.partition(" ")[2] == byline):
        return True  # the byline, alone or after its "Von", "By"
    for separator in _SEPARATORS:
        if separator in text:
            name = text.split(separator, 1)[0]
            if is_person_name(name):
                return True
    return any(phrase in lowered for phrase in _REPUBLISHED)


def demoted(blocks: list[Block], byline: str | None) -> list[Block]:
    """`blocks` with every heading that `never_heading` calls no heading made a paragraph, in
    its place and role. The title's block (a META heading) stays one."""
    out = blocks
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.HEADING or block.role is BlockRole.META:
            continue
        if never_heading(block.text, byline):
            if out is blocks:
                out = list(blocks)
            out[index] = replace(block, kind=BlockKind.PARAGRAPH)
    return out
