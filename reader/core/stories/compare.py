"""A story's members side by side, and what each adds: the sentences only one of them has.

A sentence counts as this member's own when most of its content words (folded stems, stop
words left out) appear in no other member — a figure, a quote, a name or a consequence the
other reports leave out. Rewording of a shared fact mostly reuses the fact's words, so it does
not count as new. Members in different languages share few words: against each other nearly
all their sentences count as their own, which the view says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.core.analysis import stems
from reader.core.stories.profile import stop_words

if TYPE_CHECKING:  # see `manage`: profile-making workers never open the library
    from reader.core.store import Store

# Share of a sentence's content words the other members lack for it to count as added.
NEW_SHARE = 0.6
MIN_WORDS = 3
_BOUNDARY = re.compile(r"[.!?…][\"“”»]?\s+(?=[A-ZÄÖÜ0-9„\"“«])")
_ENDS = re.compile(r"[.!?…][\"“”»)]?$")


@dataclass(frozen=True, slots=True)
class MemberView:
    source_id: int
    title: str
    site_name: str | None
    published: str | None
    lang: str | None
    text: str
    added: tuple[str, ...]  # this member's own sentences, in reading order
    agency: str | None = None  # a wire report's news agency, named beside the outlet


@dataclass(frozen=True, slots=True)
class StoryView:
    story_id: int
    members: tuple[MemberView, ...]

    @property
    def languages(self) -> set[str]:
        return {m.lang for m in self.members if m.lang}


def sentences(text: str) -> list[str]:
    """The sentences of a reading text, paragraph by paragraph (subheadings left out).

    A full stop after a number ("zum 250. Jahrestag") or a one- or two-letter word ("z. B.",
    "Dr.") does not end a sentence.
    """
    found: list[str] = []
    for paragraph in text.split("\n"):
        start = 0
        for match in _BOUNDARY.finditer(paragraph):
            before = paragraph[start : match.start()].rsplit(None, 1)
            last = before[-1] if before else ""
            if last.isdigit() or (len(last) <= 2 and paragraph[match.start()] == "."):
                continue
            found.append(paragraph[start : match.end()].strip())
            start = match.end()
        found.append(paragraph[start:].strip())
    return [s for s in found if _ENDS.search(s)]


def _content(text: str, lang: str | None) -> set[str]:
    stop = stop_words()
    return {s for s in stems(text, lang) if len(s) > 2 and s not in stop}


def story_view(store: Store, story_id: int) -> StoryView | None:
    """The story's live members, oldest first, each with the sentences only it has."""
    member_ids = store.stories.stories().get(story_id)
    if not member_ids:
        return None
    sources = [s for i in member_ids if (s := store.sources.get(i)) is not None]
    words = [_content(f"{s.title}\n{s.teaser or ''}\n{s.reading_text}", s.lang) for s in sources]
    members = []
    for index, source in enumerate(sources):
        others: set[str] = set().union(*(w for j, w in enumerate(words) if j != index))
        added = []
        for sentence in sentences(source.reading_text):
            mine = _content(sentence, source.lang)
            if len(mine) >= MIN_WORDS and len(mine - others) / len(mine) >= NEW_SHARE:
                added.append(sentence)
        members.append(
            MemberView(
                source.id, source.title, source.site_name, source.published, source.lang,
                source.reading_text, tuple(added), source.agency,
            )
        )  # fmt: skip
    return StoryView(story_id, tuple(members))
