"""Tag this import (issue 13): after an import the user started, one click tags all it added,
as one undo step; the quiet first-start import offers nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QMessageBox

from reader.ui import dialogs
from tests.ui.library.tag_offer import tagged_by_the_offer

ARTICLE = """{title}

Die Regierung in Tokio will die heimische Chipindustrie mit weiteren Milliarden stärken, {n}.
Rapidus soll bis 2027 Zwei-Nanometer-Chips in Serie fertigen, sagte ein Sprecher am Montag.
"""


def test_tag_this_import(make_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    window = make_window()
    assert not window.import_tagger.isVisible()  # the seeds came in quietly
    folder = tmp_path / "inbox"
    folder.mkdir()
    for n, title in enumerate(("Tokio plant Subventionen", "Rapidus baut aus")):
        (folder / f"{n}.txt").write_text(ARTICLE.format(title=title, n=n), encoding="utf-8")
    monkeypatch.setattr(dialogs, "run", lambda d: (d.setTextValue("Halbleiter"), QDialog.DialogCode.Accepted)[1]
                        if isinstance(d, QInputDialog) else 0)  # fmt: skip
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000) as finished:
        window.importer.import_paths([folder])
    new = [r.source_id for r in finished.args[0]]
    assert window.import_tagger.isVisible()
    # the count is said once, on the left (the walk saw "2 imported" there and again beside the button)
    said = [window.statusBar().currentMessage()] + [
        w.text() for w in window.statusBar().findChildren(QLabel) if w.isVisible() and w.text()]
    assert sum(text.count("2 imported") for text in said) == 1, said
    assert window.import_tagger.button.text() == "Tag this import…"
    assert "2 sources" in window.import_tagger.button.toolTip()
    window.import_tagger.button.click()
    store = window.session.store
    assert all(store.sources.get(i).tags == ("Halbleiter",) for i in new)
    assert not window.import_tagger.isVisible()
    # the status bar says it was done (it said nothing: the button just went away)
    assert window.statusBar().currentMessage() == "Tagged the 2 imported sources “Halbleiter” (Ctrl+Z takes it back)"
    assert all("Halbleiter" not in s.tags for s in store.sources.list() if s.id not in new)
    window.undo_action.trigger()  # one step for the whole import
    assert all(store.sources.get(i).tags == () for i in new)


def test_tagging_an_import_leaves_the_keyboard_where_it_was(make_window, qtbot, monkeypatch) -> None:
    """Seen in the window (session 12): after Tag this import… the focus was in the search box
    (the clicked button had taken it, then went away), and J typed a letter there."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.library.source_view.setFocus()
    window.import_tagger.offer([s.id for s in window.session.store.sources.list()][:2])
    monkeypatch.setattr(dialogs, "run", lambda d: (d.setTextValue("Japan"), QDialog.DialogCode.Accepted)[1])
    qtbot.mouseClick(window.import_tagger.button, Qt.MouseButton.LeftButton)
    assert not window.import_tagger.isVisible()
    assert QApplication.focusWidget() is window.library.source_view


def test_a_paste_after_an_import_is_what_tag_this_import_tags(make_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    """Seen in the walk: after files came in, a pasted article left the button offering the
    files' import, so a click tagged the files and not the article just pasted."""
    from PySide6.QtWidgets import QApplication

    window = make_window()
    article = tmp_path / "tokio.txt"
    article.write_text(ARTICLE.format(title="Tokio plant Subventionen", n=1), encoding="utf-8")
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000) as finished:
        window.importer.import_paths([article])
    from_files = [r.source_id for r in finished.args[0]]
    monkeypatch.setattr(dialogs, "run", lambda d: (d.setTextValue("Eingefügt"), QDialog.DialogCode.Accepted)[1]
                        if isinstance(d, QInputDialog) else 0)  # fmt: skip
    QApplication.clipboard().setText(ARTICLE.format(title="Rapidus baut in Hokkaido aus", n=2))
    window.paste_action.trigger()
    pasted = window.library.current_source_id()
    assert pasted not in from_files
    assert window.import_tagger.isVisible() and window.import_tagger.button.toolTip() == "Give the pasted source a tag"
    window.import_tagger.button.click()
    store = window.session.store
    assert store.sources.get(pasted).tags == ("Eingefügt",)
    assert all(store.sources.get(i).tags == () for i in from_files)


def test_the_offer_goes_when_the_next_import_starts(make_window, qtbot, tmp_path: Path) -> None:
    """Seen importing two folders in a row (session 34): beside "Importing 385 of 800" and Cancel
    stood "Tag this import…", which tagged the import before, not the one running."""
    window = make_window()
    first, second = tmp_path / "eins", tmp_path / "zwei"
    for n, folder in enumerate((first, second)):
        folder.mkdir()
        (folder / "a.txt").write_text(ARTICLE.format(title=f"Rapidus baut aus {n}", n=n), encoding="utf-8")
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
        window.importer.import_paths([first])
    assert window.import_tagger.isVisible()
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000) as finished:
        window.importer.import_paths([second])
        assert not window.import_tagger.isVisible()  # gone while the second runs
    new = [r.source_id for r in finished.args[0]]
    assert window.import_tagger.isVisible() and "1 source" in window.import_tagger.button.toolTip()
    assert tagged_by_the_offer(window) == new  # the second import's source, not the first's


def test_the_offer_goes_with_an_undone_paste(make_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    """Seen walking the daily loop: Ctrl+Shift+V, then Ctrl+Z took the pasted article out, but
    "Tag this import…" stayed; a click asked for a tag and the status bar said "Tagged the 1
    imported source “Kunde”" — nothing was tagged, the source was gone."""
    from PySide6.QtWidgets import QApplication

    window = make_window()
    QApplication.clipboard().setText(ARTICLE.format(title="Rapidus baut in Hokkaido aus", n=2))
    window.paste_action.trigger()
    assert window.import_tagger.isVisible()
    window.undo_action.trigger()
    assert not window.import_tagger.isVisible()


def test_the_offer_keeps_what_a_deletion_left(make_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    """A source of the import deleted (Shift+Del): the import's other ones are still offered,
    and the status bar counts what was tagged."""
    window = make_window()
    folder = tmp_path / "inbox"
    folder.mkdir()
    for n, title in enumerate(("Tokio plant Subventionen", "Rapidus baut aus")):
        (folder / f"{n}.txt").write_text(ARTICLE.format(title=title, n=n), encoding="utf-8")
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000) as finished:
        window.importer.import_paths([folder])
    new = [r.source_id for r in finished.args[0]]
    qtbot.waitUntil(lambda: any(window.library.select_source(i) for i in new))  # the list, reloaded
    gone = window.open_source_id  # (the other may sit under it, in their story)
    (kept,) = set(new) - {gone}
    monkeypatch.setattr(dialogs, "run", lambda d: (d.setTextValue("Halbleiter"), QDialog.DialogCode.Accepted)[1]
                        if isinstance(d, QInputDialog) else QMessageBox.StandardButton.Yes)  # fmt: skip
    window.delete_action.trigger()  # Shift+Del, answered Yes
    assert window.session.store.sources.get(gone) is None
    assert window.import_tagger.isVisible() and "1 source" in window.import_tagger.button.toolTip()
    window.import_tagger.button.click()
    assert window.session.store.sources.get(kept).tags == ("Halbleiter",)
    assert window.statusBar().currentMessage() == "Tagged the 1 imported source “Halbleiter” (Ctrl+Z takes it back)"


def _typed_and_completed(dialog, typed: str) -> list[str]:
    """What the dialog's line offers once `typed` is typed, as its pop-up lists it."""
    from PySide6.QtWidgets import QLineEdit

    field = dialog.findChild(QLineEdit)
    completer = field.completer()
    if completer is None:
        return []
    completer.setCompletionPrefix(typed)
    return [completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())]


def test_the_tag_asked_for_an_import_offers_the_librarys_tags(make_window, qtbot, monkeypatch) -> None:
    """Seen walking the window: "Ku" typed for an import offered nothing, though "Kunde X" was a
    tag; the notes pane's tag field offers them, any part of a name, in any case. Chosen, the
    import gets the tag it has, not a second one."""
    window = make_window()
    store = window.session.store
    ids = [s.id for s in store.sources.list()]
    window.session.apply(lambda: store.tags.add([ids[0]], "Kunde X"))
    window.session.apply(lambda: store.tags.add([ids[0]], "Japan"))
    offered: list[list[str]] = []

    def answer(dialog):
        offered.append(_typed_and_completed(dialog, "ku"))
        offered.append(_typed_and_completed(dialog, "apa"))
        dialog.setTextValue(offered[0][0])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run", answer)
    window.import_tagger.offer(ids[1:3])
    window.import_tagger.button.click()
    assert offered == [["Kunde X"], ["Japan"]]
    assert all("Kunde X" in store.sources.get(i).tags for i in ids[1:3])
    assert sorted(t.name for t in store.tags.all()) == ["Japan", "Kunde X"]


def test_the_tables_tag_sources_offers_the_librarys_tags(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    store = window.session.store
    ids = [s.id for s in store.sources.list()]
    window.session.apply(lambda: store.tags.add([ids[0]], "Kunde X"))
    offered: list[list[str]] = []
    monkeypatch.setattr(dialogs, "run", lambda d: (offered.append(_typed_and_completed(d, "KUN")), 0)[1])
    window.table_mode.action.trigger()
    window.table_mode.view._ask_tag(ids[1:3], add=True)
    assert offered == [["Kunde X"]]


def test_the_tables_remove_tag_offers_only_the_tags_the_sources_carry(make_window, qtbot, monkeypatch) -> None:
    """Remove tag… offered every tag of the library: one the chosen sources do not carry, chosen,
    removed nothing ("None of the 2 selected sources has the tag")."""
    window = make_window()
    store = window.session.store
    ids = [s.id for s in store.sources.list()]
    window.session.apply(lambda: store.tags.add([ids[0]], "Kunde X"))
    window.session.apply(lambda: store.tags.add([ids[1]], "Kundenprojekt"))
    offered: list[list[str]] = []
    monkeypatch.setattr(dialogs, "run", lambda d: (offered.append(_typed_and_completed(d, "kun")), 0)[1])
    window.table_mode.action.trigger()
    window.table_mode.view._ask_tag(ids[1:3], add=False)
    window.table_mode.view._ask_tag(ids[1:3], add=True)
    assert offered == [["Kundenprojekt"], ["Kunde X", "Kundenprojekt"]]
