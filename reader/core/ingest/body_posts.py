"""A short post over its readers' comments: the post is the article, however long the thread.

A blog post or a short news item of two or three paragraphs is often followed by a comment
thread that holds far more prose ("3 Kommentare", "Posted in Open thread | Permalink | 10
Comments", then the comments; or the pingbacks that quote the post). The best run of article
text is then found in the thread. `region.thread_start` only counts a comments label that
stands after an article's worth of prose, so that a comment count in the head ("237
Kommentare" beside the byline) opens no thread; a short post has less. Here the head is what
places the label: a comments label after the head's last line (title, byline, date), with a
run of likely prose opening right under the head before it, ends the article there, when the
run chosen below the label shows comment furniture of its own (a comment's header "… says:",
a pingback): a "Comments" button in the share bar between a standfirst and the article opens
no thread.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.ingest import phrases, region
from reader.core.ingest.shape import Shape

# The head: the title and the metadata lines within this many blocks after it.
HEAD_SPAN = 6
# The post opens within this many blocks after the head and has this many words of prose.
POST_GAP = 2
POST_MIN_WORDS = 30


def before_comments(
    shapes: Sequence[Shape],
    labels: Sequence[str | None],
    meta: set[int],
    title_index: int | None,
    weights: Sequence[float | None],
    walls: set[int],
    span: tuple[int, int] | None,
) -> tuple[int, int] | None:
    """The run of the post between the head and the first comments label after it, when the
    chosen `span` lies past that label; else `span`."""
    if span is None or title_index is None:
        return span
    head_end = max(
        (m for m in meta if title_index <= m <= title_index + HEAD_SPAN), default=title_index
    )
    label = next((i for i in range(head_end + 1, span[0]) if labels[i] == phrases.COMMENTS), None)
    if label is None or not any(
        labels[i] == phrases.COMMENTS for i in range(label + 1, span[1] + 1)
    ):
        return span  # no comment's header or notice below the label: no thread
    head = [None] * (head_end + 1)
    post = region.densest([*head, *weights[head_end + 1 : label]], walls)
    if post is None or post[0] > head_end + 1 + POST_GAP:
        return span
    words = sum(s.n_words for s in shapes[post[0] : post[1] + 1] if s.prose)
    return post if words >= POST_MIN_WORDS else span
