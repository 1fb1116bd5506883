"""Where a selection snaps to before it becomes a highlight: whole words, without the
punctuation it caught from its neighbours.

A drag rarely starts exactly on a word's first letter; without snapping a highlight stored
"ahmen dieses Gipfels" (as Kindle, Readwise and Calibre do, words snap; holding Alt while
letting go keeps the exact selection). And Ctrl+Shift+→ from the end of "Förderung" selects
", Verarbeitung und": the comma ends the words before the selection, so the quote in the notes
and the briefing began with it („, Verarbeitung und“). Nor does a quote end on the comma, semicolon
or colon that led on to the next words: a briefing quoted „Rund 90 Prozent der seltenen Erden,“.
A quotation mark inside the span whose partner sits just outside it comes in too: a drag from
"neues" past the quote's end stored "neues goldenes Zeitalter“ einer", its closing mark alone
(the snap to whole words leaves the „ glued to "neues" outside).

A selection that lies inside one word is left as it is, as Kindle and Hypothesis users expect:
a drag that starts and ends in the same word chose part of it on purpose, and German compounds
are quoted in part ("allianz" of "Sicherheitsallianz"; Shift+→ from "Sicherheits"), where the
snap used to take the whole compound. The rule is the core's because what a highlight quotes
belongs to the library, not the window. Such a part still takes in the rest of a word an
apostrophe joins to it: a double-click on "don't" selects "don" (Qt's words end at "'"), and
"O" of "O'Brien" was never meant. A lone apostrophe or soft hyphen is no part of a word.

A hyphen between letters joins a compound into one word ("Wellness-Hotels", "US-Präsident"):
`Ctrl+Shift+→` stops after "Wellness-", and a selection that reached across words was stored
and quoted in the briefing as „Patrick Schwienbacher Diese Wellness-“, half a word and its
hyphen. A selection inside one part of the compound (a double-click on "Hotels") is still
quoted as chosen; a range of numbers ("2024-2025") is no compound.

Han and kana are written without spaces: a run of them is a clause, not a word, and a drag
across "、" in "私は東京、大阪に行った" grew to the whole clause. Those characters are words of
their own, so a selection in them is taken as made.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

_WORD_JOINERS = "'’\u00ad"  # an apostrophe or soft hyphen inside a word does not end it
_APOSTROPHES = "'’"  # between letters: one word ("don't", "l’Europe"); Qt's double-click stops at "'"
_HYPHENS = "-\u2010\u2011"  # between letters: one word across several, as German writes compounds
# Han and kana, the ranges `reader.core.ingest.shape.CJK` counts (a bottom module: not imported).
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LEADING_ON = ",;:"  # after a quote's last word they point at words it leaves out
_QUOTE_PAIRS = (("„", "“"), ("“", "”"), ("‚", "‘"), ("‘", "’"), ("«", "»"), ("»", "«"), ("›", "‹"), ("‹", "›"), ("「", "」"), ("『", "』"))


def in_word(char: str) -> bool:
    return char.isalnum() or char in _WORD_JOINERS


def _punctuation(char: str) -> bool:
    return unicodedata.category(char).startswith("P")  # not symbols: "€ 5 Mrd." keeps its €


def snapped(text: str, start: int, end: int) -> tuple[int, int]:
    """The span `start`–`end` of `text` widened to whole words, then without white space or a
    run of punctuation that stands apart from its words (", " before the first word, " („"
    after the last) and without a comma, semicolon or colon after the last word; left as
    widened if that would leave no letter or digit; a word goes on across a hyphen between
    letters ("Wellness-Hotels"). A span inside one word (word characters
    only, a letter or digit among them) is kept, but for what an apostrophe joins to its ends."""
    if _inside_one_word(text, start, end):
        return _with_partner_quotes(text, *_across_apostrophes(text, start, end))
    while 0 < start < len(text) and (_joined(text[start - 1], text[start]) or _hyphen_joins(text, start - 1) or _hyphen_joins(text, start)):
        start -= 1
    while 0 < end < len(text) and (_joined(text[end - 1], text[end]) or _hyphen_joins(text, end) or _hyphen_joins(text, end - 1)):
        end += 1
    low, high = _without_stray_edges(text, start, end)
    while high > low and text[high - 1] in _LEADING_ON:
        high -= 1
    if not any(char.isalnum() for char in text[low:high]):
        return start, end
    return _with_partner_quotes(text, low, high)


def _joined(before: str, after: str) -> bool:
    """Whether two neighbours are one word's: not so for Han or kana, each a word of its own."""
    return in_word(before) and in_word(after) and not (_UNSPACED.match(before) or _UNSPACED.match(after))


def _hyphen_joins(text: str, at: int) -> bool:
    """Whether `at` holds a hyphen inside a compound ("Wellness-Hotels", "US-Präsident",
    "Covid-19"): a letter or digit either side, a letter among them — "2024-2025" is a range."""
    if not 0 < at < len(text) - 1 or text[at] not in _HYPHENS:
        return False
    before, after = text[at - 1], text[at + 1]
    return before.isalnum() and after.isalnum() and (before.isalpha() or after.isalpha())


def _inside_one_word(text: str, start: int, end: int) -> bool:
    chosen = text[start:end]
    return (any(char.isalnum() for char in chosen) and all(in_word(char) for char in chosen)
            and all(_joined(before, after) for before, after in itertools.pairwise(chosen)))  # fmt: skip


def _across_apostrophes(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of a word widened over an apostrophe between letters at its edge ("don" of
    "don't" → "don't"); a closing ’ with no letter after it is left out ("era" of "‘era’")."""
    def bridged(at: int) -> bool:  # an apostrophe at `at`, a letter or digit either side
        return 0 < at < len(text) - 1 and text[at] in _APOSTROPHES and text[at - 1].isalnum() and text[at + 1].isalnum()

    while bridged(start - 1) or bridged(start):  # "Brien" of "O'Brien", "’s" of "Peter’s"
        start -= 1
        while start > 0 and text[start - 1].isalnum():
            start -= 1
    while bridged(end) or bridged(end - 1):  # "don" of "don't", "Peter’" of "Peter’s"
        end += 1
        while end < len(text) and text[end].isalnum():
            end += 1
    return start, end


def _with_partner_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in the opening mark just before the span when the span closes a quote it did not
    open (`goldenes Zeitalter“ einer` → `„goldenes Zeitalter“ einer`), and the closing mark just
    after it when it opens one it does not close. Only the partner right at the edge counts:
    "“" opens an English quote and closes a German one, and only its neighbour says which."""
    for opening, closing in _QUOTE_PAIRS:
        inside = text[start:end]
        if start > 0 and text[start - 1] == opening and inside.count(closing) > inside.count(opening):
            start -= 1
        inside = text[start:end]
        if end < len(text) and text[end] == closing and inside.count(opening) > inside.count(closing):
            end += 1
    return start, end


def _without_stray_edges(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end:
        run = start
        while run < end and _punctuation(text[run]):
            run += 1
        if text[start].isspace():
            start += 1
        elif start < run < end and text[run].isspace():  # ", Verarbeitung": the comma is the last word's
            start = run
        else:
            break
    while end > start:
        run = end
        while run > start and _punctuation(text[run - 1]):
            run -= 1
        if text[end - 1].isspace():
            end -= 1
        elif start < run < end and text[run - 1].isspace():  # "sagte er („": it opens the next words
            end = run
        else:
            break
    return start, end
