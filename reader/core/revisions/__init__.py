"""Articles that change: whether a new file is a newer version of a source or a similar one,
and what the importer does about it (report, update in place, link).

The stored side (revisions, re-anchoring on update, undo, similar links) is `store.revisions`;
this package decides and drives it.
"""

from reader.core.revisions.matching import (
    canonical_url,
    is_newer_version,
    is_similar,
    shared,
    shingles,
    url_spellings,
)
from reader.core.revisions.updating import link_similar, newer_version_of, place, version_of

__all__ = [
    "canonical_url",
    "is_newer_version",
    "is_similar",
    "link_similar",
    "newer_version_of",
    "place",
    "shared",
    "shingles",
    "url_spellings",
    "version_of",
]
