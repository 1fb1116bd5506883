"""MHTML single-file archives (.mhtml, .mht: Chrome's and Edge's "Save page as… single file").

An archive is a MIME message: the page's HTML is one part (quoted-printable or base64), its
images and styles the others. The HTML part the archive names as its snapshot — or else the
first HTML part — is decoded with its declared charset and read as a saved web page; the
archive's `Snapshot-Content-Location` is the page's address where the page names none.

A base64 page part is decoded here, not by `email`: where the encoding is broken, `email`
hands back the encoded text itself (length one past a multiple of four) or decodes the rest
of the part shifted by the lost characters — and either was stored as the article. Writers
wrap base64 in lines of whole four-character groups (76 characters for Chrome and Edge), so a
line that is not — or holds a character outside the alphabet — is damage, and the file is
refused with that reason; so is a page whose end decodes to binary noise (characters lost
inside a line shift every group after them). Only a cut-off end (a download that stopped) is
decoded as far as it goes.
"""

from __future__ import annotations

import base64
import email
import email.policy
import re
from datetime import datetime
from email.message import Message

from reader.core.ingest.article import ParsedArticle
from reader.core.ingest.decode import SAMPLE_BYTES, Decoded, sniff_binary
from reader.core.ingest.webpage import PageError, decode_page, parse_page


def read_archive(
    data: bytes, file_name: str, *, reference: datetime | None = None
) -> tuple[Decoded, ParsedArticle]:
    """The archive's page as decoded HTML and the article in it (`reference`: as for
    `webpage.parse_page`)."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    if not message.is_multipart() and message.get_content_type() != "text/html":
        raise PageError("not a web archive (no MIME parts; was it saved as MHTML?)")
    location = _header(message, "Snapshot-Content-Location")
    part = _page_part(message, location)
    if part is None:
        raise PageError("the web archive holds no HTML page")
    payload = _payload(part)
    if not payload.strip():
        raise PageError("the web archive's page is empty")
    charset = part.get_content_charset()
    decoded = _decode(payload, charset)
    url = location or _header(part, "Content-Location")
    return decoded, parse_page(decoded.text, file_name, url=url, reference=reference)


_BASE64_LINE = re.compile(r"[A-Za-z0-9+/]*={0,2}")


def _payload(part: Message) -> bytes:
    """The part's bytes, its transfer encoding undone."""
    if str(part.get("Content-Transfer-Encoding", "")).strip().lower() != "base64":
        payload = part.get_payload(decode=True)
        return payload if isinstance(payload, bytes) else b""
    encoded = part.get_payload(decode=False)
    payload = _base64(encoded) if isinstance(encoded, str) else b""
    # Characters lost inside the text shift every group after them: from there to the end
    # the bytes are noise, so the end of the page shows it wherever the damage is.
    if sniff_binary(payload[-SAMPLE_BYTES:]):
        raise PageError("the web archive is damaged (its page's base64 decodes to binary data)")
    return payload


def _base64(encoded: str) -> bytes:
    """Base64 decoded, or PageError naming where it is broken; a cut-off end is dropped."""
    lines = [line.strip() for line in encoded.splitlines() if line.strip()]
    for number, line in enumerate(lines, 1):
        last = number == len(lines)
        if not _BASE64_LINE.fullmatch(line) or not last and ("=" in line or len(line) % 4):
            raise PageError(f"the web archive is damaged (its page's base64 breaks in line {number})")
    joined = "".join(lines).rstrip("=")
    joined = joined[: len(joined) - 1] if len(joined) % 4 == 1 else joined  # a cut-off group
    return base64.b64decode(joined + "=" * (-len(joined) % 4))


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
