"""py3langid's model mapped from the unpacked copy kept between runs (`language_model`): it
guesses as the model read from its packed file, and a copy of another Python, another model
or damaged is never used."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.ingest import language_model, run_cache

PROBES = sorted((Path(__file__).resolve().parents[2] / "data" / "probes_intl").glob("*.txt"))


@pytest.fixture(scope="module")
def kept(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A kept file written by a first load, in a folder of this module's tests."""
    folder = tmp_path_factory.mktemp("kept")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "dont_write_bytecode", False)
        patch.setattr(language_model, "cache_file", lambda: folder / "patterns.marshal")
        language_model.load_identifier()
        yield language_model.kept_file()


@pytest.fixture(scope="module")
def packed() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)


@pytest.fixture(scope="module")
def mapped(kept: Path) -> Any:
    """The identifier a later process makes: from the kept file, never the packed model."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(language_model, "kept_file", lambda: kept)
        patch.setattr(language_model, "_unpacked", lambda _: pytest.fail("read the packed model"))
        return language_model.load_identifier()


def test_the_mapped_model_reads_the_file_and_copies_nothing(mapped: Any, kept: Path) -> None:
    assert kept.stat().st_size > 60_000_000
    assert not mapped.nb_ptc.flags.owndata and not mapped.nb_ptc.flags.writeable
    assert isinstance(mapped.tk_nextmove, memoryview)


def test_the_mapped_model_guesses_the_probe_pages_as_the_packed_one(mapped: Any, packed: Any) -> None:
    assert len(PROBES) > 40
    for page in PROBES:
        text = page.read_text(encoding="utf-8")
        for sample in (text[:1200], text[-300:], text.encode()[:200]):
            assert mapped.classify(sample) == packed.classify(sample), page.name
        assert mapped.rank(text[:1200]) == packed.rank(text[:1200]), page.name


@settings(deadline=None, max_examples=300)
@given(text=st.text(max_size=300) | st.binary(max_size=100))
def test_the_mapped_model_guesses_any_text_as_the_packed_one(
    mapped: Any, packed: Any, text: str | bytes
) -> None:
    assert mapped.classify(text) == packed.classify(text)


def _loads_packed(monkeypatch: pytest.MonkeyPatch, kept: Path) -> list[Path]:
    """Where the next loads read the packed model (the kept file left as it is)."""
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.setattr(language_model, "kept_file", lambda: kept)
    unpacked = language_model._unpacked
    read: list[Path] = []
    monkeypatch.setattr(language_model, "_unpacked", lambda source: read.append(source) or unpacked(source))
    return read


def test_a_copy_kept_by_another_python_is_not_used(
    kept: Path, packed: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = _loads_packed(monkeypatch, kept)
    monkeypatch.setattr(run_cache, "_KEY", (0, *run_cache._KEY[1:]))
    identifier = language_model.load_identifier()
    assert len(read) == 1
    assert not isinstance(identifier.tk_nextmove, memoryview)
    assert identifier.classify("Ceci est une phrase en français.") == packed.classify(
        "Ceci est une phrase en français."
    )


def test_a_damaged_copy_is_not_used(tmp_path: Path, kept: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cut = tmp_path / kept.name
    cut.write_bytes(kept.read_bytes()[:5_000_000])  # an array cut short
    read = _loads_packed(monkeypatch, cut)
    language_model.load_identifier()
    cut.write_bytes(b"\0" * 8)  # a header of no length
    language_model.load_identifier()
    assert len(read) == 2


def test_nothing_is_kept_where_python_writes_no_bytecode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.setattr(language_model, "cache_file", lambda: tmp_path / "patterns.marshal")
    language_model.load_identifier()
    assert list(tmp_path.iterdir()) == []
