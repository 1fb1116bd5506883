"""The library pane's tags and filters give back the height the entity chip took once it goes.

Seen walking a library of 400 sources at 1280 × 720 (session 39): Entities ▸ Show sources in
library put the chip ("Naming “Donald Trump” ✕") over the filters; clicking it away left an
empty band under the tags the chip's height, and the list of sources, which had five rows in
view, kept them rather than taking the height back.
"""

from __future__ import annotations

from tests.ui.entities.texts_library import imported
from tests.ui.library.test_window_saved_entity import _narrow_to
from tests.ui.settled import settle


def _block_band(window) -> int:
    """How much taller the tags-and-filters block stands than what it holds asks for."""
    splitter = window.library.list_stack.parentWidget()
    inner = splitter.widget(1).widget()
    return splitter.sizes()[1] - max(inner.sizeHint().height(), inner.minimumSizeHint().height())


def test_the_chip_gone_leaves_no_band_under_the_tags(make_window, qtbot, data_dir, tmp_path) -> None:
    texts = {f"werft_{i:02}.txt": f"Werft Nummer {i} baut aus\n\nBremen – Meldung {i} über die Werft.\n"
             for i in range(30)}
    imported(data_dir, tmp_path, texts)  # more sources than the list keeps in view
    window = make_window()
    window.resize(1232, 672)
    window.show()
    settle(qtbot, window)
    before = _block_band(window)
    _narrow_to(window, qtbot, "Bremen")
    window.entities.mode.action.setChecked(False)
    settle(qtbot, window)
    chip = window.library.filters.entity_chip
    assert chip.isVisible()
    chip.click()
    settle(qtbot, window)
    assert not chip.isVisible()
    assert _block_band(window) <= before
