"""What a drop or a paste holds: local files to import, or an article's text with the address
of the page it was copied from (browsers put it in formats of their own)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, QMimeData

from reader.ui.library.tag_import import AddedWords


def local_paths(mime: QMimeData) -> list[str]:
    """The local files and folders in a drag; web links and the like are not ours to fetch."""
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []


# Where browsers put the address of the page a selection was copied from.
_PAGE_URL_FORMATS = ("text/x-moz-url-priv", "chromium/x-source-url", "text/x-moz-url")
_SOURCE_URL = re.compile(r"^SourceURL:(https?://\S+)", re.M)  # Windows' "HTML Format" header
_WEB_URL = re.compile(r"^https?://\S+$", re.I)
_HEAD = re.compile(r"<head(?:\s[^>]*)?>", re.I)


@dataclass(frozen=True, slots=True)
class Clipping:
    """What a paste or a drop offers: the richest form first (HTML, with the page's address)."""

    data: bytes
    suffix: str  # ".html", ".md" or ".txt": which parser reads `data`
    text: str  # the plain text, should the HTML not make an article


def clipping_of(mime: QMimeData) -> Clipping | None:
    """The article content of a clipboard or a drag, or None if there is no text in it."""
    text = mime.text() if mime.hasText() else ""
    markup = mime.html() if mime.hasHtml() else ""
    if markup.strip():
        url = page_url(mime, markup)
        if url:  # the page's address goes where a saved page keeps it
            link = f'<link rel="canonical" href="{escape(url)}">'
            head = _HEAD.search(markup[:4096])
            if head:
                markup = f"{markup[: head.end()]}{link}{markup[head.end() :]}"
            else:
                markup = f"<html><head>{link}</head><body>{markup}</body></html>"
        return Clipping(markup.encode("utf-8"), ".html", text)
    if text.strip():
        return Clipping(text.encode("utf-8"), ".md" if _front_matter(text) else ".txt", text)
    return None


def _front_matter(text: str) -> bool:
    """Whether `text` opens with a Markdown clipping's front matter: a clipping copied from a
    notes app ("---\ntitle: Notes on BoJ\n---\n# …") was read as plain text, titled
    "title: Notes on BoJ", its fields lines of the text. (A text the clipping reader makes
    nothing of falls back to plain text: `ClippingAdder._as_plain_text`.)"""
    if not text.startswith("---"):
        return False
    from reader.core.ingest import split_front_matter  # YAML: loaded for such a text only

    return bool(split_front_matter(text)[0])


def page_url(mime: QMimeData, markup: str = "") -> str | None:
    """The web address of the page a browser's selection came from, where it says."""
    for name in _PAGE_URL_FORMATS:
        if mime.hasFormat(name):
            raw = bytes(mime.data(name).data())
            decoded = raw.decode("utf-16-le" if raw[1:2] == b"\x00" else "utf-8", errors="replace")
            first = decoded.replace("\x00", "").strip().split("\n")[0].strip()
            if _WEB_URL.match(first):
                return first
    found = _SOURCE_URL.search(markup[:2000])
    return found.group(1) if found else None


def is_bare_address(text: str) -> bool:
    """A web address alone, as the address bar copies it: no text to read, and a page to save
    instead. Not `line_evidence.is_bare_address`, which takes a note's mail address too: a mail
    address pasted is no page that could be saved."""
    return bool(_WEB_URL.match(text.strip()))


def is_bare_link(mime: QMimeData) -> bool:
    """A dragged link (or address-bar icon): web addresses and nothing to read."""
    if not mime.hasUrls() or local_paths(mime):
        return False
    links = {url.toString() for url in mime.urls()}
    text = mime.text().strip() if mime.hasText() else ""
    return not text or text in links or is_bare_address(text)


@dataclass(frozen=True)
class ClippingWords:
    """How a paste or a drop is named: its source ("Pasted 2025-03-31 14:05"), announced with
    its title (`said`), its undo step, and the tag offered for it."""

    name_pattern: str
    said: str
    step: str
    offer: AddedWords


def pasted_words() -> ClippingWords:
    """A paste's words (translated as the import controller's, which says them)."""
    translate = QCoreApplication.translate  # lupdate reads each call with its context
    return ClippingWords(
        name_pattern=translate("ImportController", "Pasted %1"),
        said=translate("ImportController", "Pasted “%1”"),
        step=translate("ImportController", "Paste as new source"),
        offer=AddedWords(
            button=translate("ImportController", "Tag the pasted source…"),
            tip=translate("ImportController", "Give the pasted source a tag"),
            title=translate("ImportController", "Tag the pasted source"),
            question=translate("ImportController", "Tag for the pasted source:"),
            tagged=translate("ImportController", "Tagged the pasted source “%1” (Ctrl+Z takes it back)"),
        ),
    )


def dropped_words() -> ClippingWords:
    """A dropped text's words (translated as the import controller's, which says them)."""
    translate = QCoreApplication.translate  # lupdate reads each call with its context
    return ClippingWords(
        name_pattern=translate("ImportController", "Dropped %1"),
        said=translate("ImportController", "Dropped “%1”"),
        step=translate("ImportController", "Drop as new source"),
        offer=AddedWords(
            button=translate("ImportController", "Tag the dropped source…"),
            tip=translate("ImportController", "Give the dropped source a tag"),
            title=translate("ImportController", "Tag the dropped source"),
            question=translate("ImportController", "Tag for the dropped source:"),
            tagged=translate("ImportController", "Tagged the dropped source “%1” (Ctrl+Z takes it back)"),
        ),
    )
