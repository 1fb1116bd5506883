"""A few stray NULs in a short text are strays, not a binary file; NUL runs and control bytes
beside them still are binary (the robustness audit of session 13: a 78-byte note with 3 NULs)."""

from __future__ import annotations

import pytest

from reader.core.ingest.decode import DecodeError, decode
from reader.core.ingest.prepare import prepare_bytes

NOTE = "Kurze Notiz zum Treffen morgen um zehn. Bitte den Bericht mitbringen, danke!\n"


def _with_nuls(text: str, spots: tuple[int, ...], filler: bytes = b"\x00") -> bytes:
    data = bytearray(text.encode())
    for spot in sorted(spots, reverse=True):
        data[spot:spot] = filler
    return bytes(data)


def test_a_tiny_text_with_three_stray_nuls_is_text() -> None:
    data = _with_nuls(NOTE[2:], (10, 30, 50))
    assert len(data) == 78 and data.count(0) == 3
    prepared = prepare_bytes(data, "notiz.txt")
    assert prepared.raw_text == NOTE[2:]


def test_five_lone_nuls_in_a_short_text_are_strays() -> None:
    assert decode(_with_nuls(NOTE, (5, 20, 35, 50, 65))).text == NOTE


@pytest.mark.parametrize(
    "data",
    [
        _with_nuls(NOTE, (10, 30, 50), b"\x00\x00"),  # NULs in runs: a binary's padding
        _with_nuls(NOTE, (10, 30, 50, 60)) + b"\x01\x02",  # NULs beside other control bytes
        _with_nuls(NOTE, tuple(range(2, 74, 8))),  # more NULs than a few strays
    ],
)
def test_short_binary_shapes_are_still_refused(data: bytes) -> None:
    with pytest.raises(DecodeError, match=r"not a text file \(binary file\)"):
        decode(data)
