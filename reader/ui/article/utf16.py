"""Translating between Python offsets (code points) and Qt text positions (UTF-16 code units).

Highlights are stored as code-point offsets; QTextDocument counts UTF-16 units, in which an
emoji or any other character outside the Basic Multilingual Plane takes two. Combining marks
are ordinary code points on both sides. Pure Python, so it is tested without a display.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class Utf16Map:
    """Offsets of one text in both counts; identity (and free) for BMP-only text."""

    def __init__(self, text: str) -> None:
        # Code-point indexes of the characters that take two UTF-16 units (max() runs in C, so
        # the usual text without any costs next to nothing).
        wide = bool(text) and max(text) > "\uffff"
        self._wide = [i for i, char in enumerate(text) if ord(char) > 0xFFFF] if wide else []
        # The same characters' UTF-16 positions: each earlier wide character shifts it by one.
        self._wide_qt = [index + n for n, index in enumerate(self._wide)]
        self.length = len(text)

    def to_qt(self, offset: int) -> int:
        """The Qt position of Python offset `offset` (0 ≤ offset ≤ len(text))."""
        return offset + bisect_left(self._wide, offset) if self._wide else offset

    def to_python(self, position: int) -> int:
        """The Python offset of Qt position `position`.

        A position inside a surrogate pair (Qt never puts a cursor there, but a hit test may
        report one) counts as before the character.
        """
        if not self._wide:
            return position
        whole = bisect_right(self._wide_qt, position - 2)  # wide characters entirely before
        inside = whole < len(self._wide_qt) and self._wide_qt[whole] == position - 1
        return position - whole - (1 if inside else 0)

