"""English sources a sentence cites by what they put out: the journal a paper was published
in ("a paper published in Biochemical Society Transactions"), the firm a survey or a poll came
from ("according to a new survey from Piper Jaffray").

Why the slot decides: what is published in something is a periodical, and a survey, a poll, a
study or an analysis comes from the body that ran it. Read alone, such names looked like a
person's ("Piper Jaffray": a first name and a surname; "Zorblat Letters") or like nothing. A
person may write a study or send a report ("a study by Jane Doe", "a report from our
correspondent"), so "by" and a report take only a name that opens with no first name; a
survey, a poll or a study "from" says where the work was done. After "published in" a single word that an
English dictionary lists is a language, a month or a place as often as a journal ("published
in Spanish", "in October", "in Nature"), so only longer titles and words of no dictionary count; after "a paper in", "a
study in", "an article in" a word of no dictionary counts unless it names a language, and a
dictionary word only as a known one-word title ("a third paper in Nature", not "a paper in
Latin", "a study in Contrast", "studies in Psychology"). Places, months, numbers and the
sentence's end end or refuse the name.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.entities import places
from reader.core.entities.cues import demonym
from reader.core.entities.first_names import known_first_name
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, dictionary_word
from reader.core.entities.pieces import Piece

# A title: capitalised words, "of" and "&" between them ("Journal of Virology", "Ernst &
# Young"); a digit, a comma, a small word or the line's end ends it.
_RUN = r"(?P<name>[A-Z][\w’'.&-]*(?: (?:(?:of|&) )?[A-Z][\w’'.&-]*){0,5})"
_PUBLISHED = re.compile(rf"\bpublished(?: online)? in (?:the (?:journal )?)?{_RUN}")
# A paper, a study or an article "in" a title is the journal or paper it stands in ("a third
# paper in Nature", "an article in Time"); a place or a language is where or how it was
# written ("a study in Wuhan", "a paper in Latin").
_PAPER = re.compile(rf"\b(?:papers?|stud(?:y|ies)|articles?) in (?:the (?:journal )?)?{_RUN}")
# Journals and magazines of one word that is also an everyday English word: after "a paper in"
# such a word is the title only if it is one of these.
_ONE_WORD_TITLES = frozenset(
    """Nature Science Cell Time Lancet Fortune Wired Slate Salon Neuron Blood Gut Brain Heart
    Circulation Radiology Pediatrics Chest Thorax Mind People Variety Billboard Glamour Elle
    Vogue""".split()
)
_FROM = re.compile(
    rf"\b(?P<work>survey|poll|study|analysis|report|research|forecast)s? (?P<by>from|by) {_RUN}"
)
_MONTHS = frozenset(
    """January February March April May June July August September October November December
    Spring Summer Autumn Fall Winter""".split()
)


def cited_reports(text: str, words: list[Token], lang: str) -> list[Piece]:
    """The journals and the firms English sentences cite as where work was published or
    came from."""
    if lang != "en":
        return []
    starts = [w.start for w in words]
    found = []
    for pattern in (_PUBLISHED, _FROM, _PAPER):
        for match in pattern.finditer(text):
            name = match.group("name").rstrip(".")
            first = bisect_left(starts, match.start("name"))
            inside = words[first : bisect_left(starts, match.start("name") + len(name))]
            # the sentence ends the title ("two articles in Wikipedia. A study …")
            if end := next((i for i, w in enumerate(inside) if i and w.sentence_start), 0):
                name = text[match.start("name") : inside[end - 1].end]
                inside = inside[:end]
            parts = name.split()
            if not inside or not _source(parts, pattern is _PUBLISHED, _authored(match)):
                continue
            if pattern is _PAPER and len(parts) == 1 and not _journal(parts[0]):
                continue
            found.append(Piece(EntityKind.ORG, inside))
    return found


def _journal(word: str) -> bool:
    """Whether one word after "a paper in", "a study in", "an article in" names the journal or
    paper: a word of no dictionary ("Zorvex"), or a journal's or a magazine's one-word title
    that English also writes every day ("Nature", "Time"); not a language ("a paper in Latin")
    nor any other word ("a study in Contrast", "studies in Psychology", "a study in Mice")."""
    if dictionary_word(word):
        return word in _ONE_WORD_TITLES
    return not _language(word)


def _language(word: str) -> bool:
    """A language's English name: "Latin", "Spanish", "Swahili" (pycountry imported here, on
    first use: a process that lists the index loads no name list it does not need)."""
    import pycountry

    return demonym(word) or any(
        pycountry.languages.get(name=name) is not None for name in (word, f"{word} (macrolanguage)")
    )


def _authored(match: re.Match[str]) -> bool:
    """Whether the slot may hold a writer: "a study by …", "a report from …" (a reporter's)."""
    found = match.groupdict()
    return found.get("by") == "by" or found.get("work") == "report"


def _source(parts: list[str], published: bool, by: bool) -> bool:
    """Whether a title in such a slot names a source: no place, no month, no person."""
    if len(parts) == 1 and len(parts[0]) < 2:
        return False  # "E" of "E! News": a name this tokenizer cannot hold
    if parts[0] in _MONTHS or places.lookup(" ".join(parts)) is not None:
        return False
    if places.lookup(parts[0]) is not None and len(parts) <= 2:
        return False  # "published in London", "from New York"
    if by and known_first_name(parts[0]):
        return False
    if published and len(parts) == 1:
        return not dictionary_word(parts[0])
    return True
