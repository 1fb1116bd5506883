"""A title quoting something is quoted with the inner quotation in single marks."""

from __future__ import annotations

import pytest

from reader.core.footnotes import quoted


@pytest.mark.parametrize(
    ("title", "language", "expected"),
    [
        (
            "Japan–USA schmieden „Goldenes Bündnis“",
            "de",
            "„Japan–USA schmieden ‚Goldenes Bündnis‘“",
        ),
        (
            "Japan–USA schmieden „Goldenes Bündnis“",
            "en",
            "“Japan–USA schmieden ‘Goldenes Bündnis’”",
        ),
        ("Trump hails “golden age” of alliance", "en", "“Trump hails ‘golden age’ of alliance”"),
        ("Le «sommet» de Tokyo", "de", "„Le ‚sommet‘ de Tokyo“"),
        ("Kein Zitat", "de", "„Kein Zitat“"),
        ("A lone “ mark", "en", "“A lone “ mark”"),  # no pair: left as written
    ],
)
def test_inner_quotations_take_single_marks(title: str, language: str, expected: str) -> None:
    assert quoted(title, language) == expected
