"""Checking metadata a user typed before it is stored: dates, links and language codes.

The window's metadata editor (and any future command) calls `clean_metadata`, which returns
the values as the store keeps them (trimmed, blanks as None, dates as ISO 8601) or raises
`MetadataError` naming the field and saying what is wrong in a user's words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from urllib.parse import urlsplit

from reader.core.date_input import no_such_day, parse_date
from reader.core.store import EDITABLE_FIELDS

FIELD_NAMES = {
    "title": "Title",
    "teaser": "Teaser",
    "byline": "Byline",
    "site_name": "Outlet",
    "agency": "Agency",
    "published": "Date",
    "url": "URL",
    "lang": "Language",
}
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")


class MetadataError(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{FIELD_NAMES.get(field, field)}: {message}")
        self.field = field
        self.reason = message  # without the field name, for the window to translate


def clean_metadata(values: Mapping[str, str | None]) -> dict[str, str | None]:
    """Validated, normalised values for `SourceRepo.update_metadata`."""
    cleaned: dict[str, str | None] = {}
    for name, raw in values.items():
        if name not in EDITABLE_FIELDS:
            raise MetadataError(name, "cannot be edited")
        raw = _without_controls(raw or "", keep_lines=name == "teaser")
        text = " ".join(raw.split()) if name != "teaser" else raw.strip()
        cleaned[name] = _clean_field(name, text) if _visible(text) else None
    if "title" in cleaned and cleaned["title"] is None:
        raise MetadataError("title", "a source needs a title")
    return cleaned


def _without_controls(text: str, *, keep_lines: bool) -> str:
    """Control characters (a pasted terminal escape, a stray NUL) are never part of a field."""
    kept = "\n\t" if keep_lines else "\t"
    return "".join(ch if ch in kept or unicodedata.category(ch) != "Cc" else " " for ch in text)


def _visible(text: str) -> bool:
    """Something a reader would see: not only spaces and invisible format characters."""
    return any(unicodedata.category(ch)[0] not in "CZ" for ch in text)


def _clean_field(name: str, text: str) -> str:
    if name == "published":
        return clean_date(text)
    if name == "url":
        parts = urlsplit(text)
        if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
            raise MetadataError(name, "a web address starting with http:// or https://")
        return text
    if name == "lang":
        code = text.replace("_", "-")
        code = code[:2].lower() + code[2:] if len(code) >= 2 else code
        if not _LANG.match(code):
            raise MetadataError(name, "a language code such as “de”, “en” or “en-GB”")
        return code
    if name == "title" and len(text) > 500:
        raise MetadataError(name, "at most 500 characters")
    return text


def clean_date(text: str) -> str:
    """"2024-04-11", "11.04.2024 11:46", "11. April 2024" … → ISO 8601 ("2024-04-11" or
    "2024-04-11T11:46"); a publication date names a day, so a month or year alone is refused."""
    iso = parse_date(text)
    if iso is None and no_such_day(text):
        raise MetadataError("published", "there is no such day in the calendar")
    if iso is None or len(iso) < len("2024-04-11"):
        raise MetadataError("published", "a date such as 2024-04-11, 11.04.2024 or 11. April 2024")
    return iso
