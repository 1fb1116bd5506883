"""German related-reading headings under an article (found on saved pages' set-aside lists)."""

from __future__ import annotations

import pytest

from reader.core.ingest import phrases


@pytest.mark.parametrize(
    "line",
    [
        "Schon gelesen?",
        "Das könnte dich auch interessieren",
        "Das Thema könnte Sie auch interessieren",
        "Vorschau auf den nächsten Artikel",
    ],
)
def test_related_reading_headings_are_labels(line: str) -> None:
    assert phrases.label_reason(line) == phrases.RELATED


def test_an_auch_lesen_line_is_a_related_link() -> None:
    line = "Auch lesen: Der neue Tarif für Pendler"
    assert phrases.prompt_reason(line, len(line.split())) == phrases.RELATED
    # The words inside a sentence are no label.
    assert phrases.label_reason("Das haben wir schon gelesen und besprochen.") is None
