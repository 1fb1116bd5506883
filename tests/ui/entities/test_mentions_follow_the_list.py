"""The mentions show the entity the list shows chosen, at once: when the kind chosen or the
filter leaves the chosen entity out, the list's first entry is chosen and its mentions shown, as
the library chooses a neighbour for a source its filter hides; an empty list empties them.

Seen in the German window: "Personen" chosen with "Vereinigte Staaten" chosen, the list showed
Donald Trump chosen while the heading still said "Vereinigte Staaten (Ort): 58 Erwähnungen" (for
the pause the list keeps before reading mentions); and a kind that left nothing in the list kept
the last entity's mentions, with "Show sources in library" still narrowing to it.
"""

from __future__ import annotations

from reader.core.entities import EntityKind
from reader.ui.entities.entity_models import MentionRole
from tests.ui.entities.test_entity_corrections_view import _choose, _open


def _kind(view, kind: EntityKind) -> None:
    view.kind_box.setCurrentIndex(view.kind_box.findData(kind))


def _shows_the_mentions_of(view, entity) -> bool:
    """The pane lists that entity's mentions, as the library holds them (a few sources each)."""
    listed = [view.mentions.index(r).data(MentionRole) for r in range(view.mentions.rowCount())]
    return bool(listed) and listed == view._session.store.entities.mentions(entity.id)


def test_another_kind_shows_its_first_entry_s_mentions(make_window, qtbot, speak) -> None:
    speak("de")
    view = _open(make_window(), qtbot)
    _choose(view, qtbot, "Vereinigte Staaten")
    view.filter_box.clear()
    _kind(view, EntityKind.PERSON)
    first = view.current_entity()
    assert first is not None and first.kind == EntityKind.PERSON and view.table.currentIndex().row() == 0
    assert view.mention_heading.full_text().startswith(f"{first.name} (Person): ")
    assert _shows_the_mentions_of(view, first)


def test_a_filter_hiding_the_chosen_entry_shows_the_first_one_s_mentions(make_window, qtbot, speak) -> None:
    speak("de")
    view = _open(make_window(), qtbot)
    _choose(view, qtbot, "Vereinigte Staaten")
    view.filter_box.setText("Ja")  # Japan, not the United States
    first = view.current_entity()
    assert first is not None and first.name != "Vereinigte Staaten"
    assert view.mention_heading.full_text().startswith(f"{first.name} (")
    assert _shows_the_mentions_of(view, first)


def test_a_kind_leaving_nothing_clears_the_mentions(make_window, qtbot, speak) -> None:
    speak("de")
    view = _open(make_window(), qtbot)
    _choose(view, qtbot, "Donald Trump")  # the filter keeps him alone in the list
    _kind(view, EntityKind.PLACE)
    assert view.model.rowCount() == 0 and view.current_entity() is None
    assert view.mentions.rowCount() == 0 and not view.show_sources.isEnabled()
    assert view.none_chosen.isVisibleTo(view) and view.mention_heading.full_text() == view.tr("No entity chosen")
