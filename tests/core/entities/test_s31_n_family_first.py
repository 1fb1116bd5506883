"""Chinese and Korean names written family name first sort under the family name: "Xi
Jinping" under X (it went under J, the last word), "Kim Jong Un" under K (was U); a Japanese
name in Western order ("Shigeru Ishiba") and a Western name that opens with a word the lists
hold as a family name ("Lee Marvin", "Kim Basinger") still sort by their last word."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, sort_name
from reader.core.entities.east_asian_names import family_name_first

_PERSON = EntityKind.PERSON


@pytest.mark.parametrize(
    "name",
    ["Xi Jinping", "Li Qiang", "Wang Yi", "Kim Jong Un", "Kim Jong-un", "Moon Jae-in",
     "Tsai Ing-wen", "Lee Hsien Loong", "Park Dong Woo", "Han Kang", "Zhou Enlai"],
)  # fmt: skip
def test_family_name_first(name: str) -> None:
    assert family_name_first(name)
    assert sort_name(_PERSON, name) == name.casefold()


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Shigeru Ishiba", "ishiba shigeru"),
        ("Lee Marvin", "marvin lee"),
        ("Kim Basinger", "basinger kim"),
        ("Lee Harvey Oswald", "oswald lee harvey"),
        ("Jack Ma", "ma jack"),
        ("Andrew Yang", "yang andrew"),
        ("Ko Sato", "sato ko"),  # "to": no pinyin syllable, a Japanese name in Western order
    ],
)
def test_other_names_sort_by_the_last_word(name: str, key: str) -> None:
    assert not family_name_first(name)
    assert sort_name(_PERSON, name) == key


def test_a_title_before_the_name_is_left_out() -> None:
    assert sort_name(_PERSON, "Dr. Wang Yi") == "wang yi"


def test_other_kinds_sort_as_written() -> None:
    assert sort_name(EntityKind.ORG, "Kim Group") == "kim group"
