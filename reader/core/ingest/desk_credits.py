"""The newsroom desk credited under the text when no person is: "N-Land Redaktion", "Teufel Blog
Redaktion".

A desk credit printed on the page is the page's own byline: the outlet says its newsroom wrote
the piece. It is read only when no line names a person and no news agency stands in, and only
in the shape of a credit (a name of one to three capitalised words, then the desk word, alone
on its line), so a heading ("Die Redaktion empfiehlt"), a contact link ("Kontakt Redaktion")
or the outlet's bare name never becomes the author: a staff story without a credit keeps no
byline rather than the outlet's name.
"""

from __future__ import annotations

from reader.core.ingest.head import Head
from reader.core.ingest.meta_names import DESK_WORDS

# First words that make the line a heading, a link or a team page, not a credit.
_NOT_A_NAME = frozenset(
    "die der das den dem unsere unser ihre ihr zur zum an kontakt mail e-mail hinweise "
    "the our your contact meet join email about all".split()
)  # fmt: skip
_MAX_WORDS = 4
# A line between two lines this short is a menu entry.
_MENU_WORDS = 3


def desk_credit(head: Head) -> None:
    """The first desk credit under the text, as the author, when no line names one."""
    for i in range(head.end, len(head.segments)):
        shape = head.shapes[i]
        if shape.n_words > _MAX_WORDS or shape.n_words < 2 or head.labels[i] is not None:
            continue  # most lines are longer or shorter than a credit: settled by the shape
        text = head.segments[i].text.strip()
        words = text.split()
        if words[-1].casefold() not in DESK_WORDS or len(words) < 2:
            continue
        if words[0].casefold() in _NOT_A_NAME or not all(w[:1].isupper() for w in words):
            continue
        if _in_menu(head, i):
            continue
        head.authors[i] = text
        return


def _in_menu(head: Head, i: int) -> bool:
    """Line `i` stands between two short lines, as a footer menu's entries do ("FAQ" /
    "Wired Staff" / "Press Center"); a credit has the text or a longer line on one side."""
    neighbours = (i - 1, i + 1)
    return all(
        0 <= j < len(head.segments) and head.shapes[j].n_words <= _MENU_WORDS for j in neighbours
    )
