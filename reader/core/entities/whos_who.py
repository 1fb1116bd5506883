"""Briefing ▸ Insert who's who: the people and organisations of the chosen sources, one line each.

A line says who someone is in these sources (the roles they were named with) and cites every
source that names them with a footnote, as the chronology does, so the exported briefing says
where each line comes from; an office the sources name in both languages or cases is listed
once, in the export language (`roles.merge_roles`); an academic title is written before the
name, as the sources address the person ("Dr. Ina Berger"), not listed as an office. People
first, then organisations, each by how many sources name them; one line per person or body
however the sources spell it, and none for a report's own byline or wire (`whos_who_entries`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from reader.core.block_words import block_words
from reader.core.entities.model import EntityKind, EntitySummary
from reader.core.entities.person_titles import titled_name
from reader.core.entities.roles import merge_roles
from reader.core.entities.whos_who_entries import whos_who_entries
from reader.core.footnotes import Cited, inline_markdown, source_footnote


class CitedSource(Cited, Protocol):
    """A source as the who's who cites it: its id and what its footnote names."""

    @property
    def id(self) -> int: ...


def whos_who_markdown(
    sources: Sequence[CitedSource],
    entities: Sequence[EntitySummary],
    named_in: Mapping[int, Sequence[int]],
    language: str = "en",
) -> str:
    """Markdown: a heading, the people, the organisations ("" when it lists nobody); `named_in` maps an entity id to the
    ids of the sources (of `sources`) that name it; footnotes at the end, cited as the briefing's
    quotes are in `language`, and the titles `language`'s (`block_words`): `briefing entities
    --whos-who` wrote "Who's who" over German citations in a library whose exports are German."""
    own = block_words(language)
    heading, people, organisations = own.whos_who, own.people, own.organisations
    by_id = {s.id: s for s in sources}
    lines = [f"**{inline_markdown(heading)}**", ""]
    cited: dict[int, None] = {}  # in the order first cited; a set's test, not a list's scan
    for kind, title in ((EntityKind.PERSON, people), (EntityKind.ORG, organisations)):
        chosen = whos_who_entries(by_id, [e for e in entities if e.kind is kind], named_in, language)
        if not chosen:
            continue
        lines += [f"*{inline_markdown(title)}*", ""]
        for entry in chosen:
            marks = "".join(f"[^who-{i}]" for i in entry.cited)
            cited.update(dict.fromkeys(entry.cited))
            name = titled_name(entry.entity.name, entry.roles)
            named = merge_roles(entry.roles, language, entry.entity.name)
            roles = f" — {', '.join(inline_markdown(r) for r in named)}" if named else ""
            lines.append(f"- **{inline_markdown(name)}**{roles} {marks}")
        lines.append("")
    if not cited:  # every name was a report's own credit ("dpa" in a dpa report): no block
        return ""
    notes = [f"[^who-{i}]: {source_footnote(by_id[i], language)}" for i in cited]
    return "\n".join([*lines, *notes]) + "\n"
