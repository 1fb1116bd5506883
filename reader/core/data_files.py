"""Which data files of wordfreq, english_words and pycountry the code reads.

Their data folders hold 98 MB; the code reads 14 of their files (17 MB). The code asks for its files through
the constants here, and the frozen build (packaging/briefing-reader.spec) ships only the files
`shipped()` names, filtering with `kept_in_build`. A table, word list, database or language the
code starts asking for must be added here: `word_frequency.table` refuses a table not listed,
and tests/test_packaging.py checks the rest. Stdlib only: the spec imports this module.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path, PurePosixPath

# wordfreq's tables, by list, as `word_frequency.table` is asked for them: "best" is the large
# list where wordfreq has one. German and English for the rules and the stories' rarities;
# the Romance languages for names quoted in them (`family_names`).
WORDFREQ_TABLES = {"best": ("en", "de", "es", "pt", "it", "fr"), "small": ("en", "de")}
# english_words' lists, as get_english_words_set's arguments (list, alpha, lower): web2's words
# as written, GCIDE's lower-cased and letters only (`entities.names`).
ENGLISH_WORD_LISTS = {"vocabulary": ("web2", False, False), "dictionary": ("gcide", True, True)}
# pycountry's databases the code reads, by the attribute it reads them through (languages:
# a journal's name is no language, `entities.cited_reports`), and the
# languages of the ISO 3166-2 name catalogues (gettext domain "iso3166-2") it opens.
PYCOUNTRY_DATABASES = {"countries": "iso3166-1", "subdivisions": "iso3166-2", "languages": "iso639-3"}
REGION_CATALOGUE_DOMAIN = "iso3166-2"
REGION_CATALOGUE_LANGUAGES = ("en", "de")


def english_words_file(source: str, alpha: bool, lower: bool) -> str:
    """The pickle english_words reads for these arguments (its `get_data_file_name`: options in
    alphabetical order, joined by "_")."""
    options = [name for name, on in (("alpha", alpha), ("lower", lower)) if on]
    return "_".join([source, *options]) + ".pickle"


def shipped() -> dict[str, frozenset[str]]:
    """Package → the paths inside it of the data files the frozen build keeps."""
    from reader.core.word_frequency import data_file

    wordfreq = set()
    for wordlist, languages in WORDFREQ_TABLES.items():
        for lang in languages:
            path = data_file(lang, wordlist)
            if path is None:
                raise LookupError(f"wordfreq has no {wordlist} table for {lang!r}")
            wordfreq.add(f"data/{path.name}")
    return {
        "wordfreq": frozenset(wordfreq),
        "english_words": frozenset(
            f"data/{english_words_file(*args)}" for args in ENGLISH_WORD_LISTS.values()
        ),
        "pycountry": frozenset(
            [f"databases/{name}.json" for name in PYCOUNTRY_DATABASES.values()]
            + [
                f"locales/{lang}/LC_MESSAGES/{REGION_CATALOGUE_DOMAIN}.mo"
                for lang in REGION_CATALOGUE_LANGUAGES
                if _package_file(
                    "pycountry", f"locales/{lang}/LC_MESSAGES/{REGION_CATALOGUE_DOMAIN}.mo"
                )
            ]
        ),
    }


def kept_in_build(destination: str, kept: dict[str, frozenset[str]] | None = None) -> bool:
    """Whether the frozen build keeps a data file at this path inside the bundle: everything
    but the files of the trimmed packages that `shipped()` does not name."""
    kept = shipped() if kept is None else kept
    parts = PurePosixPath(destination.replace("\\", "/")).parts
    if not parts or parts[0] not in kept:
        return True
    return "/".join(parts[1:]) in kept[parts[0]]


def _package_file(package: str, inside: str) -> bool:
    spec = importlib.util.find_spec(package)  # finds it without importing it
    folders = list(spec.submodule_search_locations or []) if spec else []
    return any((Path(folder) / inside).is_file() for folder in folders)
