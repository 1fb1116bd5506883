"""The Name column's order is worked out once per listing: each key typed in the filter of a
list sorted by name re-sorted it by `sort_name` over every entity again (180 ms at 50,000
entities), where the keys only change when the library's list does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader.core.entities import EntityKind, EntitySummary
from reader.ui.entities import entity_models
from reader.ui.entities.entity_models import NAME, EntityTableModel

PEOPLE = [
    EntitySummary(1, EntityKind.PERSON, "Anna Zeller", (), 3, 5),
    EntitySummary(2, EntityKind.PERSON, "Ina Berger", ("Dr.",), 2, 2),
    EntitySummary(3, EntityKind.PERSON, "Karl Adler", (), 1, 1),
    EntitySummary(4, EntityKind.ORG, "Bundesbank", (), 1, 1),
]


def _names(model: EntityTableModel) -> list[str]:
    return [e.name for r in range(model.rowCount()) if (e := model.entity(r)) is not None]


def test_typing_in_a_name_sorted_list_asks_no_key_again(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    real = entity_models.sort_name
    monkeypatch.setattr(entity_models, "sort_name", lambda kind, name: asked.append(name) or real(kind, name))
    model = EntityTableModel()
    model.set_entities(PEOPLE)
    model.sort(NAME, Qt.SortOrder.AscendingOrder)
    assert _names(model) == ["Karl Adler", "Ina Berger", "Bundesbank", "Anna Zeller"]
    first = len(asked)
    assert first == len(PEOPLE)
    for typed in ("e", "er", "e"):
        model.set_filter(typed)
    assert len(asked) == first  # the keys were kept
    assert _names(model) == ["Karl Adler", "Ina Berger", "Bundesbank", "Anna Zeller"]
    model.set_entities(PEOPLE[:2])  # a new listing: its keys anew
    assert len(asked) == first + 2
    assert _names(model) == ["Ina Berger", "Anna Zeller"]
