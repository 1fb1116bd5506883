"""The headline printed again over the story, set aside: the reading view's header shows the
title, and the text under it began with the same words again.

A copied page prints it as the text's first line ("Mein Motto Konsumsparen: Fazit, Erkenntnisse,
Pläne" under the page title "… Erkenntnisse und meine Pläne für 2020"). A saved page's extractor
keeps the article's own `<h1>` (20 pages of the two development sets' saved HTML), often under
a section kicker ("Review", "News", "Betriebliche Altersvorsorge") or below a sidebar's snippet
it took for the lead; a web clipper's template writes the page title as a heading and the
clipped article brings its own (MarkDownload). Only a line of the title's words, at least half
of them, that is no sentence, with the story below it, is the headline; a second headline in
other words ("Video shows dramatic rescue of kidnapped girl") stays. A headline that is a question
("Does the mayor own $17 million?") is a sentence: it is the headline again only word for word
and beside the title's own line, the page printing it twice in a row (3 copied pages
of both sets). Where the page prints it again further down, under the date line, the
development sets' readers keep it as the article's own first line. A saved page's `<h1>` often
says the title with a few words more (a name, "| FASSETTE.NET", a breadcrumb's "Mensagens »";
10 saved pages of both sets): every word of the title and at most three more is the headline.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.ingest import phrases
from reader.core.ingest.article import Block, BlockRole

_WORD = re.compile(r"\w+")
# A kicker over the headline is a label of a few words ("Review", "Betriebliche Altersvorsorge").
_KICKER_WORDS = 3
# A headline printed again with a few words added: a title this long, this many words more.
_TITLE_AND_MORE_MIN = 3
_MORE_WORDS = 3


def title_repeat_aside(blocks: list[Block], title: str | None, *, within: int = 1) -> list[Block]:
    """`blocks` with the headline's repeat among the first `within` body blocks set aside as
    article info, and the kicker of at most three words straight above it when that opens the
    text. A copy's parser looks at the first block only (its head rules have taken the rest of
    the head); a saved page's and a clipping's look a few blocks further down."""
    if not title:
        return blocks
    body = [i for i, block in enumerate(blocks) if block.role is BlockRole.BODY]
    for position, index in enumerate(body[:within]):
        if position + 1 == len(body) or not (
            repeats_title(blocks[index].text, title)
            or _title_and_more(blocks[index].text, title)
            or _printed_twice(blocks, index, title)
        ):
            continue
        out = list(blocks)
        out[index] = _aside(blocks[index])
        if position == 1 and _kicker(blocks[body[0]].text):
            out[body[0]] = _aside(blocks[body[0]])
        return out
    return blocks


def repeats_title(text: str, title: str) -> bool:
    """`text` is a line of the title's words, at least half of them, and no sentence. The
    sentence mark is looked at first: the first body block is mostly a paragraph ending in one,
    whose words (a regex over it, case-folded) need not be read."""
    if text.rstrip()[-1:] in ".!?":
        return False
    words, title_words = set(_WORD.findall(text.casefold())), set(_WORD.findall(title.casefold()))
    return bool(words) and words <= title_words and 2 * len(words) >= len(title_words)


def _title_and_more(text: str, title: str) -> bool:
    """`text` is no sentence and holds every word of a title of three words or more, with at
    most three words besides: the page's `<h1>` with a name, a word or the site added
    ("Julian Assange: Sweden drops rape investigation" under "Sweden drops Assange rape
    investigation", "… | FASSETTE.NET", "Produktinformationen \"…\"")."""
    if text.rstrip()[-1:] in ".!?":
        return False
    words, title_words = set(_WORD.findall(text.casefold())), set(_WORD.findall(title.casefold()))
    return len(title_words) >= _TITLE_AND_MORE_MIN and title_words <= words and len(words - title_words) <= _MORE_WORDS


def _printed_twice(blocks: list[Block], index: int, title: str) -> bool:
    """The block is the title word for word, and the line beside it (above or below: which of
    the two the head's rules took for the title) is the same."""
    text = blocks[index].text
    return (
        any(0 <= i < len(blocks) and blocks[i].text == text for i in (index - 1, index + 1))
        and _WORD.findall(text.casefold()) == _WORD.findall(title.casefold())
    )


def _kicker(text: str) -> bool:
    return len(text.split()) <= _KICKER_WORDS and text.rstrip()[-1:] not in ".!?:"


def _aside(block: Block) -> Block:
    return replace(block, role=BlockRole.BOILERPLATE, reason=phrases.ARTICLE_INFO)
