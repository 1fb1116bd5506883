"""A note's search result reads as text, not as its Markdown, and its hits stay bold.

Seen in the library pane: a note hit's snippet read "# Kernfusion NIF - **Energie…" (the note's
heading mark and bold stars as typed)."""

from __future__ import annotations

from reader.ui.library.search_results import ResultRole
from reader.ui.library.snippet_markdown import readable_snippet
from tests.ui.library.test_window_search import type_search

NOTE = ("# Kernfusion NIF\n\n- **Energiegewinn** bei der [Zündung](https://www.llnl.gov/nif) "
        "im Dezember 2022, siehe `Q > 1`\n> Kunde fragt nach _Zeitplan_ für snake_case")  # fmt: skip


def _bold(text: str, spans) -> list[str]:
    return [text[start:end] for start, end in spans]


def test_a_note_hit_shows_its_words_without_marks_in_the_window(make_window, qtbot) -> None:
    window = make_window()
    store = window.session.store
    source_id = store.sources.ids()[0]
    window.session.apply(lambda: store.notes.set(source_id, NOTE))
    type_search(window, qtbot, "Energiegewinn in:note")
    model = window.library.results_model
    (hit,) = [r for r in (model.index(n).data(ResultRole) for n in range(model.rowCount())) if r.where == "note"]
    # the note's paragraph with the hit; its heading "# Kernfusion NIF" is a block of its own
    assert hit.snippet_text == ("Energiegewinn bei der Zündung im Dezember 2022, siehe Q > 1 "
                                "Kunde fragt nach Zeitplan für snake_case")  # fmt: skip
    assert _bold(hit.snippet_text, hit.snippet_spans) == ["Energiegewinn"]


def test_the_marks_go_and_the_hits_move_with_their_words() -> None:
    text = "# Kernfusion NIF - **Energie…"
    plain, spans = readable_snippet(text, [(2, 12), (21, 28)])
    assert plain == "Kernfusion NIF - Energie…"  # a dash in the text stays, a cut-off ** goes
    assert _bold(plain, spans) == ["Kernfusion", "Energie"]


def test_a_link_reads_as_its_text_even_cut_off() -> None:
    text = "…die [NIF-Anlage](https://llnl.gov/nif) und [Bericht](https://exa…"
    start = text.index("NIF-")
    plain, spans = readable_snippet(text, [(start, start + 10), (text.index("llnl"), text.index("llnl") + 4)])
    assert plain == "…die NIF-Anlage und Bericht…"
    assert _bold(plain, spans) == ["NIF-Anlage"]  # the hit in the address is gone with it


def test_words_that_only_look_like_marks_stay() -> None:
    text = "2*3 = 6, a * b, snake_case, C# - 5 % #hashtag"
    assert readable_snippet(text, []) == (text, [])


def test_a_bullet_goes_only_where_the_note_began_a_line() -> None:
    note = "Stand:\n- Zündung 2022 - ein Meilenstein\n> Kunde fragt\n1. Zeitplan"
    text = note.replace("\n", " ")  # as the core cuts it: line breaks made spaces
    plain, spans = readable_snippet(text, [(text.index("Kunde"), text.index("Kunde") + 5)], note)
    assert plain == "Stand: Zündung 2022 - ein Meilenstein Kunde fragt Zeitplan"
    assert _bold(plain, spans) == ["Kunde"]
    cut = "…" + text[text.index("2022"):]  # a snippet that begins mid-line
    assert readable_snippet(cut, [], note)[0] == "…2022 - ein Meilenstein Kunde fragt Zeitplan"


def test_an_encoded_address_in_a_note_reads_decoded_and_hits_stay_on_their_words() -> None:
    """Seen walking the window (session 28): a note hit read "Siehe https:// de.wikipedia.org/
    wiki/M%C3%BCnchen"; the note's preview shows "…/wiki/München", and so does its snippet."""
    text = "Merz Siehe <https://de.wikipedia.org/wiki/M%C3%BCnchen> und München, Roh: https://x.jp/%E6%97%A5%20a"
    spans = [(0, 4), (text.index("und München") + 4, text.index("und München") + 11)]
    plain, moved = readable_snippet(text, spans)
    assert plain == "Merz Siehe https://de.wikipedia.org/wiki/München und München, Roh: https://x.jp/日%20a"
    assert _bold(plain, moved) == ["Merz", "München"]
