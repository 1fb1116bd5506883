"""How a source is cited: in a briefing's quotes, its chronology and its who's who alike.

One place for the citation's parts — the outlet with the agency its story came from ("Spiegel
(dpa)": the agency's name, without the regional desk the page printed, "dpa/lno"), the byline
unless it only names that agency, the day (28.10.2025 in German), the title in the language's
quotation marks — so a footnote of an inserted chronology names a source exactly as the
export's citations of quotes do. This module sits below the packages that insert blocks
(stories, entities) and the export, which all use it.
"""

from __future__ import annotations

import re
from typing import Protocol

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]>#|])")
_ENTITY_LIKE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_PAIRS = re.compile(r"(?<=~)~|(?<==)=|(?<=%)%")  # Obsidian's strikethrough, highlight, comment
# The regional desk after a wire's name: "dpa/lno" (Lower Saxony), "epd/lnb".
_DESK = re.compile(r"/[a-z]{2,4}$")
# A quotation inside a title, in any language's double marks: „…“, “…”, «…», »…«.
_INNER_QUOTE = re.compile(r"[„“«»](?P<inner>[^„“”«»\n]*)[“”»«]")


def inline_markdown(text: str) -> str:
    """`text` on one line with Markdown's special characters escaped, so a title reads as written.

    `<` and an entity-like `&` become character references, as in the export's article text
    (`reader.core.export.markdown`): python-markdown, which draws the composer's preview, takes
    no `\\<` and showed "Inflation \\<2 %". The second mark of `==`, `~~` and `%%` too, or
    Obsidian would highlight, strike through or hide (`%%` opens a comment) what follows. Every
    `$` becomes `&#36;` (shown as `$`): Obsidian reads what lies between two of them as a LaTeX
    formula, and a chronology's or who's who's line is put together from several such texts, so
    a pair may span two of them (the article text's `escape_line` can count a whole line's).
    """
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))
    escaped = _ENTITY_LIKE.sub("&amp;", escaped).replace("<", "&lt;")
    return _PAIRS.sub(lambda m: f"&#{ord(m.group(0))};", escaped).replace("$", "&#36;")


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


def _squeezed(text: str | None) -> str:
    return " ".join((text or "").split())


def wire(agency: str | None) -> str | None:
    """The agency as a reference names it: "dpa", not the desk's "dpa/lno"."""
    return _DESK.sub("", _squeezed(agency)) or None


def publisher(outlet: str | None, agency: str | None) -> str | None:
    """The outlet with the agency its story came from: "Spiegel (dpa)"; the agency alone when no
    outlet is known; the outlet alone when it is the agency ("Reuters")."""
    name, plain = wire(agency), _squeezed(outlet)
    if not name or name.casefold() == plain.casefold():
        return outlet
    return f"{plain} ({name})" if plain else name


def author_credit(author: str | None, agency: str | None) -> str | None:
    """The byline, unless it only names the agency already cited ("dpa/lno")."""
    name, agency_name = _squeezed(author).casefold(), wire(agency)
    if agency_name and name in (agency_name.casefold(), _squeezed(agency).casefold()):
        return None
    return author


def cited_day(iso_day: str, language: str) -> str:
    """A day as a citation writes it: 2025-10-28 in English, 28.10.2025 in German."""
    if language == "de" and len(iso_day) == 10:
        return f"{iso_day[8:10]}.{iso_day[5:7]}.{iso_day[0:4]}"
    return iso_day


def quoted(title: str, language: str) -> str:
    """The title in the language's quotation marks: “…” in English, „…“ in German."""
    inner = nested(title, language)
    return f"„{inner}“" if language == "de" else f"“{inner}”"


def nested(title: str, language: str) -> str:
    """The title's own quotations in single marks, for quoting it in double ones: a German
    title's „Goldenes Bündnis“ becomes ‚Goldenes Bündnis‘ (German) or ‘Goldenes Bündnis’
    (English), never „… „Goldenes Bündnis““."""
    return _INNER_QUOTE.sub(r"‚\g<inner>‘" if language == "de" else r"‘\g<inner>’", title)


def source_footnote(source: Cited, language: str = "en") -> str:
    """A footnote naming a source: "Outlet (agency), Author, day, “Title”" in `language`."""
    day = cited_day(source.published[:10], language) if source.published else None
    parts = [publisher(source.site_name, source.agency), author_credit(source.byline, source.agency), day]
    named = [inline_markdown(p) for p in parts if p and p.strip()]
    return ", ".join([*named, quoted(inline_markdown(source.title), language)])
