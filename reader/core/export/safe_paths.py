"""Where exported files go: safe file names, paths kept inside the folder, atomic writes.

File names come from titles, so they are made valid on Windows, macOS and Linux at once
(pathvalidate's "universal" platform), kept short enough for every file system with room for
a " (2)" counter, and compared case-insensitively when numbering collisions because two of
those three file systems ignore case. The characters a wikilink gives a meaning to (``#`` a
heading, ``^`` a block, ``|`` a link's text, ``[ ]`` the link itself) are left out too: Obsidian
refuses them in a note's name, and `[[Nr. #1 Thema#^h3]]` would look for a heading "1 Thema"
in a note "Nr. " — a file named so could not be linked to at all. Every path is resolved and must stay inside the chosen
folder (a title like "../../x" or a symlink planted in the folder cannot lead a write out of
it), and a file is replaced only by renaming a finished temporary file over it.
"""

from __future__ import annotations

import os
import tempfile
import unicodedata
from datetime import datetime
from pathlib import Path

from pathvalidate import sanitize_filename, validate_filename

from reader.core.export import front_matter
from reader.core.export.markdown import one_line

SUFFIX = ".md"
_LINK_SYNTAX = str.maketrans(dict.fromkeys("#^[]|", " "))  # a wikilink's own marks
STEM_BYTES = 150  # 255-byte file name limits, minus room for " (12345)" and the suffix
_JOINERS = "\u200c\u200d"  # zero-width non-joiner, zero-width joiner
_ZWJ = "\u200d"
# The scripts whose spelling uses ZWNJ and ZWJ between letters (Persian "می‌خواهم", Hindi
# "क्‍ष"), as (first, last) code points; blocks of one script share a name. Unicode's Arabic,
# Syriac, N'Ko, Indic (Devanagari to Sinhala) and Mongolian, where the standard gives them a use.
_JOINING_SCRIPTS = (
    (0x0600, 0x06FF, "Arabic"), (0x0700, 0x074F, "Syriac"), (0x0750, 0x077F, "Arabic"),
    (0x07C0, 0x07FF, "NKo"), (0x0870, 0x08FF, "Arabic"), (0x0900, 0x097F, "Devanagari"),
    (0x0980, 0x09FF, "Bengali"), (0x0A00, 0x0A7F, "Gurmukhi"), (0x0A80, 0x0AFF, "Gujarati"),
    (0x0B00, 0x0B7F, "Oriya"), (0x0B80, 0x0BFF, "Tamil"), (0x0C00, 0x0C7F, "Telugu"),
    (0x0C80, 0x0CFF, "Kannada"), (0x0D00, 0x0D7F, "Malayalam"), (0x0D80, 0x0DFF, "Sinhala"),
    (0x1800, 0x18AF, "Mongolian"), (0xA8E0, 0xA8FF, "Devanagari"), (0xFB50, 0xFDFF, "Arabic"),
    (0xFE70, 0xFEFF, "Arabic"),
)  # fmt: skip
_EMOJI_PRESENTATION = "\ufe0f"
_EMOJI_TAGS = range(0xE0020, 0xE0080)  # the letters of a flag such as Scotland's, after 🏴
_HEAD_BYTES = 16_384  # front matter sits at the top; reading more of each file is waste


class UnsafePathError(ValueError):
    """A path that would lead outside the export folder."""


def file_stem(title: str, untitled: str = "Untitled") -> str:
    """A file name stem from a title, valid on all three systems and as a wikilink's target;
    `untitled` (the export language's word) if nothing is left."""
    text = _visible(unicodedata.normalize("NFC", one_line(title))).translate(_LINK_SYNTAX)
    text = sanitize_filename(text, replacement_text=" ", platform="universal", max_len=10_000)
    text = _truncate_bytes(" ".join(text.split()), STEM_BYTES).strip(" ." + _JOINERS)
    text = sanitize_filename(text, platform="universal", max_len=STEM_BYTES, fs_encoding="utf-8")
    return text.strip(" .") or untitled


def _visible(text: str) -> str:
    """`text` without the invisible format characters a page's title may hold: a soft hyphen
    ("Bundes\u00adkanzler"), a zero-width space, a direction mark or override. In a file name
    they made a link typed as the title reads, `[[Bundeskanzler …]]`, find no note, and an
    override (U+202E) showed the name backwards in a file manager. A zero-width non-joiner or
    joiner stays where it is spelling (`_joins`); and so do the tag characters that make a black
    flag Scotland's (left out, the name showed 🏴)."""
    return "".join(
        c
        for i, c in enumerate(text)
        if unicodedata.category(c) != "Cf"
        or ord(c) in _EMOJI_TAGS
        or (c in _JOINERS and _joins(text, i))
    )


def _joins(text: str, at: int) -> bool:
    """Whether the ZWNJ or ZWJ at `at` is part of how the words around it are written: between
    two letters (or a letter's marks, a virama) of one script that spells with them — Persian
    "می‌خواهم" without its ZWNJ is another shape of the word, a Hindi conjunct without its ZWJ
    another letter — or, a ZWJ, inside an emoji sequence (a person at a laptop, a rainbow flag).
    At a word's edge, beside a space or in Latin text it is only invisible and is left out."""
    if not 0 < at < len(text) - 1:
        return False
    before, after = text[at - 1], text[at + 1]
    if text[at] == _ZWJ and _emoji_part(before) and unicodedata.category(after) == "So":
        return True
    script = _joining_script(before)
    return script is not None and script == _joining_script(after) and _spells(before, after)


def _spells(before: str, after: str) -> bool:
    return all(unicodedata.category(c)[0] in "LM" for c in (before, after))


def _emoji_part(char: str) -> bool:
    """What an emoji sequence's ZWJ follows: an emoji, a skin tone, or the emoji-style selector."""
    return char == _EMOJI_PRESENTATION or unicodedata.category(char) in ("So", "Sk")


def _joining_script(char: str) -> str | None:
    point = ord(char)
    return next((name for first, last, name in _JOINING_SCRIPTS if first <= point <= last), None)


def folded(name: str) -> str:
    """A file name as `unique_folded_name` compares it: NFC, case-folded."""
    return unicodedata.normalize("NFC", name).casefold()


def unique_folded_name(stem: str, used: set[str]) -> str:
    """`stem`.md, or `stem` (2).md, (3) … — the first not in `used`, the names already taken,
    `folded`: an export of many files keeps one such set and adds to it, instead of folding the
    whole folder again for every file (quadratic: 2.3 s of an export of 2,093 sources into an
    empty folder, most of a minute at 10,000)."""
    number = 1
    while True:
        name = f"{stem}{SUFFIX}" if number == 1 else f"{stem} ({number}){SUFFIX}"
        if name.casefold() not in used:
            validate_filename(name, platform="universal")
            return name
        number += 1


def inside(folder: Path, name: str) -> Path:
    """The resolved path of `name` in `folder`; raise UnsafePathError if it leads elsewhere."""
    root = folder.resolve()
    target = (root / name).resolve()
    if target.parent != root:
        raise UnsafePathError(f"“{name}” would be written outside {root}")
    return target


def existing_reader_ids(folder: Path) -> dict[str, str]:
    """reader_id → file name of the Markdown files already in `folder` (not in subfolders)."""
    found: dict[str, str] = {}
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        if not path.is_file():
            continue
        try:
            with path.open("r", encoding="utf-8", errors="replace") as handle:
                head = handle.read(_HEAD_BYTES)
        except OSError:
            continue
        props = front_matter.parse(head)
        value = props.get("reader_id") if props else None
        if isinstance(value, str) and value not in found:
            found[value] = path.name
    return found


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never half.

    The temporary file is in the same folder (a rename across file systems is not atomic) and
    is flushed to disk before it replaces the old file. It gets the permissions any editor
    would give it: those of the file it replaces, or 0666 less the user's umask for a new one
    (mkstemp's 0600 left a shared or synced vault unable to read the export).
    """
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=".briefing-", suffix=".tmp")
    try:
        os.chmod(tmp_name, _mode_for(path))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise


def keep_copy(path: Path, data: bytes, when: datetime) -> Path:
    """Keep `data`, the file at `path` as the user left it, beside it before an export replaces
    it: `Title.md.2026-12-05_093012.bak` (`-2` and on for a second one that second), never over
    another file. Beside the file, so it is found where the file is; not a `.md`, so Obsidian
    does not list it as a second note of the same source (nor link, tag or search it) and no
    export takes it for the file its `reader_id` belongs to. It is written whole and synced, with
    the file's own permissions, before the file is touched; a copy that fails is removed."""
    stamp = when.strftime("%Y-%m-%d_%H%M%S")
    mode = _mode_for(path)
    number = 1
    while True:
        copy = path.with_name(f"{path.name}.{stamp}{'' if number == 1 else f'-{number}'}.bak")
        try:
            fd = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        except FileExistsError:
            number += 1
            continue
        break
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        copy.unlink(missing_ok=True)
        raise
    return copy


def _mode_for(path: Path) -> int:
    """The permission bits a new version of `path` should have."""
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process's umask, read without changing it where the system tells (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # elsewhere: the classic read-by-setting, put back at once
    os.umask(mask)
    return mask


def _truncate_bytes(text: str, limit: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", errors="ignore")
