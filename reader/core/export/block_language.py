"""An inserted chronology or who's who, put into the language of the export.

Insert chronology and Insert who's who write their block into the briefing as text, in the
export language of that moment. The export wrote it as stored, so a briefing whose chronology
was inserted from a German window and exported in English (Preferences' export language
changed, or `briefing export`, which writes English unless German was chosen) said
"**Chronologie**", "28.10.2025", "ohne Datum", "; auch", „…“ among English quotes and citations.

A text item is such a block when it holds their footnote definitions (`[^chron-7]: …`,
`[^who-7]: …`). Its generated words are put into the export's language: the heading and section
titles of either language (`block_words`), a chronology line's day ("28.10.2025" ↔
"2025-10-28", undated) and the "also" before a story's other outlets; the footnotes are cited
anew from the library, as the quotes' are. What the user wrote or changed in the block, and a
source no longer in the library, is left as it stands; the roles after a name are the
articles' own words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.core.block_words import BLOCK_WORDS, block_words
from reader.core.footnotes import Cited, cited_day, inline_markdown, source_footnote

SourceOf = Callable[[int], Cited | None]

_DEFINITION = re.compile(r"^\[\^(?:chron|who)-(\d+)\]:[ \t]")
_CHRONOLOGY_LINE = re.compile(r"^- \*\*(?P<day>[^*\n]+)\*\* — (?P<rest>.*?)(?P<marks>(?: ?\[\^chron-\d+\])+)$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_GERMAN_DAY = re.compile(r"^(\d{2})\.(\d{2})\.(\d{4})$")


def in_language(text: str, language: str, source_of: SourceOf) -> str:
    """`text`, a briefing's text item, with an inserted block's own words and citations in
    `language`; any other text as it is."""
    lines = text.split("\n")
    if not any(_DEFINITION.match(line) for line in lines):
        return text
    titles = _titles(language)
    for number, line in enumerate(lines):
        if line in titles:
            lines[number] = titles[line]
        elif (definition := _DEFINITION.match(line)) and (source := source_of(int(definition.group(1)))):
            lines[number] = definition.group(0) + source_footnote(source, language)
        elif entry := _CHRONOLOGY_LINE.match(line):
            lines[number] = _chronology_line(entry, language)
    return "\n".join(lines)


def _titles(language: str) -> dict[str, str]:
    """Every language's heading and section lines, each mapped to `language`'s."""
    own = block_words(language)
    titles: dict[str, str] = {}
    for words in BLOCK_WORDS.values():
        for heading, mine in ((words.chronology, own.chronology), (words.whos_who, own.whos_who)):
            titles[f"**{inline_markdown(heading)}**"] = f"**{inline_markdown(mine)}**"
        for section, mine in ((words.people, own.people), (words.organisations, own.organisations)):
            titles[f"*{inline_markdown(section)}*"] = f"*{inline_markdown(mine)}*"
    return titles


def _chronology_line(entry: re.Match[str], language: str) -> str:
    """A chronology's line with its day and its "also" in `language`."""
    own = block_words(language)
    day, rest = entry.group("day"), entry.group("rest")
    if any(day == words.undated for words in BLOCK_WORDS.values()):
        day = own.undated
    elif german := _GERMAN_DAY.match(day):
        day = cited_day(f"{german.group(3)}-{german.group(2)}-{german.group(1)}", language)
    elif _ISO_DAY.match(day):
        day = cited_day(day, language)
    # "; also DWN, FAZ", a story's other outlets: only on a line citing more than one source,
    # and last. A title's own "; auch" on a line of one source was made "; also"; and with
    # English looked for first, a title's "; also" was taken for the list, its "; auch" left.
    if entry.group("marks").count("[^") > 1:
        at, also = max((rest.rfind(f"; {words.also} "), words.also) for words in BLOCK_WORDS.values())
        if at >= 0:
            rest = f"{rest[:at]}; {own.also} {rest[at + len(also) + 3:]}"
    return f"- **{day}** — {rest}{entry.group('marks')}"
