"""A story signed off by its news agency: the agency's name alone on the line right under the
story's last paragraph ("… the ministry said." / "AFP", "… kündigte er an." / "dpa/lno",
"(dpa)", "© dpa-infocom, dpa:240312-99-123456/2").

German regional papers and English sites that carry a wire's story close it so. The line has
the shape of a picture's credit under its caption ("… in Hamburg." / "dpa"), and the caption
passes (`credit_lines.mark_captions`, `run_captions`) would take the paragraph above it for
the caption: the story lost its last paragraph. What tells them apart is what follows: a
picture between the paragraphs has the article going on under it, a signed story ends there,
so under the sign-off comes the page's furniture or nothing. Only a news agency signs a story
(`wire_credits.WIRES`); a picture desk's name alone ("Getty Images", "EPA", "Imago") is always
a picture's credit.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.core.ingest.wire_credits import DESK_INITIALS, is_wire

if TYPE_CHECKING:  # `shape` reads a sign-off at a line's end (`signed_close`)
    from reader.core.ingest.segment import Segment
    from reader.core.ingest.shape import Shape

# "© dpa-infocom, dpa:240312-99-123456/2": the notice dpa's feed appends to every story.
_DPA_INFOCOM = re.compile(r"©\s*dpa-infocom\b", re.IGNORECASE)
# A desk's initials after the agency ("dpa/lno", "AFP/jm"), or a second agency ("AFP/dpa").
_DESK = re.compile(DESK_INITIALS)
# What the last sentence before a sign-off on its line ends with.
_SENTENCE_ENDS = frozenset(".!?…\"”“»«'’")
# The lines under a sign-off that hold no more of the article: a picture between paragraphs
# may stand over a subheading, with the section's paragraph right under it.
_BELOW = 3
# A wire's short name in title case is as often a word or a name ("Ani", "Ap", "Ansa"); from
# this length on it is the agency's own spelling ("Reuters", "Xinhua").
_TITLE_CASE_MIN = 5


def signoff_agency(text: str) -> str | None:
    """The agency a sign-off line names, as printed ("AFP", "dpa/lno", "dpa" for dpa's
    infocom notice), or None for any other line."""
    core = text.strip()
    if core.startswith("©"):
        return "dpa" if _DPA_INFOCOM.match(core) else None
    if core.startswith("(") and core.endswith(")"):
        core = core[1:-1].strip()
    name, _, desk = core.partition("/")
    if not is_wire(name):
        return None
    if desk and not (is_wire(desk) or _DESK.fullmatch(desk)):
        return None
    return core


def signed_close(text: str) -> str | None:
    """The agency that signs the story on the line of its last sentence ("… kündigte er an.
    (dpa)", "… an. dpa/lno", "… the ministry said. (AFP)"), as `signoff_agency` names it, or
    None. Pasted so, the paragraph ended in no sentence mark and was no prose, and the story
    lost it. Only in brackets or with its desk here, where every line's shape asks: a bare
    name ("… in court. AFP") is `bare_close`, read only on the line under the article."""
    head, _, tail = text.rstrip().rpartition(" ")
    if not head or not (tail.startswith("(") or "/" in tail) or head[-1] not in _SENTENCE_ENDS:
        return None
    return signoff_agency(tail)


def bare_close(text: str) -> str | None:
    """The agency whose bare name follows the last sentence on its line ("… would defend the
    rules in court. AFP", "… to sneak into the US. PTI"), or None. A caption between the
    paragraphs ends so too ("… near Gillette, Wyoming. AFP", `run_captions`), and so does each
    teaser card in a list of a wire's stories: read as prose everywhere, such lines made a
    list of cards the article. So it is asked only of the line right under the article's last
    paragraph (`boilerplate`), which is the story's own last paragraph, signed. A bare name is
    the agency's own spelling, in capitals or as it writes itself ("AFP", "Reuters", "dpa"),
    not a short name of up to four letters in title case ("… said. Ani"). A copy may have lost
    the space before it ("… in New York.Reuters", `_glued_agency`)."""
    head, _, tail = text.rstrip().rpartition(" ")
    if not head:
        return None
    if head[-1] in _SENTENCE_ENDS and _bare_agency(tail):
        return tail
    return _glued_agency(tail)


def _glued_agency(word: str) -> str | None:
    """The agency glued to the last sentence's mark, the space lost in the copy ("… in New
    York.Reuters", "… an.dpa/lno"): the name after the word's last sentence mark, when the
    mark follows a word's letter or digit and the name is an agency's as it spells itself
    (`_bare_agency`) or with its desk (`signoff_agency`). Not an address ("reuters.com"),
    whose last part is no agency."""
    seam = max(map(word.rfind, _SENTENCE_ENDS))
    if seam < 1 or not word[seam - 1].isalnum():
        return None
    name = word[seam + 1 :]
    if "/" in name:
        return signoff_agency(name)
    return name if _bare_agency(name) else None


def _bare_agency(word: str) -> bool:
    """A news agency's name alone, as it spells itself ("AFP", "Reuters", "dpa")."""
    spelt = word.isupper() or word.islower() or len(word) >= _TITLE_CASE_MIN
    return spelt and is_wire(word)


def signs_story(segments: list[Segment], shapes: list[Shape], labels: list[str | None], i: int) -> bool:
    """Line `i` is an agency's sign-off under the story's last paragraph: a paragraph of prose
    right above it, and under it no more of the article: no paragraph of prose among the next
    lines that is no furniture (a related box's headlines, the footer, or the page's end). A
    blank line under it is not asked for: a copy may glue the box's heading to the sign-off
    ("dpa/lno" / "Weitere Meldungen"), and the article going on shows in its paragraph."""
    if i == 0 or signoff_agency(segments[i].text) is None:
        return False
    above = shapes[i - 1]
    if not (above.prose and above.sentence_end):
        return False
    below = range(i + 1, min(i + 1 + _BELOW, len(segments)))
    return not any(labels[k] is None and shapes[k].prose for k in below)
