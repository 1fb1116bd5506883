"""Who and what the sources name: people (with their roles), organisations, places and key
figures, found offline per source by rules, gazetteers and word statistics (`extract`), merged
across spellings and languages, and a who's who for a briefing. The store keeps the index
(`store.entities`); this package owns what an entity is and how one is found.
"""

from reader.core.entities.context import context_at, context_line
from reader.core.entities.extraction import RULES_VERSION, extract, language
from reader.core.entities.inflected_names import case_stem
from reader.core.entities.known_bodies import body_names, body_shown
from reader.core.entities.legal_forms import without_legal_form
from reader.core.entities.model import BODY, TEASER, EntityKind, EntitySummary, Found, Mention
from reader.core.entities.person_titles import titled_name
from reader.core.entities.place_names import names_prepared, place_key, place_name, prepare_names
from reader.core.entities.roles import merge_roles, most_given
from reader.core.entities.sort_names import sort_name
from reader.core.entities.whos_who import whos_who_markdown

__all__ = [
    "BODY",
    "RULES_VERSION",
    "TEASER",
    "EntityKind",
    "EntitySummary",
    "Found",
    "Mention",
    "body_names",
    "body_shown",
    "case_stem",
    "context_at",
    "context_line",
    "extract",
    "language",
    "merge_roles",
    "most_given",
    "names_prepared",
    "place_key",
    "place_name",
    "prepare_names",
    "sort_name",
    "titled_name",
    "whos_who_markdown",
    "without_legal_form",
]
