"""Decoding defects of issue 12, each by its reproduction, and a few hundred generated odd files.

Expected texts are the texts that were encoded; nothing is taken from the decoder's output.
"""

from __future__ import annotations

import codecs

import pytest

from benchmarks.odd_files import generate, tally
from reader.core.ingest import IngestError, prepare_bytes
from reader.core.ingest.decode import DecodeError, decode, sniff_binary
from reader.core.ingest.webpage import decode_page

ARTICLE = ("Die Größe der Märkte wächst. Zölle auf Halbleiter steigen, sagt die Außenministerin "
           "in München – „wir müssen handeln“.\n")  # fmt: skip


def test_utf8_cut_in_its_last_character_stays_utf8() -> None:
    decoded = decode("Die Größe der Märkte ü".encode()[:-1])
    assert decoded.encoding == "utf-8"
    assert decoded.text == "Die Größe der Märkte "


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("text", [ARTICLE, "Zölle.\n", ARTICLE * 40])
def test_utf16_and_utf32_without_bom_in_both_byte_orders(encoding: str, text: str) -> None:
    decoded = decode(text.encode(encoding))
    assert decoded.text == text
    assert decoded.encoding == encoding


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_without_bom_are_not_named_binary_by_the_sniff(encoding: str) -> None:
    # `decode` skips the sniff's own look for them (it has looked already); a web page, a note
    # file and a web archive's part are sniffed alone and must still be let through.
    assert sniff_binary(ARTICLE.encode(encoding)) is None
    page = f"<html><body><p>{ARTICLE}</p></body></html>"
    assert decode_page(page.encode(encoding)).text == page


def test_utf16_with_an_odd_last_byte_loses_only_that_byte() -> None:
    assert decode(ARTICLE.encode("utf-16-be") + b"\x00").text == ARTICLE


def test_a_few_stray_nuls_are_dropped_not_refused() -> None:
    data = ARTICLE.encode("utf-8").replace(b"M\xc3\xa4rkte", b"M\xc3\xa4r\x00kte")
    data = b"\x00" + data + b"\x00"
    prepared = prepare_bytes(data, "nuls.txt")
    assert prepared.raw_text == ARTICLE


@pytest.mark.parametrize(
    "start", ["MZ-Verlag meldet", "ID3 Technologies übernimmt", "RIFF-Studie:", "Rar! So etwas", "OggS-Bericht"]
)
@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_text_that_starts_like_a_file_signature_is_text(start: str, encoding: str) -> None:
    text = f"{start} {ARTICLE}"
    assert decode(text.encode(encoding)).text == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" * 40, "Windows program"),
        (b"ID3\x03\x00\x00\x00\x00\x0f\x76" + bytes(400), "MP3"),
        (b"RIFF\x24\x08\x00\x00WAVEfmt " + bytes(300), "RIFF"),
        (b"Rar!\x1a\x07\x00\xcf\x90\x73\x00\x00\x0d" + bytes(200), "RAR"),
        (b"%PDF-1.4", "PDF"),
    ],
)
def test_real_binary_files_are_still_refused_by_name(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        decode(data)


def test_control_bytes_beyond_a_stray_few_are_a_binary_file() -> None:
    """No NUL and no signature: the share of control bytes (here about 1 in 9; a text has at most
    1 %) is what names it, and a text with a stray few stays a text."""
    noisy = (ARTICLE.encode() + bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 18, 19, 20, 21, 22])) * 5
    with pytest.raises(DecodeError, match=r"not a text file \(binary file\)"):
        decode(noisy)
    stray = ARTICLE * 5 + "\x07" + ARTICLE * 5
    assert decode(stray.encode()).text == stray


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8,
        codecs.BOM_UTF8 * 4,
        codecs.BOM_UTF16_LE + " \n ".encode("utf-16-le"),
        codecs.BOM_UTF8 + b" \r\n\t ",
        "\u200b\u00a0\n".encode(),
        b"--- *** ... 12 34",
        bytes(range(128, 256)) * 20,
    ],
)
def test_files_without_a_readable_word_are_refused(data: bytes) -> None:
    with pytest.raises(IngestError, match="no readable text|empty file"):
        prepare_bytes(data, "leer.txt")


def test_no_readable_text_is_the_reason_given() -> None:
    with pytest.raises(IngestError, match="no readable text"):
        prepare_bytes(codecs.BOM_UTF8 * 3, "boms.txt")


def test_generated_odd_files_no_traceback_none_refused_none_garbled() -> None:
    result, failures = tally(generate(420, seed=7))
    assert failures == []
    assert result.files == 420
