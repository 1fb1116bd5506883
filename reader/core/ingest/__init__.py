"""File → decoded text → parsed article: everything an import does before touching the library.

The face is `prepare_file` / `prepare_bytes` (a file or pasted bytes made into a
`PreparedFile`: decoded, parsed, fingerprinted, analysed for search), `IngestError` with its
one-line reason, which files are supported, and the article model every parser returns
(`ParsedArticle`, its `Block`s with their kind and role, and their JSON form, which the store
keeps), an agency's one spelling (`agency_spelling`, which the model applies and the
revisions compare outlets by), and `kept`, which keeps a table built from installed data
between runs (the entity index's gazetteer uses it too). Decoding and the format parsers are private.

The article model loads with the face; the parsers (`prepare_file` and the names beside it) on
first use: their modules, patterns and tables cost a quarter of a second of CPU, and the store,
`briefing list` and `briefing --help` need only the model. Whoever reads files (the importer,
the window's paste) loads them when it is imported itself, before any file is read; each
format's own reader when a file of it is first read, or before an import's workers fork
(`load_formats`).
"""

import importlib
from typing import TYPE_CHECKING, Any

from reader.core.ingest.article import (
    BLOCK_SEPARATOR,
    Block,
    BlockKind,
    BlockRole,
    ParsedArticle,
    blocks_from_json,
    blocks_to_json,
    reading_text,
)
from reader.core.ingest.wire_credits import agency_spelling

# The lazily loaded names and their modules.
_LAZY = {
    "IngestError": "prepare", "PreparedFile": "prepare", "field_values": "prepare", "is_page_folder": "prepare",
    "is_saved_page": "prepare", "is_supported": "prepare", "load_formats": "prepare", "prepare_bytes": "prepare",
    "prepare_file": "prepare", "supported_suffixes": "prepare", "load_name_lists": "person_shape",
    "why_unreadable": "unreadable", "kept": "run_cache",
    "sniff_binary": "decode",  # `note set --file` names a binary file as `import` does
    "split_front_matter": "clipping",  # a pasted text that is a Markdown clipping is read as one
    "names_of": "byline",  # the who's who leaves a report's own authors out
}  # fmt: skip

if TYPE_CHECKING:
    from reader.core.ingest.byline import names_of
    from reader.core.ingest.clipping import split_front_matter
    from reader.core.ingest.decode import sniff_binary
    from reader.core.ingest.person_shape import load_lists as load_name_lists
    from reader.core.ingest.prepare import (
        IngestError,
        PreparedFile,
        field_values,
        is_page_folder,
        is_saved_page,
        is_supported,
        load_formats,
        prepare_bytes,
        prepare_file,
        supported_suffixes,
    )
    from reader.core.ingest.run_cache import kept
    from reader.core.ingest.unreadable import why_unreadable


def __getattr__(name: str) -> Any:
    """The parsers' names, loaded on first use (PEP 562)."""
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f"{__name__}.{_LAZY[name]}")
    value = getattr(module, "load_lists" if name == "load_name_lists" else name)
    globals()[name] = value
    return value


__all__ = [
    "BLOCK_SEPARATOR",
    "Block",
    "BlockKind",
    "BlockRole",
    "IngestError",
    "ParsedArticle",
    "PreparedFile",
    "agency_spelling",
    "blocks_from_json",
    "blocks_to_json",
    "field_values",
    "is_page_folder",
    "is_saved_page",
    "is_supported",
    "kept",
    "load_formats",
    "load_name_lists",
    "names_of",
    "prepare_bytes",
    "prepare_file",
    "reading_text",
    "sniff_binary",
    "split_front_matter",
    "supported_suffixes",
    "why_unreadable",
]
