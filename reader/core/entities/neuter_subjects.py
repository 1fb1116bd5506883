"""An English name whose own clause refers back to it with "its": "Zorvex launched its first
phone", "Kanomax has expanded its range" — a company (or another body), never a person.

English gives a person "his", "her" or "their" and a company "its". When the name is the
clause's subject (a verb follows it: an auxiliary or a past form), no everyday word or demonym
("Chinese firms expanded its …"), and "its" follows the verb with nothing between that could
own something itself — no article, no other name, no pronoun ("Smith praised the firm for its
work": "its" is the firm's) and no punctuation —, "its" is the name's, and a verb of saying
("Kanomax announced its results") no longer makes a person of it. Right after a verb of
reporting "its" opens what was said and may be anything's ("Walsh has said its future is
bright").
"""

from __future__ import annotations

import re

from reader.core.entities.cues import demonym
from reader.core.entities.names import Token, common_word, english_verb_form
from reader.core.entities.pieces import Piece

# Words that could own "its" themselves or start a new phrase that could: the owner may be
# that phrase's, not the name's.
_OWNERS = frozenset(
    """the a an this that these those his her their he she they him them we you i our your
    my one each every some any another other which who whose""".split()
)
# Verbs after which "its" opens the reported clause ("Walsh said its future was bright": the
# future of something named before), and "that", which opens one too.
_REPORTING = frozenset(
    """said says say told added noted warned argued wrote insisted explained stated believes
    believed thinks thought that""".split()
)
# What a clause's verb opens with right after its subject: an auxiliary or a past form
# ("has expanded", "will cut", "launched", "sold"); a word in -s may be a plural noun
# ("Western hostages … its"), so present forms are left out.
_AUXILIARIES = frozenset(
    """has had have is was will would can could may might must should did does also
    made sold bought took began won lost built gave got held kept led left paid put ran saw
    sent set spent grew cut brought rose fell hit""".split()
)
_GAP = re.compile(r"[ \t]+")  # only spaces between the words: no comma, no full stop


def neuter_subject(
    piece: Piece, words: list[Token], index: dict[int, int], lang: str, text: str
) -> bool:
    """Whether an English name is the subject a later "its" of its clause refers to."""
    at = index.get(piece.start)
    if lang != "en" or at is None:
        return False
    end = at + len(piece.words)
    if end >= len(words) or not _verb(words[end].text):
        return False
    if any(demonym(w.text) or common_word(w.text, "en") for w in piece.words):
        return False  # "Chinese firms … its", "Oddly enough its": no name
    previous = words[end - 1]
    for step, word in enumerate(words[end : end + 6]):
        if not word.text.islower() or _GAP.fullmatch(text, previous.end, word.start) is None:
            return False  # a capital, a comma or a full stop: another phrase or clause
        if word.text == "its":
            return step >= 1 and previous.text not in _REPORTING  # a verb stood between
        if word.text in _OWNERS:
            return False
        previous = word
    return False


def _verb(word: str) -> bool:
    """Whether a word after a name opens its verb: an auxiliary or a past form."""
    return word in _AUXILIARIES or (word.endswith("ed") and english_verb_form(word))
