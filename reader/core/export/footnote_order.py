"""A briefing's footnotes numbered in reading order: [1] at the first citation, [2] at the next.

A briefing's Markdown gathers footnotes from three places: its quotes' citations, and the
definitions inside an inserted chronology (`[^chron-7]`) or who's who (`[^who-7]`), which sit
in the middle of the document. Renderers that number footnotes where they are defined
(python-markdown by default) then give the first quote of a briefing that opens with a
chronology a number after all the chronology's; and a raw reader of the file sees labels that
count nothing. So the document is rewritten once: every reference becomes `[^n]`, n counting
sources in the order they are first cited, and the definitions are taken out of the blocks and
listed once, in that order, at the end. Footnotes with the same text (a source cited by the
chronology and again by the who's who) are one source to the reader and share one number, as
Obsidian would number a label cited twice.

Definitions nobody cites keep their text and follow the cited ones; references without a
definition stay as written (every renderer shows them as plain text). Fenced code is left alone,
also inside a quote ("> ```", a highlight of a code block).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

_DEFINITION = re.compile(r"^\[\^(?P<label>[^\]\s]+)\]:[ \t]*(?P<text>.*)$")
_REFERENCE = re.compile(r"(?<!\\)\[\^(?P<label>[^\]\s]+)\](?!:)")
_RUN = re.compile(r"(?:\[\^\d+\]){2,}")  # references side by side, once renumbered
# A code fence, also inside a quote of any depth ("> ```", "> > ```", ">>```"): a quote's code
# is a highlight of a code block, exported as such, or the user's, and may hold "[^1]" (a regex).
_QUOTE = re.compile(r"(?: {0,3}> ?)*")
_FENCE = re.compile(r"^(?P<quote>(?: {0,3}> ?)*) {0,3}(?P<fence>`{3,}|~{3,})")
_CONTINUATION = ("    ", "\t")  # an indented line after a definition continues it


@dataclass(frozen=True, slots=True)
class Numbered:
    """The blocks with references renumbered and definitions taken out, and the definitions as
    `[^n]: text` lines in number order."""

    blocks: list[str]
    definitions: list[str]


def number_in_reading_order(blocks: list[str]) -> Numbered:
    """Renumber the footnotes of `blocks` (Markdown, in reading order) as the module says.

    A reference means its own block's definition of the label when there is one (two
    chronologies inserted in different languages each keep their words), else the document's
    first definition of it."""
    local = [_take_definitions(block) for block in blocks]
    first: dict[str, str] = {}
    for _text, texts in local:
        for label, text in texts.items():
            first.setdefault(label, text)
    numbers: dict[str, int] = {}  # a footnote's text → its number

    def number(text: str) -> int:
        return numbers.setdefault(text, len(numbers) + 1)

    renumbered = []
    for text, texts in local:

        def renumber(match: re.Match[str], texts: dict[str, str] = texts) -> str:
            note = texts.get(match.group("label"), first.get(match.group("label")))
            return match.group(0) if note is None else f"[^{number(note)}]"

        renumbered.append(_outside_fences(text, lambda line: _RUN.sub(_ascending, _REFERENCE.sub(renumber, line))))
    for _text, texts in local:  # defined but never cited: kept, after the cited ones
        for note in texts.values():
            number(note)
    definitions = [f"[^{n}]: {note}" for note, n in sorted(numbers.items(), key=lambda i: i[1])]
    return Numbered([b for b in renumbered if b.strip()], definitions)


def _ascending(run: re.Match[str]) -> str:
    """References side by side in number order, each once: a who's who cites a person's sources
    by id, and numbered in reading order they read "Fumio Kishida ²¹" after a chronology."""
    numbers = sorted({int(n) for n in re.findall(r"\d+", run.group(0))})
    return "".join(f"[^{n}]" for n in numbers)


def _take_definitions(block: str) -> tuple[str, dict[str, str]]:
    """The block without its footnote definitions, and those by label (a label's first)."""
    kept: list[str] = []
    texts: dict[str, str] = {}
    current: str | None = None
    fence = ""
    for line in block.split("\n"):
        fence = _fence_after(line, fence)
        if current is not None and line.startswith(_CONTINUATION) and not fence:
            texts[current] += "\n" + line
            continue
        current = None
        match = None if fence or _FENCE.match(line) else _DEFINITION.match(line)
        if match is None:
            kept.append(line)
            continue
        label = match.group("label")
        if label not in texts:
            texts[label] = match.group("text")
            current = label
    return "\n".join(kept).strip("\n"), texts


def _outside_fences(block: str, change: Callable[[str], str]) -> str:
    """`change` applied to each line of the block that is not inside fenced code."""
    out: list[str] = []
    fence = ""
    for line in block.split("\n"):
        inside = _still_open(line, fence) or _FENCE.match(line)
        fence = _fence_after(line, fence)
        out.append(line if inside else change(line))
    return "\n".join(out)


def _fence_after(line: str, fence: str) -> str:
    """The open code fence after `line` ('' when none), as its quote's ">"s and its marks
    (">```"): a fence opens and closes with the same run of backticks or tildes, at least as
    long, at the same quote depth."""
    fence = _still_open(line, fence)
    depth = fence.count(">")
    match = _FENCE.match(line)
    if match is None:
        return fence
    quote, marks = ">" * match.group("quote").count(">"), match.group("fence")
    if not fence:
        return quote + marks
    same = len(quote) == depth and marks[0] == fence[depth] and len(marks) >= len(fence) - depth
    return "" if same else fence


def _still_open(line: str, fence: str) -> str:
    """`fence`, unless `line` is quoted less deeply: that ends the quote and the code in it
    (CommonMark continues no code lazily)."""
    quoted = _QUOTE.match(line)
    return "" if quoted is not None and quoted.group(0).count(">") < fence.count(">") else fence


def distinct_labels(blocks: list[str]) -> list[str]:
    """The blocks with each block's own footnotes under labels no earlier block defines.

    A source's file (and a combined file's sources) gathers the user's Markdown from several
    places: the summary note and each annotation, each a block written on its own, where `[^1]`
    is the natural first label. Together in one file, a second `[^1]:` is ignored by Obsidian and
    every renderer: the second note's reference showed the first note's text. So a label a block
    defines that an earlier block defined already is renamed in that block, reference and
    definition alike (`[^1]` → `[^1-2]`); the footnotes stay where the user wrote them, and
    Obsidian numbers them in reading order whatever their labels. Labels compare without case,
    as footnote labels match. Fenced code is left alone.
    """
    taken: set[str] = set()
    out: list[str] = []
    for block in blocks:
        _text, texts = _take_definitions(block)
        renamed: dict[str, str] = {}
        for label in texts:
            if label.casefold() in taken:
                renamed[label] = _free_label(label, taken | {x.casefold() for x in texts})
            taken.add(renamed.get(label, label).casefold())
        out.append(_outside_fences(block, partial(_rename, renamed=renamed)) if renamed else block)
    return out


_RENAMED = re.compile(r"(?<!\\)\[\^(?P<label>[^\]\s]+)\]")  # a reference or a definition's label


def _rename(line: str, renamed: dict[str, str]) -> str:
    return _RENAMED.sub(lambda m: f"[^{renamed.get(m.group('label'), m.group('label'))}]", line)


def _free_label(label: str, taken: set[str]) -> str:
    """`label-2`, `label-3` …: the first one not `taken` (casefolded)."""
    n = 2
    while f"{label}-{n}".casefold() in taken:
        n += 1
    return f"{label}-{n}"
