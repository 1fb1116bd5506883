"""Dates as the window shows them, in the window's language (through `QLocale`'s default).

Stored dates are ISO 8601; people read "28. Oktober 2025" or "28 October 2025". The formats
themselves are translatable strings, so the German catalogue says where the dots go; month
names come from the locale. Import times, which are UTC instants, are shown in local time and
as "today" / "yesterday" when that is what they are.

A date is one word to the eye: its spaces are non-breaking, so a wrapping label ("F.A.Z. ·
28. Okt. 2025" in a narrow story column, an article's byline) moves it to the next line whole
instead of leaving "28." at the end of one line and "Okt. 2025" on the next.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

NBSP = "\u00a0"


def _parse(iso: str | None) -> datetime | None:
    if not iso:
        return None
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)  # an instant: the user's local time
    return moment


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _unbroken(text: str) -> str:
    """`text` with non-breaking spaces: a line wraps before or after it, never inside."""
    return text.replace(" ", NBSP)


def long_date(iso: str | None) -> str:
    """ "2024-04-11T11:46" → "11 April 2024, 11:46" / "11. April 2024, 11:46" (spaces
    non-breaking); anything that is no date is shown as it is."""
    moment = _parse(iso)
    if moment is None:
        return iso or ""
    locale = QLocale()
    text = _unbroken(locale.toString(_qdate(moment.date()), QCoreApplication.translate("Dates", "d MMMM yyyy")))
    if iso and "T" in iso:  # "6:05 PM" whole too; the line may break after the comma
        time = _unbroken(locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat))
        text = QCoreApplication.translate("Dates", "%1, %2").replace("%1", text).replace("%2", time)
    return text


def short_date(iso: str | None) -> str:
    """ "2024-04-11" → "11 Apr 2024" / "11. Apr. 2024" (spaces non-breaking)."""
    moment = _parse(iso)
    if moment is None:
        return iso or ""
    return _unbroken(QLocale().toString(_qdate(moment.date()), QCoreApplication.translate("Dates", "d MMM yyyy")))


def added_date(iso: str | None, today: date | None = None) -> str:
    """When a source was imported: "added today", "added yesterday", "added 11 Apr 2024"."""
    moment = _parse(iso)
    if moment is None:
        return iso or ""
    today = today or date.today()
    if moment.date() == today:
        return QCoreApplication.translate("Dates", "added today")
    if moment.date() == today - timedelta(days=1):
        return QCoreApplication.translate("Dates", "added yesterday")
    return QCoreApplication.translate("Dates", "added %1").replace("%1", short_date(moment.date().isoformat()))


def typed_date(iso: str | None) -> str:
    """A stored date as a person would type it, for an editor to start from: "28.10.2025 18:05"
    in German, "2025-10-28 18:05" in English; `reader.core.date_input` reads both back."""
    moment = _parse(iso)
    if moment is None or not iso:
        return iso or ""
    text = QLocale().toString(_qdate(moment.date()), QCoreApplication.translate("Dates", "yyyy-MM-dd"))
    return f"{text} {moment:%H:%M}" if "T" in iso else text
