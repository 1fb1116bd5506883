"""MHTML single-file archives (.mhtml, .mht: Chrome's and Edge's "Save page as… single file").

An archive is a MIME message: the page's HTML is one part (quoted-printable or base64), its
images and styles the others. The HTML part the archive names as its snapshot — or else the
first HTML part — is decoded with its declared charset and read as a saved web page; the
archive's `Snapshot-Content-Location` is the page's address where the page names none.
"""

from __future__ import annotations

import email
import email.policy
from email.message import Message

from reader.core.ingest.article import ParsedArticle
from reader.core.ingest.decode import Decoded
from reader.core.ingest.webpage import PageError, decode_page, parse_page


def read_archive(data: bytes, file_name: str) -> tuple[Decoded, ParsedArticle]:
    """The archive's page as decoded HTML and the article in it."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    if not message.is_multipart() and message.get_content_type() != "text/html":
        raise PageError("not a web archive (no MIME parts; was it saved as MHTML?)")
    location = _header(message, "Snapshot-Content-Location")
    part = _page_part(message, location)
    if part is None:
        raise PageError("the web archive holds no HTML page")
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise PageError("the web archive's page is empty")
    charset = part.get_content_charset()
    decoded = _decode(payload, charset)
    url = location or _header(part, "Content-Location")
    return decoded, parse_page(decoded.text, file_name, url=url)


def _header(message: Message, name: str) -> str | None:
    value = message.get(name)
    return str(value).strip() if value else None


def _page_part(message: Message, location: str | None) -> Message | None:
    pages = [part for part in message.walk() if part.get_content_type() == "text/html"]
    for part in pages:
        if location and _header(part, "Content-Location") == location:
            return part
    return pages[0] if pages else None


def _decode(payload: bytes, charset: str | None) -> Decoded:
    if charset:
        try:
            return Decoded(payload.decode(charset, errors="replace"), charset.lower())
        except LookupError:
            pass
    return decode_page(payload)
