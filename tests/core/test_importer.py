"""Importing batches: per-file status, bad input of every kind, duplicates, parallel parsing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from reader.core import importer
from reader.core.import_pool import PARALLEL_THRESHOLD
from reader.core.ingest.prepare import MAX_FILE_BYTES
from reader.core.models import ImportStatus
from reader.core.store import Store

ARTICLE = (
    "Chip makers race to secure supply\n\n"
    "Governments are pouring money into new factories as demand for advanced semiconductors "
    "keeps rising across the world, and companies are signing long-term contracts.\n\n"
    "The new plants will take years to build, analysts say, and shortages may return before "
    "they open, which worries carmakers and electronics firms alike.\n"
)


def _article(tag: object) -> str:
    """ARTICLE with a body of its own, so it is not a duplicate of the others."""
    return ARTICLE.replace("rising across", f"rising ({tag}) across")


def _bad_files(folder: Path) -> dict[str, str]:
    """One file of each bad kind → the words its error reason must contain."""
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"  \n\n\t \n")
    (folder / "report.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    with zipfile.ZipFile(folder / "archive.txt", "w") as archive:
        archive.writestr("a.txt", "hello")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (folder / "garbage.txt").write_bytes(bytes(range(256)) * 8)
    with open(folder / "huge.txt", "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    return {
        "empty.txt": "empty",
        "blank.txt": "empty",
        "report.txt": "PDF",
        "archive.txt": "ZIP",
        "photo.txt": "PNG",
        "garbage.txt": "not a text file",
        "huge.txt": "too large",
    }


def test_bad_files_are_reported_and_the_batch_goes_on(store: Store, tmp_path: Path, seed_files: list[Path]) -> None:
    expected = _bad_files(tmp_path / "bad")
    results = importer.import_paths(store, [tmp_path / "bad", *seed_files], workers=1)
    by_name = {Path(r.path).name: r for r in results}
    for name, words in expected.items():
        assert by_name[name].status is ImportStatus.ERROR, name
        assert words.lower() in (by_name[name].reason or "").lower(), (name, by_name[name].reason)
    assert [by_name[f.name].status for f in seed_files] == [ImportStatus.IMPORTED] * 5
    assert store.sources.count() == 5


def test_missing_path_and_unsupported_file_in_folder(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "slides.pptx").write_bytes(b"PK\x03\x04")
    (folder / ".hidden.txt").write_text(ARTICLE + "x", encoding="utf-8")
    results = importer.import_paths(store, [folder, tmp_path / "nowhere.txt"], workers=1)
    assert [(Path(r.path).name, r.status) for r in results] == [
        ("a.txt", ImportStatus.IMPORTED),
        ("slides.pptx", ImportStatus.ERROR),
        ("nowhere.txt", ImportStatus.ERROR),
    ]
    assert results[1].reason == "not an article file (.pptx)"
    assert results[2].reason == "file not found"


def test_duplicates_in_one_batch_and_across_batches(store: Store, tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "two.txt").write_text(ARTICLE.replace("\n", "\r\n"), encoding="utf-8")
    first = importer.import_paths(store, [tmp_path / "one.txt", tmp_path / "two.txt"], workers=1)
    assert [r.status for r in first] == [ImportStatus.IMPORTED, ImportStatus.DUPLICATE]
    assert first[1].source_id == first[0].source_id
    again = importer.import_paths(store, [tmp_path / "one.txt"], tags=["Chips"], workers=1)
    assert again[0].status is ImportStatus.DUPLICATE
    assert store.sources.count() == 1
    # A repeated import with --tag still tags the article the user meant.
    assert store.sources.ids(tag="Chips") == [first[0].source_id]


def test_encodings_are_decoded(store: Store, tmp_path: Path) -> None:
    tmp_path = tmp_path / "files"
    tmp_path.mkdir()
    text = ARTICLE.replace("Chip makers", "Halbleiter für Straßen „Zukunft“ –")
    (tmp_path / "cp1252.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "utf16.txt").write_bytes(text.replace("Governments", "Regierungen").encode("utf-16"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.replace("new", "neue").encode())
    results = importer.import_paths(store, [tmp_path], workers=1)
    assert [r.status for r in results] == [ImportStatus.IMPORTED] * 3
    for source_id in store.sources.ids():
        source = store.sources.get(source_id)
        assert source is not None
        assert "Halbleiter für Straßen „Zukunft“ –" in source.raw_text
        assert "\ufeff" not in source.reading_text


def test_parallel_import_matches_serial(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(PARALLEL_THRESHOLD + 12):
        (folder / f"{i:03}.txt").write_text(f"Article number {i}\n\n{_article(i)}", encoding="utf-8")
    (folder / "050_broken.txt").write_bytes(b"%PDF-1.4")
    with Store.open(tmp_path / "parallel.sqlite") as store:
        parallel = importer.import_paths(store, [folder], workers=2)
    with Store.open(tmp_path / "serial.sqlite") as store:
        serial = importer.import_paths(store, [folder], workers=1)
    assert [(r.path, r.status, r.reason) for r in parallel] == [
        (r.path, r.status, r.reason) for r in serial
    ]
    assert sum(r.status is ImportStatus.ERROR for r in parallel) == 1


def test_progress_and_cancel(store: Store, tmp_path: Path) -> None:
    tmp_path = tmp_path / "files"
    tmp_path.mkdir()
    for i in range(6):
        (tmp_path / f"{i}.txt").write_text(f"Story {i}\n\n{_article(i)}", encoding="utf-8")
    seen: list[tuple[int, int]] = []
    results = importer.import_paths(
        store, [tmp_path], progress=lambda done, total: seen.append((done, total)),
        is_cancelled=lambda: len(seen) >= 3, workers=1,
    )  # fmt: skip
    assert seen == [(1, 6), (2, 6), (3, 6)]
    assert len(results) == 3
    assert store.sources.count() == 3


def test_a_store_failure_fails_one_file_only(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tmp_path = tmp_path / "files"
    tmp_path.mkdir()
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"{name} headline\n\n{_article(name)}", encoding="utf-8")
    real_add = store.sources.add_or_bring_back

    def flaky_add(prepared, tags=(), **known):  # type: ignore[no-untyped-def]
        if prepared.file_name == "b.txt":
            store.db.execute("INSERT INTO tags (name, created_at) VALUES ('half', 'x')")
            raise OSError("disk full")
        return real_add(prepared, tags, **known)

    monkeypatch.setattr(store.sources, "add_or_bring_back", flaky_add)
    results = importer.import_paths(store, [tmp_path], workers=1)
    assert [r.status for r in results] == [ImportStatus.IMPORTED, ImportStatus.ERROR, ImportStatus.IMPORTED]
    assert "disk full" in (results[1].reason or "")
    assert store.sources.count() == 2
    assert [t.name for t in store.tags.all()] == []  # b's half-done write was rolled back
    # Profiles are stored with their batch: the replayed files have theirs, b none.
    profiled = {source_id for source_id, _day, _profile in store.stories.profiles()}
    assert profiled == {r.source_id for r in results if r.status is ImportStatus.IMPORTED}


@pytest.mark.parametrize("workers", [1, 2])
def test_story_profiles_come_from_the_parsing_side(
    tmp_path: Path, seed_files: list[Path], monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    """The writer stores the profiles the parsing processes made; grouping after the import
    computes none itself, and still groups the seeds' three reports of the Tokyo meeting."""
    import reader.core.stories.manage as stories_library

    def no_profiles_here(*_args: object) -> None:
        raise AssertionError("the writer computed a story profile")

    monkeypatch.setattr(stories_library, "make_profile", no_profiles_here)
    files = [*seed_files, tmp_path / "pad"]
    (tmp_path / "pad").mkdir()
    for i in range(PARALLEL_THRESHOLD):
        (tmp_path / "pad" / f"{i:03}.txt").write_text(f"Note {i}\n\n{_article(i)}", encoding="utf-8")
    with Store.open(tmp_path / "library.sqlite") as store:
        results = importer.import_paths(store, files, workers=workers)
        ids = {Path(r.path).name[:3]: r.source_id for r in results if r.path in map(str, seed_files)}
        stored = {source_id for source_id, _day, _profile in store.stories.profiles()}
        story = store.stories.memberships([ids["000"], ids["001"], ids["004"], ids["002"]])
    assert {r.source_id for r in results if r.status is ImportStatus.IMPORTED} <= stored
    assert story[ids["000"]][0] == story[ids["001"]][0] == story[ids["004"]][0] is not None
    assert story[ids["002"]] is None or story[ids["002"]][0] != story[ids["000"]][0]
