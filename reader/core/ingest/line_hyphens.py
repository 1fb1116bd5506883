"""A word hyphenated at a line's end in a hard-wrapped text: a PDF's text copied ("Wirt-" /
"schaft"), a mail or newsletter wrapped by its program.

The wrapped lines are joined back into paragraphs (`segment`); the hyphen that only broke the
word goes with the break, one that belongs to the word stays. Only a break before a small
letter is asked: "Nord-" / "Süd" and "E-" / "Mail" keep theirs, and so does a hyphen after an
abbreviation ("US-" / "amerikanischen"). The joined word must be a word of German or English
(wordfreq's lists; the users read those two). German writes its compounds as one word, so a
word German knows better than English is joined ("Maschinen-" / "bau", "Energie-" / "kosten");
English keeps a hyphen in many of its compounds ("well-" / "known", "follow-" / "up"), so an
English word is joined only where the joined spelling is at least as common as the hyphenated
one ("gov-" / "ernment"). A word neither list knows keeps its hyphen ("deutsch-" /
"französischen"): a reader understands a hyphen left standing, where a wrong join would hide
a compound's hyphen for good.
"""

from __future__ import annotations

from functools import lru_cache

from reader.core.word_frequency import zipf

_TRAILING = ".,;:!?…\"”“»«'’)"
# A hyphen that stands for the word's second part, spelt out in its twin after "und"/"or"
# ("Ein- und Ausfuhren", "Import- oder Exportquote", "pre- and post-war"): it stays, with the
# space after it.
_SUSPENDING = frozenset({"und", "oder", "bzw", "sowie", "and", "or"})


def broken_word(previous: str, line: str) -> bool:
    """Whether the hyphen ending `previous` only broke the word that `line` finishes, and goes
    when the two lines are joined. Asked only where `previous` ends in a letter and a hyphen."""
    head = previous.rsplit(None, 1)[-1][:-1]
    tail = line.split(None, 1)[0].rstrip(_TRAILING)
    if not (head.isalpha() and tail.isalpha() and tail[0].islower()) or not head[1:].islower():
        return False
    return _joined_is_word(head.lower(), tail)


@lru_cache(maxsize=4096)
def _joined_is_word(head: str, tail: str) -> bool:
    german, english = zipf(head + tail, "de"), zipf(head + tail, "en")
    if german > english:
        return True
    return english > 0 and english >= zipf(f"{head}-{tail}", "en")


def suspended_hyphen(line: str) -> bool:
    """Whether the hyphen ending the line before `line` is a word's part left out for its twin
    that `line` names after a conjunction ("Import-" / "oder Exportquote"): the two lines are
    joined with a space, not glued ("Import-oder")."""
    first = line.split(None, 1)[0].rstrip(_TRAILING)
    return first in _SUSPENDING
