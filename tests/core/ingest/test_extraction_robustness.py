"""The parser never raises, whatever text a user drops on it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.ingest import plaintext
from reader.core.ingest.article import BlockRole
from reader.core.ingest.date_lines import find_date
from reader.core.text import normalise

# Lines shaped like page furniture and dates, mixed with arbitrary text.
_LINES = st.one_of(
    st.text(max_size=120),
    st.sampled_from(["Anzeige", "Advertisement", "Mehr zum Thema", "Share", "By Jane Doe",
                     "Von Max Mustermann", "28. Oktober 2025", "3 ſept 2024", "Maı 3, 2024",
                     "11.04.2024 - 11:46 Uhr", "Updated 3:14 PM EST, Tue March 4, 2025", "1.",
                     "•", "> quote", "Foto: dpa", "[edit]", ""]),
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINES, max_size=40))
def test_parse_never_raises_and_keeps_its_promises(lines: list[str]) -> None:
    article = plaintext.parse(normalise("\n".join(lines)), "page.txt")
    for block in article.blocks:
        assert "\n" not in block.text and block.text == block.text.strip() and block.text
    assert article.body == "\n\n".join(b.text for b in article.blocks if b.role is BlockRole.BODY)


def test_unicode_case_folded_month_names_are_no_dates() -> None:
    """The case-insensitive month pattern accepts "ſept" and "Maı"; they must not crash."""
    assert find_date("3 ſept 2024") is None
    assert find_date("Maı 3, 2024") is None
    assert find_date("3 Sept 2024") is not None
