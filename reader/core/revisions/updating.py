"""What the importer does with a file that may be a version of a source: report it, apply it
(update in place, keeping the earlier text as a revision), or import it and link it as
similar to a source telling the same story elsewhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.core.models import ImportResult, ImportStatus
from reader.core.revisions.matching import (
    best,
    is_similar,
    share_needed,
    shared,
    shingles,
    url_spellings,
)
from reader.core.store import Store, Version

if TYPE_CHECKING:  # the parsers stay unloaded for code that only reads the library
    from reader.core.ingest import PreparedFile


def version_of(prepared: PreparedFile) -> Version:
    """A prepared file as a version of an article, the way the library stores one."""
    article = prepared.article
    return Version(
        title=article.title or prepared.fallback_title, teaser=article.teaser,
        byline=article.byline, published=article.published, site_name=article.site_name,
        lang=article.lang, url=article.url, file_name=prepared.file_name,
        format=prepared.format, agency=article.agency, content_hash=prepared.content_hash,
        body_hash=prepared.body_hash, text_hash=prepared.text_hash,
        encoding=prepared.encoding, raw_text=prepared.raw_text, blocks=prepared.blocks_json,
        reading_text=prepared.reading_text, index_terms=prepared.index_terms,
    )  # fmt: skip


def newer_version_of(store: Store, prepared: PreparedFile) -> tuple[int, str] | None:
    """(id, title) of the live source this file is a newer version of, if any."""
    article = prepared.article
    title = article.title or prepared.fallback_title
    candidates = store.revisions.candidates(url_spellings(article.url), title)
    if not candidates:
        return None
    mine: frozenset[int] | None = None  # shingled only for a candidate its metadata allows
    for source_id, old_title, outlet, url, text in candidates:
        needed = share_needed((title, article.site_name, article.url), (old_title, outlet, url))
        if needed is None:
            continue
        if mine is None:
            mine = shingles(prepared.reading_text)
        if shared(mine, shingles(text)) >= needed:
            return source_id, old_title
    return None


def place(store: Store, prepared: PreparedFile, *, update: bool, same_text: bool) -> ImportResult | None:
    """The result for a file that is an earlier or newer version of a source, updating the
    source when `update` is set (in the caller's transaction); None for any other file, which
    is imported (or refused as a duplicate) as before. `same_text`: whether the library holds a
    source with this file's text (`sources.find_duplicate`), which the caller looks up once
    and hands on to the adding as well."""
    path = prepared.path
    earlier = store.revisions.earlier_revision_of(prepared.content_hash, prepared.body_hash)
    if earlier is not None:
        source_id, number, title = earlier
        return ImportResult(path, ImportStatus.DUPLICATE,
                            f"revision {number} of #{source_id} “{title}”", source_id, title)  # fmt: skip
    if same_text:
        return None  # the same text: a duplicate, whatever else matches
    match = newer_version_of(store, prepared)
    if match is None:
        return None
    source_id, title = match
    if not update:
        return ImportResult(path, ImportStatus.NEWER_VERSION, None, source_id, title)
    report, _changes = store.revisions.update_in_transaction(source_id, version_of(prepared))
    return ImportResult(path, ImportStatus.UPDATED, None, source_id, title, update=report)


def link_similar(store: Store, ids: Sequence[int]) -> dict[int, int]:
    """Link each new source to the earlier source of its story that shares most of its text
    under another outlet or address; returns {new id: similar id}.

    Candidates are the members of the source's story (grouping has run): the same event, so
    the only sources that can tell the same story, found without comparing every pair.
    """
    story_of = store.stories.story_of(ids)
    members: dict[int, list[int]] = {}
    for source_id in ids:
        if source_id in story_of:
            members.setdefault(story_of[source_id], []).append(source_id)
    found: dict[int, tuple[int, float]] = {}
    # One story at a time: the shingles of every member of every story an import touched
    # took 300 MB at 10,000 files; a story's own are a few hundred KB.
    for story, fresh in members.items():
        everyone = store.stories.members_of([story])
        texts = {i: (site, url, shingles(text)) for i, site, url, text in store.revisions.texts(everyone)}
        for source_id in fresh:
            if source_id not in texts:
                continue
            mine = texts[source_id]
            scored = [
                (other, share)
                for other in everyone
                if other < source_id and other in texts
                and (share := is_similar(mine, texts[other])) is not None
            ]  # fmt: skip
            match = best(scored)
            if match is not None:
                found[source_id] = match
    links = {source_id: found[source_id] for source_id in ids if source_id in found}
    if links:
        store.revisions.link_similar((new, old, share) for new, (old, share) in links.items())
    return {new: old for new, (old, _share) in links.items()}
