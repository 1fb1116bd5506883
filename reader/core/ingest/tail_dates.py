"""The date lines a copied page prints under its text, read when none stands over it.

Blogs and public bodies print the date under the article: a line announcing it ("Veröffentlicht
am …", "Posted on" over a line of its own), a theme's sentence ("Der Beitrag wurde am … veröffentlicht")
or the date alone under the last paragraph. `head_dates` asks here after the head's own lines;
this module does not import it.
"""

from __future__ import annotations

import re

from reader.core.ingest import byline as bylines
from reader.core.ingest.author_lines import in_teaser_list
from reader.core.ingest.date_lines import DateHit, find_date, starts_with_date_lead
from reader.core.ingest.head import DATE_LINE_MAX_WORDS, Head, is_linkback
from reader.core.ingest.intl_bylines import byline_in_date_line
from reader.core.ingest.phrases import COMMENTS, RELATED
from reader.core.ingest.shape import is_person_name

_DATE_ONLY_WORDS = 7
_DATE_LEAD_WORDS = 2
# The sentence a blog theme prints under the text to say when the post appeared ("Der
# Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht", "Dieser
# Artikel wurde erstmals am 25. März 2020 … veröffentlicht", "This entry was posted on …"):
# the post itself as the subject, a publishing verb, and the date after "am"/"on".
_PUBLISHED_SENTENCE = re.compile(
    r"\b(?:beitrag|artikel|eintrag|text|post|entry|article)\s+(?:wurde|was)\s+"
    r"(?:erstmals\s+|zuerst\s+|first\s+)?(?:posted\s+|published\s+)?(?:am|on)\s",
    re.IGNORECASE,
)
_PUBLISHING_VERB = re.compile(r"veröffentlicht|publiziert|gepostet|posted|published", re.I)
_SENTENCE_MAX_WORDS = 60
_DATED_LIST_LINES = 4
# The words of a time beside a date ("21.01.2022 10:15 Uhr").
CLOCK_WORDS = re.compile(r"\b(?:uhr|h|am|pm)\b", re.IGNORECASE)


def opening_date(head: Head, i: int) -> DateHit | None:
    """The date a short line of no furniture opens with ("Nov. 19, 2019, 8:41 AM UTC"), not
    one closing a quotation's source ("Benedikt XVI., Enzyklika …, 25. Dezember 2005:")."""
    if head.shapes[i].n_words > _DATE_ONLY_WORDS or head.labels[i] is not None:
        return None
    text = head.segments[i].text
    hit = find_date(text)
    if hit is None or len(text[: hit.start].split()) > _DATE_LEAD_WORDS:
        return None
    return hit


def announced_date_below(head: Head, title: int) -> int | None:
    """A date line announced as such ("Veröffentlicht am …", "Erscheinungsdatum: …"),
    naming the author ("Gespeichert von rasos am 24. Juli 2017"), a person's name beside the
    date alone among dated lines and above the readers' thread ("Malte Welding | 29.07.2006
    um 14:26") or a theme's sentence saying when the post appeared, below the article's
    start: blogs and public bodies print it under the text. Its author counts when the head
    has none."""
    thread = listed = False
    for i in range(max(title, head.end), len(head.segments)):
        text = head.segments[i].text
        if is_linkback(text):
            continue
        n_words = head.shapes[i].n_words
        published = _published_on(text) if n_words <= _SENTENCE_MAX_WORDS else None
        if published is not None:
            head.dates[i] = published
            return i
        if head.labels[i] == COMMENTS:
            thread = True  # below it, names beside dates are readers'
        # Below a list of other stories or the readers' thread, dates are others', each under its lead.
        listed = listed or head.labels[i] in (COMMENTS, RELATED)
        if n_words > DATE_LINE_MAX_WORDS:
            continue
        hit = find_date(text)
        if hit is None:
            below = None if listed else _date_under_lead(head, i)
            if below is not None:
                return below
            continue  # a line without a date gives none: settled before its author is read
        announced = starts_with_date_lead(text)
        # "Posted on March 12, 2024 by Jane Doe", "Publié le 8 février 2024 par …".
        name = bylines.byline_in_line(text, True) or byline_in_date_line(text)
        if not (announced or name) and not thread and "@" not in text:
            name = bylines.name_beside_date(text, hit.start, hit.end)
            if name is None or not is_person_name(name) or _dated_near(head, i):
                continue  # a review's, a teaser's or a tweet's date
        if not (announced or name) or in_teaser_list(head, i):
            continue  # (a box's teasers each print their author and date alike)
        head.dates[i] = hit
        if name and not head.authors:
            head.authors[i] = name
        return i
    return None


def _date_under_lead(head: Head, i: int) -> int | None:
    """The date on the line right under line `i` when `i` announces one but holds none
    ("Posted on by Jane Doe" / "March 12, 2024", "Veröffentlicht am" / "12. März 2024"): themes
    set the date in a line of its own. The line under it is the date (and time) alone and no
    other date stands near: a date with words after it opens a teaser ("13. März 2024 – Neue
    Ampel am Markt"), dates close together are a list's. The announcing line's author counts
    when the head has none."""
    text, below = head.segments[i].text, i + 1
    if below >= len(head.segments) or not starts_with_date_lead(text) or in_teaser_list(head, i):
        return None
    hit = opening_date(head, below)
    if hit is None or _dated_near(head, below, lists_only=True):
        return None
    if _words_beside(head.segments[below].text, hit):
        return None
    head.dates[below] = hit
    name = bylines.byline_in_line(text, True)
    if name and not head.authors:
        head.authors[i] = name
    return below


def date_under_the_text(head: Head, title: int) -> int | None:
    """A line that is only the date (and time), right under the article's last paragraph
    ("… zu den größten Vögeln der Welt." / "21.01.2022" / "Zurück"), where news modules of
    content systems print it: the first line below the head zone that opens with a date,
    above any list of other stories or the readers' thread. Under a headline or a link the
    date is another story's."""
    for i in range(max(title, head.end), len(head.segments)):
        if head.labels[i] in (COMMENTS, RELATED):
            return None
        hit = opening_date(head, i)
        if hit is None:
            continue
        above = i - 1
        if _words_beside(head.segments[i].text, hit) or head.labels[above] is not None:
            return None
        if not head.shapes[above].prose:
            return None
        head.dates[i] = hit
        return i
    return None


def _words_beside(text: str, hit: DateHit) -> bool:
    """The line says words besides its date and a time's ("21.01.2022 10:15 Uhr" says none)."""
    return any(map(str.isalpha, CLOCK_WORDS.sub("", text[: hit.start] + text[hit.end :])))


def _dated_near(head: Head, i: int, *, lists_only: bool = False) -> bool:
    """Another date stands within a few lines of line `i`: a list of dated entries
    (reviews, comments, teasers), not the post's own meta line. With `lists_only` a date in
    the story's running text ("… will am 20. April erneut beraten.") does not count."""
    start, stop = max(0, i - _DATED_LIST_LINES), min(len(head.segments), i + 1 + _DATED_LIST_LINES)
    return any(
        find_date(head.segments[j].text) is not None
        for j in range(start, stop)
        if j != i and not (lists_only and head.shapes[j].prose)
    )


def _published_on(text: str) -> DateHit | None:
    """The date of the post's own "… wurde am … veröffentlicht" sentence in `text`, if it is
    one: the date follows the sentence's "am"/"on" (a date earlier in the line is another's)."""
    folded = text.casefold()  # what IGNORECASE matches of these letters, "ſ" too, folds to them
    if "was" not in folded and "wurde" not in folded:
        return None  # the sentence's verb: most lines under the text have neither
    match = _PUBLISHED_SENTENCE.search(text)
    if match is None or not _PUBLISHING_VERB.search(text):
        return None
    hit = find_date(text)
    return hit if hit is not None and hit.start >= match.end() - 1 else None
