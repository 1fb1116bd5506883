"""How the window hands a change to its panes: each open source laid out once per change."""

from __future__ import annotations

from reader.paths import bundled_seeds_dir


def test_a_first_import_lays_out_the_opened_source_once(make_window, qtbot, monkeypatch) -> None:
    window = make_window(start=False)
    window.state.set_seeds_offered()  # no samples: this import is the user's first
    window.start()
    shown: list[int | None] = []
    original = window.article.view.show_source
    monkeypatch.setattr(window.article.view, "show_source",
                        lambda source, *a, **k: (shown.append(source and source.id), original(source, *a, **k)))  # fmt: skip
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
        window.importer.import_paths([bundled_seeds_dir()], report=False)
    # The list is read off the window's thread after an import; its first row opens when it shows.
    qtbot.waitUntil(lambda: window.open_source_id is not None)
    assert shown == [window.open_source_id]  # the library opened it; not built again as "added"


def test_removing_the_open_source_opens_another(make_window) -> None:
    window = make_window()
    store = window.session.store
    first = window.open_source_id
    assert first is not None
    window.session.apply(lambda: store.sources.delete(first))

    assert window.open_source_id not in (None, first)
    assert window.article.view.toPlainText()
