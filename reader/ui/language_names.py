"""A language code as the window names it: "de" is "Deutsch" in German and "German" in English.

The library's Language filters (list and table) listed their choices as the sources store them,
"de  (29)" and "en  (16)"; the metadata dialog named the code beside its field already. Both
read the name here, from CLDR (babel), in the window's language.
"""

from __future__ import annotations

from reader.ui.i18n import current_language


def language_name(code: str) -> str:
    """A language code's name in the window's language ("en" → "Englisch" in German, "en-GB" →
    "English (United Kingdom)" in English); "" for an empty or unknown code."""
    from babel import Locale, UnknownLocaleError  # on first use, not at the window's start

    try:
        locale = Locale.parse(code.strip().replace("-", "_"))
    except (ValueError, TypeError, UnknownLocaleError):
        return ""
    return locale.get_display_name(current_language()) or ""


def language_label(code: str) -> str:
    """A Language filter's name for a code: the language's name, or the code when it has none."""
    return language_name(code) or code
