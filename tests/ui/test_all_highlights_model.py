"""All highlights' list over plain rows: every cell as the user reads it, each paragraph number
counted from the article (asked for the rows shown), a Qt-correct model in both groupings, and
a theme chosen while it is shown leaves the list where it was."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyleOptionViewItem

from reader.core.importer import import_paths
from reader.core.store import (
    GroupBy,
    HighlightFilter,
    Store,
    group_highlights,
    paragraph_numbers,
    query_highlights,
)
from reader.ui.highlights import highlights_model
from reader.ui.highlights.highlights_model import (
    COLUMNS,
    GroupRole,
    HighlightIdRole,
    HighlightsModel,
)
from reader.ui.highlights.highlights_view import HighlightsView
from reader.ui.session import Session
from tests.ui.highlights_listed import listed

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
LABELS = ("key", "risk", "evidence")
NAMES = {"key": "Key point", "risk": "Risk", "evidence": "Evidence/figure"}
SOURCE = COLUMNS.index("Source")


@pytest.fixture
def session(qtbot, tmp_path: Path) -> Iterator[Session]:
    """Five seed articles, each with a highlight in its first, second and fourth paragraph (the
    first and second words of each), labelled in turn; the last one's passage then lost."""
    store = Store.open(tmp_path / "library.sqlite")
    import_paths(store, sorted(SEEDS.glob("*.txt"))[:5], workers=1)
    for source_id in range(1, 6):
        text = store.sources.get(source_id).reading_text  # type: ignore[union-attr]
        for n, paragraph in enumerate((0, 1, 3)):
            start = sum(len(p) + 2 for p in text.split("\n\n")[:paragraph])
            store.highlights.add(source_id, start, text.index(" ", start + 3), LABELS[(source_id + n) % 3])
    store.db.execute("UPDATE highlights SET anchor_status = 'orphaned' WHERE id = 15")
    session = Session(store)
    yield session
    session.shutdown()
    store.close()


def shown(view: HighlightsView) -> dict[int, list[str]]:
    """Each highlight's cells as the list shows them, by highlight id."""
    model = view.model
    cells = {}
    for group in range(model.rowCount()):
        head = model.index(group, 0)
        for row in range(model.rowCount(head)):
            index = model.index(row, 0, head)
            cells[index.data(HighlightIdRole)] = [model.index(row, c, head).data() for c in range(len(COLUMNS))]
    return cells


def where(store: Store, highlight_id: int) -> tuple[str, int]:
    """The quote and the paragraph it stands in, read off the article's text."""
    highlight = store.highlights.get(highlight_id)
    assert highlight is not None
    text = store.sources.get(highlight.source_id).reading_text  # type: ignore[union-attr]
    return highlight.exact, text[: highlight.start].count("\n\n") + 1


@pytest.mark.parametrize("block", [200, 2])  # a screenful's numbers asked together, across groups
def test_every_cell_and_paragraph_as_the_article_has_it(qtbot, qtmodeltester, session: Session,
                                                        monkeypatch: pytest.MonkeyPatch, block: int) -> None:  # fmt: skip
    monkeypatch.setattr(highlights_model, "PARAGRAPH_BLOCK", block)
    view = HighlightsView(session)
    qtbot.addWidget(view)
    listed(qtbot, view)
    store = session.store
    cells = shown(view)
    assert sorted(cells) == list(range(1, 16))
    for highlight_id, (quote, note, label, source, paragraph) in cells.items():
        exact, number = where(store, highlight_id)
        assert quote == " ".join(exact.split()) and note == ""
        highlight = store.highlights.get(highlight_id)
        assert highlight is not None and label == NAMES[highlight.label]
        assert source == store.sources.get(highlight.source_id).title  # type: ignore[union-attr]
        assert paragraph == ("" if highlight_id == 15 else str(number))  # an orphan's old place means nothing
    assert {p for *_rest, p in cells.values()} >= {"1", "2", "4"}
    head = view.model.index(0, 0)
    assert not view.model.index(view.model.rowCount(head), 0, head).isValid()  # no row past the last
    assert view.model.rowCount(view.model.index(0, 0, head)) == 0  # a highlight holds none
    drag = Qt.ItemFlag.ItemIsDragEnabled  # into the briefing composer
    assert view.model.flags(view.model.index(0, 0, head)) & drag
    assert not any(view.model.flags(head.siblingAtColumn(c)) & drag for c in range(len(COLUMNS)))  # a group, any cell
    assert view.model.supportedDragActions() == Qt.DropAction.CopyAction  # dragged away, a highlight stays listed
    qtmodeltester.check(view.model)
    view.group_combo.setCurrentIndex(view.group_combo.findData(GroupBy.LABEL))
    listed(qtbot, view)
    assert [view.model.index(g, 0).data(GroupRole) for g in range(view.model.rowCount())] == ["key", "evidence", "risk"]
    assert shown(view) == cells  # the same cells, grouped otherwise
    qtmodeltester.check(view.model)


def test_a_highlight_is_opened_not_edited(qtbot, session: Session) -> None:
    """F2 or a double-click on a highlight opens no editor over its quote: a double-click
    opens the highlight in its source."""
    view = HighlightsView(session)
    qtbot.addWidget(view)
    listed(qtbot, view)
    view.show()
    qtbot.waitExposed(view)
    tree = view.tree
    cell = view.model.index(1, 0, view.model.index(0, 0))
    tree.setCurrentIndex(cell)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    assert tree.state() is not QAbstractItemView.State.EditingState
    opened: list[int] = []
    view.highlight_activated.connect(opened.append)
    at = tree.visualRect(cell).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=at)  # a double click's first
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert tree.state() is not QAbstractItemView.State.EditingState
    assert opened == [cell.data(HighlightIdRole)]


def test_paragraphs_follow_an_edited_article(qtbot, session: Session) -> None:
    """A paragraph inserted before a quote moves it down one: the list filled again says so."""
    view = HighlightsView(session)
    qtbot.addWidget(view)
    listed(qtbot, view)
    assert shown(view)[2][4] == "2"
    session.store.db.execute(
        "UPDATE source_content SET reading_text = 'Neu.' || char(10, 10) || reading_text WHERE source_id = 1")
    session.store.db.execute("UPDATE highlights SET start = start + 6, \"end\" = \"end\" + 6 WHERE source_id = 1")
    view.refresh()
    listed(qtbot, view)
    assert shown(view)[2][4] == "3"


def test_a_theme_chosen_while_shown_keeps_the_list(qtbot, make_window) -> None:
    """Choosing the dark theme with the list shown: the rows are where they were, the chosen
    one still selected and in view, and clicking a row still takes it; a row grows with a
    style that gives it more room."""
    window = make_window()
    store = window.session.store
    source_id = window.open_source_id
    text = store.sources.get(source_id).reading_text
    for start in (0, text.index(" ", 20) + 1, text.index(" ", 60) + 1):
        _made, changes = store.highlights.add(source_id, start, text.index(" ", start + 5), "risk")
        window.session.changes_applied.emit(changes)
    window.modes.action.trigger()
    view = listed(qtbot, window.modes.view)
    tree = view.tree
    chosen = view.model.index(1, 0, view.model.index(0, 0))
    tree.selectionModel().setCurrentIndex(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
    before = tree.visualRect(chosen)
    window.preferences.set_theme("dark")
    qtbot.wait(50)
    assert view.selected_ids() == [chosen.data(HighlightIdRole)]
    assert tree.visualRect(chosen).top() == before.top() and before.isValid()
    third = view.model.index(2, 0, view.model.index(0, 0))
    assert tree.indexAt(tree.visualRect(third).center()) == third
    assert third.data(Qt.ItemDataRole.ToolTipRole) == " ".join(where(store, third.data(HighlightIdRole))[0].split())
    # Laid out once for the new style, a row takes the room the style gives it.
    tree.setStyleSheet("QTreeView::item { padding: 12px 2px; }")
    qtbot.waitUntil(lambda: tree.visualRect(third).height() >= before.height() + 14)


def test_a_label_out_of_view_is_read_whole(qtbot, session: Session) -> None:
    """Columns are fitted to the rows in view, yet a longer label further down is not cut (its
    name made clearly the longest: "Quote for client" measured no wider than "Evidence/figure"
    in view, and the test held with the floor taken away)."""
    session.settings.label_names = {"client": "Quote for the client, word for word"}
    view = HighlightsView(session)
    qtbot.addWidget(view)
    listed(qtbot, view)
    view.resize(900, 160)  # a few rows in view
    view.show()
    qtbot.waitExposed(view)
    model, tree, store = view.model, view.tree, session.store
    middle = int(model.index(2, 0).data(GroupRole))  # neither the first source listed nor the last
    text = store.sources.get(middle).reading_text  # type: ignore[union-attr]
    start = text.index(" ", 30) + 1
    made, changes = store.highlights.add(middle, start, text.index(" ", start + 3), "client")
    session.changes_applied.emit(changes)
    listed(qtbot, view)
    group = model.index(2, 0)
    row = next(model.index(r, 0, group) for r in range(model.rowCount(group))
               if model.index(r, 0, group).data(HighlightIdRole) == made.id)  # fmt: skip
    cell = row.siblingAtColumn(COLUMNS.index("Label"))
    assert cell.data() == "Quote for the client, word for word"
    assert not tree.viewport().rect().intersects(tree.visualRect(cell))  # out of view
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    needed = tree.itemDelegate().sizeHint(option, cell).width()
    assert tree.header().sectionSize(COLUMNS.index("Label")) >= needed


def test_columns_fitted_to_a_new_style_and_to_what_comes_after_it(qtbot, session: Session) -> None:
    """A new palette and a style with more room around a cell's text, as a theme gives: once
    it has settled the fitted columns hold their cells with it (while Qt restyles they keep
    their width), and a label renamed afterwards is fitted as ever."""
    view = HighlightsView(session)
    qtbot.addWidget(view)
    listed(qtbot, view)
    view.resize(1200, 400)
    view.show()
    qtbot.waitExposed(view)
    tree, column = view.tree, COLUMNS.index("Label")
    qtbot.wait(50)  # the list settled in its first style
    before = tree.header().sectionSize(column)
    tree.setPalette(QPalette(QColor("#202020")))
    tree.setStyleSheet("QTreeView::item { padding: 4px 40px; }")

    def fitted() -> None:
        option = QStyleOptionViewItem()
        tree.initViewItemOption(option)
        cell = view.model.index(0, column, view.model.index(0, 0))  # (asked anew: the list is filled again)
        assert tree.header().sectionSize(column) >= tree.itemDelegate().sizeHint(option, cell).width() > before + 60

    qtbot.waitUntil(fitted)
    widened = tree.header().sectionSize(column)
    session.settings.label_names = {"key": "Key point, as the client's own words have it"}
    session.settings_changed.emit(session.settings)
    qtbot.waitUntil(lambda: tree.header().sectionSize(column) > widened + 100)
    fitted()


def test_a_three_digit_paragraph_out_of_view_is_read_whole(qtbot, session: Session) -> None:
    """The ¶ column, fitted to the rows in view (paragraphs 1 to 4), has room for a paragraph
    numbered in the hundreds further down."""
    view = HighlightsView(session)
    qtbot.addWidget(view)
    listed(qtbot, view)
    view.resize(900, 160)
    view.show()
    qtbot.waitExposed(view)
    model, tree = view.model, view.tree
    last = int(model.index(model.rowCount() - 1, 0).data(GroupRole))  # the source listed last
    moved = 6 * 120  # 120 paragraphs of "Neu." put before its text
    session.store.db.execute(
        "UPDATE source_content SET reading_text = replace(hex(zeroblob(120)), '00', 'Neu.' || char(10, 10))"
        " || reading_text WHERE source_id = ?", [last])
    session.store.db.execute('UPDATE highlights SET start = start + ?, "end" = "end" + ? WHERE source_id = ?',
                             [moved, moved, last])  # fmt: skip
    view.refresh()
    listed(qtbot, view)
    cell = model.index(1, COLUMNS.index("¶"), model.index(model.rowCount() - 1, 0))
    assert cell.data() == "122"
    assert not tree.viewport().rect().intersects(tree.visualRect(cell))  # out of view
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    assert tree.header().sectionSize(COLUMNS.index("¶")) >= tree.itemDelegate().sizeHint(option, cell).width()


def test_a_highlight_gone_from_the_store_shows_no_paragraph_and_is_asked_for_once(qtbot, session: Session) -> None:
    """Listed, then taken out of the store by another process before its row was shown: its
    ¶ cell is empty (no error while painting), and scrolling past it does not ask again."""
    rows = query_highlights(session.store.db, HighlightFilter(), paragraphs=False)
    asked: list[list[int]] = []

    def paragraphs(ids: Sequence[int]) -> dict[int, int | None]:
        asked.append(list(ids))
        return {i: n for i, n in paragraph_numbers(session.store.db, ids).items() if i != gone}

    gone = rows[0].highlight_id
    model = HighlightsModel(lambda key: key, lambda _key: QIcon(), paragraphs)
    model.set_groups(group_highlights(rows, GroupBy.SOURCE))
    head = model.index(0, 0)
    cell = model.index(0, COLUMNS.index("¶"), head)
    assert cell.data(HighlightIdRole) == gone
    assert cell.data() == "" and cell.data() == ""
    assert model.index(1, COLUMNS.index("¶"), head).data() != ""
    assert len(asked) == 1


def test_a_longer_source_title_scrolled_into_view_is_read_whole(qtbot, session: Session) -> None:
    """Grouped by label (the Source column shown), a few rows in view: wherever the list is
    scrolled, the Source column holds the titles in view (it kept the width of the rows first
    shown, and a longer title further down was cut)."""
    view = HighlightsView(session)
    qtbot.addWidget(view)
    listed(qtbot, view)
    view.resize(1200, 110)  # a row or two in view
    view.show()
    qtbot.waitExposed(view)
    view.group_combo.setCurrentIndex(view.group_combo.findData(GroupBy.LABEL))
    listed(qtbot, view)
    model, tree = view.model, view.tree
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    titles = {model.index(r, SOURCE, model.index(g, 0)).data(): tree.itemDelegate().sizeHint(
        option, model.index(r, SOURCE, model.index(g, 0))).width()
        for g in range(model.rowCount()) for r in range(model.rowCount(model.index(g, 0)))}  # fmt: skip
    assert len(set(titles.values())) > 1  # titles of different widths
    bar = tree.verticalScrollBar()
    assert bar.maximum() > 4
    for value in range(bar.maximum() + 1):
        bar.setValue(value)
        in_view = [title for g in range(model.rowCount()) for r in range(model.rowCount(model.index(g, 0)))
                   if tree.viewport().rect().intersects(tree.visualRect(model.index(r, SOURCE, model.index(g, 0))))
                   for title in [model.index(r, SOURCE, model.index(g, 0)).data()]]  # fmt: skip
        assert tree.header().sectionSize(SOURCE) >= max(titles[t] for t in in_view), value


@pytest.mark.parametrize(("language", "said"), [("en", "Annotation: Prüfen, ob das stimmt"),
                                                ("de", "Anmerkung: Prüfen, ob das stimmt")])  # fmt: skip
def test_a_quotes_tip_names_its_annotation_as_the_window_does(qtbot, session: Session, speak, language: str,
                                                              said: str) -> None:  # fmt: skip
    """The tip over an annotated highlight said "Note:", the word of a source's summary note,
    though the list's column and the editor call it an annotation ("Anmerkung" in German)."""
    speak(language)
    session.store.highlights.update(4, annotation="Prüfen, ob das stimmt")
    view = HighlightsView(session)
    qtbot.addWidget(view)
    listed(qtbot, view)
    tips = {}
    for group in range(view.model.rowCount()):
        head = view.model.index(group, 0)
        for row in range(view.model.rowCount(head)):
            index = view.model.index(row, 0, head)
            tips[index.data(HighlightIdRole)] = index.data(Qt.ItemDataRole.ToolTipRole)
    exact, _paragraph = where(session.store, 4)
    assert tips[4] == " ".join(exact.split()) + "\n\n" + said
    assert tips[5] == " ".join(where(session.store, 5)[0].split())  # no annotation, no line for one
