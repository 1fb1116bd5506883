"""A deterministic corpus of German and English news pages as users copy them into .txt files.

Every article comes with its ground truth (title, teaser, byline, date, site, language, body
paragraphs), so the same corpus serves the import benchmark and extraction scoring. Article `i`
of seed `s` is always the same bytes: it depends on nothing but (s, i).

    python -m benchmarks.corpus OUT --count 10000 [--seed 0]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from itertools import repeat
from pathlib import Path
from typing import Any

from benchmarks import furniture as f
from benchmarks.dates import random_moment, stamp
from benchmarks.furniture import Role, Segment
from benchmarks.headers import Header
from benchmarks.lexicon import Prose
from benchmarks.sites import SITES, Site

# Bump when the output for a given (seed, index) changes, so cached corpora are regenerated.
CORPUS_VERSION = 1
MIN_BYTES = 2 * 1024
MAX_BYTES = 8 * 1024
TRUTH_FILE = "truth.jsonl"


@dataclass(frozen=True, slots=True)
class GeneratedArticle:
    """One generated file and what a perfect extractor would make of it.

    `body` holds the body blocks (paragraphs, subheadings, list items) in order, each exactly
    as it occurs in `text` after stripping; `boilerplate` holds every furniture line.
    """

    index: int
    text: str
    title: str | None
    teaser: str | None
    byline: str | None
    published: str | None
    site_name: str | None
    lang: str
    body: tuple[str, ...]
    boilerplate: tuple[str, ...]

    @property
    def file_name(self) -> str:
        return f"{self.index:06d}.txt"

    @property
    def data(self) -> bytes:
        return self.text.encode("utf-8")

    def truth(self) -> dict[str, Any]:
        """The shape of the gold files in tests/data/gold, plus the file name.

        `body` joins the body blocks with one blank line, as the reading view does; they hold no
        newline, so `body.split("\\n\\n")` gives them back.
        """
        return {
            "file": self.file_name,
            "title": self.title,
            "teaser": self.teaser,
            "byline": self.byline,
            "published": self.published,
            "site_name": self.site_name,
            "lang": self.lang,
            "body": "\n\n".join(self.body),
            "boilerplate": list(self.boilerplate),
        }


@dataclass(frozen=True, slots=True)
class _Block:
    """A body block; `kind` decides where furniture may be dropped in between."""

    kind: str  # "paragraph", "heading" or "item"
    segment: Segment


def generate_article(i: int, seed: int = 0) -> GeneratedArticle:
    """Article `i` of the corpus for `seed`."""
    rng = random.Random(f"briefing-corpus:{seed}:{i}")
    site = rng.choice(SITES)
    p = Prose(site.lexicon, rng)
    when = random_moment(rng)
    header = site.layout(p, rng.choice(site.date_formats), when)
    top = [furniture_segment(k, p, site, header, when) for k in site.top if rng.random() < 0.85]
    bottom = [furniture_segment(k, p, site, header, when) for k in site.bottom if rng.random() < 0.8]
    inserts = _inserts(p, site)
    crlf, bom = rng.random() < 0.1, rng.random() < 0.04
    before_body = top + header.segments

    furniture = before_body + [segment for segment, _ in inserts] + bottom
    fixed = sum(len(s.text.encode()) + len(site.separator) for s in furniture)
    blocks = _body(p, budget=max(rng.randint(2300, 7700) - fixed, 700))

    def render() -> str:
        segments = before_body + _interleave(blocks, inserts) + bottom
        text = site.separator.join(s.text for s in segments)
        text = text.replace("\n", "\r\n") if crlf else text
        return "\ufeff" + text if bom else text

    text = render()
    while len(text.encode()) > MAX_BYTES:
        _drop_last(blocks)
        text = render()
    while len(text.encode()) < MIN_BYTES:
        blocks.append(_Block("paragraph", Segment(Role.BODY, p.paragraph())))
        text = render()

    return GeneratedArticle(
        index=i,
        text=text,
        title=header.title,
        teaser=header.teaser,
        byline=header.byline,
        published=header.published,
        site_name=site.name if any(site.name in s.text for s in furniture) else None,
        lang=site.lexicon.lang,
        body=tuple(b.segment.text.strip() for b in blocks),
        boilerplate=tuple(line for s in furniture if s.role is Role.BOILERPLATE for line in s.lines),
    )


def furniture_segment(kind: str, p: Prose, site: Site, header: Header, when: datetime) -> Segment:
    """The named piece of page furniture (see `Site.top` and `Site.bottom`)."""
    match kind:
        case "skip":
            return f.skip_link(p)
        case "masthead":
            return f.masthead(site.name)
        case "nav":
            return f.navigation(p)
        case "crumbs":
            return f.breadcrumbs(p, header.title)
        case "section":
            return f.section(p)
        case "author_date":
            author = header.byline or p.pick("authors")
            return Segment(Role.BOILERPLATE, f"{author} {stamp(site.date_formats[0], when).text}")
        case "share":
            return f.share(p)
        case "comments":
            return f.comments(p)
        case "topics":
            return f.topics(p)
        case "related":
            return f.related_list(p)
        case "cards":
            return f.related_cards(p, site.name)
        case "newsletter":
            return f.newsletter(p)
        case "ads":
            return f.advert(p)
        case "legal":
            return f.legal(p)
        case "copyright":
            return f.copyright_line(p, site.name, when.year)
        case "app":
            return f.app_hint(p)
    raise ValueError(f"unknown furniture {kind!r}")


def _inserts(p: Prose, site: Site) -> list[tuple[Segment, float]]:
    """Furniture dropped between body blocks, each with where (0..1) in the body it lands."""
    chances = (
        (0.6, lambda: f.caption(p)),
        (0.4, lambda: f.advert(p)),
        (0.3, lambda: f.newsletter(p)),
        (0.3, lambda: f.related_list(p)),
        (0.1, lambda: f.commentary_box(p)),
        (0.1, lambda: f.topics(p)),
    )
    return [(make(), p.rng.random()) for chance, make in chances if p.rng.random() < chance]


def _body(p: Prose, budget: int) -> list[_Block]:
    """Paragraphs with occasional subheadings and one numbered list, about `budget` bytes."""
    rng = p.rng
    first = p.paragraph()
    if rng.random() < 0.35:
        first = f"{rng.choice(p.lexicon.datelines)} {first}"
    blocks = [_Block("paragraph", Segment(Role.BODY, first))]
    size, listed, indent = len(first.encode()), False, rng.choice(("", "  "))
    while size < budget or blocks[-1].kind != "paragraph":
        roll = rng.random()
        if blocks[-1].kind == "paragraph" and len(blocks) > 1 and roll < 0.16:
            heading = p.heading()
            new = [_Block("heading", Segment(Role.BODY, heading + ("\n" if roll < 0.04 else "")))]
        elif blocks[-1].kind == "paragraph" and not listed and roll < 0.22:
            listed = True
            intro = _Block("heading", Segment(Role.BODY, rng.choice(p.lexicon.list_intros)))
            items = p.list_items()
            new = [intro] + [_Block("item", Segment(Role.BODY, f"{indent}{k}. {text}"))
                             for k, text in enumerate(items, 1)]
            new.append(_Block("paragraph", Segment(Role.BODY, p.paragraph())))
        else:
            text = p.paragraph() + ("\u00a0" if roll > 0.96 else "")
            new = [_Block("paragraph", Segment(Role.BODY, text))]
        blocks += new
        size += sum(len(b.segment.text.encode()) + 2 for b in new)
    return blocks


def _drop_last(blocks: list[_Block]) -> None:
    """Shorten the body by its last paragraph (and a heading or list left dangling)."""
    if len(blocks) <= 2:
        raise ValueError("page furniture alone exceeds the size limit")
    blocks.pop()
    while blocks[-1].kind != "paragraph":
        blocks.pop()


def _interleave(blocks: Sequence[_Block], inserts: Sequence[tuple[Segment, float]]) -> list[Segment]:
    """Body segments with furniture after paragraphs, never inside a list or under a heading.

    A caption may also stand before the first paragraph, as on many pages.
    """
    gaps = [k for k in range(1, len(blocks)) if blocks[k - 1].kind == "paragraph"
            and blocks[k].kind != "item"]
    placed: dict[int, list[Segment]] = {}
    for segment, where in inserts:
        if not gaps:
            gap = len(blocks)
        else:
            gap = gaps[min(int(where * len(gaps)), len(gaps) - 1)]
        placed.setdefault(gap, []).append(segment)
    out: list[Segment] = []
    for k, block in enumerate(blocks):
        out += placed.get(k, [])
        out.append(block.segment)
    return out + placed.get(len(blocks), [])


def write_corpus(folder: Path, count: int, seed: int = 0) -> list[Path]:
    """Write articles 0..count-1 as NNNNNN.txt plus truth.jsonl (written last: marks completion).

    Chunks of articles are written in worker processes: creating 10,000 files is as slow as
    generating them, and each article depends only on (seed, index), so the result is the same.
    """
    folder.mkdir(parents=True, exist_ok=True)
    starts = range(0, count, _CHUNK)
    stops = [min(start + _CHUNK, count) for start in starts]
    if len(starts) > 1 and (os.cpu_count() or 1) > 1:
        with ProcessPoolExecutor() as pool:
            chunks = list(pool.map(_write_chunk, repeat(folder), repeat(seed), starts, stops))
    else:
        chunks = [_write_chunk(folder, seed, start, stop) for start, stop in zip(starts, stops, strict=True)]
    truths = [line for chunk in chunks for line in chunk]
    (folder / TRUTH_FILE).write_text("".join(truths), encoding="utf-8")
    return [folder / f"{i:06d}.txt" for i in range(count)]


_CHUNK = 500


def _write_chunk(folder: Path, seed: int, start: int, stop: int) -> list[str]:
    """Write articles start..stop-1 and return their truth.jsonl lines."""
    lines = []
    for i in range(start, stop):
        article = generate_article(i, seed)
        (folder / article.file_name).write_bytes(article.data)
        lines.append(json.dumps(article.truth(), ensure_ascii=False) + "\n")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.corpus",
        description="Write a deterministic corpus of copied news pages with ground truth.",
    )
    parser.add_argument("out", type=Path, help="folder to write the .txt files and truth.jsonl into")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    paths = write_corpus(args.out, args.count, args.seed)
    size = sum(path.stat().st_size for path in paths)
    print(f"wrote {len(paths)} articles ({size / 1e6:.1f} MB) to {args.out} "
          f"in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
