"""What a chosen byline carries besides the names: a job title or outlet glued on, the outlet
after the names, a job title compounded before them.

Sites print the author's name, job and outlet in separate elements; copying the page drops
the space between them ("By Meg JamesStaff Writer", "By Jonathan GarberFOXBusiness") or
leaves the outlet after the name with no comma ("Elliot Brownstein Florida Today", as the
USA TODAY network's papers print it). A reader cites the person, so the byline keeps the
names only. Applied once to the byline a page is given (`head_authors.choose_byline`).
"""

from __future__ import annotations

import re

from reader.core.ingest.name_lists import ROLE
from reader.core.ingest.shape import is_name_list, is_person_name
from reader.core.ingest.wire_tails import without_connector_tail

# A lower-case letter running straight into a capital: where the copy may have glued two
# elements. A glue needs a run of at least three lower-case letters before it (a name's own
# inner capital follows one or two: "McCoy", "DeArdo", "LaMotte", "MacKenzie"), unless a job
# follows ("Jane DoeContributor").
_GLUE = re.compile(r"(?<=[a-zß-öø-ÿ]{2})(?=[A-ZÀ-ÖØ-Þ])")
_GLUE_RUN = 3
_LOWER = "abcdefghijklmnopqrstuvwxyzßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
# A glued single word with one capital is a name's own ("FitzGerald") unless it is a job
# ("Contributor"); a job title has two words ("Staff Writer"), an outlet more capitals
# ("FOXBusiness").
_GLUED_MIN_WORDS = 2
_GLUED_MIN_CAPITALS = 2
# The last word of a newspaper's or magazine's name ("Florida Today", "Detroit Free Press",
# "Reiterrevue International", "Stuttgarter Zeitung", "Diario de Noticias"): never the last
# word of a person's.
OUTLET_ENDS = frozenset(
    "today times news post herald journal tribune gazette press chronicle observer courier "
    "register republic record independent examiner telegraph dispatch enquirer bulletin star "
    "sentinel inquirer international online magazine zeitung nachrichten rundschau anzeiger "
    "kurier tagblatt presse magazin tagesspiegel allgemeine courrier diario noticias prensa "
    "giornale corriere notizie krant dagblad nieuws".split()
)  # fmt: skip
_OUTLET_MIN_WORDS = 2
# A word this short ending in a full stop is an initial or an abbreviation ("J.", "Dr.").
_ABBREVIATED_CHARS = 3
_SUFFIXES = frozenset(("jr.", "sr.", "jun.", "sen."))
# Articles that open a newspaper's name; "La" and "De" open persons' names too ("La Toya",
# "De Niro").
_ARTICLES = frozenset("The Le Les El Il Der Die Das".split())
# A job title compounded with the outlet before the name ("FOCUS-Online-Experte Robin
# Tschöpe", "SPIEGEL-Korrespondentin Anna Weber", "Kanzlei-Rechtsanwalt …").
_PREFIX_ROLES = frozenset(
    "experte expertin redakteur redakteurin korrespondent korrespondentin reporter reporterin "
    "autor autorin kolumnist kolumnistin chefredakteur chefredakteurin journalist journalistin "
    "rechtsanwalt rechtsanwältin fachanwalt fachanwältin anwalt anwältin".split()
)  # fmt: skip


def tidy_byline(names: str) -> str:
    """`names` without a glued job title or outlet, an outlet after them, a job title
    compounded before them, the "with" of an agency cut after them ("Jane Doe with") or a
    sentence's full stop ("Anna Weber."); unchanged when what is left would be no person's name."""
    names = _without_titled_part(names)
    names = _unglued(names)
    names = _without_outlet(names)
    return _without_role_prefix(_without_full_stop(without_connector_tail(names)))


def is_outlet_name(text: str) -> bool:
    """A newspaper's or magazine's name: capitalised words ending in a newspaper's last word
    ("City Times", "Florida Today", "The Arizona Republic")."""
    words = text.split()
    return (
        bool(words)
        and words[-1].lower() in OUTLET_ENDS
        and all(word[:1].isupper() for word in words)
    )


def _without_full_stop(names: str) -> str:
    """ "Anna Weber." → "Anna Weber": the full stop of a credit written as a sentence ("Die
    Fragen stellte Anna Weber."); an initial's, an abbreviation's or a suffix's stays ("John
    Smith Jr.", "Deutscher Verband Flüssiggas e.V.")."""
    last = names.rsplit(" ", 1)[-1]
    if not last.endswith(".") or len(last) <= _ABBREVIATED_CHARS or "." in last[:-1]:
        return names  # "J.", "Dr.", "e.V.", "Ph.D."
    if last.lower() in _SUFFIXES:
        return names
    return names[:-1]


def _without_titled_part(names: str) -> str:
    """ "Jean Dupont, Le Monde" → "Jean Dupont": after the comma a name opening with an
    article is a newspaper's ("Le Monde", "El País", "The Guardian", "Die Zeit"), though its
    capitalised words look like a person's."""
    if ", " not in names:
        return names
    front, _, last = names.rpartition(", ")
    if last.split(" ", 1)[0] not in _ARTICLES or len(last.split()) < _OUTLET_MIN_WORDS:
        return names
    return front if is_name_list(front) else names


def _unglued(names: str) -> str:
    """ "Meg JamesStaff Writer" → "Meg James", "Jonathan GarberFOXBusiness" → "Jonathan
    Garber", "Jane DoeContributor" → "Jane Doe"."""
    for match in _GLUE.finditer(names):
        at = match.start()
        front, rest = names[:at], names[at:]
        run = len(front) - len(front.rstrip(_LOWER))
        capitals = sum(map(str.isupper, rest))
        glued = run >= _GLUE_RUN and (
            len(rest.split()) >= _GLUED_MIN_WORDS or capitals >= _GLUED_MIN_CAPITALS
        )
        if glued or ROLE.fullmatch(rest):
            return front if is_name_list(front) and " " in front else names
    return names


def _without_outlet(names: str) -> str:
    """ "Elliot Brownstein Florida Today" → "Elliot Brownstein": the longest person's name
    in front of at least two capitalised words ending in a newspaper's last word."""
    words = names.split()
    if len(words) < 2 + _OUTLET_MIN_WORDS or words[-1].lower() not in OUTLET_ENDS:
        return names
    for k in range(len(words) - _OUTLET_MIN_WORDS, 1, -1):
        tail = words[k:]
        if not all(word[:1].isupper() for word in tail):
            return names
        front = " ".join(words[:k])
        if is_person_name(front):
            return front
    return names


def _without_role_prefix(names: str) -> str:
    """ "FOCUS-Online-Experte Robin Tschöpe" → "Robin Tschöpe": the outlet's job compounded
    before the name. A bare profession stays: lawyers sign as "Rechtsanwalt Dennis Tölle",
    and the page's own author field says so too."""
    first, _, rest = names.partition(" ")
    if "-" not in first or first.rsplit("-", 1)[-1].lower() not in _PREFIX_ROLES:
        return names  # a bare profession is the author's way to sign ("Rechtsanwalt …")
    return rest if is_name_list(rest) else names
