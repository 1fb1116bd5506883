"""Which line of a copied page is the article's headline.

A copied page has many headline-shaped lines: menu entries, section names, related-article
titles, widget labels. The headline is told apart by where it stands and what it says, not
by being the first short line: it sits just above the article's first paragraphs, usually
with only the teaser, the author and the date between them; it is rarely one of a run of
similar short lines (a menu or a link list); and it shares words with the story's opening.
Each candidate near the start of the running text is scored on that evidence.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.core.ingest.byline_tails import is_outlet_name
from reader.core.ingest.head import Head
from reader.core.ingest.headline_lines import (
    above_first_cluster,
    contents_entries,
    dated_list_start,
    is_caption,
    is_field_value,
    name_under_headline,
    standfirst_under_phrase,
    trail_steps,
    trail_under_headline,
)
from reader.core.ingest.headline_pairs import (
    REPEAT_REACH,
    Lede,
    first_copy,
    headline_over_standfirst,
    headline_under_kicker,
    is_subtitle_of_previous,
    lede_share,
    lede_words,
    line_above,
    only_upper_recurs,
    recurs,
)
from reader.core.ingest.phrases import COOKIES, SHARE
from reader.core.ingest.shape import is_person_name
from reader.core.ingest.thread_title import named_headline

# How far above the start of the running text a headline may stand (blocks).
WINDOW = 16
# A list's items beyond this many count as lines of the window: a related-articles box is
# short, a site's menu of sections long.
_FREE_LIST_ITEMS = 10
# Evidence weights, in "lines of distance": a short line loses to a full headline a few
# lines further up, and a line directly above the author or date wins over one above prose.
_FOREIGN_LINE = 0.4
_FULL_WORDS = 4
_SHORT_LINE = 0.25
_ABOVE_CLUSTER = 2.5
_ABOVE_PROSE = 1.0
# A teaser stands on the author or date line, or on a credit line over it.
_TEASER_CLUSTER_GAP = 2
_DESK_WORDS = (2, 3)
# An outlet's name under its author's name: at most this many words, and so is the name.
_OUTLET_WORDS = 3
_WORD_COUNT = {1: -2.5, 2: -1.2, 3: -0.4}
_LONG_HEADLINE_WORDS = 5
_LONG_HEADLINE = 0.3
_IN_A_LIST = -1.0
_LEDE_OVERLAP = 3.0
# A menu entry of at most this many words gets nothing for sharing words with the story.
_MENU_ENTRY_WORDS = 2
_REPEATED = 0.8
_SHOUTED_LABEL = -1.0
_QUOTING = -2.0
_CAPTION = -3.0
# A headline over its standfirst scores lower (the standfirst sits on the byline, shares the
# story's words); beyond this gap the upper line is no headline of the lower one.
_SUBTITLE_MARGIN = 4.0
# A kicker over a short headline on the text scores at most this much higher than it.
_KICKER_MARGIN = 1.0
# A full headline above an author line below the running text's start must beat the line
# above the start by this much: that start is usually right.
_LATER_ANCHOR_MARGIN = 1.0


def choose_headline(head: Head, is_candidate: Callable[[int], bool]) -> int | None:
    """The index of the headline above `head.first_prose`, or None when no line fits.

    When an author line introduced by a lead word stands a little below the start of the
    running text, the headline may stand above it instead: the running text was found to
    start too early, at a notice or a teaser card above the story ("Quotes delayed at least
    15 minutes …" over "Earnings" / "Home Depot sales miss, shares plunge" / teaser / "By
    …"). A full headline there must score clearly better than the best line above the
    start. A headline the comment thread names settles it (`thread_title`)."""
    named = named_headline(head)
    if named is not None:
        return named
    anchor = min(head.first_prose, len(head.segments))
    if anchor == len(head.segments) and head.dates:
        # No running text (a page of results or listings): the headline stands over the
        # first date line, not over the page's end.
        anchor = min(head.dates) + 1
    best = _best_above(head, anchor, is_candidate)
    later = _author_anchor(head)
    if later is not None:
        other = _best_above(head, later, is_candidate)
        if other is not None and head.shapes[other[0]].n_words >= _FULL_WORDS:
            if best is None or other[1] > best[1] + _LATER_ANCHOR_MARGIN:
                best = other
    if best is None:
        return _first_below(head, is_candidate)
    start = dated_list_start(head, best[0])
    if start is not None:
        # The best line is an item of a box of dated related stories: the story's own head
        # stands above the box, over its own date line.
        own = max((i for i in head.dates if i < start), default=None)
        other = _best_above(head, own, is_candidate) if own is not None else None
        if other is not None:
            return other[0]
    return best[0]


def _first_below(head: Head, is_candidate: Callable[[int], bool]) -> int | None:
    """With no headline above the running text's start, a candidate a little below it
    between a date line and prose: the start was a blog's tagline over the post's date
    ("BUMSBUTZENER GUMPFEN SIND EINE ALTE SCHLESISCHE SPEZIALITÄT. …" / date / "Tach auch!").
    A caption under a teaser is no headline."""
    for i in range(head.first_prose + 1, head.end):
        if i - 1 not in head.dates or not is_candidate(i):
            continue
        j = head.next_index(i)
        if j is not None and head.shapes[j].prose and head.labels[j] is None:
            return i
    return None


def _author_anchor(head: Head) -> int | None:
    """The first author line below the start of the running text that a lead word
    introduces ("By Amy Kuperinsky | NJ Advance Media"), within the head zone."""
    for i in sorted(head.authors):
        if head.first_prose < i < head.end and i not in head.inferred:
            return i
    return None


def _best_above(
    head: Head, anchor: int, is_candidate: Callable[[int], bool]
) -> tuple[int, float] | None:
    """The headline above `anchor` and its score."""
    candidates = _window(head, anchor, is_candidate)
    if candidates:
        entries = contents_entries(head, frozenset(candidates))
        candidates = [i for i in candidates if i not in entries]
    candidates = above_first_cluster(head, candidates)
    steps = trail_steps(head, candidates)
    candidates = [i for i in candidates if i not in steps]
    if not candidates:
        return None
    lede = lede_words(head, anchor)
    # Repeats of the headline stand near it: the breadcrumb, share texts, a second title.
    page = "\n".join([s.text for s in head.segments[: anchor + REPEAT_REACH]])
    shortlist = frozenset(candidates)
    foreign = _foreign_lines(head, candidates, shortlist)
    menu = _menu_entries(candidates)
    scores = {
        i: _score(head, i, anchor, shortlist, lede, page, foreign[i], i in menu) for i in candidates
    }
    best = max(reversed(candidates), key=scores.__getitem__)  # ties: the lower line
    score = scores[best]
    # A line printed twice around a picture (a standfirst above and below its caption) is
    # read where it first stands, under its headline.
    best = first_copy(head, best, candidates)
    upper = headline_over_standfirst(head, best, shortlist)
    if upper is not None:
        return upper, score  # the pair's evidence (on the date line, the story's words)
    if best + 1 in scores and score - scores[best + 1] <= _KICKER_MARGIN:
        if headline_under_kicker(head, best, anchor):
            best += 1
    above = line_above(head, best)
    if above in scores and (
        trail_under_headline(head, above, best)
        or name_under_headline(head, above, best)
        or standfirst_under_phrase(head, above, best)
    ):
        # The line over the name or trail may itself be a standfirst under its headline
        # (headline / standfirst / company name / picture).
        best, above = above, line_above(head, above)
    # A headline with a section's label over it and its subtitle under it scored as a list's
    # item ("Avengers: Endgame" / "Daily Deals: More Black Friday Deals …" / subtitle): the
    # pair is no list, so that is not held against it here.
    paired = above + 1 == best and above - 1 in shortlist
    if above in scores and score - scores[above] + paired * _IN_A_LIST <= _SUBTITLE_MARGIN:
        if is_subtitle_of_previous(head, best, shortlist, lede) or only_upper_recurs(
            head, above, best, page
        ):
            return above, score
    return best, score


def _window(head: Head, anchor: int, is_candidate: Callable[[int], bool]) -> list[int]:
    """The candidates among the WINDOW lines above the running text, where a list of
    headline-shaped lines (a related-articles box between the byline and the story) counts
    as one line, so the headline above such a list stays in reach; share prompts count as
    nothing ("Share this with Facebook" eight times over: a share panel under the date).
    A line right over a consent notice is the notice's heading ("Zu Ihrer Information" /
    "Wenn Sie diesen Button anklicken, werden persönliche Daten an Facebook übertragen …"),
    never the story's."""
    found: list[int] = []
    lines = run = 0
    i = anchor - 1
    while i >= 0 and lines < WINDOW:
        if i + 1 < len(head.labels) and head.labels[i + 1] == COOKIES:
            lines += 1
        elif is_candidate(i) and not is_field_value(head, i):
            found.append(i)
            run = run + 1 if found[-2:-1] == [i + 1] else 1
            if run == 1 or run > _FREE_LIST_ITEMS:
                lines += 1  # a list's further items are free, up to a box's length
        elif head.labels[i] != SHARE:
            lines += 1
        i -= 1
    return found[::-1]


def _score(
    head: Head,
    i: int,
    anchor: int,
    candidates: frozenset[int],
    lede: Lede,
    page: str,
    foreign: float,
    in_menu: bool,
) -> float:
    shape = head.shapes[i]
    text = head.segments[i].text
    score = -_FOREIGN_LINE * foreign
    j = head.next_index(i)
    if j is not None and (j in head.dates or j in head.authors or _desk_above_date(head, i, j)):
        if not _outlet_under_name(head, i):
            score += _ABOVE_CLUSTER
    elif j is not None and j < anchor and head.shapes[j].prose and _teaser_on_cluster(head, j):
        score += _ABOVE_CLUSTER
    elif j is not None and (j == anchor or head.shapes[j].prose):
        score += _ABOVE_PROSE
    score += _WORD_COUNT.get(shape.n_words, 0.0)
    if shape.n_words >= _LONG_HEADLINE_WORDS:
        score += _LONG_HEADLINE
    if i - 1 in candidates and i + 1 in candidates:
        score += _IN_A_LIST
    if not (in_menu and shape.n_words <= _MENU_ENTRY_WORDS):
        score += _LEDE_OVERLAP * lede_share(head, i, lede)
    if shape.n_words >= _FULL_WORDS and recurs(text, page):
        score += _REPEATED
    if text.isupper() and shape.n_words <= 3:
        score += _SHOUTED_LABEL
    if shape.n_words > _FULL_WORDS and _quotes_a_candidate(head, i, candidates):
        score += _QUOTING
    if is_caption(head, i):
        score += _CAPTION
    return score


def _menu_entries(candidates: list[int]) -> frozenset[int]:
    """The candidates inside a site's menu: a run of more than `_FREE_LIST_ITEMS` headline-
    shaped lines one under the other, all but its last line (which may be the headline right
    under the menu). A menu's short entries name the site's sections, and one of them sharing a
    word with the story ("Die TennisBase" over a story on a tournament at the TennisBase) is
    no evidence that it heads the story."""
    found: list[int] = []
    run: list[int] = []
    for i in [*candidates, -1]:
        if run and i == run[-1] + 1:
            run.append(i)
            continue
        if len(run) > _FREE_LIST_ITEMS:
            found.extend(run[:-1])
        run = [i]
    return frozenset(found)


def _teaser_on_cluster(head: Head, j: int) -> bool:
    """Line `j` under a headline candidate is a teaser with the author or date line at most
    a picture's credit below it ("Medienbericht: Bund und Länder planen …" / "Kanzlerin
    Merkel will am Freitag …" / "© imago images/…" / "20. März 2021 - 15:00 Uhr"): the
    candidate heads the cluster as much as one standing right on it."""
    stop = min(j + 1 + _TEASER_CLUSTER_GAP, len(head.segments))
    return any(k in head.dates or k in head.authors for k in range(j + 1, stop))


def _outlet_under_name(head: Head, i: int) -> bool:
    """Line `i` is a short line right under a line that is a person's name alone: the
    author's outlet in a byline block of separate lines ("Jane Doe" / "City Times" /
    "Published 5:30 p.m. ET Nov. 19, 2019", as the USA TODAY network prints it). It stands
    on the date as the author's part of the cluster, not as its headline. The line must name
    a paper: a person's name is as often the kicker over a short headline."""
    if i == 0 or head.shapes[i].n_words > _OUTLET_WORDS:
        return False
    if not is_outlet_name(head.segments[i].text):
        return False  # "Olaf Scholz" / "Kanzler unter Druck" / date: a kicker over a headline
    above = head.segments[i - 1].text
    return head.shapes[i - 1].n_words <= _OUTLET_WORDS and is_person_name(above)


def _desk_above_date(head: Head, i: int, j: int) -> bool:
    """Line `j` under the headline `i` is a short unnamed desk or column line on the date
    ("Telegraph Sport" over "19 November 2019 • 1:16pm"): the cluster starts at `j`."""
    words = head.shapes[j].n_words
    if j in head.dates or not _DESK_WORDS[0] <= words <= _DESK_WORDS[1]:
        return False
    if words >= head.shapes[i].n_words or head.labels[j] is not None:
        return False
    text = head.segments[j].text
    if text.endswith(":") or not all(word[:1].isupper() for word in text.split()):
        return False  # "Teile:", "Mit Freunden teilen": a widget, not a desk
    k = head.next_index(j)
    return k is not None and k in head.dates


def _quotes_a_candidate(head: Head, i: int, candidates: frozenset[int]) -> bool:
    """The line holds another headline-shaped line and more ("Share All sharing options
    for: <headline>"): it quotes the headline, it is not it."""
    text = head.segments[i].text
    for j in candidates:
        other = head.segments[j].text
        if j != i and head.shapes[j].n_words >= _FULL_WORDS and other in text and other != text:
            return True
    return False


def _foreign_lines(
    head: Head, candidates: list[int], shortlist: frozenset[int]
) -> dict[int, float]:
    """For each candidate, the lines between it and the running text that compete with it:
    other headline-shaped lines (a related-article list, a caption) count fully, short widget
    lines a little; a list's third item on counts nothing. Summed from the bottom up, once
    for all the candidates (the sums are quarters: exact in any order)."""
    found: dict[int, float] = {}
    foreign = 0.0
    for j in reversed(candidates):
        found[j] = foreign
        if not (j - 1 in shortlist and j - 2 in shortlist):
            foreign += 1.0 if head.shapes[j].n_words >= _FULL_WORDS else _SHORT_LINE
    return found
