"""Roles a person's run of capitals did not contain, read from the words around the name, in
the order a reader looks: a role just before it ("works council head Daniela Cavallo", "Lakers
assistant coach Jason Kidd", "Pastorin Dagmar Posner"), credited to it in a programme's list
("Art Director_Park Dong Woo", "Composer: Kim Cheol Hwan"), before it with a comma between or for a
list (`listed_roles`), in apposition after it ("Sanae Takaichi, die Vorsitzende der LDP", ",
PG&E's senior director of emergency preparedness"), given by a verb ("Hege is the CEO"), or the
office the sentence says it was elected or named to ("zur Premierministerin gewählt"); each as
the whole office `role_phrases` reads. A run's own role gains the words a run never opens with
("Former President"). A title of courtesy or degree alone ("Dr.") is no office: a role around
the name is still read, one before it written with the title as the text does
("Sozialwissenschaftlerin Dr."); a rank ("Lt.") is one and stays, unless a job in apposition
after the name says what the person does ("Lt. Matt Harris, a police spokesman").
"""

from __future__ import annotations

import re

from reader.core.entities.cues import bare
from reader.core.entities.held_offices import holding_word
from reader.core.entities.kin import kin_before
from reader.core.entities.listed_roles import before_comma, bracketed, share_plural_roles
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, dictionary_word
from reader.core.entities.pieces import Piece
from reader.core.entities.role_phrases import (
    JOBS_DE,
    MODIFIERS,
    held_across,
    joined,
    phrase,
    role_size,
)

# Titles of courtesy and degree: no office, unlike a rank ("Lt.", "Gen.") or "Prof.".
_COURTESY = frozenset("Dr. Mr. Mrs. Ms. Herr Frau Rt. Hon.".split())
_STATED = re.compile(
    r"(?:,\s+(?:who|der|die))?\s+(?:(?:is|was|ist|war)\s+(?:the|a|an|der|die|ein|eine)\s+"
    r"|(?:neuer|neue|new)\s+)"
)
_NAME_JOINERS = frozenset("and of & für der".split())  # "Health and Human Services"
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_NAMED_TO = re.compile(
    r"\bzu[rm]\s+(?P<de>\w[\w-]*)\s+(?:gewählt|ernannt|berufen|bestimmt)"
    r"|\b(?:named|appointed|elected|become|became)\s+(?:as\s+)?(?:(?:the|a|an|new)\s+)*(?P<en>\w)"
)
_APPOSITION = re.compile(r",\s+(?:(?:der|die|den|dem|des|the|a|an|ein|eine|einer)\s+)?")


def add_roles(pieces: list[Piece], words: list[Token], index: dict[int, int], text: str) -> None:
    """Give each person's mention without a role (or with a title only) the role read around
    it, and a run's role the words it left out; then share plural roles over lists."""
    people = {p.start for p in pieces if p.kind is EntityKind.PERSON}
    # A lone surname is made a mention of its person only later (variants): read its roles now.
    surnames = {p.words[-1].text for p in pieces if p.kind is EntityKind.PERSON and p.words}
    for piece in pieces:
        lone = len(piece.words) == 1 and piece.words[0].text in surnames
        if piece.kind is not EntityKind.PERSON and not lone:
            continue
        if piece.role and not _title(piece.role):
            job = _after(words, index, piece.end, text, people) if _rank(piece.role) else ""
            piece.role = job or _widened(words, index.get(piece.start, 0), piece.role, text)
            continue  # "Lt. Matt Harris, a police spokesman": the job says more than the rank
        title = piece.role  # "Dr. Owen John Dempsey": the words before the title, after the name
        lone_first = len(piece.words) == 1 and not title  # "his wife, Kimberly": her kinship
        at = index.get(piece.start, 0) - len(title.split())
        before = (
            _before(words, at, text)
            or _credited(words, at, text)
            or before_comma(words, at, piece.end, text)
            or bracketed(words, at, text)
            or (kin_before(words, at) if lone_first else "")
        )
        if before:
            piece.role = f"{before} {title}" if title else before
        else:
            piece.role = (
                _after(words, index, piece.end, text, people)
                or _stated(words, index, piece.end, text)
                or _named_to(words, index, piece.end, text, people)
                or title
            )
    share_plural_roles(pieces, text)


# Words a run of names never opens with that belong to the office after them ("Former President",
# "Foreign Secretary"). A country code stays out: a place of its own that merge_roles reads.
_QUALIFIERS = frozenset({"former", "foreign"})


def _widened(words: list[Token], at: int, role: str, text: str) -> str:
    """The role a run gave, right before the name, with the qualifiers the run left out before
    it ("Former President Barack Obama", "Foreign Secretary Dominic Raab"), the ranks in small
    letters before an acronym ("deputy CEO") and the word in small letters saying how the
    office is held (`held_offices`: "former President", "acting CEO", "der kommissarische
    Leiter")."""
    start = at - len(role.split())
    if start <= 0 or " ".join(bare(w.text) for w in words[start:at]) != role:
        return role
    capital = words[start].capital
    if _name_cut(words, start, text):
        start -= 1  # "White House Press Secretary" opening a sentence: "White" was left out
    while (
        start > 0
        and words[start - 1].text.casefold() in _QUALIFIERS
        and words[start - 1].capital == capital
        and joined(words, start - 1, start, text)
    ):
        start -= 1
    while (
        role.isupper() and start > 0 and words[start - 1].text in MODIFIERS
        and joined(words, start - 1, start, text)
    ):  # fmt: skip
        start -= 1  # "deputy CEO Tom Wild": the run opened at the acronym
    if (
        start > 0 and words[start - 1].text.islower() and holding_word(words[start - 1].text)
        and joined(words, start - 1, start, text)
    ):  # fmt: skip
        start -= 1  # "the former President", "acting CEO", "die ehemalige Ministerin"
    return " ".join(bare(w.text) for w in words[start:at])


def _name_cut(words: list[Token], start: int, text: str) -> bool:
    """Whether the word opening the sentence before a run's role belongs to the name the role
    opens with: the text writes the two together in a sentence too ("White House Press
    Secretary Stephanie Grisham said" — "White", a common word that opens the sentence, was no
    part of the run — beside "a call the White House released"). "Also Senate Majority Leader
    …" stays "Senate Majority Leader": the text writes "also Senate" in small letters only."""
    if start <= 0 or not words[start - 1].sentence_start or not joined(words, start - 1, start, text):
        return False
    pair = re.compile(rf"\b{re.escape(words[start - 1].text)} {re.escape(words[start].text)}\b")
    for found in pair.finditer(text):
        line = text[: found.start()].rsplit("\n", 1)[-1].split()
        if line and line[-1][:1].islower() and line[-1][-1].isalpha():
            return True  # a word in small letters before it on its line: inside a sentence
    return False


def _title(role: str) -> bool:
    return all(word in _COURTESY for word in role.split())


def _rank(role: str) -> bool:
    """A rank abbreviated before a name ("Lt.", "Sgt.", "Gen."), which a job in apposition
    after the name says more than."""
    return " " not in role and role.endswith(".") and len(role) <= 5 and role[:1].isupper()


def _before(words: list[Token], at: int, text: str) -> str:
    """A lower-case role right before the name: '"… great prime ministers," Trump said' is no
    role of his. A German job word there is capitalised ("Pastorin Dagmar Posner"); a place
    where the role is held may stand between ("ambassador to Ukraine Marie Yovanovitch")."""
    if at <= 0 or text[words[at - 1].end : words[at].start].strip():
        return ""
    if at >= 2 and words[at - 1].text in _AS_EXAMPLE and joined(words, at - 2, at - 1, text):
        return _before(words, at - 1, text)  # "Travestiekünstler wie Georg Preuße"
    if (gendered := _gendered(words, at, text)) is not None:
        return gendered
    job = words[at - 1].text
    if job[:1].isupper() and (job.casefold().endswith(JOBS_DE) or _german_job(words, at - 1)):
        held = at >= 2 and holding_word(words[at - 2].text) and joined(words, at - 2, at - 1, text)
        return f"{words[at - 2].text} {job}" if held else job  # "die ehemalige Pastorin …"
    if at >= 3 and words[at - 2].text in ("to", "in") and words[at - 1].capital:
        if joined(words, at - 2, at - 1, text):  # "ambassador to Ukraine Marie Yovanovitch"
            return _before(words, at - 2, text)
    if at >= 4 and words[at - 3].text in ("to", "in") and words[at - 2].text == "the":
        if words[at - 1].capital and joined(words, at - 3, at - 2, text) and joined(words, at - 2, at - 1, text):
            return _before(words, at - 3, text)  # "ambassador to the Ukraine Marie Yovanovitch"
    for size in (2, 1):
        begin = at - size
        if begin >= 0 and all(w.text[:1].islower() for w in words[begin:at]):  # also co-CEO
            if role_size(words, begin) == size:
                start, _end = phrase(words, begin, at, text)
                how = "" if holding_word(words[start].text) else held_across(words, start, text)
                start -= _employer_before(words, start, text)  # "NASA administrator"
                role = " ".join(w.text for w in words[start:at])
                return f"{how} {role}" if how else role  # "the former Chelsea manager"
    return ""


# An employer's or a country's short name written before a lower-case office: "NASA
# administrator Jim Bridenstine", "U.S. attorney", "FBI agent" — part of the office as a
# reader writes it; a capitalised word may only open a sentence or a headline.
_SHORT_NAME = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z][A-Z0-9&]{1,5}")


def _employer_before(words: list[Token], start: int, text: str) -> int:
    """1 when an acronym stands right before the office at `start`, else 0 (also for a word
    in capitals: "THE administrator")."""
    if start <= 0 or not joined(words, start - 1, start, text):
        return 0
    short = words[start - 1].text
    return int(bool(_SHORT_NAME.fullmatch(short)) and not dictionary_word(short.casefold()))


def _gendered(words: list[Token], at: int, text: str) -> str | None:
    """A German job written for all genders right before the name, its sign splitting it in
    two words ("die Künstler*innen Anna Berg und …", "Referent:in Lena Vogt"), as written."""
    if at < 2 or words[at - 1].text not in ("in", "innen"):
        return None
    job = words[at - 2]
    if text[job.end : words[at - 1].start] not in ("*", ":", "_", "/") or not job.capital:
        return None
    if not (job.text.casefold().endswith(JOBS_DE) or role_size(words, at - 2)):
        return None
    return text[job.start : words[at - 1].end]


# What names an example of a kind of people after the kind: "Künstler wie …", "players like …".
_AS_EXAMPLE = frozenset(("wie", "like"))


def _german_job(words: list[Token], at: int) -> bool:
    """A capitalised German word for a job or an office, inflected or compounded with where
    it is held ("Kandidaten", "BTV-Vizepräsident"); English capitalises its offices only in
    names, which the run before the name already read."""
    word = words[at].text
    return ("-" in word or word.endswith("n")) and role_size(words, at) > 0


# What joins a credit's role to its name: "Director_Oh Kyeong Taek", "Regie: Anna Berg".
_CREDIT = ("_", ": ")


def _credited(words: list[Token], at: int, text: str) -> str:
    """A role credited to the name, as programmes and film pages list their makers: a
    capitalised office, then an underscore or a colon, then the name ("Choreographer_Jeong Hye
    Jin", "Art Director_Park Dong Woo", "Composer: Kim Cheol Hwan"). The office is the words
    since the last comma or line, the last a role word; "Lighting Design_Sin Ho" is none."""
    if at <= 0 or text[words[at - 1].end : words[at].start] not in _CREDIT:
        return ""
    if not words[at - 1].capital or not role_size(words, at - 1):
        return ""
    start = at - 1
    while (
        start > 0
        and at - start < 4
        and words[start - 1].capital
        and joined(words, start - 1, start, text)
    ):
        start -= 1
    return " ".join(w.text for w in words[start:at])


# German "außer Dienst" after an office: held before (`held_offices`).
_RETIRED = re.compile(r" a\. ?D\.")


def _after(words: list[Token], index: dict[int, int], end: int, text: str, people: set[int]) -> str:
    """A role in apposition after the name. A name may qualify it (", a China scholar", ", the
    WikiLeaks co-founder", ", Hong Kong's new police commissioner", ", the Health and Human
    Services secretary"), also as a possessive: where the role is held (", Carlineo’s
    attorney"); another person's name there makes a list, no role. A role before another
    person's name is that person's (", Composer Kim Cheol Hwan")."""
    apposition = _APPOSITION.match(text, end)
    after = index.get(_next_word_start(text, apposition.end())) if apposition else None
    if after is None:
        return ""
    named = plain = 0
    for at in range(after, min(after + 10, len(words))):
        if at > after and text[words[at - 1].end : words[at].start].strip() not in ("", "'", "’"):
            break  # the apposition ends at a comma
        size = role_size(words, at)
        if size:
            start, stop = phrase(words, at, at + size, text, after)
            if stop < len(words) and words[stop].start in people:
                return ""
            role = " ".join(bare(w.text) for w in words[start:stop])
            if not holding_word(words[start].text) and (held := held_across(words, start, text, after)):
                role = f"{held} {role}"  # ", a former NASA associate administrator"
            # "Gerhard Schröder, Bundeskanzler a. D.": retired, an office held before
            return f"{role} a. D." if _RETIRED.match(text, words[stop - 1].end) else role
        word = words[at].text
        if at == after and holding_word(word):
            continue  # ", the former Chelsea manager": how the office is held, read with it
        if word.islower() and not (named and plain == 0 and word in _NAME_JOINERS):
            plain += 1
        elif plain or words[at].start in people:
            break  # a name after plain words, or a person's: no qualifier of a role
        else:
            named += 1
        if plain > 3:
            break
    return ""


def _stated(words: list[Token], index: dict[int, int], end: int, text: str) -> str:
    """A role a verb gives the name after it ("Hege is the CEO of DH", "McAleenan, who was the
    acting director", "ist Ralf Ludwig neuer Intendant"); not someone else's ("is the
    president's son")."""
    stated = _STATED.match(text, end)
    at = index.get(stated.end()) if stated else None
    for offset in range(3):
        if at is None or at + offset >= len(words):
            break
        word = words[at + offset]
        size = role_size(words, at + offset)
        if size and word.text == bare(word.text):
            start, stop = phrase(words, at + offset, at + offset + size, text, at)
            if text[words[stop - 1].end : words[stop - 1].end + 1] not in "'’":
                return " ".join(w.text for w in words[start:stop])
            break
        if word.text.casefold() not in MODIFIERS or not word.text.islower():
            break
    return ""


def _named_to(
    words: list[Token], index: dict[int, int], end: int, text: str, people: set[int]
) -> str:
    """The office the rest of the name's sentence says it was elected, named or appointed to,
    before any other person is named ("Sanae Takaichi ist … zur Premierministerin gewählt
    worden", "Chad Wolf has been named new DHS acting secretary", "who is expected to become
    chancellor")."""
    sentence = _SENTENCE_END.search(text, end)
    named = _NAMED_TO.search(text, end, sentence.start() if sentence else len(text))
    if named is None or any(end <= start < named.start() for start in people):
        return ""
    at = index.get(named.start("de") if named.group("de") else named.start("en"))
    for offset in range(3):
        if at is None or at + offset >= len(words):
            break
        word = words[at + offset].text
        size = role_size(words, at + offset)
        if size:
            start, stop = phrase(words, at + offset, at + offset + size, text, at)
            return " ".join(w.text for w in words[start:stop])
        if not (word.isupper() or word in MODIFIERS):  # "DHS acting secretary"
            break
    return ""


def _next_word_start(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at
