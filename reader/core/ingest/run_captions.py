"""Picture captions inside the chosen run that the head's caption pass cannot see.

A caption between the article's paragraphs often carries its credit at its end instead of on
a line of its own ("… in Bremen ausbilden. © CAE", "… fordert Aufklärung. (Quelle:
Fleischmann/Unsplash/DJV)"), or stands next to a bare copyright credit ("© Markus Leitner"), or
says where the people stand in the picture ("Maria Tillessen (l.) und …").
Such a line reads like a short sentence of prose, so the body model keeps it; the credit is
what gives it away. The rule runs only inside the run (`boilerplate.choose`), after the head's
metadata is read, so titles, dates and bylines do not move, and it asks nothing of the body
model's features. A copyright sign or a picture-credit label is the same in any language; the
labels are those of the credit lines the caption pass knows ("Foto:", "Bildquelle:").
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.core.ingest.segment import Segment
from reader.core.ingest.shape import Shape

# A caption is a sentence or two, never a paragraph of the article.
CAPTION_MAX_WORDS = 40
# A sentence beside a bare credit line is its caption when it is this short.
BESIDE_MAX_WORDS = 20
# Words a credit may have ("Bundesregierung/Steffen Kugler", "CAE").
_CREDIT_WORDS = r"[^\s©.!?]+(?:\s+[^\s©.!?]+){0,4}"
# "… © CAE", "…festlegt© Bundesregierung/Steffen Kugler": a copyright sign and a name at the end.
_COPYRIGHT_END = re.compile(r"©\s*(?!\d{4})" + _CREDIT_WORDS + r"$")
# "(Bildquelle: Ring der Landjugend)", "(Foto: Max Muster)": a picture's label in brackets; a
# plain source ("(Quelle: …)", "(Source: …)") only when it names a photographer and an agency
# or picture library ("Hume/Unsplash/DJV"), as a news source at a paragraph's end does not.
_LABEL_END = re.compile(
    r"\((?:(?:bildquelle|bildnachweis|foto|fotos|bild|photo|image|credit)\s*:[^()]{1,80}"
    r"|(?:quelle|source)\s*:[^()/]{1,40}/[^()]{1,60})\)$",
    re.IGNORECASE,
)
# "Maria Tillessen (l.) und …", "Smith (left) and …": where a person stands in the picture.
_PLACED = re.compile(
    r"\((?:l|r|li|re|m|v\.\s?l|v\.\s?r|links|rechts|mitte|left|right|centre|center|l-r|from left)"
    r"\.?\)",
    re.IGNORECASE,
)
# A line that is nothing but a copyright credit without a year ("© Markus Leitner").
_BARE_COPYRIGHT = re.compile(r"©\s*(?!\d{4})" + _CREDIT_WORDS)


def captions(segments: list[Segment], shapes: list[Shape], start: int, end: int) -> set[int]:
    """The lines from `start` to `end` that are a picture's caption or its bare credit."""
    found: set[int] = set()
    for i in range(start, end + 1):
        text = segments[i].text.strip()
        if _bare_credit(text):
            found.add(i)
            beside = i + 1
            if beside <= end and _short_sentence(shapes[beside]):
                found.add(beside)
        elif shapes[i].n_words <= CAPTION_MAX_WORDS and _credited(text):
            found.add(i)
    return found


@lru_cache(maxsize=4096)
def _credited(text: str) -> bool:
    """A line that ends in its picture's credit, or that places the people in the picture."""
    if "©" in text:
        return _COPYRIGHT_END.search(text) is not None
    if text.endswith(")") and _LABEL_END.search(text) is not None:
        return True
    return "(" in text and _PLACED.search(text) is not None


def _bare_credit(text: str) -> bool:
    return text.startswith("©") and _BARE_COPYRIGHT.fullmatch(text) is not None


def _short_sentence(shape: Shape) -> bool:
    return shape.sentence_end and 3 <= shape.n_words <= BESIDE_MAX_WORDS
