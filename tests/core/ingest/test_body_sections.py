"""The article's last section above its references (`body_sections`).

Copied pages built by hand: an encyclopaedia entry whose short last section (a heading and one
paragraph) stands between a list of short items and its "References" heading. The section is
the article's; a comment thread's heading or a furniture line in between keeps it out.
"""

from __future__ import annotations

from reader.core.ingest.body_sections import is_references
from reader.core.ingest.plaintext import parse

HEAD = [
    "Main page", "Random article", "Log in", "",
    "Lindenau Water Tower", "",
    "The Lindenau Water Tower is a brick tower of 38 metres in the west of the town. It was built in 1904 to supply the quickly growing district with water and is a landmark today.",
    "", "History", "",
    "Around 1900 the pressure in the town's network no longer reached the upper floors of the new tenements, and the council decided in 1902 to build a high tank on the hill.",
    "", "Construction", "",
    "The tower stands on an octagonal base of sandstone. The tank held 600 cubic metres of water and rested on a steel frame that cannot be seen from outside.",
    "Base: sandstone from the Elbe valley", "Shaft: red brick", "Dome: copper, renewed in 1998", "",
    "Use today", "",
]  # fmt: skip
LAST = "Since 2006 the tower has housed a small museum of the town's water supply, and its platform is open at weekends."
TAIL = ["", "References", "", "↑ Town archive, council minutes 1902.", "", "Privacy policy", "About", "Disclaimers"]


def body(lines: list[str]) -> str:
    return parse("\n".join(lines)).body


def test_the_last_section_above_the_references_is_the_articles() -> None:
    text = body([*HEAD, LAST, *TAIL])
    assert "Dome: copper, renewed in 1998" in text
    assert "Use today" in text
    assert LAST in text
    assert "Town archive" not in text


def test_a_comment_heading_is_no_references_heading() -> None:
    assert not is_references("Comments")
    assert not is_references("Leave a Reply")
    assert is_references("References")
    assert is_references("4 Einzelnachweise")
    assert is_references("Weblinks")


def test_a_furniture_line_in_between_keeps_the_section_out() -> None:
    text = body([*HEAD, "Share this article", LAST, *TAIL])
    assert LAST not in text
