"""The Language filters name each language in the window's language, and still filter by code.

Seen walking the German window over German and English news: the library's *Sprache* list
offered "de  (29)" and "en  (16)", the codes as the sources store them, beside *Medium* and
*Autor* lists of names; Edit metadata names the code ("de — Deutsch") already.
"""

from __future__ import annotations

import pytest

LANGS = {"de": ("Deutsch", "Englisch", "Französisch"), "en": ("German", "English", "French")}


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_language_filters_name_the_languages(make_window, speak, language) -> None:
    speak(language)
    window = make_window()
    store = window.session.store
    ids = sorted(store.sources.ids())
    window.session.apply(lambda: store.sources.update_metadata(ids[0], lang="en"))
    window.session.apply(lambda: store.sources.update_metadata(ids[1], lang="fr"))
    german, english, french = LANGS[language]
    window.table_mode.action.trigger()  # View ▸ Library table, with its own filters
    combos = [window.library.filters.lang_combo, window.table_mode.view.lang_combo]
    window.library.filters._refill()  # what opening its list does
    window.table_mode.view.reload_choices()
    for combo in combos:
        entries = {combo.itemData(i): combo.itemText(i) for i in range(1, combo.count())}
        assert entries == {"de": f"{german}  (3)", "en": f"{english}  (1)", "fr": f"{french}  (1)"}
    window.table_mode.action.trigger()  # back to reading
    filters = window.library.filters
    filters.lang_combo.setCurrentIndex(filters.lang_combo.findData("en"))  # still the code
    assert [window.library.model.summary(r).id for r in range(window.library.model.rowCount())] == [ids[0]]
