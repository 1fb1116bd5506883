"""The compare-and-set of the texts the window's editors save (a note, an annotation, a
briefing's heading or text): written only while the stored text is still the one the editor
loaded, checked in the write's own transaction; else `ChangedElsewhereError` carries the
stored text and nothing is written. Two connections to one library file, as the window and a
`briefing` command in a terminal have."""

from __future__ import annotations

import pytest

from reader.core.ingest.prepare import prepare_bytes
from reader.core.store import ChangedElsewhereError, Store


def _source(store: Store) -> int:
    text = b"Tokio\n\nDie Regierung in Tokio kuendigte neue Investitionen an.\n"
    return store.sources.add(prepare_bytes(text, "tokio.txt"))[0]


def test_a_note_changed_elsewhere_is_not_written_over(two: tuple[Store, Store]) -> None:
    window, terminal = two
    source_id = _source(window)
    window.notes.set(source_id, "Loaded")
    terminal.notes.set(source_id, "Set in a terminal")
    with pytest.raises(ChangedElsewhereError) as raised:
        window.notes.set(source_id, "Typed", expected="Loaded")
    assert raised.value.stored == "Set in a terminal"
    assert terminal.notes.get(source_id).body == "Set in a terminal"
    window.notes.set(source_id, "Typed", expected="Set in a terminal")
    assert terminal.notes.get(source_id).body == "Typed"


def test_a_note_never_written_is_expected_empty(two: tuple[Store, Store]) -> None:
    window, terminal = two
    source_id = _source(window)
    window.notes.set(source_id, "Typed", expected="")
    assert terminal.notes.get(source_id).body == "Typed"


def test_an_annotation_changed_elsewhere_is_not_written_over(two: tuple[Store, Store]) -> None:
    window, terminal = two
    highlight, _ = window.highlights.add(_source(window), 0, 5, "evidence", "Loaded")
    terminal.highlights.update(highlight.id, annotation="Set in a terminal")
    with pytest.raises(ChangedElsewhereError) as raised:
        window.highlights.update(highlight.id, annotation="Typed", expected_annotation="Loaded")
    assert raised.value.stored == "Set in a terminal"
    stored = terminal.highlights.get(highlight.id)
    assert stored is not None and stored.annotation == "Set in a terminal"


def test_a_briefing_text_changed_elsewhere_is_not_written_over(two: tuple[Store, Store]) -> None:
    window, terminal = two
    briefing, _ = window.briefings.create("Q4")
    item, _ = window.briefings.add_text(briefing.id, "Loaded")
    terminal.briefings.update_item_text(item.id, "Set in a terminal")
    with pytest.raises(ChangedElsewhereError) as raised:
        window.briefings.update_item_text(item.id, "Typed", expected="Loaded")
    assert raised.value.stored == "Set in a terminal"
    stored = terminal.briefings.item(item.id)
    assert stored is not None and stored.text == "Set in a terminal"
