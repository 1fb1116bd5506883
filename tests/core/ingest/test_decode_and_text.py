"""Decoding bytes and normalising text: the ground every offset stands on."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.ingest import decode as decode_module
from reader.core.ingest.decode import DecodeError, decode
from reader.core.text import MAX_LINE_CHARS, normalise

GERMAN = "Für „Zitate“ – Straße, Maßnahmen und Öl’s ‚Preis‘ … 5 €"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (GERMAN.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + GERMAN.encode("utf-8"), "utf-8"),
        (GERMAN.encode("utf-16"), "utf-16-le"),
        (GERMAN.encode("utf-16-be"), "utf-16-be"),
        (GERMAN.encode("cp1252"), "cp1252"),
    ],
)
def test_decodes_common_encodings(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert decoded.text.lstrip("\ufeff") == GERMAN
    assert decoded.encoding.replace("_", "-") == encoding


def test_long_cp1252_file_is_detected() -> None:
    text = (GERMAN + " Die Außenminister trafen sich in München.\n") * 80
    assert decode(text.encode("cp1252")).text == text


def test_mojibake_is_repaired_but_typographic_quotes_stay() -> None:
    damaged = GERMAN.encode("utf-8").decode("cp1252").replace("\u0081", "")
    assert decode(damaged.encode("utf-8")).text == GERMAN
    clean = "„Wir denken“, sagte er — ‘quoted’ “English”"
    assert decode(clean.encode("utf-8")).text == clean


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"%PDF-1.4", "PDF"), (b"PK\x03\x04zip", "ZIP"), (b"\xff\xd8\xff\xe0jpeg", "JPEG"),
     (b"abc\x00\x01\x02\x03" * 50, "binary")],
)  # fmt: skip
def test_binary_is_refused(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        decode(data)


def test_normalise_newlines_nul_and_nfc() -> None:
    assert normalise("a\r\nb\rc\u2028d\x00e") == "a\nb\nc\nde"
    assert normalise("Mu\u0308ller") == "Müller"
    assert normalise("\ufeffText") == "Text"
    assert normalise("keep\u00a0nbsp\ttabs") == "keep\u00a0nbsp\ttabs"


def test_absurdly_long_lines_are_wrapped() -> None:
    line = "wort " * (MAX_LINE_CHARS // 2)
    wrapped = normalise(line)
    assert all(len(part) <= MAX_LINE_CHARS for part in wrapped.split("\n"))
    assert wrapped.replace("\n", "") == line


@given(st.text())
def test_normalise_is_idempotent_and_clean(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once
    assert "\r" not in once and "\x00" not in once
    assert unicodedata.is_normalized("NFC", once)


@given(st.binary(max_size=3000))
def test_decode_never_crashes_on_arbitrary_bytes(data: bytes) -> None:
    try:
        decoded = decode(data)
    except DecodeError:
        return
    assert isinstance(decoded.text, str)


def _read_as_cp1252(text: str) -> str:
    """UTF-8 read as cp1252 the way browsers read it: its five undefined bytes as themselves."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


def test_every_character_damaged_into_a_letter_is_still_repaired() -> None:
    # U+0100-U+017F start with the bytes C4 and C5, "Ä" and "Å" in cp1252 and Latin-1: the
    # damage is that letter before what the second byte became, and it is looked for.
    for char in map(chr, range(0x100, 0x180)):
        for damaged in (_read_as_cp1252(char), char.encode("utf-8").decode("latin-1")):
            assert damaged[0] in "ÄÅ" and decode_module._letter_mojibake(f"Wort {damaged} Wort"), hex(ord(char))
    assert decode(_read_as_cp1252("Wrocław, Łódź").encode("utf-8")).text == "Wrocław, Łódź"


def test_capital_umlauts_alone_are_not_sent_to_ftfy(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every fifth German page has one ("Ärger", "Änderung"); ftfy took 2-4 ms to change nothing.
    text = "Ärger über Änderungen in Österreich, sagt Åsa Ödegaard. " * 5
    monkeypatch.setitem(sys.modules, "ftfy", None)  # importing it now fails
    assert decode(text.encode("utf-8")).text == text
    assert not decode_module._letter_mojibake(text)
