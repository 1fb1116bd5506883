"""Lines that credit someone: a picture's caption and credit, the author's name repeated, their
job title and biography.

These labels are set before the body is chosen, from each line and its neighbours alone, and the
body classifier (`boilerplate`) only reads them; they are a pass of their own, with their own
evidence (credit phrases, name lists, the byline), so they live apart from the run-choosing.
"""

from __future__ import annotations

import re

from reader.core.ingest import byline as bylines
from reader.core.ingest import phrases
from reader.core.ingest.credit_phrases import is_credit_only, is_person_credit
from reader.core.ingest.date_lines import find_date
from reader.core.ingest.segment import Segment
from reader.core.ingest.shape import Shape, is_name_list
from reader.core.ingest.sign_offs import signs_story
from reader.core.ingest.wire_credits import is_wire

CAPTION_MAX_CHARS = 160
_DATE_LINE_CHARS = 40
_NAMES_MAX_CHARS = 80

# What follows the author's name in a biography box.
_BIO = re.compile(
    r"(?:\w+\s)?(?:is|was|ist|war|covers|writes|schreibt|berichtet|leads|joined)\b", re.IGNORECASE
)
# A paragraph opening with the author's full name is about the author, in any language: an
# article does not name its own writer in the third person, a biography or a note on the
# author's book does ("Philipp Sarasin lehrt Geschichte …", "Georg Kasch, Jahrgang 1979, ist
# …", "Mike Wall's book …"). The name goes on as a sentence: a comma, a possessive, or a
# lower-case word (a verb; "und" before a co-author). A line of fewer words is a credit or a
# date line of the head ("Chris Davies - Nov 19, 2019"), a longer one no biography.
_AFTER_FULL_NAME = re.compile(r"(?:,|['’]s?\b| [^\W\d_A-ZÀ-ÖØ-Þ])")
_FULL_NAME_MIN_WORDS = 7
_FULL_NAME_MAX_WORDS = 90


def mark_captions(segments: list[Segment], shapes: list[Shape], labels: list[str | None]) -> None:
    """Label the caption lines around a credit-only line ("Getty Images", "Bild: dpa")."""
    for i, segment in enumerate(segments):
        if not is_credit_only(segment.text):
            continue
        if _names_section(segments, shapes, i):
            labels[i] = None  # "EPA" over its section's paragraph: a subheading, no credit
            continue
        labels[i] = phrases.IMAGE_CREDIT if labels[i] in (None, phrases.CAPTION) else labels[i]
        if signs_story(segments, shapes, labels, i):
            continue  # "… the ministry said." / "AFP": the agency signs the story's last paragraph
        after = i + 1
        below = after < len(segments) and labels[after] is None and _caption_shaped(shapes[after])
        if below and not _heads_section(segments, shapes, after):
            if not _is_author_names(segments[after].text):
                labels[after] = phrases.CAPTION
            continue
        if _source_over_date(segments, after):
            continue  # "REUTERS" / "19 NOV 2019" under the headline: the story's source
        # No caption below the credit: the caption stood above it (one or two short lines; one
        # sentence above a photographer's "Name/Outlet" line, which follows a whole sentence).
        above = (i - 1,) if is_person_credit(segment.text) else (i - 1, i - 2)
        for j in above:
            if j < 0 or labels[j] is not None or len(segments[j].text) > CAPTION_MAX_CHARS:
                break
            if segments[j + 1].gap_before:
                break
            if j < i - 1 and _not_caption_top(segments[j].text, shapes[j], shapes[j + 1]):
                break
            if _is_author_names(segments[j].text):
                break  # the byline above the lead picture's credit, and the headline above it
            if _date_only(segments[j].text):
                break  # the byline's date line ("Von …" / "15. März 2024" / "Foto: …")
            labels[j] = phrases.CAPTION


def mark_author_lines(
    segments: list[Segment], labels: list[str | None], meta: set[int], byline: str | None
) -> None:
    """Label repeats of the author's name, their job title and their biography ("Jon is a …")."""
    if not byline:
        return
    names = bylines.names_of(byline)
    lowered = {n.lower() for n in names} | {byline.lower()}
    firsts = {part for n in names for part in (n.split()[0], n.split()[-1], n)}
    # Cheap tests first, for the many lines that are neither: lower-casing never shortens a
    # text, so a longer line cannot be a repeat; a bio must start with one of the names.
    longest = max(len(n) for n in lowered)
    starts = tuple(n + " " for n in firsts)
    full = tuple(n for n in names if " " in n)
    for i, segment in enumerate(segments):
        if i in meta or labels[i] is not None:
            continue
        text = segment.text
        if len(text) <= longest and text.lower() in lowered:
            labels[i] = phrases.BYLINE_REPEAT
        elif i > 0 and labels[i - 1] == phrases.BYLINE_REPEAT and bylines.is_role_line(text):
            labels[i] = phrases.BYLINE_REPEAT
        elif text.startswith(starts) and any(
            _BIO.match(text[len(n) + 1 :]) for n in firsts if text.startswith(n + " ")
        ):
            labels[i] = phrases.AUTHOR_BIO
        elif full and text.startswith(full) and _about_author(text, full):
            labels[i] = phrases.AUTHOR_BIO


def _about_author(text: str, full: tuple[str, ...]) -> bool:
    """The line is a sentence or two that opens with one of the author's full names."""
    if not _FULL_NAME_MIN_WORDS <= len(text.split()) <= _FULL_NAME_MAX_WORDS:
        return False
    return any(text.startswith(n) and _AFTER_FULL_NAME.match(text, len(n)) for n in full)


def _names_section(segments: list[Segment], shapes: list[Shape], i: int) -> bool:
    """A picture agency's bare name ("EPA", "Getty Images") that heads the section under it: a
    blank line between it and the paragraph above, and glued under it a paragraph longer than
    any caption. A credit stands glued to its caption, or alone between blank lines under a
    picture with none; a story about the agency gives it a section of its own ("EPA" is also
    the US Environmental Protection Agency). A news wire's name there ("REUTERS" over
    "WASHINGTON (Reuters) - …") is the story's source line, which the head reads."""
    after = i + 1
    if i == 0 or after == len(segments) or not segments[i].gap_before or segments[after].gap_before:
        return False
    text = segments[i].text.strip()
    if "/" in text or " via " in text.lower() or not phrases.CREDIT_ONLY.fullmatch(text) or is_wire(text):
        return False
    return shapes[i - 1].prose and len(segments[after].text) > CAPTION_MAX_CHARS


def _heads_section(segments: list[Segment], shapes: list[Shape], i: int) -> bool:
    """Line `i`, a blank line under a picture's credit, is the next section's subheading ("…
    vor Wedel." / "dpa" / "" / "Hafen in Sorge" / "Der Hamburger Hafen …"): no sentence, with
    a paragraph right under it. A caption printed under its credit stands glued to it; taken
    for one, the subheading was set aside and the caption above the credit stayed in the text.
    (`run_captions.heading_under` reads a subheading glued under a caption inside the run.)"""
    below = i + 1
    if not segments[i].gap_before or below == len(segments):
        return False
    return shapes[below].prose and not shapes[i].sentence_end


def _not_caption_top(text: str, shape: Shape, below: Shape) -> bool:
    """Above a one-line caption: an author-and-date line that is no sentence ("Megan Castillo
    – Mar 4, 2025 3:14 pm | 127"), or a standfirst of whole sentences above a short caption."""
    if shape.strong_prose and not below.sentence_end:
        return True
    return not shape.sentence_end and find_date(text) is not None


def _is_author_names(text: str) -> bool:
    """A line of person names only, or an author line ("Sadhbh O'Sullivan, Elisabeth Kochan",
    "By Ana Swanson", "Posted by Michael David Smith on November 19, 2019"): the byline
    beside the lead picture's credit."""
    if len(text) > _NAMES_MAX_CHARS:
        return False
    return is_name_list(text.strip()) or bylines.starts_with_lead(text)


def _caption_shaped(shape: Shape) -> bool:
    return not shape.sentence_end and 3 <= shape.n_words <= 30


def _source_over_date(segments: list[Segment], after: int) -> bool:
    """The line after a bare credit is only a date: the credit names the story's source or
    wire ("REUTERS" over "19 NOV 2019"), and the line above it is the headline, no caption."""
    return after < len(segments) and _date_only(segments[after].text)


def _date_only(text: str) -> bool:
    """A short line opening with a date ("19 NOV 2019", "15. März 2024, 10:30 Uhr"): a meta
    line of the story's head, never a caption."""
    if len(text) > _DATE_LINE_CHARS:
        return False
    hit = find_date(text)
    return hit is not None and hit.start == 0
