"""Markdown clippings (.md, .markdown): what web clippers (Obsidian Web Clipper, MarkDownload,
Joplin, Omnivore …) save — YAML front matter with the page's metadata, then the article.

The front matter gives title, address, author, publication date, outlet (else the address's
site: Obsidian's clipper writes none), language, teaser and tags under the names the common clippers use (`source` or `url`, `author` as a name, a list or
Obsidian `[[links]]`, `published` or `date_published` …); front matter that is not valid YAML is
kept as text rather than lost. The body is parsed by markdown-it-py (CommonMark, with tables)
into the same blocks as every other format (`clipping_blocks`); a clipper has already removed
most of the page's clutter, and what it left — a picture's alt text and caption, share links,
a list of links, the template's excerpt — is set aside (`clipping_furniture`). The page's own
headline under the template's title, and the site's name after the title ("… | Example News",
MarkDownload's page title), are the header's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

import yaml

from reader.core.ingest.article import BlockKind, BlockRole, ParsedArticle
from reader.core.ingest.clipping_blocks import pieces
from reader.core.ingest.clipping_furniture import head_lines_aside, settle, teaser_beside
from reader.core.ingest.headline_repeats import title_repeat_aside
from reader.core.ingest.language import SAMPLE_CHARS, detect_language
from reader.core.ingest.outlet_domains import address_site
from reader.core.ingest.title import derive_title
from reader.core.ingest.webpage_blocks import PageBlock, key
from reader.core.ingest.webpage_meta import PageTitles, VisibleHead, without_site
from reader.core.ingest.webpage_text import clean_text

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
# Front matter is a few lines; anything larger is not a clipper's and not worth YAML's time.
_MAX_FRONT_MATTER = 64 * 1024
_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s?(.*)$")
_LIST_ITEM = re.compile(r"^\s*-\s+(.*)$")
_WIKILINK = re.compile(r"^\[\[(?:[^\]|]*\|)?([^\]]*)\]\]$")
_URL = re.compile(r"https?://[^\s<>\"]+$", re.I)
# The page's address as a clipper's template writes it into the text when its front matter has
# none: Omnivore's "[Read Original](…)", a "Source: …" or Readwise's "- URL: …" line.
_ADDRESS_LINK = re.compile(
    r"^[ \t]*(?:[-*][ \t]+)?\[(?:read|view|open)?[ \t]*(?:the[ \t]+)?(?:original(?:[ \t]+(?:article|page|url))?|"
    r"originalartikel|zum[ \t]+original|source|quelle)\][ \t]*\((https?://[^\s()<>]+)\)[ \t]*$", re.I | re.M)
_ADDRESS_LINE = re.compile(
    r"^[ \t]*(?:[-*][ \t]+)?(?:source|quelle|url|original(?:[ \t]+url)?|clipped[ \t]+from)[ \t]*:[ \t]*<?(https?://[^\s<>]+?)>?[ \t]*$",
    re.I | re.M)
_ADDRESS_LINES = 40  # a template's head: a link further down is the article's
# How far down the text the page's own headline is looked for: under the template's title
# heading and excerpt.
_TITLE_REPEAT_BLOCKS = 5

# Our field → the front-matter keys that carry it, in order of preference (case-insensitive).
_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "name"),
    "url": ("source", "url", "source_url", "original_url", "originalurl", "link", "canonical", "href"),
    "byline": ("author", "authors", "byline", "by", "creator"),
    "published": ("published", "date_published", "publish_date", "pubdate", "date", "datepublished"),
    "site_name": ("site", "site_name", "sitename", "publisher", "outlet", "publication", "website"),
    "agency": ("agency",),
    "lang": ("lang", "language"),
    "teaser": ("description", "excerpt", "summary", "subtitle"),
    "tags": ("tags", "keywords", "categories"),
}


def parse(
    text: str, file_name: str | None = None, *, reference: dt.datetime | None = None
) -> ParsedArticle:
    """Metadata from the front matter, blocks from the CommonMark body. `reference` (a
    paste's moment) is not used: a clipper writes the page's date into the front matter."""
    fields, body_text = split_front_matter(text)
    meta = _metadata(fields)
    meta["url"] = meta["url"] or _body_address(body_text)
    # Obsidian's clipper writes no outlet, only the address: its site names the outlet, as a
    # saved page's canonical link does, rather than a row with no outlet at all.
    site = meta["site_name"] or address_site(meta["url"])
    parts = list(pieces(body_text))
    blocks = [part.block for part in parts]
    title = meta["title"]
    for index, block in enumerate(blocks):  # the clipping's own title heading is the header's
        if block.kind is BlockKind.HEADING and (not title or key(block.text) == key(title)):
            title = title or block.text
            blocks[index] = replace(block, role=BlockRole.META)
            break
    if title:  # MarkDownload's page title: "Headline | Example News"
        title = without_site(title, PageTitles(None, None, ()), site, meta["url"]) or title
    blocks = title_repeat_aside(blocks, title, within=_TITLE_REPEAT_BLOCKS)
    blocks, teaser = settle(parts, blocks, meta["teaser"])
    byline, published = meta["byline"], meta["published"]
    if not (byline and published):  # MarkDownload's template writes no date: the text may say
        head = VisibleHead([PageBlock(b.kind, b.text, "") for b in blocks if b.role is not BlockRole.BOILERPLATE])
        byline, published = byline or head.metadata.byline, published or head.metadata.published
        blocks = head_lines_aside(blocks, title, byline)
    reading = "\n\n".join(b.text for b in blocks if b.role is BlockRole.BODY)
    derived = False
    if not title:
        title = derive_title(reading)
        derived = title is not None
    lang = detect_language(reading[: SAMPLE_CHARS * 2]) or meta["lang"]
    return ParsedArticle(
        title, derived, teaser_beside(teaser, blocks), byline, published, site,
        lang, tuple(blocks), url=meta["url"], tags=_tags(fields), agency=meta["agency"],
    )  # fmt: skip


def _body_address(body: str) -> str | None:
    """The page's address a template's line near the top of the text gives ("[Read
    Original](https://…)"), for a clipping whose front matter names none."""
    head = "\n".join(body.splitlines()[:_ADDRESS_LINES])
    found = _ADDRESS_LINK.search(head) or _ADDRESS_LINE.search(head)
    return found.group(1) if found else None


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """(front-matter fields with lower-case keys, the rest); ({}, text) if there is none."""
    found = _FRONT_MATTER.match(text)
    if not found or len(found.group(0)) > _MAX_FRONT_MATTER:
        return {}, text
    try:
        data = yaml.safe_load(found.group(1) or "")
    except (yaml.YAMLError, ValueError):  # ValueError: a date YAML cannot make (2025-13-45)
        data = _lenient(found.group(1) or "")
    if not isinstance(data, dict) or not data:
        return {}, text  # not front matter after all: keep every line as text
    return {str(k).strip().lower(): v for k, v in data.items()}, text[found.end() :]


def _lenient(block: str) -> dict[str, Any]:
    """`key: value` lines as clippers write them when YAML would refuse them (MarkDownload
    writes `title: Zölle: was nun?` unquoted); `[a, b]` and `- item` lines are lists."""
    data: dict[str, Any] = {}
    last = ""
    for line in block.splitlines():
        item = _LIST_ITEM.match(line)
        if item and last and isinstance(data.get(last), list):
            data[last].append(_unquote(item.group(1)))
            continue
        pair = _KEY_VALUE.match(line)
        if not pair:
            continue
        last, value = pair.group(1).lower(), pair.group(2).strip()
        if value.startswith("[") and value.endswith("]"):
            data[last] = [_unquote(v) for v in value[1:-1].split(",") if v.strip()]
        else:
            data[last] = _unquote(value) if value else []
    return data


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def _metadata(fields: dict[str, Any]) -> dict[str, str | None]:
    def first(field: str) -> Any:
        for name in _FIELDS[field]:
            value = fields.get(name)
            if value not in (None, "", []):
                return value
        return None

    url = _scalar(first("url"))
    return {
        "title": _scalar(first("title")),
        "url": url if url and _URL.match(url) else None,
        "byline": ", ".join(_names(first("byline"))) or None,
        "published": _date(first("published")),
        "site_name": _scalar(first("site_name")),
        "agency": _scalar(first("agency")),
        "lang": (_scalar(first("lang")) or "")[:2].lower() or None,
        "teaser": _scalar(first("teaser")),
    }


def _scalar(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None or isinstance(value, dict):
        return None
    text = clean_text(str(value))
    link = _WIKILINK.match(text)
    return (link.group(1).strip() if link else text) or None


def _names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = [_scalar(item) for item in items[:20] if not isinstance(item, list | dict)]
    return [n for n in names if n]


def _date(value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%M") if (value.hour, value.minute) != (0, 0) else value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = _scalar(value)
    if not text:
        return None
    found = re.match(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?", text)
    if not found:
        return None
    try:
        dt.date.fromisoformat(found.group(1))
    except ValueError:
        return None
    if found.group(2) and (found.group(2), found.group(3)) != ("00", "00"):
        return f"{found.group(1)}T{found.group(2)}:{found.group(3)}"
    return found.group(1)


def _tags(fields: dict[str, Any]) -> tuple[str, ...]:
    for name in _FIELDS["tags"]:
        value = fields.get(name)
        if not value:
            continue
        items = value.split(",") if isinstance(value, str) else value
        if not isinstance(items, list):
            return ()
        tags: dict[str, str] = {}
        for item in items[:100]:
            if isinstance(item, str | int | float) and not isinstance(item, bool):
                tag = " ".join(str(item).split()).lstrip("#").strip()
                if tag and len(tag) <= 100:
                    tags.setdefault(tag.casefold(), tag)
        return tuple(tags.values())
    return ()
