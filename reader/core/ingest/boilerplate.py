"""Which blocks are the article and which are page furniture.

The article is the best-scoring contiguous run of blocks. The body model (`region`) gives every
block a probability of being article text from evidence that holds in any language; a block
scores its words times how far that probability stands above the model's threshold (a line that
is no prose counts as a few words, and so does a furniture line, which can lower the run but
never carry it; a table row is no furniture there: ingredients, results and figures are the
article's), and the best-scoring run wins (Kadane's maximum subarray), so short headings, list
items and captions between paragraphs stay in while a long blurb far from the article cannot
pull the run away. Comment sections and reference lists are walls the run cannot cross. When no run scores
above zero, the most article-like paragraph is the body: a page with prose never comes out
empty. A menu line never opens the run. What each block inside the run is (a table, a heading,
a link list, a caption) is `body_inside`'s; the page's evidence and the verdicts are
`body_verdicts`'.
"""

from __future__ import annotations

from reader.core.ingest import (
    body_contents,
    body_embeds,
    body_lists,
    body_model,
    body_posts,
    body_tail,
    phrases,
    region,
    resume,
)
from reader.core.ingest.article import BlockKind, BlockRole
from reader.core.ingest.body_galleries import gallery_captions
from reader.core.ingest.body_glued_cards import glued_cards
from reader.core.ingest.body_inside import inside, short_kind
from reader.core.ingest.body_sections import last_section
from reader.core.ingest.body_verdicts import Page, Verdict, aside, verdict
from reader.core.ingest.shape import is_headline
from reader.core.ingest.short_lines import closes_article

# Separators between a menu's or a breadcrumb trail's items.
MENU_SEPARATORS = (" | ", " › ", " » ", " > ", " / ", " • ", " · ")
# Furniture between the byline and the first paragraph; a heading right after it opens the text.
HEAD_FURNITURE = frozenset(
    {phrases.ARTICLE_INFO, phrases.SHARE, phrases.ADVERTISING, phrases.IMAGE_CREDIT, phrases.CAPTION}
)


def classify(page: Page) -> list[Verdict]:
    """Decide every block's role; META blocks are passed through as META.

    The body model is read from `body_model.MODEL` at each call, so the training script can
    score a candidate model by putting it there.
    """
    model = body_model.MODEL
    rows, listed = body_features(page)
    probs = region.probabilities(rows, page.meta, model)
    return choose(page, listed, probs, model, rows)


def body_features(page: Page) -> tuple[list[list[float]], set[int]]:
    """The body model's input row of every block, and the blocks that stand in a list (the
    training script builds its rows here too, so it learns from what `classify` reads).
    A gallery's captions get their label here first (`body_galleries`): they need the head's
    metadata, which is read after the other labels; so do teaser cards whose headline and
    teaser the copy glued into one line (`body_glued_cards`)."""
    for i in gallery_captions(page.segments, page.shapes, page.labels, page.meta):
        page.labels[i] = phrases.CAPTION
    for i in glued_cards(page.segments, page.shapes, page.labels, page.meta):
        page.labels[i] = phrases.RELATED
    rows = region.features(page.segments, page.shapes, page.labels, page.headers, page.title_index)
    return rows, _listed(page)


def choose(
    page: Page,
    listed: set[int],
    probs: list[float],
    model: region.Model,
    rows: list[list[float]],
) -> list[Verdict]:
    """The verdicts, given each block's probability of being article text and its model rows.

    The rows say where the readers' comments begin (`region.thread_start`) and which blocks
    end the article's section (`region.section_ends`). The article comes
    before its comments: when the blocks before them hold a run with an article's worth of
    prose, the run is chosen there, however long the thread below it. Past a tag list below the
    run, the article's closing paragraphs resume it (`resume.resumed`).
    """
    thread = region.thread_start(rows)
    named = resume.named_boxes(page.segments, page.shapes)
    walls = region.section_ends(rows, page.meta) | named
    boxes = resume.boxes_inside(page.segments, page.shapes, probs, walls, model.threshold, named)
    walls -= boxes | resume.related_inside(page.segments, page.shapes, probs, walls, model.threshold)
    if thread is not None and thread - 1 in boxes:
        thread = None  # the "thread" was a person box's heading
    # Each block counts its words (at least `floor`) times how far its probability stands above
    # the threshold; a line that is no prose counts as `floor` words, and so does a furniture
    # line, which can interrupt the run but never carry it: a newsletter box's long consent
    # sentence between the paragraphs costs no more than a short line (a table row is no
    # furniture here: `body_inside` keeps tables).
    # The author's biography in a closing person box counts as furniture does.
    bio = resume.box_blocks(page.segments, walls, boxes, named)
    weights: list[float | None] = []
    for i, (shape, p) in enumerate(zip(page.shapes, probs, strict=True)):
        if i in page.meta:
            weights.append(None)
            continue
        label = page.labels[i]
        if (label is not None and label != phrases.TABLE) or i in bio:
            weights.append(min(model.floor * (p - model.threshold), 0.0))
            continue
        size = max(model.floor, shape.n_words) if shape.prose else model.floor
        weights.append(size * (p - model.threshold))
    span = _before_thread(page, weights, walls, thread) or region.densest(weights, walls)
    span = body_posts.before_comments(
        page.shapes, page.labels, page.meta, page.title_index, weights, walls, span
    )
    span = span or _strongest_block(page, probs)
    if span is None:
        return [_outside(page, i, None) for i in range(len(page.segments))]
    span = body_contents.start_of_article(page.segments, page.shapes, page.labels, page.meta, span)
    start, end = _with_leading_heading(page, _without_leading_menu(page, span))
    start = resume.past_date_lines(page.segments, page.shapes, page.labels, start, end)
    end = resume.before_cards(page.segments, page.shapes, start, end)
    end = body_tail.before_bio(page.segments, page.shapes, start, end)
    stops = page.meta | walls
    end, posts = body_embeds.posts(page.segments, page.shapes, page.labels, stops, start, end)
    end = _past_announced_list(page, listed, end)
    heading, entries = body_lists.closing_list(page.segments, page.shapes, page.labels, stops, end)
    end = entries[-1] if entries else end
    end, section = last_section(page.segments, page.shapes, page.labels, page.meta, end)
    verdicts = [_outside(page, i, start) for i in range(start)]
    verdicts += inside(page, start, end, listed, probs, model.keep)
    for i in boxes:  # the box's heading is the box's, not a subheading of the article
        if start <= i <= end:
            verdicts[i] = aside(page.segments[i], phrases.AUTHOR_BIO)
    notes = resume.footnotes(page.segments, start, end)
    for i in (notes | posts) & set(range(start, end + 1)):
        verdicts[i] = verdict(BlockRole.BODY, None, page.segments[i].kind)
    for i in entries:  # a list of one shape closing the article, and its heading
        verdicts[i] = verdict(BlockRole.BODY, None, BlockKind.LIST_ITEM)
    if heading is not None:
        verdicts[heading] = verdict(BlockRole.BODY, None, BlockKind.HEADING)
    for i in section:  # the article's last section, above its references
        verdicts[i] = verdict(BlockRole.BODY, None, short_kind(page, i, end))
    resumed = resume.resumed(page.shapes, page.labels, page.meta, probs, end, walls)
    closing = verdicts[end].role is BlockRole.BODY and _closing_line(page, probs, end + 1, walls)
    verdicts += [
        verdict(BlockRole.BODY, None, page.segments[i].kind)
        if i in resumed or i in notes or (closing and i == end + 1)
        else _outside(page, i, start)
        for i in range(end + 1, len(page.segments))
    ]
    return verdicts


def _past_announced_list(page: Page, listed: set[int], end: int) -> int:
    """`end`, or the last item of the numbered list its lead-in announces when the run ends
    on the lead-in ("Ecco le offerte da non perdere:", then "1) …", "2) …"): the items are
    short lines the run would not reach. Only a numbered list: a footer's lines can follow a
    colon too."""
    if not page.segments[end].text.endswith(":"):
        return end
    last = end
    while last + 1 in listed and body_lists.numbered_or_link(page.segments, last + 1):
        last += 1
    return last if last - end >= body_lists.LIST_MIN_NUMBERED else end


def _closing_line(page: Page, probs: list[float], i: int, walls: set[int]) -> bool:
    """The article's closing sentence right under its last paragraph (`short_lines`)."""
    if i >= len(page.segments) or i in page.meta or i in walls or page.labels[i] is not None:
        return False
    text, shape = page.segments[i].text, page.shapes[i]
    if page.headers[i] or body_tail.is_bio(text, shape):  # the author's biography closes nothing
        return False
    return closes_article(text, shape, probs[i])


def _before_thread(
    page: Page, weights: list[float | None], walls: set[int], thread: int | None
) -> tuple[int, int] | None:
    """The best run before the comment thread, if it holds an article's worth of prose."""
    if thread is None:
        return None
    span = region.densest(weights[:thread], walls)
    return span if span is not None and resume.holds_article(page.shapes, *span) else None


def _strongest_block(page: Page, probs: list[float]) -> tuple[int, int] | None:
    """No run scores above zero: the most article-like block of prose, if the page has one
    (a page with prose never gets an empty body)."""
    best, found = 0.0, None
    for i, shape in enumerate(page.shapes):
        if i in page.meta or not shape.prose or page.labels[i] is not None:
            continue
        strength = probs[i] * shape.n_words
        if strength > best:
            best, found = strength, i
    return None if found is None else (found, found)


def _listed(page: Page) -> set[int]:
    """Unbulleted list items after a lead-in ending in a colon (`body_lists`)."""
    return body_lists.listed(page.segments, page.shapes, page.labels, page.meta)


def _with_leading_heading(page: Page, span: tuple[int, int]) -> tuple[int, int]:
    """Take in a heading that opens the article right after the head furniture."""
    start, end = span
    j = start - 1
    if j < 0 or j in page.meta or page.labels[j] is not None:
        return start, end
    text = page.segments[j].text
    if not is_headline(text, page.shapes[j]) or page.shapes[j].n_words < 2 or _menu(text):
        return start, end
    before = j - 1
    if before < 0 or before in page.meta or page.labels[before] in HEAD_FURNITURE:
        return j, end
    return start, end


def _without_leading_menu(page: Page, span: tuple[int, int]) -> tuple[int, int]:
    """The run without the menu or breadcrumb lines it opens with."""
    start, end = span
    while start < end and not page.shapes[start].prose and _menu(page.segments[start].text):
        start += 1
    return start, end


def _menu(text: str) -> bool:
    """Items between separators ("Rentenpolitik | Blog | Mailaktion"): a menu or a breadcrumb
    trail, never a heading that opens the article."""
    return sum(map(text.count, MENU_SEPARATORS)) >= 2


def _outside(page: Page, i: int, start: int | None) -> Verdict:
    segment = page.segments[i]
    if i in page.meta:
        return verdict(BlockRole.META, None, segment.kind)
    reason = page.labels[i]
    if reason is None:
        reason = phrases.NAVIGATION if start is not None and i < start else phrases.FOOTER
    return aside(segment, reason)


