"""View ▸ Entities on the real seeds, in the real window: indexing in the background on first
use, the list by kind and filter, mentions in context, opening one, the library narrowed to an
entity's sources, and Briefing ▸ Insert who's who.

Expected sources come from the seed files (grep: "Takaichi" is in 001 and 004 only; 003 names
Joe Biden and Fumio Kishida, and no Takaichi)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from reader.core.entities import EntityKind, EntitySummary, Mention, sort_name
from reader.ui.entities.entity_models import NAME, ROLES, SOURCES, EntityRole, MentionRole, SpanRole


def _seeds(window) -> dict[str, int]:
    return {s.file_name[:3]: s.id for s in window.session.store.sources.list()}


def _open_entities(window, qtbot):
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        qtbot.keyClick(window.library.source_view, Qt.Key.Key_E,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert mode.active and window.session.store.entities.missing() == 0
    return mode.view


def _rows(view) -> list[EntitySummary]:
    return [view.model.index(r, NAME).data(EntityRole) for r in range(view.model.rowCount())]


def test_first_use_indexes_in_the_background_then_lists_by_sources(make_window, qtbot) -> None:
    window = make_window()
    assert window.session.store.entities.missing() == 5  # nothing is indexed on import
    view = _open_entities(window, qtbot)
    rows = _rows(view)
    assert len(rows) > 10
    assert [e.sources for e in rows] == sorted((e.sources for e in rows), reverse=True)
    assert view.table.horizontalHeader().sortIndicatorSection() == SOURCES
    assert view.filter_box.hasFocus()
    assert not view.indexing.bar.isVisible()
    chosen = view.current_entity()
    header = view.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(NAME) + 10, header.height() // 2))  # fmt: skip
    names = [sort_name(e.kind, e.name) for e in _rows(view)]  # a person by surname
    assert names == sorted(names) and view.current_entity() == chosen  # still chosen after sorting


def test_kind_and_filter_then_mentions_in_context(make_window, qtbot) -> None:
    window = make_window()
    ids = _seeds(window)
    view = _open_entities(window, qtbot)
    view.kind_box.setCurrentIndex(view.kind_box.findData(EntityKind.PERSON))
    assert {e.kind for e in _rows(view)} == {EntityKind.PERSON}
    qtbot.keyClicks(view.filter_box, "takaichi")
    (takaichi,) = _rows(view)
    assert takaichi.name.endswith("Takaichi") and takaichi.sources == 2
    qtbot.keyClick(view.filter_box, Qt.Key.Key_Down)
    assert view.table.hasFocus() and view.current_entity() == takaichi
    mentions = [view.mentions.index(r) for r in range(view.mentions.rowCount())]
    assert {i.data(MentionRole).source_id for i in mentions} == {ids["001"], ids["004"]}
    for index in mentions:  # the name is emphasised where the line has it
        start, end = index.data(SpanRole)
        assert "Takaichi" in index.data(MentionRole).context[start:end]  # also "Takaichis"
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.mention_view.hasFocus()
    qtbot.keyClick(view.mention_view, Qt.Key.Key_Tab)  # then the button, and back with Shift+Tab
    assert view.show_sources.hasFocus()
    qtbot.keyClick(view.show_sources, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert view.mention_view.hasFocus()
    second = view.mentions.index(1)
    view.mention_view.setCurrentIndex(second)
    mention: Mention = second.data(MentionRole)
    qtbot.keyClick(view.mention_view, Qt.Key.Key_Return)
    assert not window.entities.mode.active
    assert window.open_source_id == mention.source_id
    assert window.article.view.matches == [(mention.start, mention.end)]


def test_the_roles_column_shows_only_where_a_row_has_roles(make_window, qtbot) -> None:
    """Seen in the window: Organisations listed beside an empty Roles column. (A window wide
    enough for the column: in a narrow one the roles go under the names.)"""
    window = make_window()
    window.resize(1366, 768)
    view = _open_entities(window, qtbot)
    view.kind_box.setCurrentIndex(view.kind_box.findData(EntityKind.PERSON))
    assert not view.table.isColumnHidden(ROLES) and any(e.roles for e in _rows(view))
    view.kind_box.setCurrentIndex(view.kind_box.findData(EntityKind.ORG))
    assert view.table.isColumnHidden(ROLES) and not any(e.roles for e in _rows(view))
    view.kind_box.setCurrentIndex(view.kind_box.findData(None))  # every kind: the people's roles again
    assert not view.table.isColumnHidden(ROLES)


def test_show_sources_in_library_is_a_removable_chip(make_window, qtbot) -> None:
    window = make_window()
    ids, library = _seeds(window), window.library
    view = _open_entities(window, qtbot)
    qtbot.keyClicks(view.filter_box, "Takaichi")
    qtbot.keyClick(view.filter_box, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.entities.mode.active
    assert library.filters.allowed() == {ids["001"], ids["004"]}
    assert library.filters.entity_chip.isVisible() and "Takaichi" in library.filters.entity_chip.text()
    assert "no longer narrows" not in window.statusBar().currentMessage()  # no search was let go
    assert set(library.model.ids()) <= {ids["001"], ids["004"]} and library.model.ids()
    library.filters.entity_chip.click()
    assert library.filters.allowed() is None and not library.filters.entity_chip.isVisible()
    assert len(library.model.ids()) == 3  # all five again, the Tokyo story folded to one row


def test_show_sources_in_library_lets_a_search_left_in_the_box_go_and_says_so(make_window, qtbot) -> None:
    """A search typed before going to Entities ("Rohstoffstrategie", in one of the two sources
    naming Takaichi) no longer narrows the entity's sources unseen: the list shows both, the box
    is empty and the status bar names the search that went."""
    window = make_window()
    ids, library = _seeds(window), window.library
    qtbot.keyClicks(library.search_box, "Rohstoffstrategie")
    qtbot.waitUntil(lambda: library.list_stack.currentWidget() is library.results_view)
    view = _open_entities(window, qtbot)
    qtbot.keyClicks(view.filter_box, "Takaichi")
    qtbot.keyClick(view.filter_box, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert library.search_box.text() == "" and library.list_stack.currentWidget() is library.source_view
    assert library.filters.allowed() == {ids["001"], ids["004"]}
    assert library.filters.entity_chip.isVisible()
    said = window.statusBar().currentMessage()
    assert "Takaichi" in said and "Rohstoffstrategie" in said


def test_show_sources_in_library_keeps_the_tag_chosen(make_window, qtbot) -> None:
    """Only the search box's words go: a tag chosen in the library stays, drawn beside the list,
    and narrows the entity's sources with it."""
    from reader.core.store.tags import attach_tags

    window = make_window()
    ids, library = _seeds(window), window.library
    store = window.session.store
    window.session.apply(lambda: attach_tags(store.db, [ids["001"]], ["Japan"]))
    library.show_search("", "Japan", library.filters.current(), None)
    view = _open_entities(window, qtbot)
    qtbot.keyClicks(view.filter_box, "Takaichi")
    qtbot.keyClick(view.filter_box, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert library.current_tag == "Japan" and library.filters.entity_chip.isVisible()
    assert library.model.ids() == [ids["001"]]  # tagged and naming her; 004 names her untagged


def test_insert_whos_who_of_the_quoted_source(make_window, qtbot) -> None:
    from reader.ui.briefing.add_menu import create_briefing

    window = make_window()
    ids, store = _seeds(window), window.session.store
    briefing_id = create_briefing(window.session, "Japan")
    window.briefings.show(briefing_id)
    highlight, _ = store.highlights.add(ids["003"], 0, 20, "key")
    store.briefings.add_highlights(briefing_id, [highlight.id])
    with qtbot.waitSignal(window.entities.mode.indexed, timeout=60_000):
        window.entities.whos_who.action.trigger()  # indexes first, then inserts
    text = next(i.text for i in store.briefings.items(briefing_id) if i.text)
    assert text.startswith("**Who's who**")
    assert "**Fumio Kishida**" in text and "**Joe Biden**" in text and "Takaichi" not in text
    assert f"[^who-{ids['003']}]: " in text
    window.session.undo_stack.undo()
    assert [i for i in store.briefings.items(briefing_id) if i.text] == []


def test_progress_shows_while_names_are_found(make_window, qtbot) -> None:
    window = make_window()
    window.entities.mode.action.trigger()
    view = window.entities.mode.view
    assert view.count_label.text() == "Reading the names the sources hold…"  # until the task reports
    # …with the bar busy from the start: with 2,000 sources its first count came after 3 s
    assert view.indexing.bar.isVisible() and view.indexing.bar.maximum() == 0
    qtbot.waitSignal(window.entities.mode.indexed, timeout=60_000).wait()
    assert view.count_label.text().endswith(" entities") and not view.indexing.bar.isVisible()
    window.entities.mode._progressed(3, 10)  # what the task reports between its batches
    assert view.indexing.bar.isVisible() and view.indexing.bar.value() == 3
    assert view.indexing.bar.text() == "Finding names: 3 of 10 sources"
    window.entities.mode._progressed(10, 10)
    assert not view.indexing.bar.isVisible()


def test_sources_added_while_open_are_indexed_and_listed(make_window, qtbot, tmp_path) -> None:
    window = make_window()
    view = _open_entities(window, qtbot)
    article = tmp_path / "merz.txt"
    article.write_text("Merz trifft Macron in Paris\n\nBundeskanzler Friedrich Merz hat am Montag in Paris "
                       "den französischen Präsidenten Emmanuel Macron getroffen. Friedrich Merz sprach "
                       "danach von einem guten Gespräch.\n", encoding="utf-8")
    with qtbot.waitSignal(window.entities.mode.indexed, timeout=60_000):
        with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
            window.importer.import_paths([article], report=False)
    assert window.session.store.entities.missing() == 0
    qtbot.keyClicks(view.filter_box, "Merz")
    assert [e.name for e in _rows(view)] == ["Friedrich Merz"]


def test_an_entity_named_by_very_many_sources_shows_the_newest_sources_mentions(make_window, qtbot, monkeypatch) -> None:
    from reader.ui.entities import entities_view

    window = make_window()
    view = _open_entities(window, qtbot)
    monkeypatch.setattr(entities_view, "MENTION_SOURCES", 2)
    top = _rows(view)[0]
    naming = window.session.store.entities.source_ids(top.id)
    assert top.sources == len(naming) > 2
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(1, NAME))
    view.table.setCurrentIndex(view.model.index(0, NAME))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter: its mentions now, without the pause
    shown = {view.mentions.mention(r).source_id for r in range(view.mentions.rowCount())}
    assert shown == set(sorted(naming)[-2:])
    assert view.mention_heading.full_text().endswith(f"in the 2 sources added last of {top.sources}")


def test_places_are_named_in_the_windows_language(make_window, qtbot, speak) -> None:
    """The German seeds write "USA" and "Tokio": the English window lists the United States
    and Tokyo, the German one Vereinigte Staaten and Tokio."""
    speak("en")
    window = make_window()
    view = _open_entities(window, qtbot)
    names = {e.name for e in _rows(view)}
    assert {"United States", "Tokyo", "South Korea"} <= names
    assert not {"Vereinigte Staaten", "Tokio", "Südkorea"} & names
    window.entities.mode.action.setChecked(False)
    speak("de")
    with qtbot.waitSignal(window.entities.mode.indexed, timeout=60_000):
        window.entities.mode.action.setChecked(True)
    names = {e.name for e in _rows(view)}
    assert {"Vereinigte Staaten", "Tokio", "Südkorea"} <= names and "United States" not in names
    speak("en")
