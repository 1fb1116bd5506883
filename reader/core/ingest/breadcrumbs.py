"""Breadcrumb trails ("Startseite › Rathaus & Bürgerservice › Personalausweis beantragen"): the
page's place in its site, printed as steps between arrows, chevrons or slashes over the
headline. The segmenter never carries a wrapped paragraph on from one, and the headline rules
read its last step (often the headline itself)."""

from __future__ import annotations

import re

# Two or more steps ("Home / Horoskop / Sternzeichen").
_BREADCRUMB = re.compile(r"\s+[>›»/]\s+")
_BREADCRUMB_STEPS = 2


def is_breadcrumb(text: str) -> bool:
    return len(_BREADCRUMB.findall(text)) >= _BREADCRUMB_STEPS


def breadcrumb_end(text: str) -> str:
    """The last step of a breadcrumb trail ("Home › Meinung › Headline" → "Headline"); any
    other line as it is."""
    steps = _BREADCRUMB.split(text)
    return steps[-1] if len(steps) > _BREADCRUMB_STEPS else text
