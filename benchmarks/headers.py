"""How sites lay out the top of an article: title, teaser, byline and date, in many shapes.

Each layout returns the segments it prints and what a perfect extractor would read from them.
The shapes are taken from real copied pages: a date line followed by "durch" and the author,
a kicker glued to the title, a teaser glued to byline and time, date and time on two lines, a
"By …" line, an inline "By … | date | 5 min read", no title at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from benchmarks.dates import stamp
from benchmarks.furniture import Role, Segment, breadcrumbs, reading_time, section
from benchmarks.lexicon import Prose


@dataclass(slots=True)
class Header:
    """The segments at the top of the page and the metadata they carry."""

    segments: list[Segment] = field(default_factory=list)
    title: str | None = None
    teaser: str | None = None
    byline: str | None = None
    published: str | None = None

    def meta(self, *lines: str) -> None:
        self.segments.append(Segment(Role.META, "\n".join(lines)))


Layout = Callable[[Prose, str, datetime], Header]


def _title_and_teaser(p: Prose, header: Header, teaser_chance: float = 0.9) -> None:
    header.title = p.title()
    header.meta(header.title)
    if p.rng.random() < teaser_chance:
        header.teaser = p.teaser()
        header.meta(header.teaser)


def blog(p: Prose, date_format: str, when: datetime) -> Header:
    """Title, teaser, then "28. Oktober 2025 durch" with the author on the next line."""
    header = Header()
    _title_and_teaser(p, header)
    printed = stamp(date_format, when)
    header.byline, header.published = p.pick("authors"), printed.iso
    joiner = "durch" if p.lexicon.lang == "de" else "by"
    header.meta(f"{printed.text} {joiner}", header.byline)
    return header


def timestamp(p: Prose, date_format: str, when: datetime) -> Header:
    """Section label, title, teaser, a bare date-time line and a reading-time note."""
    header = Header(segments=[section(p)])
    _title_and_teaser(p, header)
    if p.rng.random() < 0.4:
        header.byline = p.pick("authors")
        header.meta(f"{'Von' if p.lexicon.lang == 'de' else 'By'} {header.byline}")
    printed = stamp(date_format, when)
    header.published = printed.iso
    header.meta(printed.text)
    header.segments.append(reading_time(p))
    return header


def glued(p: Prose, date_format: str, when: datetime) -> Header:
    """Breadcrumbs, a kicker glued to the title, a teaser glued to author and time."""
    header = Header()
    header.title, header.teaser = p.title(), p.teaser()
    header.segments.append(breadcrumbs(p, header.title))
    kicker = p.rng.choice(p.lexicon.kickers) if p.rng.random() < 0.6 else ""
    header.meta(kicker + header.title)
    printed = stamp(date_format, when)
    header.byline, header.published = p.pick("authors"), printed.iso
    header.meta(f"{header.teaser}{header.byline} {printed.text}")
    return header


def wire(p: Prose, date_format: str, when: datetime) -> Header:
    """No title at all: date (and time) lines, then the teaser."""
    header = Header()
    printed = stamp(date_format, when)
    header.published, header.teaser = printed.iso, p.teaser()
    header.meta(printed.text)
    header.meta(header.teaser)
    return header


def by_then_date(p: Prose, date_format: str, when: datetime) -> Header:
    """Title, teaser, "Von …"/"By …" (or a bare name), then the date on its own line."""
    header = Header()
    _title_and_teaser(p, header)
    header.byline = p.pick("authors")
    prefix = {"de": "Von ", "en": "By "}[p.lexicon.lang] if p.rng.random() < 0.7 else ""
    header.meta(prefix + header.byline)
    printed = stamp(date_format, when)
    header.published = printed.iso
    lead = {"de": ("", "Stand: ", "Veröffentlicht am "), "en": ("", "Published ", "Posted ")}
    header.meta(p.rng.choice(lead[p.lexicon.lang]) + printed.text)
    return header


def inline(p: Prose, date_format: str, when: datetime) -> Header:
    """Title, teaser and one line "By Name | date | 5 min read"."""
    header = Header()
    _title_and_teaser(p, header)
    printed = stamp(date_format, when)
    header.byline, header.published = p.pick("authors"), printed.iso
    by = "Von" if p.lexicon.lang == "de" else "By"
    header.meta(f"{by} {header.byline} | {printed.text} | {p.pick('reading_time')}")
    return header


def plain(p: Prose, date_format: str, when: datetime) -> Header:
    """Only a title line: the page's header was not copied."""
    header = Header()
    _title_and_teaser(p, header, teaser_chance=0.0)
    return header
