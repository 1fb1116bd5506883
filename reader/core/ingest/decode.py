"""Bytes → text: BOM, strict UTF-8, then charset detection, with cp1252 for short Western files.

Also recognises files that are not text at all (PDF, ZIP, images …) so they are refused with a
clear reason instead of being imported as garbage.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

# ftfy and charset_normalizer are imported where they are used: together they take ~90 ms to
# import, which the app, the command and each import's worker pool paid before their first
# file, and most files need neither (strict UTF-8 without mojibake).


class DecodeError(ValueError):
    """The bytes are not a text document we can read; the message is shown to the user."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


# Leading bytes of common binary formats people drop into an article folder by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or Office document)"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF media file"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf", "7-Zip archive"),
    (b"Rar!", "RAR archive"),
    (b"\xd0\xcf\x11\xe0", "old Office document"),
    (b"\x7fELF", "program file"),
    (b"MZ", "Windows program file"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg media file"),
    (b"\x00\x00\x00", "binary file"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Below this size charset detection has too little evidence; Western European text is by far
# the most likely, and cp1252 decodes every byte sequence that matters there.
_SHORT_FILE_BYTES = 2048
_FALLBACK_ENCODING = "cp1252"


def sniff_binary(data: bytes) -> str | None:
    """Name the binary format of `data`, or None if it may be text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    head = data[:4096]
    if b"\x00" in head:
        # UTF-16 without BOM has NULs in every other byte; anything else with NULs is binary.
        if head.count(b"\x00") > len(head) // 4 and _looks_utf16(head):
            return None
        return "binary file"
    return None


def _looks_utf16(head: bytes) -> bool:
    even_nuls = head[0::2].count(0)
    odd_nuls = head[1::2].count(0)
    half = max(1, len(head) // 2)
    return even_nuls > 0.4 * half or odd_nuls > 0.4 * half


def decode(data: bytes) -> Decoded:
    """Decode `data` to text, or raise DecodeError with a reason a user understands."""
    binary = sniff_binary(data)
    if binary:
        raise DecodeError(f"not a text file ({binary})")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding.replace("-sig", ""), errors="replace")
            return Decoded(text, encoding.replace("-sig", ""))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _detect(data)
    return Decoded(_repair_mojibake(text), "utf-8")


def _detect(data: bytes) -> Decoded:
    if b"\x00" in data[:4096]:
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                continue
    if len(data) >= _SHORT_FILE_BYTES:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None and best.encoding and not _is_mostly_control(str(best)):
            return Decoded(str(best), best.encoding)
    try:
        text = data.decode(_FALLBACK_ENCODING)
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte.
        text = data.decode("latin-1")
        return Decoded(text, "latin-1")
    return Decoded(text, _FALLBACK_ENCODING)


def _is_mostly_control(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t")
    return bad > len(sample) // 10


def _repair_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-cp1252 damage ("FÃ¼r" → "Für") and nothing else.

    Only ftfy's encoding fixes are enabled: its quote and punctuation "uncurling" would change
    the typographic quotes that highlights quote exactly.
    """
    if not any(marker in text for marker in ("Ã", "Â", "â€", "Å", "Ä")):
        return text
    import ftfy

    return ftfy.fix_text(
        text,
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=True,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )
