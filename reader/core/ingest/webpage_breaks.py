"""Line breaks that part a saved page's paragraphs, marked in the page's tree before the
extractor reads it (`webpage_text.paragraphs` parts the text where two breaks follow each
other).

Two shapes break a paragraph with `<br>` where the page means a new one:
- `<br><br>`: trafilatura reads two breaks with nothing between as one (and `<br> <br>` as
  two), so a space is put between them (25 saved pages of the two development sets).
- a bold line opening a paragraph over a single break, `<p><strong>Thermostate runterdrehen,
  aber Heizung nicht ausschalten</strong><br>Vor der Abreise …</p>`: a press release's or a
  magazine's subheading, which the reading view glued to the paragraph under it (a short line,
  no sentence, with a paragraph's worth of text below it; 9 saved pages of both sets); its
  break counts as two. A bold place over the lead ("<strong>Tokio</strong><br>Die USA …") is
  its dateline, which `webpage_datelines` joins to it: a line of one to three capitalised
  words is left as it is.
Breaks in a table's cell, or in code, are left as they are: a cell's bold label over its
text is no subheading of the story, and code keeps its text as the page has it. A post
embedded from a social network is left as it is too: the extractor drops it as embed code
unless its breaks are spaced, and the story's quoted posts are restored from the page walk
(their readers on the development sets keep them, or drop them, as a whole).
"""

from __future__ import annotations

from lxml import etree

from reader.core.ingest.webpage_blocks import EMBED_CLASS
from reader.core.ingest.webpage_datelines import place_shaped

# A subheading in bold over a break is this short, the paragraph under it this long at least.
_SUBHEADING_WORDS = 12
_PARAGRAPH_WORDS = 8
_SENTENCE_END = ".!?:"
# Where a break parts nothing (see the module).
_LEFT_IN = ("td", "th", "pre", "code")


def mark_paragraph_breaks(root: etree._Element) -> None:
    """Space `<br><br>` and double a bold subheading's break, in place (see the module)."""
    for br in list(root.iter("br")):
        if any(EMBED_CLASS.search(up.get("class") or "") for up in br.iterancestors("blockquote")):
            continue
        if next(br.iterancestors(*_LEFT_IN), None) is not None:
            continue
        follower = br.getnext()
        if follower is not None and follower.tag == "br" and not (br.tail or "").strip():
            br.tail = " "
        elif _under_bold_subheading(br):
            second = etree.Element("br")
            second.tail = br.tail
            br.tail = " "
            br.addnext(second)


def _under_bold_subheading(br: etree._Element) -> bool:
    """`br` closes a bold line that opens its paragraph, and a paragraph's text follows."""
    bold = br.getprevious()
    paragraph = br.getparent()
    if bold is None or bold.tag not in ("strong", "b") or paragraph is None or paragraph.tag != "p":
        return False
    if (paragraph.text or "").strip() or paragraph[0] is not bold or (bold.tail or "").strip():
        return False
    line = "".join(bold.itertext()).strip()
    if not line or len(line.split()) > _SUBHEADING_WORDS or line[-1] in _SENTENCE_END or place_shaped(line):
        return False
    rest = (br.tail or "") + "".join(  # (a comment's text is none: `itertext` refuses one)
        "".join(sibling.itertext() if isinstance(sibling.tag, str) else ()) + (sibling.tail or "")
        for sibling in br.itersiblings()
    )
    return len(rest.split()) >= _PARAGRAPH_WORDS
