"""Short lines at the article's edge or inside it that belong to it by their shape alone.

The body model doubts a short line: most short lines on a page are furniture. Two shapes are
the article's all the same. A closing sentence right under the last paragraph ("Officials did
not immediately provide any other details.", "Sobald weitere Informationen vorliegen, werden
wir sie hier veröffentlichen."): what stands there and is furniture is a prompt or a heading
("You may also like...", "Weitere Informationen:", "Sharing is caring!"), which ends
otherwise, or a pointer with an address, or a site's tagline ("Name - …"); a wire story's
last paragraph stands there too when its agency's bare name signs it ("… in court. AFP"). And facts the article
lists as "key: value" lines ("Termin: 29.02.2020, 19 Uhr", "Laufzeit: fünf Jahre"), which a
link list's items never look like. `boilerplate` decides where such a line stands.
"""

from __future__ import annotations

import re

from reader.core.ingest.line_evidence import has_address
from reader.core.ingest.shape import Shape
from reader.core.ingest.sign_offs import bare_close

# A closing sentence has at least this probability and this many words.
CLOSING_MIN_P = 0.2
CLOSING_MIN_WORDS = 4
# A last paragraph signed with its agency is a sentence or more ("Video. AP" is no paragraph).
SIGNED_MIN_WORDS = 8
_FULL_STOPS = (".", "。", "．")
_CLOSING_MARKS = "\"'”’»«“)]"
_DASHES = (" - ", " – ", " | ")
# A fact line: its key (one to three words), a colon, and its value.
_FACT = re.compile(r"[^\W\d_][\w.-]*(?: [\w.-]+){0,2}: \S")


def closes_article(text: str, shape: Shape, probability: float) -> bool:
    """A line that, right under the article's last paragraph, is the article's last sentence;
    or its last paragraph signed with its agency's bare name, no sentence mark at its end ("…
    would defend the rules in court. AFP", `sign_offs.bare_close`)."""
    if shape.n_words >= SIGNED_MIN_WORDS and bare_close(text) is not None:
        return True
    if probability < CLOSING_MIN_P or shape.n_words < CLOSING_MIN_WORDS:
        return False
    if has_address(text) or any(map(text.__contains__, _DASHES)):
        return False
    text = text.rstrip(_CLOSING_MARKS)
    return text.endswith(_FULL_STOPS) and not text.endswith(("..", "…"))


def is_fact(text: str) -> bool:
    """A "key: value" line."""
    return _FACT.match(text) is not None
