"""Capitals that end a product's name are its model letters, not an organisation: "Fossil
Hybrid HR", "Lexus LC", "VW ID", "Full HD". An acronym stands for a body when the text writes
it on its own somewhere ("the HR department said … HR"), or first in a name ("IG Metall");
one the text only ever writes after other names, as the last word of their run, is a letter
code of the thing those names make. Evidence from the text's own usage, not a list. And a
word of the dictionary in capitals ("GAP", "VIPER") is a term or a keyword, not initials.
"""

from __future__ import annotations

import re

from reader.core.entities.companies import listed
from reader.core.entities.cues import acronym, bare, head_word
from reader.core.entities.german_words import german_compound, german_word
from reader.core.entities.lexicon import NEVER_NAME, SPEECH_DE, SPEECH_EN
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, english_headword
from reader.core.entities.pieces import Piece
from reader.core.word_frequency import zipf

# How often English must write a word for a German text to shout it in capitals ("SALE",
# "GAP", "VIPER"); rarer English words in capitals are a German body's initials ("die GEZ":
# "gez" is in the dictionary, but English all but never writes it).
_SHOUTED_IN_GERMAN = 3.0
# Acronyms enough in one run to make it a row of them, written without commas ("UFRJ UFMG
# UFBA"), not a name and its model letters ("VW ID", "Fossil Hybrid HR").
_ROW = 3


def only_after_names(
    name_runs: list[list[Token]], lang: str, candidates: frozenset[str]
) -> frozenset[str]:
    """Which candidate acronyms the text writes only right after a name, as the last word of
    its run (not after a noun: "Podcast-Suchmaschine FYYD" is the search engine itself; nor
    at the end of a row of acronyms)."""
    last: set[str] = set()
    elsewhere: set[str] = set()
    for run in name_runs:
        for at, word in enumerate(run):
            text = bare(word.text)
            if text in candidates:
                # not after a joiner ("CDU und SPD"), a noun ("Suchmaschine FYYD") or a body's
                # head ("Technologierat TTC"): there the acronym is the name of the thing
                before = bare(run[at - 1].text) if at else ""
                after_name = (
                    before[:1].isupper()
                    and word.start - run[at - 1].end != 3  # "ETH & EPFL": " & " joins two
                    and before not in NEVER_NAME  # "The IOC confirmed"
                    and not head_word(before.casefold())
                    and not (lang == "de" and (german_word(before) or german_compound(before)))
                )
                ending = at == len(run) - 1 and after_name
                if ending and sum(acronym(w.text) for w in run) >= _ROW:
                    ending = False  # "UFRJ UFMG UFBA": a list, no name and its letters
                (last if ending else elsewhere).add(text)
    return frozenset(last - elsewhere)


# A verb of saying after a name: the name speaks ("SWIFT said", "GAP erklärte").
_SAID = "(?:" + "|".join(sorted(SPEECH_EN | SPEECH_DE)) + r")\b"


def drop_model_letters(
    pieces: list[Piece], name_runs: list[list[Token]], lang: str, text: str
) -> list[Piece]:
    """The pieces without the one-word organisations that are such model letters, or a word
    of the dictionary in capitals ("GAP", "VIPER": a term, a mission, a keyword shouted, not
    a body's initials) — unless it is a listed company ("SAP") or the text lets it speak or
    says what it is ("SWIFT said", "SWIFT, the payments network"), cites it ("according
    to WHO") or names its newsroom ("die CHIP Redaktion")."""
    lone = {bare(p.words[0].text) for p in pieces if p.kind is EntityKind.ORG and len(p.words) == 1}
    letters = only_after_names(name_runs, lang, frozenset(w for w in lone if acronym(w)))
    verdicts: dict[str, bool] = {}  # one search of the text per word, not per mention
    kept = []
    for piece in pieces:
        if piece.kind is EntityKind.ORG and len(piece.words) == 1:
            word = piece.words[0].text
            if word not in verdicts:
                verdicts[word] = _letters(piece, letters, lang, text)
            if verdicts[word]:
                continue
        kept.append(piece)
    return kept


def _letters(piece: Piece, letters: frozenset[str], lang: str, text: str) -> bool:
    if len(piece.words) != 1:
        return False
    word = bare(piece.words[0].text)
    if word in letters:
        return True
    if not (word.isupper() and len(word) > 2 and english_headword(word)) or listed(word):
        return False
    if lang == "de" and zipf(word.casefold(), "en") < _SHOUTED_IN_GERMAN:
        return False  # "die GEZ", "der BUND": no English word a German text would shout

    return not re.search(
        rf"\b{re.escape(word)}(?:,\s+(?:a|an|the|ein|eine|der|die|das)\s|\s+{_SAID})"
        # or cites it as a source: "according to WHO", "per the WHO", "laut WHO"
        rf"|{_SOURCE}{re.escape(word)}\b"
        # or names its newsroom: "die CHIP Redaktion", "CHIP-Redakteurin", "the WIRED editors"
        rf"|\b{re.escape(word)}{_NEWSROOM}",
        text,
    )


# A word for an outlet's newsroom or its journalists, after the outlet's name.
_NEWSROOM = r"[ -](?:Redaktion|Redakteur|Journalist|Korrespondent|Reporter|editors?\b|newsroom\b)"
# What cites a source, before its name: "according to (the)", "per the", "laut (der)"; or
# tells an outlet something: "confirmed to WIRED", "told CNBC", "a statement to TIME".
_SOURCE = (
    r"\b(?i:according to (?:the )?|per the |laut (?:der |dem |des )?|"
    r"(?:told|confirmed to|(?:a )?statement to) (?:the )?)"
)
