"""German names after a word for the kind of group they name: "die Miliz Hisbollah", "die
Hilfsorganisation World Vision", "das Bündnis Aktion Deutschland Hilft", "die
Puppenspieltruppe Das Helmi", "die Satire-Partei Die PARTEI", "das Künstlerinnenkollektiv
hannsjana", "die somalische Miliz al-Shabaab".

German capitalises every noun, so a capital after a noun says nothing; a word for a group of
people (a militia, a troupe, a collective, a guild, a band, an aid or terror organisation, an
alliance) right before a name says what the name is. Words for companies ("Chiphersteller
Intel") are read where runs are classified; here, besides the groups, what no run holds: a
name opened by its own article ("Die PARTEI", "Das Helmi"), one in small letters that is no
word of either language ("hannsjana"), one with an Arabic article ("al-Shabaab"). A person's
name after the word stays a person's ("die Band um Sahra Lenz" is no band's name; "die Gruppe
Kinder" no name at all: every word a German noun).
"""

from __future__ import annotations

from reader.core.entities.cues import bare, place_of
from reader.core.entities.first_names import known_first_name
from reader.core.entities.lexicon import NEVER_NAME, ORG_WORDS
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word
from reader.core.entities.pieces import Piece
from reader.core.word_frequency import zipf as zipf_frequency

# Groups of people, as the end of a German word: "Miliz", "Terrormiliz", "Theatertruppe",
# "Künstlerkollektiv", "Gilde", "Rockband", "Hilfsorganisation", "Bürgerinitiative" (a bare "Initiative" opens its name).
_GROUPS = (
    "miliz", "truppe", "kollektiv", "gilde", "organisation", "initiative", "bündnis",
    "rockband", "popband", "punkband", "boyband", "girlband", "kultband", "metalband",
)  # fmt: skip
_BAND = "band"  # a band, but not "Armband", "Bildband", "Verband" (a word of its own)
_ARTICLES = ("Die", "Das", "Der")
_MOST = 4


def group_names(text: str, words: list[Token]) -> list[Piece]:
    """The names German text gives right after a word for a kind of group."""
    found = []
    for at, kind in enumerate(words[:-1]):
        low = bare(kind.text).casefold()
        group = low.endswith(_GROUPS) or low == _BAND or (low.endswith("gruppe") and len(low) > 8)
        group = group and low != "initiative"  # "Initiative EnergieEffizienz": the name's own
        if not kind.capital or not (group or low.endswith(ORG_WORDS)):
            continue
        name = _name(words, at + 1, text, group)
        if name:
            found.append(Piece(EntityKind.ORG, name))
    return found


def not_kinds(pieces: list[Piece], names: list[Piece], words: list[Token]) -> list[Piece]:
    """The pieces without the word for a group's kind before a name `group_names` found: "der
    Satire-Partei Die PARTEI" names one party, "Die PARTEI"; the word before it says what kind
    of party it is ("Satire-Partei") and is no name of its own, whatever its head made of it."""
    if not names:
        return pieces
    at = {w.start: i for i, w in enumerate(words)}
    kinds = {words[at[n.start] - 1].start for n in names if at.get(n.start, 0) > 0}
    return [
        p for p in pieces
        if not (p.kind is EntityKind.ORG and len(p.words) == 1 and p.start in kinds)
    ]  # fmt: skip


def _name(words: list[Token], at: int, text: str, group: bool) -> list[Token]:
    first = words[at]
    if text[words[at - 1].end : first.start] not in (" ", "\xa0"):
        return []
    if first.text.startswith(("al-", "el-")) and first.text[3:4].isupper():
        return [first]  # "die Miliz al-Shabaab"
    if first.text.islower():  # "das Kollektiv hannsjana": no word of either language
        coined = first.text.isalpha() and len(first.text) > 3
        rare = max(zipf_frequency(first.text, "de"), zipf_frequency(first.text, "en")) < 1.5
        return [first] if coined and rare else []
    name = [first]
    while len(name) < _MOST and at + len(name) < len(words):
        after = words[at + len(name)]
        if text[name[-1].end : after.start] != " " or not after.capital:
            break
        if bare(after.text) in NEVER_NAME or after.sentence_start:
            break
        name.append(after)
    if name[0].text in _ARTICLES and len(name) > 1:
        return name  # "Die PARTEI", "Das Helmi": a name opened by its own article
    if not group or known_first_name(bare(first.text)):
        return []
    return name if any(place_of(w.text) or not _noun(w.text) for w in name) else []


def _noun(word: str) -> bool:
    """A frequent German noun ("Kinder", "Kämpfer"), no name ("Hisbollah", "Wagner")."""
    low = bare(word).casefold()
    here = zipf_frequency(low, "de")
    return common_word(low, "de") or (here >= 3.9 and here - zipf_frequency(low, "en") >= 1.5)
