"""A saved page's news agency, which the extractor does not read: the story's dateline in the
first body block, else a known wire that the page's author or source metadata names alone.
"""

from __future__ import annotations

import re
from typing import Any

from reader.core.ingest.article import Block, BlockRole
from reader.core.ingest.byline import agency_of, dateline_agency
from reader.core.ingest.webpage_text import clean_text

# Metadata that may name where the story came from: "dpa", "Reuters Staff", "Quelle: AFP".
_SOURCE_META = frozenset(("author", "article:author", "dc.creator", "source", "dc.source", "original-source"))
_NAMES_APART = re.compile(r"[;,|&]|\s[/–—-]\s|\s(?:and|und)\s")
# What may follow a wire's name in an author field and still mean only the wire.
_WIRE_TAILS = frozenset(("", "staff", "redaktion"))


def page_agency(root: Any, extracted: Any, blocks: list[Block]) -> str | None:
    """The news agency of the story: its dateline in the first body block, with the desk
    ("WASHINGTON (Reuters) -", "Hamburg (dpa/lno) –"); else a known wire that the page's author
    or source metadata, or the author the extractor read, names alone ("Reuters Staff";
    "Anna Schmidt, dpa" names dpa). A person's name that starts like a wire ("Apa Smith") is
    not one: only the wire, with at most "Staff" after it, counts."""
    opening = next((b for b in blocks if b.role is BlockRole.BODY), None)
    wire = dateline_agency(opening.text) if opening is not None else None
    if wire:
        return wire
    values = [meta.get("content") or "" for meta in root.iter("meta")
              if (meta.get("name") or meta.get("property") or "").lower() in _SOURCE_META]
    values.append(getattr(extracted, "author", None) or "")  # last: it is recased ("Dpa")
    for value in values:
        for part in _NAMES_APART.split(value):
            wire = agency_of(clean_text(part))
            if wire and _only_the_wire(clean_text(part), wire):
                return wire
    return None


def _only_the_wire(text: str, wire: str) -> bool:
    """`text` names nothing but `wire` (after a lead word like "By"), or the wire's staff."""
    at = text.casefold().find(wire.casefold())
    return at >= 0 and text[at + len(wire) :].strip(" .-–—").casefold() in _WIRE_TAILS
