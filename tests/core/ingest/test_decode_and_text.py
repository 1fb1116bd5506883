"""Decoding bytes and normalising text: the ground every offset stands on."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
