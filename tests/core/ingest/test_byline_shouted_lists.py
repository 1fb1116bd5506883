"""A shouted list of co-authors is set in normal case name by name, also the names a comma
or a hyphen touches ("By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER").

Expected values are the names as a person would write them.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.byline import clean_byline


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER",
            "Lisa Mascaro, Mary Clare Jalonick and Eric Tucker",
        ),
        ("By ANNA SMITH-JONES", "Anna Smith-Jones"),
        ("Von HANS-PETER MÜLLER und ANNA WEBER", "Hans-Peter Müller und Anna Weber"),
        # Capitals inside a mixed line are not set in normal case: an acronym stays, and
        # shouted words after the names are the outlet, which goes.
        ("IT Finanzmagazin /PP", "IT Finanzmagazin"),
        ("Kevin McCoy USA TODAY", "Kevin McCoy"),
    ],
)
def test_shouted_names_in_normal_case(line: str, names: str) -> None:
    assert clean_byline(line) == names
