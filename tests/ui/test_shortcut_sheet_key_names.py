"""The shortcut sheet's search finds a key by its names, in both languages, and by its symbol.

Seen in the German window: since the arrows are written ↓ ↑ ← → ("Alt+↓"), typing "Pfeil",
"unten" or "Down" into the sheet's search found no row; "Alt+Down", as the README spells it,
found none either. Real window, real library in a temp dir.
"""

from __future__ import annotations

from reader.ui.key_names import spoken_keys
from tests.ui.test_shortcut_sheet_places import _sheet


def _keys_found(sheet, text: str) -> list[str]:
    sheet.filter_edit.setText(text)
    return [keys for _where, _command, keys in sheet.visible_rows()]


def test_german_sheet_finds_the_arrows_by_name(make_window, monkeypatch, speak) -> None:
    speak("de")
    sheet = _sheet(make_window(), monkeypatch)
    down = [keys for _where, _command, keys in sheet.visible_rows() if "↓" in keys]
    assert any("Alt+↓" in keys for keys in down)
    found = {text: _keys_found(sheet, text) for text in ("unten", "Pfeil nach unten", "Down", "↓", "Alt+Down")}
    up = _keys_found(sheet, "oben")
    arrows = _keys_found(sheet, "pfeil")
    strg = _keys_found(sheet, "Ctrl+Z")
    speak("en")
    assert all(rows == down for text, rows in found.items() if text not in ("Down", "Alt+Down")), found
    assert set(down) <= set(found["Down"])  # and "Als Markdown kopieren", whose name has "down"
    assert found["Alt+Down"] == [keys for keys in down if "Alt+↓" in keys]
    assert up and all("↑" in keys for keys in up)
    # and the timeline's, and the article's selecting of words
    assert set(arrows) == {keys for keys in down + up} | {"←, →", "Umschalt+←, Umschalt+→", "Umschalt+→, Strg+Umschalt+→"}
    assert strg and all("Strg+" in keys for keys in strg)


def test_english_sheet_finds_the_arrows_by_name(make_window, monkeypatch) -> None:
    sheet = _sheet(make_window(), monkeypatch)
    assert _keys_found(sheet, "Alt+Up") and all("Alt+↑" in keys for keys in _keys_found(sheet, "Alt+Up"))
    assert _keys_found(sheet, "unten") == _keys_found(sheet, "down arrow") == _keys_found(sheet, "↓")
    assert any("Alt+↓" in keys for keys in _keys_found(sheet, "Down"))
    assert _keys_found(sheet, "Strg+Z")  # the German keycaps find the English sheet's Ctrl+Z


def test_every_arrow_and_keycap_has_its_names_in_both_languages() -> None:
    assert all(name in spoken_keys("Alt+←") for name in ("Alt+Left", "Pfeil nach links", "left arrow"))
    assert all(name in spoken_keys("→") for name in ("Right", "rechts"))
    assert "Ctrl+Shift+Return" in spoken_keys("Strg+Umschalt+Eingabetaste")
    assert "Entf" in spoken_keys("Del") and spoken_keys("F2") == "F2"
