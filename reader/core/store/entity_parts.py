"""What the entity index reads of a source: its reading text and its teaser, as one text.

The importer keeps a news article's lead — often the one place that names the main people
("Premierministerin Sanae Takaichi und US-Präsident Trump …") — apart from the body; the
reading view shows it above the text, and a reader counts what it names. The two are read in one
`extract` call, so evidence joins across them: a lone "Takaichi" in the body is the teaser's
"Sanae Takaichi", a role the teaser gives counts for the body's mentions. The teaser is read
after the body, so the body's offsets and its opening line (a dateline: "TOKYO (Reuters) -")
stay exactly as the rules have always seen them; each span found is then told apart by the part
it lies in, with offsets into that part.
"""

from __future__ import annotations

from reader.core.entities import BODY, TEASER, Found, extract

_GAP = "\n\n"  # a paragraph's break: no name runs across it

Span = tuple[str, int, int]  # (part, start, end): offsets into the reading text or the teaser


def read(reading_text: str, teaser: str | None, lang: str | None) -> list[tuple[Found, list[Span]]]:
    """The entities of the body and the teaser together, each with its spans by part."""
    if not teaser:
        return [(f, [(BODY, a, b) for a, b in f.spans]) for f in extract(reading_text, lang)]
    opens = len(reading_text) + len(_GAP)
    found = []
    for entity in extract(f"{reading_text}{_GAP}{teaser}", lang):
        spans = [_placed(a, b, len(reading_text), opens) for a, b in entity.spans]
        kept = [s for s in spans if s is not None]
        if kept:
            found.append((entity, kept))
    return found


def _placed(start: int, end: int, body_end: int, teaser_start: int) -> Span | None:
    if end <= body_end:
        return (BODY, start, end)
    if start >= teaser_start:
        return (TEASER, start - teaser_start, end - teaser_start)
    return None  # across the break: never a name (the rules end a run at a line's end)
