"""View ▸ Entities in German at 1024 px beside the docked briefing composer: the roles are read.

Seen walking through the window (session 30): with the window at its narrowest the Roles column
had 52 px, "US-Pr…", "Prem…", "Regie…", the Kind column 90 px beside it. Now, where the roles
would be cut before ROLES_READABLE letters, they go under the name with the kind ("Person ·
US-Präsident", cut between words), the name taking the width of the three columns; where the
list has room (1366 px) the columns stay."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind
from reader.ui.entities.entity_models import KIND, NAME, ROLES, EntityRole, roles_text
from reader.ui.entities.entity_table import ROLES_READABLE
from reader.ui.entities.name_and_roles import MARGIN_X, two_lines
from tests.ui.entities.test_entities_beside_the_composer import _entities_beside_the_composer


def _people(view):
    rows = (view.model.index(row, NAME).data(EntityRole) for row in range(view.model.rowCount()))
    return [e for e in rows if e.kind == EntityKind.PERSON and roles_text(e)]


def test_german_at_1024_px_beside_the_composer_the_roles_go_under_the_names(make_window, qtbot, speak, themed) -> None:
    speak("de")
    themed("light")
    window, view = _entities_beside_the_composer(make_window, qtbot, 1024)
    table = view.table
    assert window.width() == 1024 and window.briefings.dock.isVisible()
    assert table.folded() and table.isColumnHidden(ROLES) and table.isColumnHidden(KIND)
    metrics = table.fontMetrics()
    assert table.rowHeight(0) >= 2 * metrics.height()  # two lines each
    width = table.columnWidth(NAME) - 2 * MARGIN_X
    people = _people(view)
    assert people
    for entity in people:
        _name, under = two_lines(metrics, entity, True, width)
        said = roles_text(entity)
        assert under.startswith("Person · ")
        # Whole, or cut between words no earlier than the readable letters ("US-Pr…" was 52 px).
        assert under.endswith(said) or metrics.horizontalAdvance(under) >= ROLES_READABLE * metrics.averageCharWidth()
        assert metrics.horizontalAdvance(under) <= width
    trump = next(e for e in people if e.name == "Donald Trump")
    assert two_lines(metrics, trump, True, width)[1] == "Person · US-Präsident"
    assert not table.grab().isNull()  # the two-line rows paint
    assert not table.horizontalScrollBar().isVisible()  # the counts in sight
    speak("en")


@pytest.mark.parametrize("language", ["de", "en"])
def test_with_room_the_roles_keep_their_column(make_window, qtbot, speak, themed, language) -> None:
    speak(language)
    themed("light")
    _window, view = _entities_beside_the_composer(make_window, qtbot, 1366)
    table = view.table
    assert not table.folded() and not table.isColumnHidden(ROLES) and not table.isColumnHidden(KIND)
    assert table.rowHeight(0) < 2 * table.fontMetrics().height()
    speak("en")


def test_people_alone_keep_their_roles_readable_under_the_names(make_window, qtbot, speak, themed) -> None:
    """With one kind chosen the Kind column goes; where a roles column would take the width the
    mentions need to be read (session 31), the roles stay under the names, now without the
    kind, whole or cut no earlier than ROLES_READABLE letters; every kind folds them too."""
    from reader.ui.entities.entities_view import MENTION_READABLE

    speak("de")
    themed("light")
    _window, view = _entities_beside_the_composer(make_window, qtbot, 1024)
    table = view.table
    view.kind_box.setCurrentIndex(view.kind_box.findData(EntityKind.PERSON))
    assert table.isColumnHidden(KIND)
    metrics = table.fontMetrics()
    if table.folded():
        width = table.columnWidth(NAME) - 2 * MARGIN_X
        for entity in _people(view):
            under, said = two_lines(metrics, entity, False, width)[1], roles_text(entity)
            assert under.endswith(said) or metrics.horizontalAdvance(under) >= ROLES_READABLE * metrics.averageCharWidth()
    else:
        assert table.columnWidth(ROLES) >= ROLES_READABLE * metrics.averageCharWidth()
    assert view.mention_view.width() >= MENTION_READABLE * view.mention_view.fontMetrics().averageCharWidth() - 2
    view.kind_box.setCurrentIndex(view.kind_box.findData(None))
    assert table.folded() and table.isColumnHidden(ROLES)
    speak("en")


def test_the_line_under_a_name_never_runs_past_its_cell(qtbot) -> None:
    """Cut between words with " …", the line could be a space wider than the cell (its "…"
    clipped): "Person · Premierminister, …" in 164 px."""
    from PySide6.QtWidgets import QWidget

    from reader.core.entities import EntitySummary

    widget = QWidget()
    qtbot.addWidget(widget)
    metrics = widget.fontMetrics()
    entity = EntitySummary(1, EntityKind.PERSON, "Fumio Kishida", ("Premierminister", "Regierungschef", "Parteichef"), 5, 17)
    for width in range(60, 400):
        _name, under = two_lines(metrics, entity, True, width)
        assert metrics.horizontalAdvance(under) <= width, (width, under)
