"""A summary note's own headings sit below the source's title in the exported outline."""

from __future__ import annotations

from datetime import date

import pytest

from reader.core.export import documents
from reader.core.export.markdown import nested_headings
from reader.core.store import Store
from tests import export_library

NOTE = "# Zusammenfassung\n\nKernthese #japan\n\n## Risiken\n\n```\n# kein Titel\n```\n\n#Tag"


@pytest.fixture
def library(store: Store) -> Store:
    export_library.build(store)
    store.notes.set(1, NOTE)
    return store


def _headings(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("#")]


def test_a_source_file_has_one_top_heading(library: Store) -> None:
    text = documents.source_document(documents.load(library, 1))
    assert _headings(text) == ["# Japan–USA schmieden „Goldenes Bündnis“", "## Zusammenfassung",
                               "### Risiken", "# kein Titel", "#Tag", "## Highlights"]  # fmt: skip


def test_in_a_combined_file_the_note_nests_under_its_source(library: Store) -> None:
    text = documents.combined_document([documents.load(library, 1)], "Japan", date(2025, 11, 4))
    assert "\n### Zusammenfassung\n" in text and "\n#### Risiken\n" in text
    assert "\n# kein Titel\n" in text  # inside the code fence: not a heading


@pytest.mark.parametrize(
    ("text", "under", "expected"),
    [
        ("##### five", 2, "###### five"),  # never deeper than six
        ("   # indented", 1, "   ## indented"),
        ("~~~\n# a\n~~~\n# b", 1, "~~~\n# a\n~~~\n## b"),
        ("````\n```\n# a\n````", 1, "````\n```\n# a\n````"),  # a shorter fence does not close
        ("#hashtag and # not at start", 1, "#hashtag and # not at start"),
    ],
)
def test_nested_headings(text: str, under: int, expected: str) -> None:
    assert nested_headings(text, under) == expected
