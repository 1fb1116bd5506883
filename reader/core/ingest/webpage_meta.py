"""A saved page's title and byline, checked against what the page shows; its head lines.

The extractor reads the page's metadata, and metadata is written for search engines and
social networks, not for readers: the title a JSON-LD block or a `<title>` carries ends in
" | Site" or starts with "Site:", a section page's metadata names the section
("Pressemitteilungen", "Aktuelles") or the site itself, and the author field names the site
("Tagesschau De") or a form label ("Name"). A reader who copies the page gets what it shows,
so the plain-text parser's head rules, asked about the page's visible text, are a second
witness (`VisibleHead`), and the page's `<h1>` elements a third. The rules prefer what a
witness shows only when the metadata itself vouches for it or plainly names no article:

* a visible headline that the page's `og:title`, its `<title>` or one part of the `<title>`
  repeats beats a metadata title the `og:title` does not repeat (the extractor took a JSON-LD
  name, a "Site: headline" form, or the page's only `<h1>`, which held the site's logo);
* a visible headline that is the metadata title in the page's own typography ("–" for "-",
  "…" for "...", „ “ for "") is taken as shown;
* a metadata title that is the site's name or a single common word (a section label) gives
  way to a headline the page shows and declares, else to the visible head's headline;
* a byline the metadata does not give, or gives as the site's name, a single common word or
  a content system's default account ("admin"), is the one the visible head names.

The date line and the byline the extractor keeps above the article's first paragraph are
set aside as metadata too (`set_aside_head_lines`), as are section labels (`set_aside_label`);
and when the extractor chose no article at all or cut it short, the plain-text parser's
article on the visible text is taken (`webpage_fallback.checked_body`).

The `og:title` itself is trusted over an `<h1>` worded differently: editors write it. The
site's or a section's name around the headline in it ("Headline | Site", "Opinion |
Headline") is cut off when the `<h1>` shows the headline alone or the other parts name the
site (`without_site`): the outlet is shown and cited apart, and "… | MoreBikes" in every
citation is clutter. The copied-text parser never kept it. The English set's title gold is
the `og:title` itself (titles fuzzy 176 -> 157 of 181 on its saved pages); the German set's
annotators took the headline (176 -> 182 of 215).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from reader.core.ingest import phrases
from reader.core.ingest.article import Block, BlockKind, BlockRole
from reader.core.ingest.date_lines import find_date
from reader.core.ingest.meta_names import CMS_ACCOUNTS, DESK_WORDS
from reader.core.ingest.metadata import Metadata
from reader.core.ingest.person_shape import common_word
from reader.core.ingest.shape import is_person_name
from reader.core.ingest.webpage_blocks import PageBlock, key
from reader.core.ingest.webpage_text import clean_text

if TYPE_CHECKING:
    from reader.core.ingest.body_verdicts import Page

# Typographic marks a page shows and its metadata often spells in ASCII.
_TYPOGRAPHY = str.maketrans({
    "–": "-", "—": "-", "‒": "-", "…": "...", "„": '"', "“": '"', "”": '"', "«": '"', "»": '"',
    "‚": "'", "‘": "'", "’": "'", "\u00ad": None, "\u200b": None,
})  # fmt: skip
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_NAMES_APART = re.compile(r"[,;]")
# What `typographic` maps to: a title holding none of it shows in no other typography.
_FLATTENED = re.compile(r"\s-\s|['\"]|\.\.\.")
# What joins a headline, a section and a site's name in a `<title>`.
_TITLE_PARTS = re.compile(r"\s+(?:[|•·»«/–—-]|::)\s+|:\s+")
# What sets a site's or a section's name apart from the headline in a declared title (not a
# colon, which joins a headline's own parts: "Kolumne: Queer Royal").
_SITE_APART = re.compile(r"\s+(?:[|•·»«–—-]|::)\s+")
# A headline kept from a declared title on the site's name alone has at least this many words.
_BARE_HEADLINE_WORDS = 3
# The leading body lines that may be a date line or a byline, and how long such a line is.
_HEAD_LINES = 3
_HEAD_LINE_WORDS = 10
_DATE_LINE_OTHER_WORDS = 3  # "Stand: … Uhr", "UPDATED: Tue.,", "Datum"; not "Die Preise ab …"
# A desk's credit in an author field: the words for a newsroom (a label word, yet a credit).
_DESKS = DESK_WORDS | {"editorial", "staff", "newsroom", "team", "editors"}
# How much of the visible text the head is read from: 500 menu entries and a long article.
_HEAD_TEXT_CHARS = 100_000
# How many of the page's <h1> elements may speak for the headline (logo, headline, widget).
_MAX_H1 = 3
# A site's name is taken for the byline when it is this long at least ("Auto-Motor" for
# auto-motor.at); shorter prefixes of a host ("Ab", "De") are too common to mean it.
_MIN_SITE_PREFIX = 4


@dataclass(frozen=True, slots=True)
class PageTitles:
    """The titles a page declares (`og:title`, `<title>`) and those it shows (`<h1>`)."""

    og_title: str | None
    document_title: str | None
    h1: tuple[str, ...]


class VisibleHead:
    """The plain-text parser's reading of the page's visible text, computed on first use:
    its head (a third of a real page's parse time; most pages need it for the byline only)
    and, when the extractor made no choice, the article it chooses."""

    def __init__(self, page: Sequence[PageBlock], reference: datetime | None = None) -> None:
        self._page = page
        self._reference = reference  # a paste's moment, for an age line (`head_ages`)

    @cached_property
    def _text(self) -> str:
        from reader.core.text import normalise

        return normalise("\n".join(b.text for b in self._page))

    @cached_property
    def _read(self) -> tuple[Page, Metadata, str | None]:
        """`plaintext.read_page` of the text's first `_HEAD_TEXT_CHARS` characters: the head
        stands near the top, and a book-length page is not read twice over for it."""
        from reader.core.ingest import plaintext

        text = self._text
        if len(text) > _HEAD_TEXT_CHARS:  # cut at a line's end
            text = text[:_HEAD_TEXT_CHARS].rpartition("\n")[0] or text[:_HEAD_TEXT_CHARS]
        return plaintext.read_page(text, self._reference)

    @cached_property
    def metadata(self) -> Metadata:
        """The head's metadata."""
        return self._read[1]

    @cached_property
    def body(self) -> list[Block]:
        """The parser's article; on a page read whole for its head, from that reading."""
        from reader.core.ingest import plaintext

        if len(self._text) > _HEAD_TEXT_CHARS:
            article = plaintext.parse(self._text, reference=self._reference)
        else:
            article = plaintext.article_of(*self._read)
        return [replace(b, reason=None) for b in article.blocks if b.role is BlockRole.BODY]


def page_titles(root: Any, page: Sequence[PageBlock]) -> PageTitles:
    """The page's first `og:title`, its `<title>` and the first `<h1>`s the page walk saw
    (without the soft hyphens that break long words on narrow screens: a title is one line)."""
    og = root.xpath("//meta[@property='og:title']/@content")[:1]
    title = root.find(".//head//title")
    return PageTitles(
        clean_text(og[0]) or None if og else None,
        clean_text(title.text_content()) or None if title is not None else None,
        tuple(b.text.replace("\u00ad", "") for b in page if b.heading_level == 1)[:_MAX_H1],
    )


def choose_title(
    title: str | None, titles: PageTitles, head: VisibleHead, site: str | None, url: str | None
) -> str | None:
    """The article's title: the metadata's `title` unless the page shows a better one. The
    visible head is read only when a rule needs it: most pages' title is their `og:title`,
    in the typography their `<h1>` shows."""
    if not title:
        return title
    plain = typographic(title)
    if titles.og_title is None or plain != typographic(titles.og_title):
        agreed = _agreed(plain, titles, head)
        if agreed:
            return agreed
    for candidate in _shown(titles, head if _FLATTENED.search(title) else None):
        if candidate != title and typographic(candidate) == plain:
            return candidate
    if _names_site(title, site, url) or _label_word(title):
        visible = head.metadata.title
        if (
            visible
            and len(visible.split()) > 1
            and typographic(visible) != plain
            and not _names_site(visible, site, url)
        ):
            return _agreed(plain, titles, head) or visible
    cut = without_site(title, titles, site, url)
    if cut is None:
        return title
    return next((h1 for h1 in titles.h1 if typographic(h1) == typographic(cut)), cut)  # as shown


def without_site(title: str, titles: PageTitles, site: str | None, url: str | None) -> str | None:
    """The headline inside a declared title that adds the site's or a section's name to it
    ("Tote Hummeln unter Linden: Die Erklärung | Hummeln", "Hope! - bewusster leben", "Site |
    Headline"): the part the page shows as its `<h1>`, or, with no such `<h1>`, the part
    beside others that all name the site (`og:site_name` or the host). The outlet is shown
    and cited apart; in the title it is clutter in the library and in every citation."""
    parts = _SITE_APART.split(title)
    if len(parts) < 2:
        return None
    for h1 in titles.h1:
        shown = typographic(h1)
        if _names_site(h1, site, url) or shown == typographic(title):
            continue  # the logo's <h1>
        if any(typographic(part) == shown for part in parts):
            return h1
    for kept, rest in ((parts[0], parts[1:]), (parts[-1], parts[:-1])):
        if len(kept.split()) >= _BARE_HEADLINE_WORDS and all(_names_site(p, site, url) for p in rest):
            return kept
    return _site_cut(title, site)


def _site_cut(title: str, site: str | None) -> str | None:
    """`title` without the `og:site_name` at its end or start, whole even where the name has
    a dash of its own ("… - Mady Morrison - Yoga Lifestyle") or the headline keeps one ("{orga
    your life} - das Leben organisieren | Ordnungsrausch")."""
    if not site or len(site) >= len(title):
        return None
    # Between Latin-1 characters `re.I` matches the pairs `str.lower` makes equal (a test checks
    # all): such a title neither opening nor ending with the name needs no pattern compiled.
    lower, name = title.lower(), site.lower()
    if max(title + site) <= "\xff" and not (lower.startswith(name) or lower.endswith(name)):
        return None
    name = re.escape(site)
    for pattern in (rf"(?P<kept>.+?){_SITE_APART.pattern}{name}", rf"{name}{_SITE_APART.pattern}(?P<kept>.+)"):
        found = re.fullmatch(pattern, title, re.I)
        if found and len(found.group("kept").split()) >= _BARE_HEADLINE_WORDS:
            return found.group("kept")
    return None


def _shown(titles: PageTitles, head: VisibleHead | None) -> Iterator[str]:
    """The headlines the page shows: its `<h1>`s, then (with `head`) the visible head's."""
    yield from titles.h1
    if head is not None and head.metadata.title:
        yield head.metadata.title


def _agreed(plain: str, titles: PageTitles, head: VisibleHead) -> str | None:
    """A shown headline other than `plain` that the page also declares."""
    declared = _declared(titles)
    return next(
        (t for t in _shown(titles, head) if typographic(t) != plain and typographic(t) in declared),
        None,
    )


def _declared(titles: PageTitles) -> set[str]:
    """The titles the page declares, and the parts of its `<title>` that hold more than a
    word ("BKA - Listenseite … - Messengerdienste sind kein rechtsfreier Raum"): one of them
    is the headline, the others name the site or the section."""
    declared = {typographic(t) for t in (titles.og_title, titles.document_title) if t}
    if titles.document_title:
        parts = _TITLE_PARTS.split(titles.document_title)
        declared |= {typographic(part) for part in parts if len(part.split()) > 1}
    return declared


def set_aside_label(body: list[Block], rejected: str | None, title: str | None) -> list[Block]:
    """A body that opens with the heading of a rejected metadata title ("Pressemitteilungen"
    above the article whose headline the page shows below it) opens with a section label:
    it is set aside as navigation, as the heading of an accepted title is taken as META."""
    if body and rejected and body[0].kind is BlockKind.HEADING:
        opening = key(body[0].text)
        if opening == key(rejected) and opening != key(title or ""):
            return [
                replace(body[0], role=BlockRole.BOILERPLATE, reason=phrases.NAVIGATION),
                *body[1:],
            ]
    return body


def set_aside_head_lines(body: list[Block], title: str | None, byline: str | None) -> list[Block]:
    """The date line and the byline the extractor kept above the article's first paragraph
    ("23.10.2018", "Published 18 November 2019", "by Jeff Foust Monday, November 18, 2019")
    are metadata, shown in the header, as the plain-text parser takes them: among the first
    three short lines under the headline, a date with at most three words of its own, or a
    line holding the byline's first name. Measured: de-web F .903 -> .906 (three pages lose a
    leaked date line), en-news F1 .965 -> .966."""
    name = _NAMES_APART.split(byline)[0].strip() if byline else ""
    out = list(body)
    lines = 0
    for index, block in enumerate(body):
        words = block.text.split()
        if len(words) > _HEAD_LINE_WORDS or lines == _HEAD_LINES:
            break
        if title and key(block.text) == key(title):  # the headline: the title rules' part
            continue
        lines += 1
        date = find_date(block.text)
        rest = (block.text[: date.start] + block.text[date.end :]).split() if date else words
        other_words = sum(1 for word in rest if any(map(str.isalpha, word)))
        if (date and other_words <= _DATE_LINE_OTHER_WORDS) or (name and name in block.text):
            out[index] = replace(block, role=BlockRole.META)
    return out


def choose_byline(
    byline: str | None, head: VisibleHead, site: str | None, url: str | None
) -> str | None:
    """The article's byline: the metadata's, unless it names nobody (absent, a label word or a
    CMS account, the site's name) and the visible head names someone, even the site: a desk
    or an association signs its own releases ("BDZV"). Else the metadata's stands if it is a
    desk's credit ("Redaktion", "Editorial"); a form's label ("Datum") or an account
    ("Wordpressadmin") is nobody's name, so then the article has no byline."""
    if byline and not _label(byline) and not _names_site_only(byline, site, url):
        return byline
    visible = head.metadata.byline
    if visible and not _label(visible):
        return visible
    if byline and _label(byline) and _NAMES_APART.split(byline)[0].strip().casefold() not in _DESKS:
        return None
    return byline


def _label(byline: str) -> bool:
    """A form's label ("Name", "Datum") or a CMS's default account ("admin") as the name."""
    first = _NAMES_APART.split(byline)[0].strip()
    return _label_word(first) or _letters(first) in CMS_ACCOUNTS


def _names_site_only(byline: str, site: str | None, url: str | None) -> bool:
    """The host's name ("Tagesschau De", "Auto-Motor" for auto-motor.at) or the site's name
    (`og:site_name`) unless that is a person's: a blog is often named after its author."""
    first = _NAMES_APART.split(byline)[0].strip()
    if _names_site(first, None, url, prefix=True):
        return True
    return _names_site(first, site, None) and not is_person_name(first)


def typographic(text: str) -> str:
    """`text` with the typography metadata flattens flattened too (dashes, quotes, "…")."""
    text = unicodedata.normalize("NFKC", text.translate(_TYPOGRAPHY))
    return " ".join(text.split())


def _label_word(text: str) -> bool:
    words = text.split()
    return len(words) == 1 and common_word(words[0].strip(".:"))


def _names_site(text: str, site: str | None, url: str | None, prefix: bool = False) -> bool:
    """`text` is the site's name (`og:site_name`) or its host's ("Tagesschau De",
    "tagesschau.de"; "L-Mag", l-mag.de), compared letter by letter; with `prefix`, also the
    start of either ("Auto-Motor" for auto-motor.at Redaktion's site)."""
    letters = _letters(text)
    if not letters:
        return False
    host = (urlsplit(url).hostname or "") if url else ""
    host = host.removeprefix("www.")
    names = {_letters(site or ""), _letters(host), _letters(host.rpartition(".")[0])} - {""}
    if letters in names:
        return True
    return prefix and len(letters) >= _MIN_SITE_PREFIX and any(n.startswith(letters) for n in names)


def _letters(text: str) -> str:
    return _NOT_LETTERS.sub("", text).casefold()
