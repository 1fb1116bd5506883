"""A region's English and German names, as readers of each language expect them: ISO 3166-2's
names (pycountry) through pycountry's English and German catalogues, where English often keeps
the official romanisation the German catalogue replaces by the name the world writes.

Its own module because the gazetteer (`places`) names regions so when it is built and the
Entities view (`place_names`) names them so without building it, from `region_table`: about
1 s of CPU (word frequencies for 5,000 regions' names), kept between runs with the gazetteer
(`kept_gazetteer.kept_region_names`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.data_files import REGION_CATALOGUE_DOMAIN, REGION_CATALOGUE_LANGUAGES
from reader.core.entities.first_names import first_name_frequency
from reader.core.text import without_accents
from reader.core.word_frequency import zipf as zipf_frequency

if TYPE_CHECKING:
    from gettext import NullTranslations


def latin_name(name: str) -> bool:
    """A name in Latin letters with a capital ("Tibet", "Abū Z̧aby"; not "Москва")."""
    return name[:1].isupper() and all(c.isascii() or c.isalpha() and ord(c) < 0x250 for c in name)


def region_catalogues() -> tuple[NullTranslations, NullTranslations]:
    """pycountry's English and German catalogues of ISO 3166-2 names."""
    import gettext

    import pycountry

    # English then German: the catalogues the frozen build ships, in that order
    return tuple(  # type: ignore[return-value]
        gettext.translation(
            REGION_CATALOGUE_DOMAIN, pycountry.LOCALES_DIR, languages=[lang], fallback=True
        )
        for lang in REGION_CATALOGUE_LANGUAGES
    )


def region_table() -> dict[str, tuple[str, str]]:
    """Every ISO 3166-2 region's English and German names (`region_names`) by its code."""
    import pycountry

    english, german = region_catalogues()
    return {str(r.code): region_names(r.name, english, german) for r in pycountry.subdivisions}


def region_names(name: str, english: NullTranslations, german: NullTranslations) -> tuple[str, str]:
    """A region's English and German names from its ISO 3166-2 name and pycountry's catalogues.

    ISO 3166-2 names a region as its country officially romanises it, and the English catalogue
    leaves most of those untranslated: "Xizang Zizhiqu", "Abū Z̧aby", "Tombouctou". Where the
    German catalogue gives the name the world writes instead ("Tibet", "Abu Dhabi",
    "Timbuktu"), and English writes that name clearly more than the official one (word
    frequencies, with the official name's accents dropped), English readers get it too; a
    German exonym English does not write ("Andalusien", "Lugar" beside "Logar") stays German,
    and so does a first name ("Wallis" for Valais)."""
    en, de = _SLIPS.get(name, (english.gettext(name), german.gettext(name)))
    if en == name and name.startswith((f"{de} ", f"{de}, ")):
        # untranslated, and the German name drops the word for its kind: "Yunnan Sheng"
        # (province), "Xinjiang Uygur Zizhiqu", "Madrid, Comunidad de" are "Yunnan",
        # "Xinjiang", "Madrid" in English too
        en = de
    elif en == name and _written_in_english(de, name):
        en = de
    return en, de


# pycountry's German catalogue names Vitebsk's region after Brest, which has its own.
_SLIPS = {"Viciebskaja voblasć": ("Viciebskaja voblasć", "Gebiet Witebsk")}


def _written_in_english(exonym: str, official: str) -> bool:
    """Whether English writes a region's German-catalogue name clearly more than its official
    romanised name (accents kept or dropped): "Tibet" over "Xizang Zizhiqu"."""
    if not latin_name(exonym) or first_name_frequency(exonym, anywhere=True) > 0:
        return False
    used = max(zipf_frequency(n.casefold(), "en") for n in (official, without_accents(official)))
    return zipf_frequency(exonym.casefold(), "en") >= max(2.0, used + 1.0)
