"""German "e.V." or "e. V." after capitalised words names a registered association, whatever
its words; the words before it stop at a small word or an article. Expected names read off
hand-written sentences (made-up associations)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Im Januar erinnern die Gartenfreundinnen e.V. an ihre Gründerin.", "Gartenfreundinnen"),
        (
            "Das sagt ein Sprecher beim Bundesverband Holzpellets e. V. in Bonn.",
            "Bundesverband Holzpellets",
        ),
        (
            "Der Kölner Zeitungsleserverein e.V. lädt zur Versammlung ein.",
            "Kölner Zeitungsleserverein",
        ),
    ],
)
def test_words_before_the_legal_form_name_an_association(text: str, body: str) -> None:
    assert body in _orgs(text)


def test_no_legal_form_no_association() -> None:
    assert not _orgs("Im Januar erinnern die Gartenfreundinnen an ihre Gründerin.")
