"""What each block inside the article's run is (`boilerplate` chooses the run).

Inside the run, tables are kept with the short line heading each, prose the model doubts is
set aside, short lines it trusts are kept, and the other short lines are headings when a
paragraph follows them and furniture when they come in runs (link lists, teaser boxes). A
picture's caption set between the paragraphs (`run_captions`) is set aside, and a short
blurb boxed in by furniture (a newsletter box's pitch) goes with the box. A line under a
related-links or comments header belongs to that header's list until prose resumes.
"""

from __future__ import annotations

from reader.core.ingest import phrases, resume, run_captions
from reader.core.ingest.article import BlockKind, BlockRole
from reader.core.ingest.body_verdicts import Page, Verdict, aside, verdict
from reader.core.ingest.shape import Shape, is_headline
from reader.core.ingest.short_lines import is_fact

# A short prose blurb boxed in by furniture this long or shorter goes with the box.
BOX_MAX_WORDS = 40
# After a related-links header, prose this long (or ending in a full stop) resumes the article.
RESUME_MIN_WORDS = resume.RESUME_MIN_WORDS
# A short line inside the run that the model holds this likely to be article text is kept,
# whatever its neighbours: a list of short items the article itself gives.
SHORT_KEEP = 0.7

# A picture's caption and credit stand between paragraphs; they close no furniture box.
_PICTURE = frozenset({phrases.CAPTION, phrases.IMAGE_CREDIT})
# Furniture that pages slot between a subheading and the paragraph under it.
_SKIPPED_AFTER_HEADING = frozenset({phrases.ADVERTISING, phrases.CAPTION, phrases.IMAGE_CREDIT})


def inside(
    page: Page, start: int, end: int, listed: set[int], probs: list[float], keep: float
) -> list[Verdict]:
    """The verdicts of the run's blocks `start` to `end`, in order. Being inside the article
    is evidence of its own: a table, a trusted short line or a heading here is the article's,
    where the same line elsewhere on the page is furniture. `keep` is the model's probability
    under which prose is set aside; `listed` the blocks of a list under a lead-in."""
    verdicts: list[Verdict] = []
    governing: str | None = None  # reason of a header whose list we are in
    pictures = run_captions.captions(page.segments, page.shapes, page.labels, start, end)
    for i in range(start, end + 1):
        segment, shape = page.segments[i], page.shapes[i]
        if i in page.meta:
            verdicts.append(verdict(BlockRole.META, None, segment.kind))
        elif i in pictures and page.labels[i] is None:
            verdicts.append(aside(segment, phrases.CAPTION))
        elif page.labels[i] == phrases.TABLE:
            # A table between the article's paragraphs is the article's (its figures, a
            # schedule, results); tables outside the run stay furniture.
            verdicts.append(verdict(BlockRole.BODY, None, segment.kind))
        elif page.labels[i] is not None:
            verdicts.append(aside(segment, page.labels[i]))
            if page.headers[i] and page.labels[i] in (phrases.RELATED, phrases.COMMENTS):
                governing = page.labels[i]
        elif shape.prose and not (governing and _headline_like_prose(segment.text, shape)):
            governing = None
            if probs[i] < keep:
                verdicts.append(aside(segment, phrases.RELATED))
            else:
                verdicts.append(_prose_verdict(page, i, start, end))
        elif governing is not None:
            verdicts.append(aside(segment, governing))
        elif i - 1 in pictures and run_captions.heading_under(page.segments, page.shapes, page.labels, i, end):
            verdicts.append(verdict(BlockRole.BODY, None, BlockKind.HEADING))
        elif i in listed:
            verdicts.append(verdict(BlockRole.BODY, None, BlockKind.LIST_ITEM))
        elif probs[i] >= SHORT_KEEP:
            verdicts.append(verdict(BlockRole.BODY, None, short_kind(page, i, end)))
        elif i < end and page.labels[i + 1] == phrases.TABLE and not _is_short(page, i - 1):
            # The heading over a table the run keeps, under a paragraph or a table ("So viel
            # spart ein Durchschnittsverdiener …", a recipe's "Belag:"), or a cell on a line of
            # its own: its short neighbour is the table, no link list. A link list's last line
            # over a table has short lines above it: `_short_line` settles it as before.
            verdicts.append(verdict(BlockRole.BODY, None, short_kind(page, i, end)))
        else:
            verdicts.append(_short_line(page, i, end))
    return verdicts


def _headline_like_prose(text: str, shape: Shape) -> bool:
    """A linked headline in a related list can be a full question ("Who is …?")."""
    return shape.n_words < RESUME_MIN_WORDS and not text.endswith(".")


def _prose_verdict(page: Page, i: int, start: int, end: int) -> Verdict:
    """Body, unless it is a short blurb boxed in by furniture (a newsletter box's pitch)."""
    segment = page.segments[i]
    if start < i < end:
        before, after = page.labels[i - 1], page.labels[i + 1]
        boxed = before is not None and after is not None and after not in _PICTURE
        if boxed and (before == after or page.shapes[i].n_words <= BOX_MAX_WORDS):
            return aside(segment, before)
    return verdict(BlockRole.BODY, None, segment.kind)


def _short_line(page: Page, i: int, end: int) -> Verdict:
    """A line that is not prose: a heading, a list item, or part of a link list."""
    segment, shape = page.segments[i], page.shapes[i]
    if segment.edit_heading:
        return verdict(BlockRole.BODY, None, BlockKind.HEADING)
    if segment.kind in (BlockKind.LIST_ITEM, BlockKind.QUOTE):
        return verdict(BlockRole.BODY, None, segment.kind)
    if _is_short(page, i - 1) or (i < end and _is_short(page, i + 1)):
        # Two "key: value" lines side by side are facts the article lists, not links.
        if _fact(page, i) and (_fact(page, i - 1) or (i < end and _fact(page, i + 1))):
            return verdict(BlockRole.BODY, None, segment.kind)
        if shape.sentence_end and shape.n_words >= 3:
            return verdict(BlockRole.BODY, None, segment.kind)
        return aside(segment, phrases.RELATED)
    follower = i + 1
    # An advertisement slot or a picture between a subheading and its paragraph does not
    # orphan it, if a paragraph follows them.
    while follower < end and page.labels[follower] in _SKIPPED_AFTER_HEADING:
        follower += 1
    if follower > i + 1 and not page.shapes[follower].prose:
        return aside(segment, phrases.RELATED)
    if follower > end or page.labels[follower] is not None:
        # A heading with no paragraph under it is furniture; a short sentence closing the
        # run ('"That's correct," Volker said.') is the article's last line.
        if follower > end and shape.sentence_end and shape.n_words >= 3:
            return verdict(BlockRole.BODY, None, segment.kind)
        return aside(segment, phrases.RELATED)
    if is_headline(segment.text, shape):
        return verdict(BlockRole.BODY, None, BlockKind.HEADING)
    return verdict(BlockRole.BODY, None, segment.kind)


def _fact(page: Page, i: int) -> bool:
    return _is_short(page, i) and is_fact(page.segments[i].text)


def short_kind(page: Page, i: int, end: int) -> BlockKind:
    """A kept short line's kind: a heading when it has a heading's shape and a paragraph or
    a table follows it, else what the segmenter saw (a list's last item over a table stays a
    list item)."""
    segment = page.segments[i]
    if segment.kind is not BlockKind.PARAGRAPH or i >= end:
        return segment.kind
    if page.shapes[i + 1].prose or page.labels[i + 1] == phrases.TABLE:
        if is_headline(segment.text, page.shapes[i]):
            return BlockKind.HEADING
    return segment.kind


def _is_short(page: Page, i: int) -> bool:
    """A stray short line: not prose, not a list item, not a label, not metadata."""
    if i < 0 or i >= len(page.segments) or i in page.meta or page.labels[i] is not None:
        return False
    segment = page.segments[i]
    if segment.kind is BlockKind.LIST_ITEM or segment.edit_heading:
        return False
    return not page.shapes[i].prose
