"""Copyright lines opening with or holding the © sign are the page's footer (or a picture's
credit). The phrase matcher tested each position for a word boundary or a bracket first, and
"©" is neither, so "^©" and "© 2019" never matched: such lines were read as text."""

from __future__ import annotations

import pytest

from reader.core.ingest import phrases


@pytest.mark.parametrize(
    "line",
    ["© Amazon", "© 2019 Forbes Media LLC", "Text und Bilder © 2021 Stadt Köln", "©2020 Talbote GmbH"],
)
def test_a_line_with_the_copyright_sign_is_footer(line: str) -> None:
    assert phrases.prompt_reason(line, len(line.split())) == phrases.FOOTER


def test_a_sentence_without_the_sign_or_a_notice_is_no_footer() -> None:
    line = "Der Preis stieg im Jahr 2019 um fünf Prozent, teilte das Unternehmen mit."
    assert phrases.prompt_reason(line, len(line.split())) is None
