"""Bytes → text: BOM, UTF-16/32 without BOM, strict UTF-8, then charset detection, with cp1252
for short Western files — and files that are not text refused with a clear reason.

Each rule answers a way real files went wrong:

- A text is never refused for how it starts: "MZ-Verlag meldet …" or "RIFF-Studie …" begin
  like a program or a media file. A signature alone decides only where it cannot be prose
  (`%PDF-1`, `\\x89PNG`, `PK\\x03\\x04` …); the word-like ones (`MZ`, `ID3`, `RIFF`, `Rar!`)
  count only with the rest of their header or with binary byte statistics over the sample.
- A few stray NUL bytes in a text are dropped, not taken for binary; many NULs in a regular
  pattern are UTF-16 or UTF-32 without a BOM, in either byte order.
- A UTF-8 file cut inside its last character is still UTF-8 (the cut character is dropped),
  not cp1252 with every umlaut turned into mojibake.
- A file without a readable word — only BOMs, white space, punctuation or noise — is refused
  with "no readable text" instead of becoming an empty source.
"""

from __future__ import annotations

import codecs
import re
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


# Signatures no text starts with: decisive on their own.
_SIGNATURES: tuple[tuple[re.Pattern[bytes], str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), name)
    for pattern, name in (
        (rb"%PDF-\d", "PDF document"),
        (rb"PK\x03\x04", "ZIP archive (or Office document)"),
        (rb"PK\x05\x06", "ZIP archive"),
        (rb"\x89PNG\r\n", "PNG image"),
        (rb"\xff\xd8\xff", "JPEG image"),
        (rb"GIF8[79]a", "GIF image"),
        (rb"RIFF.{4}(WAVE|AVI |WEBP|ACON)", "RIFF media file"),
        (rb"\x1f\x8b\x08", "gzip archive"),
        (rb"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
        (rb"Rar!\x1a\x07", "RAR archive"),
        (rb"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Office document"),
        (rb"\x7fELF", "program file"),
        (rb"SQLite format 3\x00", "SQLite database"),
        (rb"ID3[\x02-\x04]\x00", "MP3 audio"),
        (rb"OggS\x00", "Ogg media file"),
    )
)
# Signatures that are also words: they name the format only of a sample that is binary anyway.
_WEAK_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"MZ", "Windows program file"),
    (b"ID3", "MP3 audio"),
    (b"RIFF", "RIFF media file"),
    (b"Rar!", "RAR archive"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

SAMPLE_BYTES = 65_536
# Control bytes no text file has (tab, newlines, form feed and escape are allowed).
_CONTROL = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x1B)) | frozenset(range(0x1C, 0x20))
# Every byte that is not a control byte: deleting them leaves the control bytes to be counted.
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL)
# A text may hold a few stray NULs (dropped); more than this share of the sample is binary.
MAX_STRAY_NUL_SHARE = 0.01
# ... or, in any file, up to this many NULs that stand alone among text bytes.
MAX_STRAY_NULS = 5
MAX_CONTROL_SHARE = 0.01

# Below this size charset detection has too little evidence; Western European text is by far
# the most likely, and cp1252 decodes every byte sequence that matters there.
_SHORT_FILE_BYTES = 2048
_FALLBACK_ENCODING = "cp1252"
_WORD = re.compile(r"[^\W\d_]{2,}")
_LETTER_RUNS = re.compile(r"[^\W\d_]+")
# A text without spaces is read when at least this share of its characters are letters.
MIN_LETTER_SHARE = 0.95
_WESTERN_LANGUAGES = frozenset({"German", "English", "French", "Dutch", "Italian", "Spanish",
                                "Portuguese", "Danish", "Swedish", "Norwegian", "Finnish"})  # fmt: skip
_WESTERN_LETTERS = "äöüßÄÖÜéèêàâçñ"


def sniff_binary(data: bytes) -> str | None:
    """Name the binary format of `data`, or None if it may be text."""
    return _binary_format(data, may_be_wide=True)


def _binary_format(data: bytes, *, may_be_wide: bool) -> str | None:
    """`sniff_binary`, for `decode` without its look for UTF-16 or UTF-32 when `data` is known
    to be neither (`may_be_wide` False): `decode` has looked already, and each look counts the
    NULs of the sample again (0.03 M instructions of a 5 KB article)."""
    for pattern, name in _SIGNATURES:
        if pattern.match(data):
            return name
    if may_be_wide and _wide_encoding(data) is not None:
        return None
    sample = data[:SAMPLE_BYTES]
    if not _binary_statistics(sample):
        return None
    for magic, name in _WEAK_SIGNATURES:
        if data.startswith(magic):
            return name
    return "binary file"


def _binary_statistics(sample: bytes) -> bool:
    """More NULs than a few strays, or control bytes no text has, over the whole sample."""
    if not sample:
        return False
    nuls = sample.count(0)
    # Counted by deleting the rest (in C, one pass): summing a 0/1 translation made an int
    # per byte, half of what decoding a file costs.
    controls = len(sample.translate(None, _NOT_CONTROL)) - nuls
    if nuls > MAX_STRAY_NUL_SHARE * len(sample) + 2 and not _stray_nuls(sample, nuls, controls):
        return True
    return controls > MAX_CONTROL_SHARE * len(sample) + 2


def _stray_nuls(sample: bytes, nuls: int, controls: int) -> bool:
    """A handful of NULs, each alone, in bytes that are text otherwise: strays, however short
    the file (a 78-byte note with 3 was refused as binary by the share alone). Binary formats
    pad with runs of NULs or carry other control bytes beside them."""
    return nuls <= MAX_STRAY_NULS and controls == 0 and b"\x00\x00" not in sample


def _wide_encoding(data: bytes) -> str | None:
    """UTF-32 or UTF-16 without a BOM, from where the NULs of Latin-script text fall."""
    sample = data[:SAMPLE_BYTES]
    if len(sample) < 4 or sample.count(0) < len(sample) // 4:
        return None
    quarter = max(1, len(sample) // 4)
    by4 = [sample[i::4].count(0) / quarter for i in range(4)]
    if min(by4[1:]) > 0.9 and by4[0] < 0.5:
        return "utf-32-le"
    if min(by4[:3]) > 0.9 and by4[3] < 0.5:
        return "utf-32-be"
    half = max(1, len(sample) // 2)
    even, odd = sample[0::2].count(0) / half, sample[1::2].count(0) / half
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def decode(data: bytes) -> Decoded:
    """Decode `data` to text, or raise DecodeError with a reason a user understands."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _readable(Decoded(_decode_wide(data[len(bom) :], encoding), encoding))
    wide = _wide_encoding(data)
    if wide is not None:
        return _readable(Decoded(_decode_wide(data, wide), wide))
    binary = _binary_format(data, may_be_wide=False)  # `wide` is None
    if binary:
        raise DecodeError(f"not a text file ({binary})")
    data = data.replace(b"\x00", b"")  # the few stray NULs a text may carry
    return _readable(_decode_narrow(data))


def _decode_wide(data: bytes, encoding: str) -> str:
    unit = 4 if "32" in encoding else 2 if "16" in encoding else 1
    whole = data[: len(data) - len(data) % unit]  # a cut last character is dropped
    return whole.decode(encoding, errors="replace").replace("\x00", "")


def _decode_narrow(data: bytes) -> Decoded:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.end == len(data):
            # Cut inside the last character: the rest is UTF-8, and is decoded as such.
            try:
                text = data[: exc.start].decode("utf-8")
            except UnicodeDecodeError:
                return _detect(data)
        elif _mostly_utf8(data):
            text = data.decode("utf-8", errors="replace")
        else:
            return _detect(data)
    return Decoded(_repair_mojibake(text), "utf-8")


def _mostly_utf8(data: bytes) -> bool:
    """Many well-formed multi-byte UTF-8 characters and only a few broken bytes (a damaged
    UTF-8 file, not a file in another encoding, where hardly any sequence is well formed)."""
    replaced = data.decode("utf-8", errors="replace")
    broken = replaced.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    well_formed = sum(1 for ch in replaced if ord(ch) > 0x7F and ch != "\ufffd")
    return well_formed >= 8 and broken * 20 <= well_formed


def _detect(data: bytes) -> Decoded:
    if len(data) >= _SHORT_FILE_BYTES:
        from charset_normalizer import from_bytes

        matches = from_bytes(data)
        best = matches.best()
        if best is not None and best.encoding:
            # Where cp1252 reads the bytes as well as the best guess (cp1250 and cp1252 differ
            # in a few rare characters), the Western encoding of our users' texts wins.
            western = next((m for m in matches if m.encoding == "cp1252" and m.chaos <= best.chaos + 0.01), None)
            text, encoding = (str(western), "cp1252") if western else (str(best), best.encoding)
            if western is None and best.language in _WESTERN_LANGUAGES:
                # Nor where cp1252 gives at least as many of the letters such texts use.
                text, encoding = _prefer_cp1252(data, text, encoding)
            if _looks_like_prose(text):
                return Decoded(text, encoding)
    try:
        text = data.decode(_FALLBACK_ENCODING)
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte.
        text = data.decode("latin-1")
        return Decoded(text, "latin-1")
    return Decoded(text, _FALLBACK_ENCODING)


def _prefer_cp1252(data: bytes, text: str, encoding: str) -> tuple[str, str]:
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        return text, encoding
    if sum(map(western.count, _WESTERN_LETTERS)) >= sum(map(text.count, _WESTERN_LETTERS)):
        return western, "cp1252"
    return text, encoding


# Control characters no prose holds: U+0000-U+0008, U+000B, U+000E-U+001F, U+007F-U+009F.
# They are counted in the sample's UTF-8 bytes, in C: one below U+0080 is a byte of its own
# (no other character's bytes are below 0x80), so deleting every other byte leaves those;
# one of U+0080-U+009F is 0xC2 and a byte 0x80-0x9F (0xC2 only ever leads a character, and
# the second byte is never 0xC2), looked for only when 0xC2 is there at all. Before, each of
# the 65 characters was looked for with `in`, a scan of the sample each (a regex counted them
# where one was found): about as many instructions (0.10 against 0.095 M a bench article) but
# twice the time (28 against 12 µs). The spacing test's seven separator counts were most of
# `_looks_like_prose`'s 0.25 M (now 0.12, the spaces counted first).
_NOT_CONTROL_BYTE = bytes(b for b in range(256) if not (b < 0x09 or b == 0x0B or 0x0E <= b < 0x20 or b == 0x7F))
_C1_CONTROL = re.compile(rb"\xc2[\x80-\x9f]")
# What separates words, in the sample's spacing test; spaces alone are nearly always enough.
_WORD_SEPARATORS = " \n\t\u3000。、，"


def _control_characters(sample: str) -> int:
    """How many of the control characters above `sample` holds (the surrogates a text may
    carry are encoded as they are: three bytes, none of them a control's)."""
    encoded = sample.encode("utf-8", "surrogatepass")
    controls = len(encoded.translate(None, _NOT_CONTROL_BYTE))
    if b"\xc2" in encoded:
        controls += len(_C1_CONTROL.findall(encoded))
    return controls


def _looks_like_prose(text: str) -> bool:
    """Words separated by spaces (or CJK sentence marks), few control characters."""
    sample = text[:4096]
    if not sample:
        return False
    # Counted in C: every imported file passes here, and a per-character generator cost a
    # quarter of a parsing worker's time.
    controls = _control_characters(sample)
    # The spaces alone decide it when they are one character in 50 or more (every answer
    # below is then the same as with all the separators counted: a count of one or more,
    # and over the share); only a text with fewer has the other separators counted too.
    spaced = sample.count(" ")
    if spaced * 50 < len(sample):
        spaced = sum(map(sample.count, _WORD_SEPARATORS))
    # A few stray ones in a text are dropped by normalising; a snippet with them is noise.
    if controls > 0.02 * len(sample) + (3 if len(sample) >= 64 else 0):
        return False
    if len(sample) >= 24 and not spaced:
        return False
    return len(sample) < 200 or spaced * 50 >= len(sample)


def _readable(decoded: Decoded) -> Decoded:
    """Refuse text without a single readable word, or noise that only decodes as text."""
    text = decoded.text
    if not _WORD.search(text) or not (_looks_like_prose(text) or _letters_only(text)):
        raise DecodeError("no readable text")
    return decoded


def _letters_only(text: str) -> bool:
    """Text that is words without spaces between them — one 400-letter word, words run
    together ("MeetingNotesDienstag") — is text: the spacing test is there for noise, which
    mixes letters with digits, signs and control characters (random bytes decode to about
    half letters, base64 to four fifths, a hex dump to fewer)."""
    # Empty only for white space, which has no word and was refused before.
    sample = "".join(text[:4096].split())
    letters = sum(map(len, _LETTER_RUNS.findall(sample)))
    return letters >= MIN_LETTER_SHARE * len(sample)


# What a byte 0x80-0xBF (the second byte of a UTF-8 character) becomes when UTF-8 is read as
# cp1252 (as browsers read it: the five bytes cp1252 leaves undefined as themselves) or Latin-1.
_CONTINUATIONS = "".join(sorted({
    bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xC0)
} | {chr(b) for b in range(0x80, 0xC0)}))  # fmt: skip
_AFTER_LETTER = re.compile(f"[ÄÅ][{re.escape(_CONTINUATIONS)}]")


def _letter_mojibake(text: str) -> bool:
    """Whether "Ä" or "Å" stands before a character a UTF-8 continuation byte becomes ("Å‚"
    is "ł" read as cp1252): they are also letters German, Swedish and Danish write ("Ärger"),
    and every fifth German page, sent through ftfy for them, cost 2-4 ms of CPU to change
    nothing."""
    return ("Ä" in text or "Å" in text) and _AFTER_LETTER.search(text) is not None


def _repair_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-cp1252 damage ("FÃ¼r" → "Für") and nothing else.

    Only ftfy's encoding fixes are enabled: its quote and punctuation "uncurling" would change
    the typographic quotes that highlights quote exactly. A text goes to ftfy only when it
    holds how such damage begins: "Ã", "Â", "â€", or "Ä"/"Å" before a continuation byte's
    character (`_letter_mojibake`) — the first bytes of the characters U+0080-U+017F and of
    the typographic quotes and dashes, read as cp1252.
    """
    if not any(marker in text for marker in ("Ã", "Â", "â€")) and not _letter_mojibake(text):
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
