"""The body model's fast paths answer as the slow paths they stand in for.

`region.probabilities` weighs each block's second-pass inputs as they are made, where the
training script keeps them as rows (`second_features`) and weighs those (`second_pass`): the
two must give the same floats, or the model would be trained on other numbers than it is run
on. `_opens_thread` tries the thread heading's pattern only on lines that start with a count,
"one" or "ein…"; the reference below tries it on every line. `line_evidence` tells an ASCII
line printable from its bytes; the reference asks `str.isprintable`.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.ingest import region
from reader.core.ingest.body_model import MODEL
from reader.core.ingest.line_evidence import _PRINTABLE_LATIN, line_evidence

_FEATURE = st.one_of(
    st.sampled_from((0.0, 1.0)), st.floats(min_value=-6.0, max_value=6.0, allow_nan=False)
)


@st.composite
def _pages(draw: st.DrawFn) -> tuple[list[list[float]], set[int]]:
    rows = draw(
        st.lists(
            st.lists(_FEATURE, min_size=len(region.FEATURES), max_size=len(region.FEATURES)),
            min_size=1,
            max_size=25,
        )
    )
    skip = draw(st.sets(st.integers(min_value=0, max_value=len(rows) - 1)))
    return rows, skip


# 100 pages, not 300: a page is up to 25 rows of every feature, so each draw is costly (300
# took ~4 s of CPU); two ways of adding the same floats part on most pages, not on rare ones.
@settings(deadline=None, max_examples=100)
@given(page=_pages())
def test_probabilities_are_the_second_pass_over_the_training_rows(
    page: tuple[list[list[float]], set[int]],
) -> None:
    rows, skip = page
    first = region.first_pass(rows, MODEL)
    kept = region.second_features(first, rows, skip, MODEL.threshold)
    assert region.probabilities(rows, skip, MODEL) == region.second_pass(kept, MODEL)


def _opens_thread_slow(text: str) -> bool:
    """`_opens_thread` without the first-character test."""
    if region._THREAD_HEAD.match(text):
        return True
    return len(text) <= region._THREAD_CUE_CHARS and bool(
        region._THREAD_CUE.fullmatch(text.lower().rstrip(" :.!?…"))
    )


_OPENINGS = st.sampled_from(
    ("", "3 ", "142 ", "٣ ", "One ", "one ", "ONE ", "Ein ", "eine ", "EINEN ", "ein", "On ", "E")
)
_WORDS = st.sampled_from(
    ("thoughts", "thought", "responses", "reply", "Replies", "comments", "Kommentare",
     "Antworten", "Gedanken", "Reaktionen", "on", "to", "zu", "auf", "“Title”", "x", " ", "\t")
)  # fmt: skip


@settings(deadline=None, max_examples=500)
@given(opening=_OPENINGS, words=st.lists(_WORDS, max_size=6), tail=st.text(max_size=8))
def test_the_thread_heading_gate_refuses_no_heading(
    opening: str, words: list[str], tail: str
) -> None:
    text = opening + " ".join(words) + tail
    assert region._opens_thread(text) == _opens_thread_slow(text), text


def test_thread_headings_from_hand_are_read() -> None:
    for text in ("34 responses to “Kein Plan”", "One thought on “Hello”", "EIN Kommentar zu …"):
        assert region._opens_thread(text), text
    assert region._opens_thread("Leserkommentare:")
    for text in ("Responses to the plan", "The 34 responses to it", "Leserkommentare zum Text"):
        assert not region._opens_thread(text), text


@settings(deadline=None, max_examples=300)
@given(text=st.text(alphabet=st.characters(max_codepoint=127), min_size=1, max_size=60))
def test_ascii_printable_from_bytes_is_str_isprintable(text: str) -> None:
    assert (not text.encode().translate(None, _PRINTABLE_LATIN)) is text.isprintable()


def test_line_evidence_of_an_ascii_line_with_a_tab_counts_sentences_by_pattern() -> None:
    """A tab makes a line unprintable: its sentence marks are counted by the pattern, which
    takes a tab for white space ("Ende.\\tNeu" holds one), the byte count only a space."""
    assert line_evidence("Ende.\tNeu beginnt", 3)[0] > 0.0
    assert line_evidence("Ende.Neu beginnt", 2)[0] == 0.0
