"""Plain-text articles (a web page copied into a .txt file). Interim version: replaced soon."""

from __future__ import annotations

from reader.core.ingest.article import Block, BlockKind, BlockRole, ParsedArticle


def parse(text: str, file_name: str | None = None) -> ParsedArticle:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    title = lines[0] if lines else None
    blocks = [Block(BlockKind.HEADING, lines[0], BlockRole.META)] if lines else []
    blocks += [Block(BlockKind.PARAGRAPH, line) for line in lines[1:]]
    return ParsedArticle(title, False, None, None, None, None, None, tuple(blocks))
