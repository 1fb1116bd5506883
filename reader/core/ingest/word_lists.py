"""A list of words, one a line: what a consultant jots or copies as a shopping or to-do list
("Zölle" / "Lieferketten" / "Chips" / "Halbleiter"), or topics to follow.

It has no sentence and few words, so the import refused it as "no article text", as it refuses a
one-word file or a list of file names; had it been read, the note's rules took its first word
for its title, out of the list. Such a list is a source of its own: every line stays, an item of
the list, and its title names the first items ("Zölle, Lieferketten, Chips, …").
"""

from __future__ import annotations

import re

from reader.core.ingest.head import is_menu_word
from reader.core.ingest.segment import without_bullet
from reader.core.ingest.title import derive_title

# Three lines make a list; two words or fewer each ("Seltene Erden", "Kunde X"). A list with a
# longer heading or longer items ("Einkaufsliste Workshop" / "Marker in vier Farben") is a note
# whose first line is its title.
_LIST_LINES = 3
_ITEM_WORDS = 2
# A file name or a path ("bericht.txt", "IMG_2034.jpg", "C:\\Daten"): a list of them is no note.
_FILE_NAME = re.compile(r"\S+\.[A-Za-z0-9]{1,5}|.*[/\\].*")
_SENTENCE_END = (".", "!", "?", ":", ";")


def is_word_list(lines: list[str]) -> bool:
    """Whether the non-empty `lines` are a list of words (module docstring): at least three, each
    one or two words with a letter, none a sentence's end, a file name or a path, and none a
    section's or a site's word: "Startseite" / "Politik" / "Wirtschaft" / "Sport" is a page's
    menu copied alone, refused as a note's rules take it for a page's (`head.is_menu_word`)."""
    items = [without_bullet(line.strip()) for line in lines if line.strip()]
    return len(items) >= _LIST_LINES and all(map(_is_item, items)) and not any(map(is_menu_word, items))


def _is_item(text: str) -> bool:
    return (
        len(text.split()) <= _ITEM_WORDS
        and any(map(str.isalpha, text))
        and not text.endswith(_SENTENCE_END)
        and _FILE_NAME.fullmatch(text) is None
    )


def list_title(items: list[str]) -> str | None:
    """The list's title: its first items, as many as a derived title holds."""
    return derive_title(", ".join(items))
