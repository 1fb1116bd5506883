"""A dateline a saved page sets apart from the story's first sentence, joined to it as a dateline.

News pages print the place a report was filed from above the lead or before a line break:
`<strong>Tokio</strong><br>Die USA und Japan wollen …`, `<span>Tokio</span><p>Die USA …`, or with
the agency: `<b>Tokio (dpa) -</b><br>Die USA …`. The extractor's tree keeps the place as the
paragraph's first text before a line break (`<lb/>`) or a nested paragraph, and reading the
paragraph's text ran the two together: "Tokio Die USA und Japan wollen …" (a place glued into
the sentence, which the reader then reads as one name) or even "TokioDie USA …". The importer
records a dateline as the lead's opening, "Tokio (dpa) - Die USA …" (the agency is read from
it, and the entity reader knows a dateline's place there): so a place with its dash or agency
is joined to the sentence by a space, and a bare place by a dash, "Tokio – Die USA …".
Only the article's first paragraph is read so, and only a place-shaped opening (one to three
capitalised words, an agency in brackets, a dash) before a capitalised sentence. A copied page
(.txt, paste as text) puts such a dateline with its dash on a line of its own ("Tokio (dpa) -"
above "Die USA …"): `segment` joins it to the line below.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (the copied-text reader asks `is_marked_dateline` without loading lxml)
    from lxml import etree

# "Tokio", "TOKIO", "Frankfurt/Main", "Bad Homburg", "Tokio (dpa)", "Tokio (dpa/lno) -".
_PLACE = re.compile(
    r"[A-ZÄÖÜ][\w.'’-]*(?:[ /][A-ZÄÖÜ][\w.'’-]*){0,2}(?: \([\w/.-]{1,20}\))?(?: ?[-–—])?"
)
# A dateline's own marks: the agency in brackets, the dash before the story.
_MARKED = re.compile(r"\)|[-–—]$")
_MAX_CHARS = 40
_BREAKS = frozenset(("lb", "p"))
_DASHES = "-–—"


def join_dateline(body: etree._Element) -> None:
    """Join the place opening the first paragraph of the extractor's `body` to the sentence
    after its line break, in the tree: "Tokio<lb/>Die USA …" → "Tokio – Die USA …"; a
    dateline with its agency or dash that is the whole first paragraph joins the next one."""
    first = next(body.iter("p"), None)
    if first is None:
        return
    place = (first.text or "").strip()
    if not place or len(place) > _MAX_CHARS or not _PLACE.fullmatch(place):
        return
    joined = f"{place} " if place[-1] in _DASHES else f"{place} – "
    if not len(first):  # "<p>Tokio (dpa) -</p><p>Die USA …</p>"
        if not _MARKED.search(place):
            return  # (a word alone above the lead may be a label: "Anzeige", "Update")
        lead = first.getnext()
        if lead is not None and lead.tag == "p" and _sentence(lead.text):
            lead.text = joined + (lead.text or "").lstrip()
            first.getparent().remove(first)
        return
    brk = first[0]
    if brk.tag not in _BREAKS:
        return
    after = (brk.tail if brk.tag == "lb" else brk.text) or ""
    if not _sentence(after):
        return
    if brk.tag == "lb":
        first.text = joined + after.lstrip()
        first.remove(brk)  # (`remove` drops the break's tail with it: it is in the text now)
    else:
        first.text = joined  # the nested paragraph's text follows the place
        brk.text = after.lstrip()


def is_marked_dateline(line: str) -> bool:
    """Whether a copied page's `line` is a dateline with its dash, on a line of its own above
    the lead ("Tokio (dpa) -", "TOKIO –"): `segment` joins it to the lead. (A line ending in a
    bracket alone is often a heading: "Elektronische Fallakte (eFA)".)"""
    return (
        len(line) <= _MAX_CHARS
        and line[-1] in _DASHES
        and line[-2:-1] == " "
        and _PLACE.fullmatch(line) is not None
    )


def _sentence(text: str | None) -> bool:
    """Whether `text` opens a sentence (not a label over a list, a line of an address)."""
    return text is not None and text.lstrip()[:1].isupper()
