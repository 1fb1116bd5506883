"""The author a saved page declares, read when the extractor gives none.

The extractor (trafilatura) reads a byline with its date glued on as names: "By Mike
Wuerthele and Malcolm Owen Monday, November 18, 2019" gave the authors "Mike Wuerthele",
"Malcolm Owen Monday" and "November"; from the weekday on, the words are the date's
(`date_cut`). It also drops an author field of one word ("Cornel", "KWCHCIK") and an
organisation named as the author in JSON-LD ("BBC News"), though the page declares them as
its author: a blogger who signs with a first name, a newsroom that signs its own stories. The
byline rules (`webpage_meta.choose_byline`) still weigh what is read here against the visible
head: a site's name or a content system's account ("admin") gives way there as it does for
the extractor's author.
"""

from __future__ import annotations

import html
import json
import re
from collections import deque
from typing import Any

from reader.core.ingest.date_lines import RELATIVE_DAYS, WEEKDAYS
from reader.core.ingest.webpage_text import clean_text

# The fields that name the author and nothing else (not `article:author`, which mostly
# holds a profile's web address, nor `twitter:creator`, a handle).
_AUTHOR_META = frozenset(("author", "dc.creator"))
# JSON-LD types whose `author` is the article's (not an image's or a review's).
_ARTICLE_TYPE = re.compile(r"Article|Posting|Report")
_NOT_A_NAME = re.compile(r"https?:|www\.|@|^\W*$", re.I)
_LD_SCRIPTS = 5
_MAX_SCRIPT_CHARS = 200_000
_MAX_ITEMS = 200
_DAYS = frozenset(WEEKDAYS + RELATIVE_DAYS)


def date_cut(names: list[str]) -> list[str]:
    """`names` up to the first weekday ("Malcolm Owen Monday" -> "Malcolm Owen"), without the
    names after it, which are the rest of the date ("November"); a month alone elsewhere may
    be a name ("June", "August") and stays."""
    for index, name in enumerate(names):
        words = name.split()
        day = next((k for k, word in enumerate(words) if word.lower().strip(",.") in _DAYS), None)
        if day is not None:
            return [*names[:index], *([" ".join(words[:day])] if day else [])]
    return names


def declared_author(root: Any) -> str | None:
    """The author in the page's `<meta name=author>` or microdata `author`, else the names
    of its article's JSON-LD `author`, joined by ", "; None when neither names anyone."""
    for meta in root.iter("meta"):
        field = (meta.get("name") or meta.get("itemprop") or "").lower()
        value = clean_text(meta.get("content") or "")
        if field in _AUTHOR_META and value and not _NOT_A_NAME.search(value):
            return value
    for script in root.xpath("//script[@type='application/ld+json']/text()")[:_LD_SCRIPTS]:
        names = _ld_authors(script)
        if names:
            return ", ".join(names)
    return None


def _ld_authors(script: str) -> list[str]:
    """The `author` names of the first article-typed item in a JSON-LD block."""
    if len(script) > _MAX_SCRIPT_CHARS:
        return []
    try:
        queue: deque[Any] = deque([json.loads(script)])
    except ValueError:
        return []
    seen = 0
    while queue and seen < _MAX_ITEMS:
        item = queue.popleft()
        seen += 1
        if isinstance(item, list):
            queue.extend(item)
        elif isinstance(item, dict):
            if _ARTICLE_TYPE.search(str(item.get("@type"))) and item.get("author"):
                return _names(item["author"])
            queue.extend(v for v in item.values() if isinstance(v, dict | list))
    return []


def _names(author: Any) -> list[str]:
    """The names in a JSON-LD `author`: a string, an item with a `name`, or a list of them."""
    found = []
    for entry in author if isinstance(author, list) else [author]:
        name = entry.get("name") if isinstance(entry, dict) else entry
        text = clean_text(html.unescape(name)) if isinstance(name, str) else ""
        if text and not _NOT_A_NAME.search(text):
            found.append(text)
    return found
