"""Words written in capitals for emphasis ("DANKE an alle", "wiederhole IMMER Deine
Leitfrage", "BEATEN UP"), which the rules read as acronyms and so as organisations.

An acronym is a body's initials, letters that make no word; a word of the language in
capitals is that word shouted — by a heading, a sign, a call to the reader — and names no
body, nor does a run it stands in ("IMMER Deine Leitfrage", "Aufschrift POLIZEI"), unless
the whole name is in capitals and holds a word that is none ("KLUV ONLINE"). A word is
shouted once; a body the text is about comes back ("SWIFT said it would comply"). Only words
long enough to be read as words count (four letters and more: "WHO", "UN", "SEC" stay
acronyms), in English those the dictionary lists or the text writes in small letters too ("A
HUNTER who …" beside "the hunter"), and in German text only German words ("die LENS Redaktion" is a magazine's).
Titles of papers and magazines that write themselves in capitals are the exception ("der
SPIEGEL", "BILD", "FOCUS", and "AUTO ZEITUNG" with a head of its own), as are the companies
of the main stock indices ("SAP", "PUMA"), the services people post on and the listed news
outlets.
"""

from __future__ import annotations

import re

from reader.core.entities.companies import listed
from reader.core.entities.cues import bare, head_word
from reader.core.entities.lexicon import PLATFORMS
from reader.core.entities.model import EntityKind
from reader.core.entities.names import common_word, english_headword
from reader.core.entities.outlets import news_outlet
from reader.core.entities.pieces import Piece
from reader.core.word_frequency import zipf as zipf_frequency

# Papers and magazines that write their titles in capitals, though the titles are words.
_TITLES = frozenset("SPIEGEL BILD STERN FOCUS WELT ZEIT CHIP TIME FORTUNE WIRED".split())
# A word the dictionary lists in small letters that English writes often ("beaten" 4.2, "staff"
# 5.1), not a rare one a body may be named by ("rand" 3.8 of RAND, "otto" 3.7 of OTTO) nor a
# name the dictionary has ("Isis" of ISIS); frequency alone cannot tell German words from
# acronyms German writes a lot ("adac" 3.8), so there only everyday words count.
_ENGLISH_ZIPF = 3.9
_ARTICLES = frozenset("Die Der Das The".split())  # capitalised inside a sentence: a name's
_LETTERS = 4  # the shortest word read as a word rather than as letters


def shouted(piece: Piece, text: str, lang: str) -> bool:
    """Whether an organisation's name holds a word of the language in capitals ("IMMER Deine
    Leitfrage", "Aufschrift POLIZEI") that the text writes so once."""
    if piece.kind is not EntityKind.ORG:
        return False
    words = [bare(w.text) for w in piece.words]
    if len(words) > 1 and all(w.isupper() for w in words) and head_word(words[-1].casefold()):
        return False  # "AUTO ZEITUNG": a paper's name in capitals, its head says so
    if len(words) > 1 and words[0] in _ARTICLES and not piece.words[0].sentence_start:
        return False  # "die Satire-Partei Die PARTEI": a name opened by its own article
    loud = {w: shouted_word(w, lang, text) and _once(w, text) for w in words}
    if all(w.isupper() for w in words):  # "BEATEN UP"; not "KLUV ONLINE", a name in capitals
        long = [w for w in words if len(w) >= _LETTERS]
        return bool(long) and all(loud[w] for w in long)
    return any(loud.values())


def shouted_word(word: str, lang: str, text: str = "") -> bool:
    """A word of the language written in capitals ("DANKE", "POLIZEI"), no acronym; in English
    also one `text` writes in small letters elsewhere, whatever the dictionary says ("A HUNTER
    who killed …" beside "the hunter"): the text itself shows it is a word."""
    if len(word) < _LETTERS or not word.isalpha() or not word.isupper() or word in _TITLES:
        return False
    name = word.title()
    if listed(word) or listed(name) or name in PLATFORMS or news_outlet(name):
        return False
    low = word.casefold()
    if lang == "de":
        return common_word(name, "de")  # "DANKE", "POLIZEI", "IMMER"; not "die LENS Redaktion"
    if english_headword(low) and zipf_frequency(low, "en") >= _ENGLISH_ZIPF:
        return True
    # a word of its own, not part of an address or a handle: "fyyd" of "fyyd.de" is no word
    return bool(text) and re.search(rf"(?<![\w./@-]){low}(?![\w@/-]|\.\w)", text) is not None


def _once(word: str, text: str) -> bool:
    """Whether the text writes the word so only once."""
    return len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", text)) == 1
