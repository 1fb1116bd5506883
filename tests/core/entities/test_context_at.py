"""Where a mention stands in its keyword-in-context line: the line makes white space single and
cuts long sides with "…", so the mention's offsets in the text are not its place in the line;
`context_at` says that place, which the Entities view marks (a search for the name there found
the first of two mentions in one sentence for both)."""

from __future__ import annotations

from reader.core.entities import context_at, context_line

WINDOW = "Erst kam der Bericht.\n\nDann   sagte\tMerz, Merz  sei bereit, und ging."


def test_each_mention_of_a_sentence_gets_its_own_place_in_the_one_line() -> None:
    first = WINDOW.index("Merz")
    second = WINDOW.index("Merz", first + 1)
    line, at_first = context_at(WINDOW, first, first + 4)
    same, at_second = context_at(WINDOW, second, second + 4)
    assert line == same == "Dann sagte Merz, Merz sei bereit, und ging."
    assert (at_first, at_second) == ((11, 15), (17, 21))
    assert line == context_line(WINDOW, second, second + 4)


def test_a_long_left_side_cut_with_an_ellipsis_moves_the_place() -> None:
    window = "Wort " * 40 + "Merz sprach."
    start = window.index("Merz")
    line, (a, b) = context_at(window, start, start + 4, width=20)
    assert line.startswith("…") and line[a:b] == "Merz"


def test_a_title_before_the_name_does_not_end_the_sentence() -> None:
    # the line of "Matt Bevin" began at his name, without the "Gov." the roles write out
    for window, name in (
        ("Earlier. Kentucky Gov. Matt Bevin signed it.", "Matt Bevin"),
        ("Earlier. Army Lt. Col. Ann Reyes spoke.", "Ann Reyes"),
        ("Earlier. The Rt. Hon. Lindsay Hoyle spoke.", "Lindsay Hoyle"),
    ):
        start = window.index(name)
        line, (a, b) = context_at(window, start, start + len(name))
        assert line == window.removeprefix("Earlier. ") and line[a:b] == name
