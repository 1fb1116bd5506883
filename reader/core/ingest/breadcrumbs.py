"""Breadcrumb trails ("Startseite › Rathaus & Bürgerservice › Personalausweis beantragen"): the
page's place in its site, printed as steps between arrows, chevrons or slashes over the
headline. The segmenter never carries a wrapped paragraph on from a trail of arrows, and the
headline rules read its last step (often the headline itself)."""

from __future__ import annotations

import re

# Two or more steps ("Home / Horoskop / Sternzeichen").
_BREADCRUMB = re.compile(r"\s+[>›»/]\s+")
_ARROW = re.compile(r"\s+[>›»]\s+")
_BREADCRUMB_STEPS = 2


def is_breadcrumb(text: str) -> bool:
    return len(_BREADCRUMB.findall(text)) >= _BREADCRUMB_STEPS


def is_arrow_trail(text: str) -> bool:
    """A trail whose steps arrows or chevrons part ("Startseite › Rathaus › Ausweis"): the
    segmenter's test, not `is_breadcrumb`, as running text writes slashes between words
    ("Strom / Gas / Wasser steigen, sagte die"), and its wrapped line carries on."""
    return len(_ARROW.findall(text)) >= _BREADCRUMB_STEPS


def breadcrumb_end(text: str) -> str:
    """The last step of a breadcrumb trail ("Home › Meinung › Headline" → "Headline"); any
    other line as it is."""
    steps = _BREADCRUMB.split(text)
    return steps[-1] if len(steps) > _BREADCRUMB_STEPS else text
