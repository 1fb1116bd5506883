"""What was made faster finds what it found: the word look-ups the rules remember across texts
carry nothing of one text into another's entities, and the lettered options read off a text's
lone capitals are those a search of the whole text finds (tools/entity_equivalence.py compares
the full results of old and new code on every entity text; these hold the two parts that keep
state or replace a search)."""

from __future__ import annotations

import ast
import inspect
import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.entities.lettered_options import _LETTER, _lettered

REPO = Path(__file__).resolve().parents[3]
DATA = REPO / "tests" / "data" / "entities"


# Extracts each (file, language) of argv's JSON list in turn, in a fresh process, and prints
# every result: the remembered look-ups start empty.
_IN_TURN = """
import json, sys
from reader.core.entities import extract
done = []
for path, lang in json.loads(sys.argv[1]):
    found = extract(open(path, encoding="utf-8").read(), lang)
    done.append([[f.kind, f.name, f.key, list(f.roles), [list(s) for s in f.spans]] for f in found])
print(json.dumps(done))
"""


def _in_turn(texts: list[tuple[str, str]]) -> list[object]:
    done = subprocess.run([sys.executable, "-c", _IN_TURN, json.dumps(texts)], cwd=REPO,
                          capture_output=True, text=True, check=True)  # fmt: skip
    return list(json.loads(done.stdout))


def test_a_text_finds_the_same_entities_whatever_was_read_before() -> None:
    """Two German and two English gold texts (a real page and a news item each), read alone
    and after every one of them was read in the other language."""
    names = ("real_de_formel1", "000_ecb-2024-09", "real_en_obsession", "008_trump-xi-busan")
    texts = []
    for name in names:
        lang = json.loads((DATA / f"{name}.gold.json").read_text(encoding="utf-8"))["lang"]
        texts.append((str(DATA / f"{name}.txt"), lang))
    other = [(path, "en" if lang == "de" else "de") for path, lang in texts]
    alone = _in_turn(texts)
    after = _in_turn([*other, *texts, *texts[::-1]])
    assert after[len(other) :] == [*alone, *alone[::-1]]
    assert after[: len(other)] != alone  # read in the other language, a text reads otherwise


def _searched(stem: str, text: str) -> bool:
    """The rule as first written: a search of the whole text for the stem before a letter."""
    return len(set(re.findall(rf"(?<![\w-]){re.escape(stem)} ([A-Z])(?![\w&'’-])", text))) >= 2


_PARTS = st.sampled_from(["Plan", "A", "B", "C", " ", " ", "-", "x", "Plan A ", "é", "’", "&"])


@settings(deadline=None, max_examples=200)
@given(st.lists(_PARTS, max_size=16).map("".join), st.sampled_from(["Plan", "A", "Plan A", "x"]))
def test_lettered_options_are_those_a_search_of_the_text_finds(text: str, stem: str) -> None:
    letters = [(m.start(), m[1]) for m in _LETTER.finditer(text)]
    assert _lettered(stem, text, letters) == _searched(stem, text)


def test_overlapping_mentions_count_as_the_search_counted_them() -> None:
    # "A B A B C": the search's first match takes "A B A"; the "A B" inside it starts no
    # second match, so "C" is never read as an option of "A B"
    text = "x A B A B C"
    letters = [(m.start(), m[1]) for m in _LETTER.finditer(text)]
    assert _searched("A B", text) is False
    assert _lettered("A B", text, letters) is False


def _rule_modules() -> list[ModuleType]:
    """word_frequency and every module of reader/core/entities: where the rules remember."""
    import importlib
    import pkgutil

    import reader.core.entities as entities
    from reader.core import word_frequency

    return [word_frequency] + [importlib.import_module(f"{entities.__name__}.{m.name}")
                               for m in pkgutil.iter_modules(entities.__path__)]  # fmt: skip


def test_the_remembered_word_look_ups_stay_small() -> None:
    """Every look-up the rules remember across texts holds a few thousand words, not 65,536:
    what it saves is a text asking its own words again, and full at 65,536 the twenty-one kept
    their words in the window for good after indexing a large library. Found by walking the
    modules, so a look-up added later is held too. An unbounded cache (`functools.cache`) may
    only load a list once: one keyed by a word would grow with the library."""
    from reader.core import word_frequency
    from reader.core.entities import borne_names, cues, first_names, german_words, names, places
    from reader.core.word_frequency import WORDS_REMEMBERED

    caches = {f for module in _rule_modules() for f in vars(module).values()
              if hasattr(f, "cache_info")}  # fmt: skip
    bounded = {f for f in caches if f.cache_info().maxsize is not None}
    assert WORDS_REMEMBERED <= 8192
    assert {f.cache_info().maxsize for f in bounded} <= set(range(1, WORDS_REMEMBERED + 1))
    # the language's frequency tables, keyed by language, list and floor: a handful
    keyed = {f"{f.__module__}.{f.__name__}" for f in caches - bounded
             if inspect.signature(f).parameters}  # fmt: skip
    assert keyed == {"reader.core.word_frequency.table", "reader.core.word_frequency.common_words"}
    # the thirteen that held 65,536 until session 36's review, widely_borne (16,384), and the
    # seven before them
    held = (names.common_word, names.everyday, names.frequent, names.english_noun,
            names.english_verb_form, cues.head_stem, cues._travels, cues._role_length,
            first_names.known_first_name, first_names.may_begin_a_name,
            first_names.plain_first_name, first_names.personal_name,
            first_names.first_name_frequency, borne_names.widely_borne, word_frequency.zipf,
            cues.bare, cues.acronym, cues.place_of, places.lookup, german_words.german_word,
            german_words.german_compound)  # fmt: skip
    assert set(held) <= bounded
    assert all(f.cache_info().maxsize == WORDS_REMEMBERED for f in held)


_CACHES = {"cache", "lru_cache", "cached_property"}
_GROWS = {"setdefault", "update", "add", "append", "extend", "insert", "__setitem__"}


def _kept_by_hand(tree: ast.Module) -> list[str]:
    """What the walk above cannot see: a cache on a method or an inner function, a module's
    dict, set or list that a function fills, a mutable default, a `global`."""
    shared = {t.id for node in tree.body if isinstance(node, (ast.Assign, ast.AnnAssign))
              for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
              if isinstance(t, ast.Name)}  # fmt: skip
    top = {id(node) for node in tree.body}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for d in node.decorator_list:
                named = d.func if isinstance(d, ast.Call) else d
                name = named.attr if isinstance(named, ast.Attribute) else getattr(named, "id", "")
                if name in _CACHES and id(node) not in top:
                    found.append(f"{node.name}: a cache the module walk does not see")
            for default in node.args.defaults + [d for d in node.args.kw_defaults if d]:
                if isinstance(default, (ast.Dict, ast.Set, ast.List)):
                    found.append(f"{node.name}: a mutable default")
            for inner in ast.walk(node):
                if isinstance(inner, (ast.Global, ast.Nonlocal)):
                    found.append(f"{node.name}: global {', '.join(inner.names)}")
                target = None
                if isinstance(inner, (ast.Assign, ast.AugAssign)):
                    targets = inner.targets if isinstance(inner, ast.Assign) else [inner.target]
                    target = next((t.value for t in targets if isinstance(t, ast.Subscript)), None)
                elif isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute):
                    if inner.func.attr in _GROWS:
                        target = inner.func.value
                if isinstance(target, ast.Name) and target.id in shared:
                    found.append(f"{node.name}: fills the module's {target.id}")
    return found


def test_no_rule_remembers_by_hand() -> None:
    """A dict a rule fills itself, or a cache where the walk above does not look, would keep
    every word it was asked as the 65,536-word caches did, and no test would see it."""
    kept = {m.__name__: _kept_by_hand(ast.parse(Path(m.__file__ or "").read_text(encoding="utf-8")))
            for m in _rule_modules()}  # fmt: skip
    assert {name: found for name, found in kept.items() if found} == {}


def test_the_equivalence_dump_fails_when_its_two_runs_differ(tmp_path: Path, monkeypatch) -> None:
    """The second run, in reverse order, is what shows a remembered fact leaking between
    texts: the dump says so in its exit status, not only in a line a script would miss."""
    from tools import entity_equivalence

    texts = [("a", "Plan A", "en"), ("b", "Plan B", "en")]
    monkeypatch.setattr(entity_equivalence, "_texts", lambda articles: texts)
    monkeypatch.setattr(entity_equivalence, "_result", lambda text, lang: [text])
    assert entity_equivalence.dump(tmp_path / "same.json", 0) == 0
    calls: list[str] = []  # each call finds one more: what a text found depends on what came before
    monkeypatch.setattr(entity_equivalence, "_result", lambda text, lang: [calls.append(text) or len(calls)])
    assert entity_equivalence.dump(tmp_path / "leaky.json", 0) == 1
