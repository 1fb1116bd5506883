"""A story's number and a source's on the command line, told apart by how they are written.

Stories and sources are numbered apart, and `briefing stories` printed both bare: the story's
on its line, its sources' under it. A story's number typed where a source's is meant (`story
join 4 5` for stories 4 and 5) joined sources 4 and 5, and `story show` took a story's number
where every other command takes a source's. So a story's number is written `story:4` wherever
it is printed and wherever one is taken, and a bare number is always a source's, as in `list`,
`show` and the rest; each command refuses the other kind, saying what the number is. JSON
keeps both bare (`story`, `id`: scripts read them); a script writes `story:` before a story's.
`source_number` and the types for a highlight's and an entity's number (`numbered_word`) tell a
word meant as a number from a title, a label or a name the same way.
"""

from __future__ import annotations

import argparse
from typing import NamedTuple

from reader.cli.common import (
    STORY,
    CommandError,
    after_story,
    as_number,
    no_source,
    number,
    shell_word,
)
from reader.core.models import and_listed
from reader.core.store import Store


class Numbered(NamedTuple):
    """A number as typed: a story's (`story:4`) or a source's (`4`)."""

    number: int
    story: bool


def numbered_word(word: str) -> bool:
    """`word` (stripped) is one `number` answers itself: a number (or one too large), `story:N`
    (said to be a story's), or nothing. Any other word, each type for a source's, a highlight's
    or an entity's number answers with where those numbers are seen."""
    return not word or as_number(word) is not None or as_number(after_story(word) or "") is not None


def source_number(text: str) -> int:
    """An argparse type for a source's number (`number`). A word that is none — most often the
    source's title, or part of it — says how its number is found: `note set Japan` and `show
    Japan` said only "not a number: 'Japan'", with no word of where a source's number is seen."""
    word = text.strip()
    if numbered_word(word):
        return number(text)  # a number (or one too large); `story:3` says where a story's number goes
    raise argparse.ArgumentTypeError(
        f"“{word}” is no source's number; a source goes by its number (12), which `briefing list` shows "
        f"and `briefing search {shell_word(word)}` finds"
    )


def numbered(text: str) -> Numbered:
    """An argparse type: `story:4` (any case) is story 4, a bare number a source."""
    word = text.strip()
    after = after_story(word)
    digits = word if after is None else after
    if as_number(digits) is None:
        raise argparse.ArgumentTypeError(f"{text!r} is neither a source's number (12) nor a story's (story:4)")
    return Numbered(number(digits), after is not None)  # "too large" as for every id


def story_ref(story_id: int) -> str:
    """A story's number as printed and taken: `story:4`."""
    return f"{STORY}{story_id}"


def sources_only(store: Store, given: list[Numbered], action: str) -> list[int]:
    """The sources' numbers given, each once. A story's number is refused with its sources'
    numbers, which are what `story join|split|auto` take; so is a number no live source has
    (said to be a story's when a story has it: typed bare, from JSON)."""
    found = store.stories.stories()
    for item in given:
        if item.story and item.number in found:
            raise CommandError(
                f"{story_ref(item.number)} is a story, and `story {action}` takes sources' numbers: "
                f"its sources are {_listed(found[item.number])}; nothing was changed"
            )
        if item.story:
            raise CommandError(f"no {story_ref(item.number)}; `briefing stories` lists the stories")
    ids = list(dict.fromkeys(item.number for item in given))
    for source_id in ids:
        if store.sources.get(source_id) is None:
            story = found.get(source_id)
            raise no_source(store, [source_id], "" if story is None else f" ({story_ref(source_id)}, a story, has {_listed(story)})")
    return ids


def story_only(store: Store, given: Numbered, command: str) -> int:
    """The story's number given as `story:N`. A bare number is refused, saying whose it is and
    which story that source is in (`command`: how to type `briefing` for this library)."""
    if given.story:
        return given.number
    n = given.number
    source = store.sources.get(n)
    said = "`story show` takes a story's number, written story:N as `briefing stories` prints it"
    if source is None:
        said += f"; there is no source #{n} either"
    else:
        story = store.stories.story_of([n]).get(n)
        said += f"; {n} is a source's number (“{source.title}”), in " + (
            "no story" if story is None else f"{story_ref(story)}: {command} story show {story_ref(story)}"
        )
    raise CommandError(said)


def _listed(ids: list[int]) -> str:
    """Sources' numbers as they are typed: "7, 9 and 12"."""
    return and_listed([str(i) for i in ids])
