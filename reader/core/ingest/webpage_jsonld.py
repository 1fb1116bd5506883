"""The items of a saved page's JSON-LD blocks, walked in one place for its dates
(`webpage_dates`) and its authors (`webpage_authors`).

The page is untrusted and may hold many blocks of any size: the first `_SCRIPTS` are read, a
block over `_MAX_SCRIPT_CHARS` or not valid JSON is skipped, and a block's items are walked
outermost first — an article's own fields stand at its top, an image's, a logo's or a
review's deeper — `_MAX_ITEMS` at most, the first `_MAX_LISTED` of a list.
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Iterator
from typing import Any

# JSON-LD types that are the article itself (not a logo, a video, a site, a review).
_ARTICLE_TYPE = re.compile(r"Article|Posting|Report")
_SCRIPTS = 5
_MAX_SCRIPT_CHARS = 200_000
_MAX_ITEMS = 200
_MAX_LISTED = 50


def ld_blocks(root: Any) -> list[str]:
    """The text of the page's first JSON-LD blocks."""
    return [str(text) for text in root.xpath("//script[@type='application/ld+json']/text()")[:_SCRIPTS]]


def ld_items(script: str) -> Iterator[dict[str, Any]]:
    """The items (JSON objects) of one JSON-LD block, outermost first."""
    if len(script) > _MAX_SCRIPT_CHARS:
        return
    try:
        queue: deque[Any] = deque([json.loads(script)])
    except ValueError:
        return
    seen = 0
    while queue and seen < _MAX_ITEMS:
        item = queue.popleft()
        seen += 1
        if isinstance(item, dict):
            yield item
            queue.extend(v for v in item.values() if isinstance(v, dict | list))
        elif isinstance(item, list):
            queue.extend(item[:_MAX_LISTED])


def is_article(item: dict[str, Any]) -> bool:
    """The item's `@type` names an article or a post (a type or a list of types)."""
    return bool(_ARTICLE_TYPE.search(str(item.get("@type"))))
