"""The news agency in the window: the article header names it after the outlet, the metadata
form edits it, and Edit ▸ Undo puts the imported one back."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer import import_paths
from reader.ui import dialogs
from reader.ui.library.metadata_dialog import MetadataDialog

PAGE = Path(__file__).resolve().parents[2] / "data" / "agency" / "hafen_v1.txt"


def test_header_shows_the_agency_and_the_form_edits_it_undoably(make_window, monkeypatch) -> None:
    window = make_window()
    store = window.session.store
    (result,) = import_paths(store, [PAGE], workers=1)
    source_id = result.source_id
    window.library.reload()
    window.open_source(source_id)
    byline = window.article.view.header.byline
    # The byline was only the wire ("dpa/lno"): named once, after the outlet, with the date.
    assert byline.text().startswith("DER SPIEGEL · dpa/lno · ")
    assert "2025" in byline.text()
    assert byline.toolTip() == "News agency: dpa/lno"

    def edit(dialog: MetadataDialog) -> int:
        assert dialog.editors["agency"].text() == "dpa/lno"
        dialog.editors["agency"].setText("  AFP ")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(dialogs, "run", edit)
    window.edit_metadata_action.trigger()
    assert store.sources.get(source_id).agency == "AFP"
    # The byline still names dpa/lno, which is no longer the agency: a person's place.
    assert byline.text().startswith("dpa/lno · DER SPIEGEL · AFP · ")
    window.undo_action.trigger()
    assert store.sources.get(source_id).agency == "dpa/lno"
    assert byline.text().startswith("DER SPIEGEL · dpa/lno · ")


def test_the_form_clears_the_agency(make_window, monkeypatch) -> None:
    window = make_window()
    store = window.session.store
    (result,) = import_paths(store, [PAGE], workers=1)
    window.library.reload()
    window.open_source(result.source_id)

    def clear(dialog: MetadataDialog) -> int:
        dialog.editors["agency"].setText("   ")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(dialogs, "run", clear)
    window.edit_metadata_action.trigger()
    assert store.sources.get(result.source_id).agency is None
    assert window.article.view.header.byline.toolTip() == ""
    assert window.session.undo_stack.count() == 1


def test_a_byline_that_is_the_outlet_is_named_once(make_window) -> None:
    """Seen on a copied BAFA press release: "Bundesamt für Wirtschaft und Ausfuhrkontrolle ·
    Bundesamt für Wirtschaft und Ausfuhrkontrolle · 27. Januar 2022" over the article."""
    window = make_window()
    store = window.session.store
    (result,) = import_paths(store, [PAGE], workers=1)
    store.sources.update_metadata(result.source_id, byline="Bundespolizei", site_name="Bundespolizei", agency=None)
    window.library.reload()
    window.open_source(result.source_id)
    byline = window.article.view.header.byline.text()
    assert byline.startswith("Bundespolizei · ")
    assert byline.count("Bundespolizei") == 1


def test_header_names_the_newsroom_signing_as_the_outlet_once(make_window) -> None:
    """A story signed "N-Land Redaktion" on N-Land showed "N-Land Redaktion · N-Land · …", and an
    AP story "The Associated Press · Associated Press · …": each house is named once."""
    window = make_window()
    store = window.session.store
    (result,) = import_paths(store, [PAGE], workers=1)
    store.sources.update_metadata(result.source_id, byline="N-Land Redaktion", site_name="N-Land", agency=None)
    window.library.reload()
    window.open_source(result.source_id)
    byline = window.article.view.header.byline
    assert byline.text().startswith("N-Land · ")
    assert "Redaktion" not in byline.text()
    store.sources.update_metadata(
        result.source_id, byline="Ann Lee", site_name="The Associated Press", agency="Associated Press"
    )
    window.open_source(None)
    window.open_source(result.source_id)
    assert byline.text().startswith("Ann Lee · The Associated Press · ")
    assert byline.text().count("Associated Press") == 1


def test_header_names_the_house_once_when_its_address_is_the_author(make_window) -> None:
    """A saved page whose author field is the house's address ("hessenschau.de, Frankfurt,
    Germany") showed "Hessenschau De · hessenschau.de · …": the extractor recases the address."""
    window = make_window()
    store = window.session.store
    saved = Path(__file__).resolve().parents[2] / "data" / "saved_repeats" / "author_house_address.html"
    (result,) = import_paths(store, [saved], workers=1)
    assert store.sources.get(result.source_id).byline == "Hafenblatt De"
    store.sources.update_metadata(result.source_id, site_name="hafenblatt.de")
    window.library.reload()
    window.open_source(result.source_id)
    byline = window.article.view.header.byline.text()
    assert byline.startswith("hafenblatt.de · ")
    assert byline.casefold().count("hafenblatt") == 1
