"""Markdown a briefing inserts with sources cited as footnotes (the chronology, the who's who).

One place for how such a block escapes the words it quotes (titles, outlets, roles) and how a
footnote names its source (Outlet, Author, date, “Title”), so every inserted block cites alike.
"""

from __future__ import annotations

import re
from typing import Protocol

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
    def published(self) -> str | None: ...


def source_footnote(source: Cited) -> str:
    """What a footnote says of its source: outlet, author, day and the quoted title."""
    parts = [p for p in (source.site_name, source.byline, (source.published or "")[:10]) if p]
    return ", ".join([*(inline_markdown(p) for p in parts), f"“{inline_markdown(source.title)}”"])
