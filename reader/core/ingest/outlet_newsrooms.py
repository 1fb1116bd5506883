"""The outlet as its newsroom signs: "Handelsblatt-Korrespondenten", "Mitglied der Tonight
News-Redaktion", a line "N-Land Redaktion" under the story or "Kinzig.News Redaktion:" over the
contact's telephone number.

A German site's staff name their house with the word for the newsroom, as a byline ("von
auto-motor.at Redaktion"), in a writer's signature or in the contact box; that is the site
naming itself, one strong kind of evidence, as strong spelt with a hyphen as with a space
(before, only "Name-Redaktion" counted so; "Name Redaktion" was a link's chrome, too weak to
name the site alone). A desk is no outlet: "Lokal Redaktion", "Reise Redaktion" name a common
word, "Die Redaktion", "Unsere Redaktion", "Empfehlung der Redaktion" no name at all.
"""

from __future__ import annotations

import re

from reader.core.ingest.outlet_names import is_name_shaped, words
from reader.core.word_frequency import zipf

_STAFF = re.compile(
    r"\b([A-ZÄÖÜ][\w.]{2,30})-(?:Korrespondent(?:en|in|innen)?|Redaktion|Redakteur(?:e|in|innen)?"
    r"|Autor(?:en|in|innen)?|Reporter(?:in|innen)?|Kolumnist(?:en|in)?)\b"
)
# A name of several words before the hyphen, opened by an article: "der Tonight News-Redaktion"
# (without the article the words before could be the sentence's: "Gestern sagte Handelsblatt-…").
_STAFF_PHRASE = re.compile(
    r"\b(?:der|des|die|dem|den) ((?:[A-ZÄÖÜ][\w.&]*[^\S\n]){1,3}[A-ZÄÖÜ][\w.]*)-Redaktion\b"
)
# Every _STAFF match holds a _STAFF_HINT match, which starts with a literal "-" the regex
# engine scans for quickly: one scan rules most pages out.
_STAFF_HINT = re.compile(r"-(?:Korrespondent|Redakt|Autor|Reporter|Kolumnist)")
# A short line of the furniture: the name, then the newsroom.
_NEWSROOM_LINE = re.compile(r"^(.{2,40}?)[^\S\n]+Redaktion:?$", re.MULTILINE)
_ADDRESS = re.compile(
    r"(?:[a-z0-9][\w-]*\.)?[a-z0-9][\w-]*\.(?:com|net|org|info|de|at|ch|eu|news)", re.IGNORECASE
)
# A one-word name this common in German or English is a desk ("Lokal", "Reise", "Politik").
_COMMON_WORD = 3.0
_POSSESSIVES = frozenset(("unsere", "unser", "ihre", "ihr", "eure", "meine", "deine"))


def staff_name(lines: list[str], furniture: str, body: str) -> str | None:
    """The outlet in staff wording ("Handelsblatt-Korrespondenten", "Mitglied der Tonight
    News-Redaktion") in the page's `lines`, unless the word is part of the story. (The lines
    hold the `furniture` and the `body`: most pages have the wording in neither, and are not
    joined to look.)"""
    if not (_STAFF_HINT.search(furniture) or _STAFF_HINT.search(body)):
        return None
    text = "\n".join(lines)
    for match in (*_STAFF_PHRASE.finditer(text), *_STAFF.finditer(text)):
        name = match.group(1)
        if is_name_shaped(name) and not _in_story(name, body):
            return name
    return None


def newsroom_names(short_text: str) -> list[str]:
    """The names that a short furniture line calls a newsroom ("N-Land Redaktion",
    "Kinzig.News Redaktion:", "auto-motor.at Redaktion"); no desk's ("Lokal Redaktion")."""
    if "Redaktion" not in short_text:
        return []
    found = []
    for match in _NEWSROOM_LINE.finditer(short_text):
        name = match.group(1).strip()
        parts = name.split()
        if _ADDRESS.fullmatch(name):
            found.append(name)
        # ("Empfehlung der Redaktion", "Top-Themen der Redaktion": the newsroom's, unnamed)
        elif parts[0].casefold() in _POSSESSIVES or parts[-1].islower():
            continue
        elif is_name_shaped(name) and not _is_desk(name):
            found.append(name)
    return found


def spelt_out(name: str, notice: str | None) -> str:
    """The site's own copyright notice's name where it spells the newsroom's short name out
    ("Teufel Blog Redaktion" under "© Das Lautsprecher Teufel Blog"): one house, named as the
    site names itself in full."""
    if notice and set(words(name.casefold())) <= set(words(notice.casefold())):
        return notice
    return name


def _is_desk(name: str) -> bool:
    """One common word, not in capitals: a department of the paper, not the paper."""
    if " " in name or "-" in name or "." in name or name.isupper():
        return False
    low = name.casefold()
    return max(zipf(low, "de", "small"), zipf(low, "en", "small")) >= _COMMON_WORD


def _in_story(name: str, body: str) -> bool:
    """`name` as a word of its own in `body`; its pattern compiled only when the body holds
    the name at all (most pages' staff wording names the outlet outside the story)."""
    return name in body and bool(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body))
