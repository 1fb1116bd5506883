"""When the library's search box searches, and when it says that a query is refused.

Results follow the typing once it pauses for `SEARCH_DELAY_MS`, not on every key. A query the
search language refuses is often only half typed: on the way to `Japan OR Korea` the box holds
`Japan OR`, and the pane flashed "Invalid search: OR needs a word on both sides" at someone in
mid-word. So a refusal met while typing is held back: the last results and their count stay,
and the reason appears only once typing has paused for `REFUSAL_DELAY_MS` (the query is still
malformed, so the user should learn why nothing changes), or at once on Enter or ↓, or when
the search did not come from typing (a saved search chosen, an edit elsewhere).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit

SEARCH_DELAY_MS = 200  # typing paused this long: the results follow
REFUSAL_DELAY_MS = 1500  # …and this long with a malformed query: say why it finds nothing new


class SearchPacing(QObject):
    """The search box's two timers: `search_timer` runs `search` after a pause in typing; a
    refusal reported during that run (`refused`) is said through `say` only after a longer
    pause (`refusal_timer`), and dropped when the user types on."""

    def __init__(self, box: QLineEdit, search: Callable[[], None], say: Callable[[str], None],
                 withdraw: Callable[[], None]) -> None:  # fmt: skip
        """`withdraw` takes back a reason said before, when one about newer text is held."""
        super().__init__(box)
        self._search, self._say, self._withdraw = search, say, withdraw
        self._typing = False  # a search started by a pause in typing is running
        self._held = ""  # the reason held back, said when `refusal_timer` fires
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._paused)
        self.refusal_timer = QTimer(self, singleShot=True, interval=REFUSAL_DELAY_MS)
        self.refusal_timer.timeout.connect(lambda: self._say(self._held))
        box.textChanged.connect(self._typed)

    def _typed(self, _text: str) -> None:
        self.refusal_timer.stop()  # a held reason was about the text before this key
        self.search_timer.start()

    def _paused(self) -> None:
        self._typing = True
        try:
            self._search()
        finally:
            self._typing = False

    @property
    def typing(self) -> bool:
        """Whether the search running now was started by a pause in typing (not Enter, not a
        saved search): a half-typed last word may be left out (`live_search.typed_query`)."""
        return self._typing

    def searched(self) -> None:
        """A search ran (found something, or was refused and says so): nothing is held back."""
        self.search_timer.stop()
        self.refusal_timer.stop()

    def refused(self, reason: str) -> bool:
        """The search just run is refused for `reason`: said now, or held while the user types.
        True when it was said now."""
        if not self._typing:
            self._say(reason)
            return True
        # A reason said for earlier text goes: 'Japan OR' left, 'vor:2025-13' typed, the line
        # still said "OR needs a word on both sides" until the new reason's pause was over.
        self._withdraw()
        self._held = reason
        self.refusal_timer.start()
        return False
