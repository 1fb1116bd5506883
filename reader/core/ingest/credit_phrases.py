"""Lines that are nothing but a picture's credit: an agency or picture desk alone ("Getty
Images", "dpa"), a label and its source ("Bild: dpa"), or a photographer with their outlet
("Tom Becker/Millbrook Daily Herald").

Kept apart from `phrases` (labels and prompts of page furniture) because a credit is told by
its shape — a name, a slash, a desk — more than by a phrase, and the headline and caption rules
ask it of lines that are no furniture at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.core.ingest.phrases import CREDIT_ONLY, MAX_LABEL_CHARS
from reader.core.ingest.shape import is_person_name

# Credit lines naming the photographer and the outlet: "Tom Becker/Millbrook Daily Herald".
_PERSON_CREDIT = re.compile(
    r"([A-ZÄÖÜ][\w'’.-]*(?:\s+[A-ZÄÖÜ][\w'’.-]*){1,3})(?:\s*/\s*(?:dpa|afp|epa|ddp|picture alliance|"
    r"(?:[A-Z][\w.&'’-]*)(?:\s+(?:[A-Z][\w.&'’-]*|for|of|the|via)){0,6})){1,2}"
)
# Picture agencies (a news agency after a bar may be a byline's: "Anna Berger | Reuters").
_PICTURE_DESK = re.compile(r"getty images|imago(?: images)?|shutterstock|alamy|picture alliance|ap photo", re.I)


_CREDIT_LABELS = (
    "foto:", "photo:", "bild:", "image:", "credit:", "photograph:", "bildquelle", "quelle:",
    "image copyright",
)  # fmt: skip
_CREDIT_LABEL_CHARS = max(map(len, _CREDIT_LABELS))


@lru_cache(maxsize=8192)  # asked of every line of a page; a site's furniture recurs
def is_credit_only(text: str) -> bool:
    """True for a line that is nothing but an image credit ("Getty Images", "Bild: dpa")."""
    core = text.strip()
    if CREDIT_ONLY.fullmatch(core):
        return True
    if is_person_credit(core):
        return True
    # The prefix test first: it rules out nearly every line without splitting it. Only the
    # line's first characters are lower-cased: each gives one lower-case character or more,
    # so they hold the start any label can match (a long paragraph was lower-cased whole).
    return core[:_CREDIT_LABEL_CHARS].lower().startswith(_CREDIT_LABELS) and len(core.split()) <= 8


def is_person_credit(text: str) -> bool:
    """A photographer's name and outlet(s), nothing else ("Tom Becker/Millbrook Herald/Getty
    Images"); with bars only before a picture agency ("Alex Wong | Getty Images")."""
    if len(text) > MAX_LABEL_CHARS or "://" in text:
        return False
    if "|" in text:
        parts = [part.strip() for part in text.split("|")]
        return len(parts) <= 3 and _PICTURE_DESK.fullmatch(parts[-1]) is not None and is_person_name(parts[0])
    if "/" not in text:
        return False
    match = _PERSON_CREDIT.fullmatch(text)
    return match is not None and is_person_name(match.group(1))


# The text's author credited after the pictures' in the same line ("Fotos: Peter Hartmann,
# Text: Anna Roth", "Foto: Max Muster / Autorin: Anna Weber"): a separator, then the label.
_TEXT_CREDIT_AFTER = re.compile(
    r"[,;|/·•]\s*(?:text|texte|autor|autorin|author|words)\s*:\s*(?=[A-ZÄÖÜ])", re.IGNORECASE
)


_PICTURE_LABELS = ("foto", "bild", "photo", "illustration", "grafik")


def credits_text_after(text: str) -> bool:
    """A picture's credit line that also credits the text's author after it."""
    if ":" not in text or not text.lstrip()[:12].lower().startswith(_PICTURE_LABELS):
        return False
    return _TEXT_CREDIT_AFTER.search(text) is not None
