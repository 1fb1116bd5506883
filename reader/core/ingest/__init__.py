"""File → decoded text → parsed article: everything an import does before touching the library.

The face is `prepare_file` / `prepare_bytes` (a file or pasted bytes made into a
`PreparedFile`: decoded, parsed, fingerprinted, analysed for search), `IngestError` with its
one-line reason, which files are supported, and the article model every parser returns
(`ParsedArticle`, its `Block`s with their kind and role, and their JSON form, which the store
keeps). Decoding and the format parsers are private. The window and the CLI need the parsers
anyway (paste, inspect), so the face loads them at once rather than lazily.
"""

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
from reader.core.ingest.person_shape import load_lists as load_name_lists
from reader.core.ingest.prepare import (
    IngestError,
    PreparedFile,
    is_page_folder,
    is_saved_page,
    is_supported,
    prepare_bytes,
    prepare_file,
    supported_suffixes,
)

__all__ = [
    "BLOCK_SEPARATOR",
    "Block",
    "BlockKind",
    "BlockRole",
    "IngestError",
    "ParsedArticle",
    "PreparedFile",
    "blocks_from_json",
    "blocks_to_json",
    "is_page_folder",
    "is_saved_page",
    "is_supported",
    "load_name_lists",
    "prepare_bytes",
    "prepare_file",
    "reading_text",
    "supported_suffixes",
]
