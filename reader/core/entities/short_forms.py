"""An acronym a German text brings in with "kurz" after the words whose initials it is, when
those words name a thing, not a body: a term, as a bracketed one is (`agreement.spelt_out_terms`)
— "Extracellular Electron Shuttles, kurz EES", "Traditionell Steirischer Medizin®, kurz
„TSM®“". "Europäische Zentralbank, kurz EZB" and "Kassenärztliche Vereinigung, kurz KV" stay
bodies: their last word heads an organisation's name."""

from __future__ import annotations

import re

from reader.core.entities.cues import acronym, bare, head_word, org_head
from reader.core.entities.german_words import german_word
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word
from reader.core.entities.pieces import Piece
from reader.core.word_frequency import zipf as zipf_frequency

# What stands between the spelt-out words and "kurz", and between "kurz" and its acronym.
_BEFORE = re.compile(r"®?\s*[,(]\s*")
_AFTER = re.compile(r":?\s*[„\"“‚']?")
_LETTERS = re.compile(r"[A-Z]{2,6}")


def short_terms(pieces: list[Piece], words: list[Token], text: str, lang: str) -> frozenset[str]:
    """The acronyms (and the words they spell) a German text shortens a thing's name to."""
    if lang != "de":
        return frozenset()
    orgs = [p for p in pieces if p.kind is EntityKind.ORG and len(p.words) > 1]
    found: set[str] = set()
    for at in range(1, len(words) - 1):
        if words[at].text != "kurz" or not _LETTERS.fullmatch(letters := words[at + 1].text):
            continue
        if not _BEFORE.fullmatch(text[words[at - 1].end : words[at].start]):
            continue
        if not _AFTER.fullmatch(text[words[at].end : words[at + 1].start]):
            continue
        spelt = words[max(0, at - len(letters)) : at]
        if len(spelt) == len(letters) and _thing(spelt, letters, text, orgs):
            found |= {letters, text[spelt[0].start : spelt[-1].end]}
    return frozenset(found)


def _thing(spelt: list[Token], letters: str, text: str, orgs: list[Piece]) -> bool:
    """Whether capitalised words, one per letter, spell the acronym and end in a noun for a
    thing: a German noun ("Medizin") or an English plural ("Shuttles"), no body's head."""
    last = bare(spelt[-1].text)
    return (
        "".join(w.text[0] for w in spelt) == letters
        and all(w.capital and not acronym(w.text) for w in spelt)
        and text[spelt[0].start : spelt[-1].end].count(" ") == len(spelt) - 1
        and not org_head(spelt, "de")
        and not head_word(last.casefold())
        and (german_word(last) or common_word(last, "de") or _english_plural(last))
        and not any(p.start <= spelt[-1].start < p.end for p in orgs)
    )


def _english_plural(word: str) -> bool:
    """An English noun in the plural ("Shuttles", "Particles"), not a body's ("Nations")."""
    return (
        word.endswith("s")
        and zipf_frequency(word[:-1].casefold(), "en") >= 3.0
        and word not in ("Nations", "States", "Services")
    )
