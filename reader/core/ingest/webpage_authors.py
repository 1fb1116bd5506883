"""A saved page's authors: the extractor's, without what it misreads as names, and the
author the page declares, read when the extractor gives none.

The extractor (trafilatura) recases an author field's web address as a name
(`extractor_authors`), and reads a byline with its date glued on as names: "By Mike
Wuerthele and Malcolm Owen Monday, November 18, 2019" gave the authors "Mike Wuerthele",
"Malcolm Owen Monday" and "November"; from the weekday on, the words are the date's
(`date_cut`). It also drops an author field of one word ("Cornel", "KWCHCIK") and an
organisation named as the author in JSON-LD ("BBC News"), though the page declares them as
its author: a blogger who signs with a first name, a newsroom that signs its own stories
(`declared_author`). The byline rules (`webpage_meta.choose_byline`) still weigh what is read
here against the visible head: a site's name or a content system's account ("admin") gives
way there as it does for the extractor's author.
"""

from __future__ import annotations

import html
import re
from typing import Any

from reader.core.ingest.date_lines import MONTHS, RELATIVE_DAYS, WEEKDAYS
from reader.core.ingest.meta_names import opens_date, weekday_surname
from reader.core.ingest.webpage_jsonld import is_article, ld_blocks, ld_items
from reader.core.ingest.webpage_text import clean_text

# The fields that name the author and nothing else (not `article:author`, which mostly
# holds a profile's web address, nor `twitter:creator`, a handle).
_AUTHOR_META = frozenset(("author", "dc.creator"))
_NOT_A_NAME = re.compile(r"https?:|www\.|@|^\W*$", re.I)
# A web address without its scheme ("futurezone.at", "northsearadio.co.uk/news"): its last
# label before any path is checked against the top-level domains below.
_BARE_ADDRESS = re.compile(r"^(?:[\w-]+\.)+(\w+)(?:/\S*)?$")
_DAYS = frozenset(WEEKDAYS + RELATIVE_DAYS)
# The top-level domains of the addresses the extractor recases as author names, and how many
# words such a name has ("Hessenschau De", "Spiegel Co Uk").
_TOP_LEVEL_DOMAINS = frozenset(
    "com de net org info eu at ch co uk io fr it nl es ru us biz tv me".split()
)
_ADDRESS_WORDS = 4


def extractor_authors(author: str | None, page: str) -> str | None:
    """The extractor's authors, without the names it made of web addresses.

    The extractor recases an author field's address as a name: "facebook.com/evgenia.karp"
    became the author "Facebook Com" beside Evgenia Karp, "Frank Bueltge - http://bueltge.de"
    the authors "Frank Bueltge, Bueltge De", "hessenschau.de, Frankfurt, Germany" the authors
    "Hessenschau De, Frankfurt, Germany" (5 pages of de-web's saved HTML, one of en-news's).
    Such a name goes beside a person's, and so do the one-word names after one that opens the
    list (the house's town and country). With no person left, the address names the house:
    it stays, for the byline rules to weigh against the visible byline."""
    names = [name for field in (author or "").split(";") for name in map(clean_text, field.split(",")) if name]
    names = date_cut(names)
    addresses = [_address_of(name) for name in names]
    lower = page.casefold() if any(addresses) else ""  # the whole page: only for such names
    houses = [n for n, a in zip(names, addresses, strict=True) if a and a in lower]
    kept: list[str] = []
    for name in names:
        if name in houses or (names[0] in houses and not kept and len(name.split()) == 1):
            continue
        kept.append(name)
    return ", ".join(kept or houses) or None


def _address_of(name: str) -> str:
    """The web address `name` may be recased from ("hessenschau.de" for "Hessenschau De": its
    words ending in a top-level domain, joined by dots), else "". It is one when the page has it."""
    words = name.casefold().split()
    if not 2 <= len(words) <= _ADDRESS_WORDS or words[-1] not in _TOP_LEVEL_DOMAINS:
        return ""
    return ".".join(words)


def date_cut(names: list[str]) -> list[str]:
    """`names` up to the date the extractor read into them, which goes with the names after
    it: a weekday with its date after it ("Malcolm Owen Monday", "November" -> "Malcolm Owen")
    or standing as a name alone ("Anna Weber", "Montag"), a month with its day ("Jane Doe",
    "June 5"; "3. Juni"). A weekday with no date after it is a name's ("Ralf Freitag",
    "Tuesday Weld"), and so is one right after a lone first name ("Ralf Freitag", "18. November
    2019": `meta_names.weekday_surname`) and a month alone ("June Carter", "August Sander")."""
    for index, name in enumerate(names):
        words = [word.casefold().strip(",.") for word in name.split()]
        if opens_date(words[:1]) and any(word in MONTHS for word in words) and any(ch.isdigit() for ch in name):
            return names[:index]
        after = names[index + 1].split()[:1] if index + 1 < len(names) else []
        for day, word in enumerate(words):
            if weekday_surname(name.split()[:day]):
                continue  # "Ralf Freitag", "18. November 2019": his surname
            if word in _DAYS and (len(words) == 1 or opens_date([*words[day + 1 :], *after][:1])):
                return [*names[:index], *([" ".join(name.split()[:day])] if day else [])]
    return names


def declared_author(root: Any) -> str | None:
    """The author in the page's `<meta name=author>` or microdata `author`, else the names
    of its article's JSON-LD `author`, joined by ", "; None when neither names anyone."""
    for meta in root.iter("meta"):
        field = (meta.get("name") or meta.get("itemprop") or "").lower()
        value = clean_text(meta.get("content") or "")
        if field in _AUTHOR_META and value and not _address(value):
            return value
    for script in ld_blocks(root):
        names = _ld_authors(script)
        if names:
            return ", ".join(names)
    return None


def _ld_authors(script: str) -> list[str]:
    """The `author` names of the first article-typed item in a JSON-LD block (an image's or a
    review's author is not the article's)."""
    for item in ld_items(script):
        if is_article(item) and item.get("author"):
            return _names(item["author"])
    return []


def _names(author: Any) -> list[str]:
    """The names in a JSON-LD `author`: a string, an item with a `name`, or a list of them."""
    found = []
    for entry in author if isinstance(author, list) else [author]:
        name = entry.get("name") if isinstance(entry, dict) else entry
        text = clean_text(html.unescape(name)) if isinstance(name, str) else ""
        if text and not _address(text):
            found.append(text)
    return found


def _address(value: str) -> bool:
    """`value` is a web or mail address, a handle or no word at all, not a name: with its
    scheme or "www." ("https://northsearadio.co.uk"), or a bare domain, as futurezone.at names
    itself as the JSON-LD author of its stories; a dotted handle with no top-level domain at
    its end ("robert.stitz") may be a person's and is not one."""
    bare = _BARE_ADDRESS.match(value.strip())
    return bool(_NOT_A_NAME.search(value) or (bare and bare.group(1).casefold() in _TOP_LEVEL_DOMAINS))
