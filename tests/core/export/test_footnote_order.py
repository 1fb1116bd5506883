"""The renumbering pass on hand-written blocks: what it changes and what it leaves alone."""

from __future__ import annotations

from reader.core.export.footnote_order import number_in_reading_order


def test_references_count_from_the_top_and_definitions_follow_in_that_order() -> None:
    done = number_in_reading_order(["A[^z] B[^y]\n\n[^y]: Why\n[^z]: Zed", "C[^x][^z]", "[^x]: Ex"])
    assert done.blocks == ["A[^1] B[^2]", "C[^1][^3]"]  # side by side: in number order
    assert done.definitions == ["[^1]: Zed", "[^2]: Why", "[^3]: Ex"]


def test_labels_with_the_same_text_share_a_number() -> None:
    done = number_in_reading_order(
        ["A[^chron-3]\n\n[^chron-3]: Outlet, “T”", "B[^who-3]\n\n[^who-3]: Outlet, “T”"]
    )
    assert done.blocks == ["A[^1]", "B[^1]"]
    assert done.definitions == ["[^1]: Outlet, “T”"]


def test_an_uncited_definition_is_kept_after_the_cited_ones() -> None:
    done = number_in_reading_order(["[^old]: Gone line's source\n[^b]: Bee", "Text[^b]"])
    assert done.blocks == ["Text[^1]"]
    assert done.definitions == ["[^1]: Bee", "[^2]: Gone line's source"]


def test_undefined_escaped_and_fenced_markers_stay_as_written() -> None:
    block = "See[^nowhere] and \\[^a] quoted.\n\n```\nx[^a]\n[^a]: not a definition\n```\nY[^a]\n\n[^a]: Ay"
    done = number_in_reading_order([block])
    assert done.blocks == [
        "See[^nowhere] and \\[^a] quoted.\n\n```\nx[^a]\n[^a]: not a definition\n```\nY[^1]"
    ]
    assert done.definitions == ["[^1]: Ay"]


def test_an_indented_continuation_stays_with_its_definition() -> None:
    done = number_in_reading_order(["Q[^n]\n\n[^n]: First line\n    second line\n\nAfter."])
    assert done.blocks == ["Q[^1]\n\n\nAfter."]
    assert done.definitions == ["[^1]: First line\n    second line"]


def test_a_label_defined_twice_means_its_own_blocks_definition() -> None:
    """Two chronologies inserted in two languages both define [^chron-3]."""
    english = "A[^chron-3]\n\n[^chron-3]: Outlet, 2025-10-28, “T”"
    german = "B[^chron-3]\n\n[^chron-3]: Outlet, 28.10.2025, „T“"
    done = number_in_reading_order([english, german, "C[^chron-3]"])
    assert done.blocks == ["A[^1]", "B[^2]", "C[^1]"]  # C has none of its own: the first one
    assert done.definitions == ["[^1]: Outlet, 2025-10-28, “T”", "[^2]: Outlet, 28.10.2025, „T“"]


def test_references_side_by_side_read_in_number_order_each_once() -> None:
    """A who's who after a chronology cited "Fumio Kishida ²¹": its labels go by source id,
    the chronology numbered the sources by date."""
    chronology = "- 2022 — Old[^chron-4]\n- 2024 — New[^chron-3]\n\n[^chron-4]: Four\n[^chron-3]: Three"
    whos_who = "- **Fumio Kishida**[^who-3][^who-4] and [^who-3]\n\n[^who-3]: Three\n[^who-4]: Four"
    done = number_in_reading_order([chronology, whos_who, "Twice[^a][^b]\n\n[^a]: Four\n[^b]: Four"])
    assert done.blocks[1] == "- **Fumio Kishida**[^1][^2] and [^2]"
    assert done.blocks[2] == "Twice[^1]"


def test_a_quotes_fenced_code_is_left_alone_at_any_depth() -> None:
    """A highlight of a code block is exported as a quote holding a fence, its citation under
    the fence; the code may hold "[^1]" (a regex), which no renumbering may touch."""
    quoted = '> ```python\n> MARK = re.compile(r"\\[^1]")\n> x = "[^a]"\n> ```\n>\n> [^a]\n\n[^a]: Ay'
    nested = "> > ~~~\n> > y[^a]\n> > ```\n> > ~~~\n> > z[^a]"  # two deep; a ``` inside a ~~~ fence is code
    tight = ">>```\n>>w[^a]\n>>```"
    done = number_in_reading_order([quoted, nested, tight])
    assert done.blocks == [
        '> ```python\n> MARK = re.compile(r"\\[^1]")\n> x = "[^a]"\n> ```\n>\n> [^1]',
        "> > ~~~\n> > y[^a]\n> > ```\n> > ~~~\n> > z[^1]",
        ">>```\n>>w[^a]\n>>```",
    ]
    assert done.definitions == ["[^1]: Ay"]


def test_a_quotes_fence_ends_with_the_quote() -> None:
    """A line quoted less deeply ends the quote and its code (CommonMark continues no code
    lazily); a fence one level deeper inside the code is code, and closes nothing."""
    block = "> ```\n> > ```\n> a[^a]\nb[^a]\n\n[^a]: Ay"
    done = number_in_reading_order([block])
    assert done.blocks == ["> ```\n> > ```\n> a[^a]\nb[^1]"]
