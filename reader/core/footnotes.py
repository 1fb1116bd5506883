"""Markdown a briefing inserts with sources cited as footnotes (the chronology, the who's who).

One place for how such a block escapes the words it quotes (titles, outlets, roles) and how a
footnote names its source (Outlet, Author, agency, date, “Title”), so every inserted block cites
alike. The agency is credited as `Source.credits` does (`models.credited`): after the people who
ran the story, and named once.
"""

from __future__ import annotations

import re
from typing import Protocol

from reader.core.models import credited

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def inline_markdown(text: str) -> str:
    """`text` on one line with Markdown's special characters escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


class Cited(Protocol):
    """What a footnote names of a source: a whole `Source`, or its metadata read alone (the
    who's who of a whole library cites thousands of sources and needs none of their texts)."""

    @property
    def title(self) -> str: ...
    @property
    def site_name(self) -> str | None: ...
    @property
    def byline(self) -> str | None: ...
    @property
    def agency(self) -> str | None: ...
    @property
    def published(self) -> str | None: ...


def source_footnote(source: Cited) -> str:
    """What a footnote says of its source: outlet, author, agency, day and the quoted title."""
    byline, outlet, agency = credited(source.byline, source.site_name, source.agency)
    parts = [p for p in (outlet, byline, agency, (source.published or "")[:10]) if p]
    return ", ".join([*(inline_markdown(p) for p in parts), f"“{inline_markdown(source.title)}”"])
