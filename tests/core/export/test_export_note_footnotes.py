"""The user's own footnotes in a source's file: each note's and annotation's `[^1]` is its own.

A summary note and an annotation (or two sources' notes in one combined file) that both wrote
`[^1]` gave a file with two `[^1]:` definitions: Obsidian keeps the first, so the second
reference showed the other note's text. The files are written and read back as Obsidian would.
"""

from __future__ import annotations

import re
from pathlib import Path

from reader.core.export.footnote_order import distinct_labels
from reader.core.export.writer import export_combined, export_sources
from reader.core.store import Store
from tests import export_library

NOTE_1 = "Kernthese.[^1] Zweitens.[^quelle]\n\n[^1]: Eigene Schätzung.\n[^quelle]: Gespräch am 3.11."
NOTE_2 = "China-Bezug.[^1]\n\n[^1]: Notiz zu DWN.\n    (Fortsetzung der Fußnote)"
ANNOTATION = "Prüfen.[^1] Und [^QUELLE].\n\n[^1]: Aus dem Kundengespräch.\n[^QUELLE]: Notiz im Telefonat."


def _footnotes(text: str) -> tuple[list[str], dict[str, str]]:
    """The labels referenced, in order, and each definition's text by label (the first one of
    a label, as Obsidian keeps it); a second definition of a label is an error here."""
    definitions: dict[str, str] = {}
    for label, note in re.findall(r"^\[\^([^\]]+)\]: (.*)$", text, re.M):
        assert label.casefold() not in {d.casefold() for d in definitions}, f"[^{label}] defined twice"
        definitions[label] = note
    return re.findall(r"\[\^([^\]]+)\](?!:)", text), definitions


def _annotated(store: Store) -> Store:
    export_library.build(store)
    store.notes.set(1, NOTE_1)
    store.notes.set(2, NOTE_2)
    first = store.highlights.for_source(1)[0]
    store.highlights.update(first.id, annotation=ANNOTATION)
    return store


def test_a_note_and_an_annotation_keep_their_own_footnotes(store: Store, tmp_path: Path) -> None:
    export_sources(_annotated(store), [1], tmp_path)
    (path,) = tmp_path.glob("*.md")
    refs, notes = _footnotes(path.read_text(encoding="utf-8"))
    assert [notes[r] for r in refs] == ["Eigene Schätzung.", "Gespräch am 3.11.",
                                        "Aus dem Kundengespräch.", "Notiz im Telefonat."]  # fmt: skip


def test_two_notes_in_one_combined_file_keep_their_own(store: Store, tmp_path: Path) -> None:
    export_combined(_annotated(store), [2, 1], tmp_path, "Japan")
    text = (tmp_path / "Japan.md").read_text(encoding="utf-8")
    refs, notes = _footnotes(text)
    assert [notes[r] for r in refs] == ["Notiz zu DWN.", "Eigene Schätzung.", "Gespräch am 3.11.",
                                        "Aus dem Kundengespräch.", "Notiz im Telefonat."]  # fmt: skip
    assert "    (Fortsetzung der Fußnote)" in text  # a definition's continuation stays with it


def test_labels_inside_code_and_escaped_ones_are_text() -> None:
    blocks = ["a[^1]\n\n[^1]: x", "```\n[^1]: code\n```\nb[^1] \\[^1]\n\n[^1]: y"]
    assert distinct_labels(blocks) == ["a[^1]\n\n[^1]: x", "```\n[^1]: code\n```\nb[^1-2] \\[^1]\n\n[^1-2]: y"]


def test_a_block_without_clashes_is_kept_as_written() -> None:
    blocks = ["a[^1]\n\n[^1]: x", "b[^2]\n\n[^2]: y", "c[^1-2][^1]\n\n[^1]: z\n[^1-2]: w"]
    assert distinct_labels(blocks) == ["a[^1]\n\n[^1]: x", "b[^2]\n\n[^2]: y",
                                       "c[^1-2][^1-3]\n\n[^1-3]: z\n[^1-2]: w"]  # fmt: skip
