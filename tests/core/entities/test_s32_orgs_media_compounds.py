"""A German compound that names a piece of journalism after the outlet that made it names the
outlet, as "Reuters-Bericht" does: "im Quorblick-Interview", "ein Velmar-Talk", "im
Kalvora-Podcast"; a word of the language before the piece ("Stunden-Interview",
"Video-Podcast") names none."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {e.name for e in extract(text, "de") if e.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Das erklärte die Ärztin gestern im Quorblick-Interview.", "Quorblick"),
        ("Florian Berg führte mit ihr einen Velmar-Talk über ihren Glauben.", "Velmar"),
        ("Über die neue Saison sprach er im Kalvora-Podcast.", "Kalvora"),
    ],
)
def test_outlet_before_its_piece(text: str, outlet: str) -> None:
    assert outlet in _orgs(text)


def test_word_before_the_piece_is_no_outlet() -> None:
    text = "Das Stunden-Interview lief spät, danach kam ein Video-Podcast über Gärten."
    assert _orgs(text) == set()
