"""Which profiles report the same event: similarity, candidate pairs, and average-linkage groups.

Two sources are one story when they were published within `MAX_DAYS` of each other and their
evidence agrees: the cosine of their terms weighted by rarity (tf·idf over the library), or the
rarity-weighted overlap of their names and figures — whichever is higher, so a German and an
English report (few shared stems, the same names) are caught as well as two German ones.
Groups grow by average linkage: a source joins a group only when it is, on average, similar
enough to *every* member, so a chain of loosely related reports (a summit, the next day's
trade talks, the week's market reaction) never collapses into one story; pairs whose words
cannot agree (two languages, no names in common) are left out of that average.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations, compress, repeat
from operator import mul, sub

from reader.core.stories.profile import Profile

# The version of these rules, kept with the stored groups (`StoryRepo.rules_version`): raised
# with each change to what groups they form, so a library grouped by older rules is grouped
# anew on its next import. 2: the same-day bonus asks for two rare names. 3: two reports in one
# language that each have two names must share two of them (`names_enough`); "Mai" is a month.
RULES_VERSION = 3
# Reports of one event appear within a few days of each other; a date further apart is
# another event (the next summit, the anniversary), however similar the words.
MAX_DAYS = 3
# The average similarity a group needs; chosen on the labelled set (see README, "Stories").
LINK = 0.25
# One name or figure in common ("40", "Berlin") is chance: names speak from two on.
MIN_SHARED_NAMES = 2
# Being published the same day is evidence too (a day later, the follow-up reports begin), but
# only beside names in common, two of them rare (MIN_SHARED_NAMES, as for names at all): two
# same-day pages with merely a similar vocabulary (energy bills and chip tariffs), everyday
# names ("National Weather Service" in a storm and a flood report) or one rare name and a
# score ("Beijing" and "15" in Alibaba's listing and the tariff talks; "24" and "17" in two
# football reports) are the same news day, not the same event.
SAME_DAY_BONUS = 0.15
# A name this rare in general language (see `profile._Rarity`: 1 everyday, 4 unheard of;
# figures 3) is specific: "Tokio", "Takaichi", "35.000", not "Germany", "China" or "Weather".
# A figure of two digits is not: a score, an age, a day of the month, "10 things", "15 %".
RARE_NAME = 2.0
COMMON_FIGURE_DIGITS = 2
# Days of the week and months are capitalised and so count as names, but two reports of one
# day share "Tuesday" and "March" whatever they report: the date speaks for itself. ("May" is
# an English stop word and never a name; the German "Mai" is not one.)
DATE_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch"
    " donnerstag freitag samstag sonnabend sonntag january february march april june july"
    " august september october november december januar februar maerz mai juni juli oktober"
    " dezember".split()
)
# An undated source joins the story (or dated source) its words are closest to, when they are
# this close; undated sources are not grouped with each other.
UNDATED_LINK = 0.3
UNDATED_MARGIN = 1.5
# Term weights count the library as if it held this many more articles, none of them sharing
# the terms: in a library of five articles about Japan "Japan" still weighs something (how much
# is then said by its general rarity, see `profile._Rarity`), and in a large one it hardly matters.
PRIOR_DOCUMENTS = 50
# Blocking: each profile is paired only with profiles sharing one of its most telling keys, and
# keys shared by more than this many profiles in the collection tell too little to pair on.
BLOCK_KEYS = 200
# An undated profile is compared with the dated ones sharing one of its few rarest keys.
UNDATED_KEYS = 10
# How many dated sources an undated one is compared with at most (those sharing most keys).
UNDATED_CANDIDATES = 40
BLOCK_LIMIT = 400
_MAX_DAYS_GE = MAX_DAYS.__ge__  # gap → whether two days are near enough to pair


@dataclass(slots=True)
class Weights:
    """Inverse document frequencies of terms and names over a collection of profiles."""

    count: int
    terms: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)
    # Each term's and name's idf, taken once: grouping looks them up millions of times.
    _idfs: tuple[dict[str, float], dict[str, float]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    @classmethod
    def of(cls, profiles: Iterable[Profile]) -> Weights:
        return cls.of_keys((profile.terms.keys(), profile.names.keys()) for profile in profiles)

    @classmethod
    def of_keys(cls, keys: Iterable[tuple[Iterable[str], Iterable[str]]]) -> Weights:
        """Weights from each profile's (terms, names), weights aside."""
        weights = cls(0)
        for terms, names in keys:
            weights.count += 1
            weights.terms.update(terms)
            weights.names.update(names)
        return weights

    def idf(self, df: int) -> float:
        return math.log((self.count + PRIOR_DOCUMENTS) / (df + 0.5))

    def idfs(self) -> tuple[dict[str, float], dict[str, float]]:
        """idf of every counted term and name (one log per distinct document frequency).
        An uncounted one has df 0: `idfs()[0].get(term, weights.idf(0))`."""
        if self._idfs is None:
            by_df: dict[int, float] = {}
            for df in {*self.terms.values(), *self.names.values()}:
                by_df[df] = self.idf(df)
            self._idfs = (
                {t: by_df[df] for t, df in self.terms.items()},
                {n: by_df[df] for n, df in self.names.items()},
            )
        return self._idfs


class Similarity:
    """Pairwise similarity of profiles under fixed weights.

    Only each profile's two norms are kept (its term vector's length, its names' total
    weight) and whether it names enough to be judged by its names; a pair's weighted terms
    and names are worked out for the keys both sides have. Keeping every profile's weighted
    vector took as much memory again as the profiles. Overlaps are summed with `math.fsum` over
    the keys both sides have (a set intersection, in C): exact, so the result does not depend
    on the order the keys come in.
    """

    def __init__(self, profiles: Sequence[Profile], weights: Weights) -> None:
        self.weights = weights
        self.by_id = {p.source_id: p for p in profiles}
        (self._term_idf, self._name_idf), self._unseen = weights.idfs(), weights.idf(0)
        self._norms: dict[int, tuple[float, float, bool]] = {}
        self._cache: dict[tuple[int, int], float] = {}
        # Pairs in two languages without names in common: their words cannot agree, so
        # their similarity says nothing either way (see `_linkage`).
        self.mute: set[tuple[int, int]] = set()

    def __call__(self, a: int, b: int) -> float:
        key = (a, b) if a < b else (b, a)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._compute(self.by_id[a], self.by_id[b], key)
        return found

    def _norms_of(self, profile: Profile) -> tuple[float, float, bool]:
        """The length of the profile's tf·idf vector, the sum of its names' weights, and
        whether it names enough to be compared by its names (`names_enough`)."""
        found = self._norms.get(profile.source_id)
        if found is None:
            idf, names_idf, unseen = self._term_idf, self._name_idf, self._unseen
            vec = (w * idf.get(t, unseen) for t, w in profile.terms.items())
            norm = math.sqrt(sum(v * v for v in vec)) or 1.0
            # Rarity squared: "Germany" and "Christmas" say far less than "Takaichi".
            total = sum(
                r * r * names_idf.get(n, unseen) for n, r in profile.names.items() if n not in DATE_NAMES
            )
            found = self._norms[profile.source_id] = (norm, total, names_enough(profile.names))
        return found

    def _compute(self, a: Profile, b: Profile, key: tuple[int, int]) -> float:
        gap = abs(a.day - b.day) if a.day is not None and b.day is not None else None
        if gap is not None and gap > MAX_DAYS:
            return 0.0
        cosine, names, shared = self._evidence(a, b)
        if names is None:
            if a.lang and b.lang and a.lang != b.lang:
                self.mute.add(key)
            elif self._norms_of(a)[2] and self._norms_of(b)[2]:
                cosine = 0.0  # one topic, not one event: see `names_enough`
        evidence = max(cosine, names or 0.0)
        # Whether the names are specific is asked of same-day pairs alone: most are days apart.
        return evidence + (SAME_DAY_BONUS if gap == 0 and _specific(shared, a.names, b.names) else 0.0)

    def _evidence(self, a: Profile, b: Profile) -> tuple[float, float | None, set[str]]:
        """What the words say, dates aside: the term and the name similarity (None for fewer
        than MIN_SHARED_NAMES names in common), and the names in common that count (none for
        fewer)."""
        (na, total_a, _), (nb, total_b, _) = self._norms_of(a), self._norms_of(b)
        ta, tb, idf, unseen = a.terms, b.terms, self._term_idf, self._unseen
        cosine = math.fsum(
            (ta[t] * (i := idf.get(t, unseen)) / na) * (tb[t] * i / nb) for t in ta.keys() & tb.keys()
        )
        return (cosine, *self._names(a, b, math.sqrt(total_a * total_b)))

    def _names(self, a: Profile, b: Profile, norm: float) -> tuple[float | None, set[str]]:
        """The rarity-weighted overlap of two profiles' names (and figures): the weights of
        the shorter list's shared names over the geometric mean of both lists' totals, None for
        fewer than MIN_SHARED_NAMES in common; and those names (date names aside)."""
        short, other = (b.names, a.names) if len(b.names) < len(a.names) else (a.names, b.names)
        both = short.keys() & other.keys()
        if len(both) < MIN_SHARED_NAMES:
            return None, set()
        if not both.isdisjoint(DATE_NAMES):
            both -= DATE_NAMES
            if len(both) < MIN_SHARED_NAMES:
                return None, set()
        rarities = list(map(short.__getitem__, both))
        shared = math.fsum(map(mul, map(mul, rarities, rarities), map(self._name_idf.get, both, repeat(self._unseen))))
        return (shared / norm if norm else 0.0), both


def names_enough(names: dict[str, float]) -> bool:
    """Whether a profile has MIN_SHARED_NAMES names or figures (date names aside): its people,
    places and figures, and any other capitalised word (a German noun, a title-case headline's
    words). Two such reports in one language that share fewer of them report one topic, not
    one event, however alike their words: a comparison of game services and a report of
    Stadia's launch share "game", "platform", "phone", "tablet" and one name, "Stadia"; two
    reports of one event name its people, its place, its figures alike. Their words then say
    nothing (a report with fewer names is judged by its words as before). German reports on
    one topic share nouns, so this hardly ever parts two of them."""
    return sum(name not in DATE_NAMES for name in names) >= MIN_SHARED_NAMES


def _specific(shared: set[str], a: dict[str, float], b: dict[str, float]) -> bool:
    """Whether names two profiles share hold MIN_SHARED_NAMES rare ones (each name's rarity
    the higher of the two profiles': in a German and an English report "Donald" is rarer in the
    German's words, and the pair is judged by its names alone), figures of two digits left out.
    One rare name in common is chance on a busy news day, as one name is for `_names`."""
    rare = 0
    for name in shared:
        if max(a[name], b[name]) >= RARE_NAME and not (len(name) <= COMMON_FIGURE_DIGITS and name.isdigit()):
            rare += 1
    return rare >= MIN_SHARED_NAMES


def _keys(profile: Profile, weights: Weights, limit: int) -> list[str]:
    """The profile's `limit` most telling keys (terms, and names marked by a leading NUL)."""
    return _by_weight(profile, weights, [*profile.terms, *map(_NAME_MARK.__add__, profile.names)])[:limit]


def _block_keys(profile: Profile, weights: Weights) -> list[str]:
    """`_keys(profile, weights, BLOCK_KEYS)`, in no telling order when that is all of them."""
    if len(profile.terms) + len(profile.names) > BLOCK_KEYS:
        return _keys(profile, weights, BLOCK_KEYS)
    return [*profile.terms, *map(_NAME_MARK.__add__, profile.names)]


def _by_weight(profile: Profile, weights: Weights, keys: Iterable[str]) -> list[str]:
    """Some of the profile's keys, most telling first (on a tie, the greater key first)."""
    (term_idf, name_idf), unseen = weights.idfs(), weights.idf(0)
    terms, names = profile.terms, profile.names
    weighted = [
        (names[k[1:]] * name_idf.get(k[1:], unseen), k) if k.startswith(_NAME_MARK) else (terms[k] * term_idf.get(k, unseen), k)
        for k in keys
    ]
    return [key for _weight, key in sorted(weighted, reverse=True)]


_NAME_MARK = "\x00"


def candidate_pairs(
    profiles: Sequence[Profile], weights: Weights
) -> tuple[set[tuple[int, int]], dict[int, set[int]]]:
    """Pairs of dated profiles within MAX_DAYS that share one of their most telling keys, and
    for each undated profile the dated ones that share a key with it.

    Postings hold positions in the dated profiles sorted by (day, id), appended in that
    order, so each posting is sorted as it is built; a position is one shared int, where
    a (day, id) tuple per key and profile made this the peak of an import's memory.
    """
    dated = sorted((p for p in profiles if p.day is not None), key=lambda p: (p.day, p.source_id))
    days = [p.day for p in dated if p.day is not None]
    ids = [p.source_id for p in dated]
    # Keys are visited, and an undated profile's candidates tie, in the order `profiles` came
    # in (see `near`): so postings get their keys in that order, then positions in day order.
    given = {p.source_id: i for i, p in enumerate(profiles)}
    arrival = [given[i] for i in ids]
    # A profile has fewer keys than BLOCK_KEYS, so all of them are posted, and only the order
    # postings take their keys in needs them by weight: of each profile, only the keys no
    # profile before it had (sorting every profile's keys was a third of grouping).
    keys_of = {p.source_id: _block_keys(p, weights) for p in profiles if p.day is not None}
    postings: dict[str, list[int]] = {}
    for profile in profiles:
        keys = keys_of.get(profile.source_id)
        if keys:
            new = [key for key in keys if key not in postings]
            postings.update((key, []) for key in _by_weight(profile, weights, new))
    for position, source_id in enumerate(ids):
        keys = keys_of.pop(source_id)
        # postings[key].append(position) for each key, in C (a profile has some 140 keys).
        deque(map(list.append, map(postings.__getitem__, keys), repeat(position, len(keys))), maxlen=0)
    undated: dict[str, list[int]] = defaultdict(list)
    for profile in profiles:
        if profile.day is None:
            for key in _keys(profile, weights, UNDATED_KEYS):
                undated[key].append(profile.source_id)
    pairs: set[tuple[int, int]] = set()
    shared: dict[int, Counter[int]] = defaultdict(Counter)
    for key, posting in postings.items():
        if len(posting) > BLOCK_LIMIT:
            continue
        sharing = undated.get(key)
        if sharing:
            in_order = [ids[b] for b in sorted(posting, key=arrival.__getitem__)]
            for source_id in sharing:
                shared[source_id].update(in_order)
        count = len(posting)
        # Only a profile whose next one in the posting is within MAX_DAYS pairs with any (the
        # posting is in day order): those are found in C, and most neighbours are days apart.
        posted = list(map(days.__getitem__, posting))
        close = compress(range(count - 1), map(_MAX_DAYS_GE, map(sub, posted[1:], posted)))
        for i in close:
            first = posting[i]
            day, a = days[first], ids[first]
            for j in range(i + 1, count):
                later = posting[j]
                if days[later] - day > MAX_DAYS:
                    break
                b = ids[later]
                pairs.add((a, b) if a < b else (b, a))
    # An undated source is compared with the dated ones sharing most of its telling keys, not
    # with every one sharing any: a report of the same event shares several, and comparing
    # each undated source with thousands made grouping quadratic (36 s of a 10,000-file import).
    near = {
        source_id: {b for b, _count in counts.most_common(UNDATED_CANDIDATES)}
        for source_id, counts in shared.items()
    }
    return pairs, near


def group(profiles: Sequence[Profile], weights: Weights | None = None) -> list[list[int]]:
    """The stories among `profiles`: groups of two or more source ids, each sorted."""
    weights = weights or Weights.of(profiles)
    similar = Similarity(profiles, weights)
    pairs, near = candidate_pairs(profiles, weights)
    edges = sorted(((s, a, b) for a, b in pairs if (s := similar(a, b)) >= LINK), reverse=True)
    cluster_of: dict[int, list[int]] = {}
    for _score, a, b in edges:
        ca, cb = cluster_of.get(a, [a]), cluster_of.get(b, [b])
        if ca is cb:
            continue
        if _linkage(similar, ca, cb) < LINK:
            continue
        merged = ca + cb
        for member in merged:
            cluster_of[member] = merged
    _attach_undated(near, similar, cluster_of)
    seen: set[int] = set()
    groups = []
    for members in cluster_of.values():
        if id(members) not in seen:
            seen.add(id(members))
            groups.append(sorted(members))
    return sorted(groups)


def _linkage(similar: Similarity, ca: list[int], cb: list[int]) -> float:
    """The average similarity between two groups' members, leaving out pairs that cannot be
    compared (two languages, no names in common: "Tokio" is not "Tokyo"). Counted as
    dissimilar, they pushed a German report out of a mostly English story of its own event
    however well it matched the German members. Two groups with no comparable pair at all
    are averaged over every pair."""
    scored = [(similar(x, y), x, y) for x in ca for y in cb]
    mute = similar.mute
    kept = [s for s, x, y in scored if ((x, y) if x < y else (y, x)) not in mute] or [s for s, _x, _y in scored]
    return sum(kept) / len(kept)


def _attach_undated(
    near: dict[int, set[int]], similar: Similarity, cluster_of: dict[int, list[int]]
) -> None:
    """Put each undated profile with the dated source it is clearly most similar to, and its
    group: at least UNDATED_LINK, and UNDATED_MARGIN times what any source outside that group
    reaches (without a date, only an unambiguous match is safe)."""
    for source_id, candidates in sorted(near.items()):
        scored = sorted(((similar(source_id, c), c) for c in candidates), reverse=True)
        best, other = scored[0]
        members = cluster_of.get(other, [other])
        rival = max((score for score, c in scored if c not in members), default=0.0)
        if best < UNDATED_LINK or best < UNDATED_MARGIN * rival:
            continue
        members.append(source_id)
        for member in members:
            cluster_of[member] = members


def pair_scores(groups: Iterable[Sequence[int]], gold: Iterable[Sequence[int]]) -> tuple[float, float]:
    """Pair precision and recall of `groups` against `gold` groups (singletons may be left out)."""
    found = {p for g in groups for p in combinations(sorted(g), 2)}
    truth = {p for g in gold for p in combinations(sorted(g), 2)}
    precision = len(found & truth) / len(found) if found else 1.0
    recall = len(found & truth) / len(truth) if truth else 1.0
    return precision, recall
