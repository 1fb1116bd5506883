"""Page furniture a copied web page drags along: navigation, captions, ads, related links, footers.

Each builder returns one `Segment` of boilerplate; none of it belongs to the article body, so the
generator can tell a scorer exactly which lines an extractor should have set aside.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from benchmarks.dates import random_moment, stamp
from benchmarks.lexicon import Prose


class Role(StrEnum):
    """What a segment of the page is, for the ground truth."""

    BODY = "body"
    META = "meta"
    BOILERPLATE = "boilerplate"


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of lines printed together; body segments are exactly one line (maybe indented)."""

    role: Role
    text: str

    @property
    def lines(self) -> list[str]:
        return [line.strip() for line in self.text.split("\n") if line.strip()]


def _bp(*lines: str) -> Segment:
    return Segment(Role.BOILERPLATE, "\n".join(lines))


def _some(p: Prose, name: str, low: int, high: int) -> list[str]:
    words = p.lexicon.page[name]
    return [p.fill(w) for w in p.rng.sample(words, min(len(words), p.rng.randint(low, high)))]


def skip_link(p: Prose) -> Segment:
    return _bp(p.pick("skip"))


def navigation(p: Prose) -> Segment:
    items = _some(p, "nav", 5, 9)
    return _bp(" | ".join(items)) if p.rng.random() < 0.3 else _bp(*items)


def masthead(site_name: str) -> Segment:
    return _bp(site_name)


def breadcrumbs(p: Prose, title: str | None) -> Segment:
    home = p.lexicon.page["nav"][0]
    trail = [home, p.pick("crumbs")] + ([title] if title else [])
    if p.rng.random() < 0.5:
        return _bp(*(f"{'  ' if k else ''}{k + 1}. {crumb}" for k, crumb in enumerate(trail)))
    return _bp(p.rng.choice((" > ", " › ", " / ")).join(trail))


def section(p: Prose) -> Segment:
    return _bp(p.pick("sections"))


def reading_time(p: Prose) -> Segment:
    return _bp(p.pick("reading_time"))


def caption(p: Prose) -> Segment:
    text, credit = p.caption(), p.pick("credit")
    if p.rng.random() < 0.5:
        return _bp(f"{text} {credit}")
    return _bp(text, credit)


def advert(p: Prose) -> Segment:
    marker = p.pick("ad_marker")
    lines = [marker]
    for ad in _some(p, "ad", 1, 3):
        lines += [ad, marker] if p.rng.random() < 0.4 else [ad]
    return _bp(*lines)


def newsletter(p: Prose) -> Segment:
    return _bp(*_some(p, "newsletter", 1, 3))


def related_list(p: Prose) -> Segment:
    """A heading and a few headlines of other articles."""
    return _bp(p.pick("related_head"), *(p.title() for _ in range(p.rng.randint(2, 5))))


def related_cards(p: Prose, site_name: str) -> Segment:
    """Teaser cards as some sites print them: site, section, headline, date, cut-off teaser."""
    lines = [p.pick("related_head")]
    date_format = "de_dots" if p.lexicon.lang == "de" else "en_short"
    for _ in range(p.rng.randint(3, 6)):
        part = p.pick("sections")
        teaser = p.teaser()
        cut = teaser[: p.rng.randint(60, min(140, len(teaser)))].rstrip()
        when = stamp(date_format, random_moment(p.rng)).text
        lines += [site_name, part, f"{part} {p.title()}", when, "", f"{cut}..."]
    return _bp(*lines)


def commentary_box(p: Prose) -> Segment:
    """A boxed pointer to an opinion piece, dropped between paragraphs."""
    return _bp(p.rng.choice(p.lexicon.kickers), "", p.title(), "", p.pick("authors"))


def topics(p: Prose) -> Segment:
    return _bp(p.pick("topics_head"), *_some(p, "topics", 3, 6))


def share(p: Prose) -> Segment:
    items = _some(p, "share", 1, 4)
    return _bp(" ".join(items)) if p.rng.random() < 0.3 else _bp(*items)


def comments(p: Prose) -> Segment:
    return _bp(p.pick("comments"))


def legal(p: Prose) -> Segment:
    items = _some(p, "legal", 3, 6)
    return _bp(" | ".join(items)) if p.rng.random() < 0.6 else _bp(*items)


def copyright_line(p: Prose, site_name: str, year: int) -> Segment:
    return _bp(f"© {year} {site_name}. {p.pick('rights')}")


def app_hint(p: Prose) -> Segment:
    return _bp(p.pick("app"))
