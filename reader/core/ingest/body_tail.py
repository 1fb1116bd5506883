"""The journalist's biography under the article: "Louise Matsakis is a staff writer at WIRED
covering …", "Jeff Foust (jeff@…) is the editor of …", "Anna Weber ist Redakteurin im
Ressort Wirtschaft".

News and magazine sites close a story with a paragraph about its author, written as a
sentence, so the body model reads it as the article's last paragraph. Its shape: the person's
full name opens it (a parenthesised address may follow), then a copula and, within a few words,
a word for a writing job; or the name and a verb of the trade with what it is for ("… covers
technology for …"); or, under the author's name and photo, the trade verb with the name left
out ("Schreibt seit 2008 für die taz.") or the job before the name ("Pulitzer Prize-winning
journalist Michael Hiltzik writes …"). Only the run's last paragraphs are looked at: a story
about a journalist may well say "X is a reporter" in its middle, and then it is the story's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.ingest.segment import Segment
from reader.core.ingest.shape import Shape, is_person_name

# The name: two to four capitalised words (particles allowed), then an optional "(…)".
_OPENING = re.compile(
    r"((?:[A-ZÀ-ÖØ-Þ][\w'’.-]+|von|van|de|der|den|da|di|du|del|dos|la|le)"
    r"(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]+|von|van|de|der|den|da|di|du|del|dos|la|le)){1,4})"
    r"(?:\s*\([^)]{1,80}\))?,?\s+"
)
_JOB = (
    r"(?:writer|reporter|editor|correspondent|journalist|columnist|contributor|author|blogger"
    r"|producer|critic|photographer|redakteur(?:in)?|journalist(?:in)?|autor(?:in)?"
    r"|korrespondent(?:in)?|kolumnist(?:in)?|volontär(?:in)?|reporter(?:in)?|herausgeber(?:in)?"
    r"|journaliste|rédact(?:eur|rice)|correspondante?|chroniqueu(?:r|se)|éditorialiste"
    r"|periodista|redactora?|corresponsal|columnista|editora?|jornalista|repórter|redatora?"
    r"|colunista|correspondente|giornalista|redatt(?:ore|rice)|corrispondente|inviat[oa]"
    r"|verslaggever|redacteur)"
)
# Words between the copula and the job: "is a corporate media reporter", not "is a nurse who
# told a reporter".
_JOB_GAP = 3
_COPULA_JOB = re.compile(
    rf"(?:is|was|has been|ist|war|est|était|es|fue|é|foi|è)\s+(?:[\w'’-]+\s+){{0,{_JOB_GAP}}}?"
    + _JOB
    + r"\b",
    re.IGNORECASE,
)
_TRADE = re.compile(
    r"(?:covers|writes|reports|schreibt|berichtet)\s+(?:[\w'’-]+\s+){0,6}?(?:for|about|on|für|über)\b"
)
# A biography under the author's name and photo often leaves the name out ("Schreibt seit
# 2008 für die taz.", "Writes about science for …"), or puts the job before it ("Pulitzer
# Prize-winning journalist Michael Hiltzik writes a daily blog …").
_TRADE_OPENING = re.compile(
    r"(?:schreibt|writes|covers|écrit|escribe|escreve|scrive)\s+"
    r"(?:[\w'’-]+\s+){0,6}?(?:für|über|for|about|on|pour|sur|para|sobre|per|su)\b",
    re.IGNORECASE,
)
_JOB_NAME_TRADE = re.compile(
    r"(?:[\w'’-]+\s+){0,4}?" + _JOB + r"\s+((?:[A-ZÀ-ÖØ-Þ][\w'’.-]+\s+){1,3}[A-ZÀ-ÖØ-Þ][\w'’.-]+)"
    r"\s+(?:writes|covers|reports|schreibt|berichtet)\b"
)
# A biography is a paragraph or two, not a long one.
BIO_MAX_WORDS = 90


def is_bio(text: str, shape: Shape) -> bool:
    """The paragraph is a biography of the person whose full name opens it."""
    if not shape.prose or shape.n_words > BIO_MAX_WORDS:
        return False
    if _TRADE_OPENING.match(text):
        return True
    job_first = _JOB_NAME_TRADE.match(text)
    if job_first is not None and is_person_name(job_first[1]):
        return True
    opening = _OPENING.match(text)
    if opening is None or not is_person_name(opening[1]):
        return False
    rest = text[opening.end() :]
    return bool(_COPULA_JOB.match(rest) or _TRADE.match(rest))


def before_bio(segments: Sequence[Segment], shapes: Sequence[Shape], start: int, end: int) -> int:
    """`end`, or the last block before the biographies that close the run (and the short
    lines between them: a job title, a "Follow" label)."""
    j = end
    while j > start and (not shapes[j].prose or is_bio(segments[j].text, shapes[j])):
        j -= 1
    if j == end or not any(is_bio(segments[i].text, shapes[i]) for i in range(j + 1, end + 1)):
        return end
    return j
