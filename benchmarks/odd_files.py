"""Bad and oddly encoded files, generated with the text each must give (or None: refuse it).

`python -m benchmarks.odd_files --count 3000` runs the import's decoding and parsing over that
many generated files and prints how many raised a traceback, how many valid texts were refused
and how many came out garbled (decoded text differing from the text that was encoded); the
suite runs a few hundred (tests/core/ingest/test_decode_generated.py).

Valid files are real sentences from the bundled sample articles, encoded every way a copied
article arrives: UTF-8 with and without BOM, UTF-16 and UTF-32 in both byte orders with and
without BOM, cp1252, UTF-8 cut inside its last character, stray NULs, CRLF, beginnings that
look like file signatures ("MZ-Verlag …"), UTF-8 that was once read as cp1252 (mojibake).
Bad files are the ones that must be refused, and never with a traceback: only BOMs, white
space, punctuation, random noise, and real binary formats (ZIP, gzip, PDF, PNG, SQLite, ELF).
"""

from __future__ import annotations

import argparse
import codecs
import gzip
import io
import random
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TRICKY_STARTS = ("MZ-Verlag meldet", "ID3 Technologies übernimmt", "RIFF-Studie:", "Rar! So",
                 "PK-Analyse zeigt", "GIF-Umfrage:", "7z-Format?", "OggS-Gruppe", "%PDF ist")  # fmt: skip


@dataclass(frozen=True, slots=True)
class OddFile:
    kind: str
    data: bytes
    expected: str | None  # the text it must decode to; None: it must be refused


def sentences() -> list[str]:
    """Lines of real article text (German, with umlauts, quotes and dashes)."""
    lines: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        lines += [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if len(line.strip()) > 30]
    return lines


def _text(rng: random.Random, pool: list[str], lines: tuple[int, int] = (2, 12)) -> str:
    return "\n".join(rng.choice(pool) for _ in range(rng.randint(*lines))) + "\n"


def _valid(rng: random.Random, pool: list[str]) -> Iterator[tuple[str, Callable[[], tuple[bytes, str]]]]:
    def plain(encoding: str, bom: bytes = b"") -> Callable[[], tuple[bytes, str]]:
        def make() -> tuple[bytes, str]:
            text = _text(rng, pool)
            return bom + text.encode(encoding), text

        return make

    def cp1252(long: bool) -> Callable[[], tuple[bytes, str]]:
        def make() -> tuple[bytes, str]:
            text = _text(rng, pool, (60, 90) if long else (2, 6))
            text = text.encode("cp1252", errors="ignore").decode("cp1252")
            return text.encode("cp1252"), text

        return make

    def truncated() -> tuple[bytes, str]:
        text = _text(rng, pool).rstrip("\n") + " " + rng.choice("äöüßÄÖÜ€–„“")
        data = text.encode("utf-8")
        return data[: -rng.randint(1, len(text[-1].encode("utf-8")) - 1)], text[:-1]

    def stray_nuls() -> tuple[bytes, str]:
        text = _text(rng, pool, (4, 12))
        data = bytearray(text.encode("utf-8"))
        for _ in range(rng.randint(1, 3)):
            spot = rng.randrange(len(data))
            while 0x80 <= data[spot] < 0xC0:  # never inside a character
                spot -= 1
            data.insert(spot, 0)
        return bytes(data), text

    def tricky() -> tuple[bytes, str]:
        text = rng.choice(TRICKY_STARTS) + " " + _text(rng, pool)
        return text.encode(rng.choice(("utf-8", "cp1252"))), text

    def crlf() -> tuple[bytes, str]:
        text = _text(rng, pool)
        return text.replace("\n", "\r\n").encode("utf-8"), text

    def mojibake() -> tuple[bytes, str]:
        text = _text(rng, pool)
        damaged = text.encode("utf-8").decode("cp1252", errors="ignore")
        if damaged.encode("cp1252", errors="ignore").decode("utf-8", errors="replace") != text:
            return text.encode("utf-8"), text  # a byte cp1252 lacks: plain UTF-8 instead
        return damaged.encode("utf-8"), text

    yield "utf-8", plain("utf-8")
    yield "utf-8 with BOM", plain("utf-8", codecs.BOM_UTF8)
    yield "utf-16 with BOM", plain("utf-16")
    yield "utf-16-le without BOM", plain("utf-16-le")
    yield "utf-16-be without BOM", plain("utf-16-be")
    yield "utf-32 with BOM", plain("utf-32")
    yield "utf-32-be without BOM", plain("utf-32-be")
    yield "cp1252 short", cp1252(False)
    yield "cp1252 long", cp1252(True)
    yield "utf-8 cut in its last character", truncated
    yield "stray NULs", stray_nuls
    yield "starts like a file signature", tricky
    yield "CRLF", crlf
    yield "utf-8 once read as cp1252", mojibake


def _invalid(rng: random.Random) -> Iterator[tuple[str, Callable[[], bytes]]]:
    boms = [codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE]
    yield "only BOMs", lambda: b"".join(rng.choice(boms[:1]) for _ in range(rng.randint(1, 5)))
    yield "white space", lambda: rng.choice(["  \n\t ", "\u00a0\u2003\n", "\u200b\n\u200b"]).encode(
        rng.choice(("utf-8", "utf-16")))
    yield "punctuation", lambda: rng.choice(["--- *** ...", "12 34 56", "!!! ???", "§ $ % &"]).encode()
    yield "random noise", lambda: rng.randbytes(rng.randint(16, 8000))
    yield "high-byte noise", lambda: bytes(rng.randrange(128, 256) for _ in range(rng.randint(300, 5000)))

    def zipped() -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("a.txt", rng.randbytes(500))
        return buffer.getvalue()

    def sqlite_file() -> bytes:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "x.sqlite"
            conn = sqlite3.connect(path)
            conn.execute("CREATE TABLE t (x)")
            conn.commit()
            conn.close()
            return path.read_bytes()

    yield "ZIP", zipped
    yield "gzip", lambda: gzip.compress(rng.randbytes(800))
    yield "PDF", lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + rng.randbytes(2000)
    yield "PNG", lambda: b"\x89PNG\r\n\x1a\n" + rng.randbytes(1000)
    yield "SQLite", sqlite_file
    yield "ELF", lambda: b"\x7fELF\x02\x01\x01" + bytes(9) + rng.randbytes(1000)


def generate(count: int, seed: int = 0) -> Iterator[OddFile]:
    """`count` files, about two thirds valid and one third to refuse, reproducibly."""
    rng = random.Random(seed)
    pool = sentences()
    valid = list(_valid(rng, pool))
    invalid = list(_invalid(rng))
    for number in range(count):
        if number % 3 == 2:
            kind, make_bad = invalid[(number // 3) % len(invalid)]
            yield OddFile(kind, make_bad(), None)
        else:
            kind, make_good = valid[(number - number // 3) % len(valid)]
            data, text = make_good()
            yield OddFile(kind, data, text)


@dataclass
class Tally:
    files: int = 0
    tracebacks: int = 0
    refused_valid: int = 0
    garbled: int = 0
    accepted_bad: int = 0

    def problems(self) -> int:
        return self.tracebacks + self.refused_valid + self.garbled + self.accepted_bad


def check(odd: OddFile) -> str | None:
    """What went wrong with one file ("traceback: …", "refused: …", "garbled", "accepted"), or None."""
    from reader.core.ingest import IngestError, prepare_bytes
    from reader.core.text import normalise

    try:
        prepared = prepare_bytes(odd.data, "odd.txt")
    except IngestError as exc:
        return None if odd.expected is None else f"refused: {exc}"
    except Exception as exc:  # what the import must never do
        return f"traceback: {type(exc).__name__}: {exc}"
    if odd.expected is None:
        return "accepted"
    if normalise(prepared.raw_text) != normalise(odd.expected):
        return "garbled"
    return None


def tally(files: Iterator[OddFile]) -> tuple[Tally, list[tuple[str, str]]]:
    result = Tally()
    failures: list[tuple[str, str]] = []
    for odd in files:
        result.files += 1
        problem = check(odd)
        if problem is None:
            continue
        failures.append((odd.kind, problem))
        if problem.startswith("traceback"):
            result.tracebacks += 1
        elif problem.startswith("refused"):
            result.refused_valid += 1
        elif problem == "garbled":
            result.garbled += 1
        else:
            result.accepted_bad += 1
    return result, failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    started = time.monotonic()
    result, failures = tally(generate(args.count, args.seed))
    for kind, problem in failures[:20]:
        print(f"{kind}: {problem}")
    print(f"{result.files} files in {time.monotonic() - started:.1f} s: {result.tracebacks} tracebacks, "
          f"{result.refused_valid} valid texts refused, {result.garbled} garbled, "
          f"{result.accepted_bad} bad files accepted")  # fmt: skip
    return 1 if result.problems() else 0


if __name__ == "__main__":
    raise SystemExit(main())
