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
above "Die USA …"): `segment` joins it to the line below. A bare place on a line of its own
("Pittsburgh" between the date line and "Brock Nelson's second goal … lift the New York
Islanders over the Pittsburgh Penguins …") is a word as often as a place ("Allgemein", "Future
Fashion", "Shares" stand there too), and no gazetteer is asked: it is the dateline where it
stands right under the head's date or author line, right over the article's first paragraph,
and that paragraph names it again (`join_bare_place`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.core.ingest.article import Block, BlockRole
from reader.core.ingest.shape import is_person_name

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
    if not place_shaped(place):
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


def place_shaped(text: str) -> bool:
    """Whether `text` could be a dateline: one to three capitalised words, an agency in
    brackets, a dash ("Tokio", "Frankfurt/Main", "Tokio (dpa) -")."""
    return bool(text) and len(text) <= _MAX_CHARS and _PLACE.fullmatch(text) is not None


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


def join_bare_place(blocks: list[Block]) -> list[Block]:
    """`blocks` with a bare place standing between the head's meta line and the article's first
    paragraph joined to that paragraph as its dateline ("Pittsburgh – Brock Nelson's …"), when
    the paragraph names the place again; else `blocks` as they are."""
    first = next((i for i, b in enumerate(blocks) if b.role is BlockRole.BODY), None)
    if first is None or first < 2 or blocks[first - 2].role is not BlockRole.META:
        return blocks
    place, lead = blocks[first - 1], blocks[first]
    text = place.text
    if (
        place.role is not BlockRole.BOILERPLATE
        or len(text) > _MAX_CHARS
        or text[-1] in _DASHES
        or not _PLACE.fullmatch(text)
        or is_person_name(text)
        or not _sentence(lead.text)
        or re.search(rf"\b{re.escape(text)}\b", lead.text, re.IGNORECASE) is None
    ):
        return blocks
    joined = replace(lead, text=f"{text} – {lead.text}")
    return [*blocks[: first - 1], joined, *blocks[first + 1 :]]
