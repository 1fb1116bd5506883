"""A chronology for a briefing: the chosen sources as a dated Markdown list, with citations.

One line per event: the reports of one story share a line (the first report named, the other
outlets listed), each source cited by a footnote (Outlet, Author, date, “Title”), so the
exported briefing says where every entry comes from. Sources without a date come last.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reader.core.block_words import block_words
from reader.core.footnotes import cited_day, inline_markdown, source_footnote, wire
from reader.core.models import Source


def _ran_by(source: Source) -> str:
    """Who ran the report, as the library's row names it: the outlet, else its news agency (a dpa
    report with no outlet stood in the chronology with no name at all)."""
    return inline_markdown(source.site_name or wire(source.agency) or "")


def chronology_markdown(sources: Sequence[Source], story_of: Mapping[int, int], language: str = "en") -> str:
    """The sources as a dated list, oldest first, one line per story, footnotes at the end; its
    words (`block_words`), days and footnotes in `language`, as the briefing's citations are."""
    own = block_words(language)
    groups: dict[object, list[Source]] = {}
    for source in sources:
        groups.setdefault(story_of.get(source.id, ("source", source.id)), []).append(source)
    lines, notes = [f"**{inline_markdown(own.chronology)}**", ""], []

    def when(members: list[Source]) -> str:
        dates = sorted(s.published[:10] for s in members if s.published)
        return dates[0] if dates else "9999"

    for members in sorted(groups.values(), key=lambda m: (when(m), m[0].title.casefold())):
        members.sort(key=lambda s: (s.published or "9999", s.id))
        marks = []
        for source in members:
            notes.append(f"[^chron-{source.id}]: {source_footnote(source, language)}")
            marks.append(f"[^chron-{source.id}]")
        first = members[0]
        day = when(members)
        outlet = f" ({_ran_by(first)})" if _ran_by(first) else ""
        others = sorted({_ran_by(s) for s in members[1:] if _ran_by(s)} - {_ran_by(first)})
        more = f"; {own.also} {', '.join(others)}" if others else ""
        label = own.undated if day == "9999" else cited_day(day, language)
        lines.append(f"- **{label}** — {inline_markdown(first.title)}{outlet}{more} {''.join(marks)}")
    return "\n".join([*lines, "", *notes]) + "\n"
