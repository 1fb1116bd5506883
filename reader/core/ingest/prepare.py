"""File → decoded text → parsed article: everything an import does before touching the library.

Formats are plug-ins, one module per format, registered by file suffix in `FORMATS`: plain
text and Markdown parse decoded text (`(text, file_name) -> ParsedArticle`); web pages and
MHTML archives read their own bytes, because the markup names its own charset. A plug-in is
registered by name and its module imported on first use: the web page and Markdown readers
(lxml, markdown-it, YAML, their patterns) cost 0.07 s of CPU that an import of .txt files
never needs. A process that forks workers loads the formats its files have first
(`load_formats`), so that the workers share them instead of each importing them.
`prepare_file` is a pure function of the file's bytes, so the importer can run it in worker
processes while one writer stores the results. That includes the article's search analysis
(stems and compound parts): it costs as much as parsing a short article, and the writer is
the one process that cannot be parallelised.
"""

from __future__ import annotations

import hashlib
import importlib
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from datetime import datetime
from operator import attrgetter
from pathlib import Path
from typing import Any, Protocol, TypeVar

from reader.core.analysis import IndexTerms, article_head, index_terms
from reader.core.ingest.article import ParsedArticle, blocks_to_json
from reader.core.ingest.decode import Decoded, DecodeError, decode
from reader.core.ingest.run_cache import cached_patterns
from reader.core.ingest.unreadable import why_unreadable
from reader.core.ingest.word_lists import is_word_list
from reader.core.text import casefold_utf8, normalise, single_spaced, text_hash


class Parser(Protocol):
    """A format that parses decoded text. `reference` is the moment a pasted page was read,
    which dates a story its head dates only by its age ("3 hours ago"); None for a file."""

    def __call__(
        self, text: str, file_name: str | None, *, reference: datetime | None = None
    ) -> ParsedArticle: ...


class Reader(Protocol):
    """A format that reads its own bytes (markup declares its charset; an archive holds the
    page); `reference` as for `Parser`."""

    def __call__(
        self, data: bytes, file_name: str, *, reference: datetime | None = None
    ) -> tuple[Decoded, ParsedArticle]: ...

_T = TypeVar("_T")

# A copied article is a few KB; 5 MB of text is a book or a log file, not an article.
MAX_FILE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Format:
    """One plug-in: a text parser, or a reader that takes the raw bytes, named as
    "module.function" in this package and imported on first use."""

    name: str
    function: str
    reads_bytes: bool = False
    page_sized: bool = False  # a saved page's limit (`webpage.MAX_PAGE_BYTES`), not a text's

    @property
    def parse(self) -> Parser | None:
        return None if self.reads_bytes else self.load()

    @property
    def max_bytes(self) -> int:
        return _webpage().MAX_PAGE_BYTES if self.page_sized else MAX_FILE_BYTES

    def load(self) -> Any:
        """The plug-in's function, its module imported if it is not yet."""
        module, function = self.function.split(".")
        name = f"reader.core.ingest.{module}"
        if name not in sys.modules:
            with cached_patterns():  # their regexes compiled once for all runs (`run_cache`)
                importlib.import_module(name)
        return getattr(sys.modules[name], function)


def _webpage() -> Any:
    return importlib.import_module("reader.core.ingest.webpage")


_TEXT = Format("text", "plaintext.parse")
_HTML = Format("html", "webpage.read_page", reads_bytes=True, page_sized=True)
_MHTML = Format("mhtml", "mhtml.read_archive", reads_bytes=True, page_sized=True)
_MARKDOWN = Format("markdown", "clipping.parse")

# suffix → format; anything else that is named or dropped is read as plain text.
FORMATS: dict[str, Format] = {
    ".txt": _TEXT,
    ".text": _TEXT,
    ".html": _HTML,
    ".htm": _HTML,
    ".xhtml": _HTML,
    ".mhtml": _MHTML,
    ".mht": _MHTML,
    ".md": _MARKDOWN,
    ".markdown": _MARKDOWN,
}


def load_formats(file_names: Iterable[str] | None = None) -> None:
    """Import the plug-ins these files need now (every plug-in for None: a forkserver, which
    forks for imports it does not know yet), for a process about to fork the workers that
    parse them."""
    formats = set(FORMATS.values()) if file_names is None else {format_of(n) for n in file_names}
    for fmt in formats:
        fmt.load()


class IngestError(ValueError):
    """A file that cannot become a source; the message is the reason shown to the user."""


@dataclass(frozen=True, slots=True)
class PreparedFile:
    """A parsed file ready to be stored (picklable: it crosses from worker to writer).

    Everything the writer stores is computed here, in the worker: the blocks as JSON, the
    reading text and its hash, the search index columns. The writer is the one process an
    import cannot parallelise, so it only executes the inserts.
    """

    path: str
    file_name: str
    format: str
    encoding: str
    raw_text: str
    content_hash: str
    body_hash: str
    article: ParsedArticle
    blocks_json: str
    reading_text: str
    text_hash: str
    index_terms: IndexTerms

    def for_writer(self) -> PreparedFile:
        """This file without `article.blocks`, which `blocks_json` and `reading_text` carry.

        Pickling three dozen Block objects costs the writer more than storing the file.
        """
        return _copied(self, article=_copied(self.article, blocks=()))

    @property
    def fallback_title(self) -> str:
        return fallback_title(self.file_name)


def _copied(obj: _T, **changes: Any) -> _T:
    """`dataclasses.replace(obj, **changes)` by the fields `field_values` lists once per
    class, where `replace` walks the class's fields anew for every object (half of a worker's
    0.19 M instructions a file for `for_writer`; the constructors are the other half)."""
    names, values = field_values(type(obj))
    kept = dict(zip(names, values(obj), strict=True))
    kept.update(changes)
    copy: _T = type(obj)(**kept)
    return copy


def field_values(cls: type[Any]) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]:
    """The field names of the dataclass `cls` and a getter of an object's values for them (in
    C), worked out once per class for what remakes its objects by the constructor from those
    values (`_copied`, the import pool's pickling): `dataclasses` lists the fields anew for
    every object. So every field must be an argument of the constructor, and there must be two
    or more (`attrgetter` of one name gives the value, no tuple)."""
    found = _FIELD_VALUES.get(cls)
    if found is None:
        names = tuple(f.name for f in fields(cls))
        assert len(names) > 1 and all(f.init for f in fields(cls)), f"{cls.__name__}: fields must be arguments"
        found = _FIELD_VALUES[cls] = (names, attrgetter(*names))
    return found


_FIELD_VALUES: dict[type, tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]] = {}


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in FORMATS


def supported_suffixes() -> list[str]:
    return sorted(FORMATS)


# "Save page as… Web page, complete" puts the page's images, styles and frames in a folder
# beside it: `Page_files` (Firefox, Chrome), `Page-Dateien` (German Chrome and Edge).
_PAGE_FOLDER = re.compile(r"(.+?)(?:_files|[-_]Dateien|_archivos|_fichiers|-bestanden)$", re.I)


def is_saved_page(file_name: str) -> bool:
    return format_of(file_name) is _HTML


def is_page_folder(folder_name: str, page_stems: set[str]) -> bool:
    """Whether a folder holds the furniture of a saved page beside it (not articles)."""
    found = _PAGE_FOLDER.match(folder_name)
    return found is not None and found.group(1) in page_stems


def format_of(file_name: str) -> Format:
    """The plug-in for a file name; plain text for a suffix no plug-in claims."""
    return FORMATS.get(Path(file_name).suffix.lower(), _TEXT)


def prepare_file(path: Path) -> PreparedFile:
    """Read, decode and parse one file; raise IngestError with a reason a user understands."""
    limit = format_of(path.name).max_bytes
    try:
        size = path.stat().st_size
        if size > limit:
            raise IngestError(
                f"too large ({size / 1_048_576:.1f} MB; an article file is at most "
                f"{limit // 1_048_576} MB)"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(why_unreadable(exc)) from None
    return prepare_bytes(data, path.name, path=str(path))


def prepare_bytes(
    data: bytes, file_name: str, *, path: str | None = None, reference: datetime | None = None
) -> PreparedFile:
    """Decode and parse bytes that came from a file, the clipboard or a drop. `reference` is
    the moment a pasted or dropped page was read (the reader's local time): a story the page
    dates only by its age ("vor 3 Stunden") is dated from it. A file has none: its
    modification time is not when the page was read."""
    if not data.strip():
        raise IngestError("empty file")
    fmt = format_of(file_name)
    if fmt.reads_bytes:
        if len(data) > fmt.max_bytes:  # pasted or dropped bytes; a file was measured before
            raise IngestError(f"too large ({len(data) / 1_048_576:.1f} MB)")
        from reader.core.ingest.webpage import PageError  # loaded with every reader

        read: Reader = fmt.load()
        try:
            decoded, article = read(data, file_name, reference=reference)
        except PageError as exc:
            raise IngestError(str(exc)) from None
        body = text = article.body
        too_few = no_article_text(page_text(article), web_page=True)
        if too_few:  # a one-word page was imported as a source, a one-word .txt refused
            raise IngestError(too_few)
    else:
        try:
            decoded = decode(data)
        except DecodeError as exc:
            raise IngestError(str(exc)) from None
        text = normalise(decoded.text)
        if not text.strip():
            raise IngestError("no text in the file")
        too_few = no_article_text(text)
        if too_few:
            raise IngestError(too_few)
        parse: Parser = fmt.load()
        article = parse(text, file_name, reference=reference)
        body = article.body
    head = article_head(article.title or fallback_title(file_name), article.teaser)
    return PreparedFile(
        path=path or file_name,
        file_name=file_name,
        format=fmt.name,
        encoding=decoded.encoding,
        raw_text=decoded.text,
        content_hash=hashlib.sha256(data).hexdigest(),
        body_hash=duplicate_fingerprint(body, text),
        article=article,
        blocks_json=blocks_to_json(article.blocks),
        reading_text=body,
        text_hash=text_hash(body),
        index_terms=index_terms(head, body, article.lang),
    )


# Fewer words than this in fewer characters than that, and not one sentence among them, are no
# article: a one-word file (an empty clipping, a name typed into a new file) or a list of file
# names imported as an "article" with those words as its body. The characters keep a text
# written without spaces (Japanese, or words run together) an article however it is counted.
ARTICLE_MIN_WORDS = 8
ARTICLE_MIN_CHARACTERS = 160
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.I)
_SENTENCE_END = re.compile(r"\w[.!?…。！？][\"'“”„‘’»«」)\]]*(?:\s|$)")


def no_article_text(text: str, *, web_page: bool = False) -> str | None:
    """Why a plain text is no article, as an import reason; None when it may be one. The file
    is refused, not imported as a source of a few words, and its line says why (the words
    stay in the file): the window's import report and its paste say the same, as both come
    here. The characters are counted first: asked of every text file imported, an article's
    length answers before its words are split. A `web_page`'s title over an address is no
    reading list's entry (`_titled_address`): a saved redirect ("Redirecting" /
    "https://…/new-page") was imported as a source."""
    if len(text.strip()) >= ARTICLE_MIN_CHARACTERS:
        return None
    words = len(text.split())
    lines = [line for line in text.split("\n") if line.strip()]
    titled_address = not web_page and _titled_address(lines)
    if words >= ARTICLE_MIN_WORDS or _SENTENCE_END.search(text) or is_word_list(lines) or titled_address:
        return None  # a list of words, one a line, is a note ("Zölle" / "Lieferketten" / "Chips")
    return f"no article text ({'one word' if words == 1 else f'{words} words'}, no sentence)"


def _titled_address(lines: list[str]) -> bool:
    """A headline and its page's web address, each a line: a reading list's entry, a source to
    come back to ("Steelmakers brace for new US tariffs" / "https://www.reuters.com/…"). The
    address alone is none: a link, which is not fetched."""
    return len(lines) >= 2 and any(_WEB_ADDRESS.fullmatch(line.strip()) for line in lines) and not all(
        _WEB_ADDRESS.fullmatch(line.strip()) for line in lines
    )


def page_text(article: ParsedArticle) -> str:
    """What a page's reader shows of it, for `no_article_text`: the title the page gives (not
    one made from its text), the teaser and the reading text, as a plain text's lines are its
    title, teaser and body. The blocks set aside are not counted: on a page where nothing
    looked like an article the body is the page's own text, so a page is not refused for
    what its parser set aside."""
    title = None if article.title_derived else article.title
    return "\n\n".join(part for part in (title, article.teaser, article.body) if part)


def fallback_title(file_name: str) -> str:
    """A title for a page where the parser found none: the file name, made readable."""
    return re.sub(r"[_\s]+", " ", Path(file_name).stem).strip() or file_name


# A body this long is the article itself: two files with it hold the same article, whatever
# else (navigation, teasers, "more on this") the parser set aside. A shorter body may be all a
# parser kept of two different pages, so then the whole text has to match.
SUBSTANTIAL_BODY_WORDS = 50


def duplicate_fingerprint(body: str, text: str) -> str:
    """Same substantial body, or else the same whole text (case and spacing aside): a duplicate.

    Identical bytes are caught by the content hash; this is the second fingerprint, the one a
    renamed, re-saved or re-copied article shares with the first.
    """
    spaced = single_spaced(body)
    if spaced and spaced.count(" ") + 1 >= SUBSTANTIAL_BODY_WORDS:
        return _fingerprint(spaced)
    return body_fingerprint("whole text\x00" + text)


def body_fingerprint(body: str) -> str:
    """Same article under another name → same fingerprint: case and spacing do not count."""
    return _fingerprint(single_spaced(body))


def _fingerprint(spaced: str) -> str:
    """The fingerprint of a text's words joined by single spaces (`single_spaced`), case folded."""
    return hashlib.sha256(casefold_utf8(spaced)).hexdigest()
