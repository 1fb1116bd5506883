"""How text becomes search terms: tokens, folding, Snowball stems and German compound parts.

Owns the one analysis that the import (index terms computed in the parsing workers), the store
(which writes them) and search (which analyses queries and marks snippets) must share. It sits
below all three and imports none of them, so none of them imports another to reach it.
"""

from reader.core.analysis.terms import (
    HEAD_MARK,
    IndexTerms,
    article_head,
    forget_terms,
    index_terms,
    part_finder,
    part_keys,
    part_prefixes,
)
from reader.core.analysis.tokens import (
    MIN_COMPOUND,
    MIN_PART,
    PIECES,
    STEMMED_LANGUAGES,
    TOKEN,
    analyser,
    chunk_tokens,
    fold,
    stems,
    tokens_of,
)

__all__ = [
    "HEAD_MARK",
    "MIN_COMPOUND",
    "MIN_PART",
    "PIECES",
    "STEMMED_LANGUAGES",
    "TOKEN",
    "IndexTerms",
    "analyser",
    "article_head",
    "chunk_tokens",
    "fold",
    "forget_terms",
    "index_terms",
    "part_finder",
    "part_keys",
    "part_prefixes",
    "stems",
    "tokens_of",
]
