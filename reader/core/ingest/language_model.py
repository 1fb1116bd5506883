"""py3langid's model for the language guess, mapped from an unpacked copy kept between runs.

The model ships packed with LZMA (4.5 MB; 68 MB unpacked): unpacking and reading it cost 0.4-0.6 s
of CPU and 68 MB of memory in every import worker that met a page whose function words did not
settle its language (20 of the 181 en-news pages, 6 of the 215 de-web ones), and in every
`briefing inspect` of one. The first process to need it writes the arrays the classifier reads
(68 MB) to a file beside the parsers' kept patterns (`run_cache`: beside this package's bytecode,
and not where Python writes none); later processes map that file instead, which costs
milliseconds, and hold in memory only the pages a guess touches, shared by all the workers.

The classifier is py3langid's own `LanguageIdentifier`, given the same arrays (it only reads
them), so it answers as the one the packed file makes: the tests compare the two on pages and
random text. The kept file is used only under the same interpreter, byte order, model file
(path, size, time), py3langid and numpy versions and code writing and reading it (`_keep`,
`_mapped`: `run_cache.source_key`); anything else, or a damaged file, makes the model be read
from its packed file again.
"""

from __future__ import annotations

import marshal
import mmap
import sys
from array import array
from pathlib import Path
from typing import Any

from reader.core.ingest.run_cache import cache_file, source_key, write_whole

# The arrays the classifier reads, in its constructor's terms: word-given-class scores
# (float16, features x classes), class priors, and the byte automaton that finds the features
# (its distinct rows, each state's row, each state's feature or -1).
_NAMES = ("ptc", "pc", "nextmove", "row", "output")
_ALIGN = 64  # each array starts on a cache line
_SIZE_BYTES = 8  # the header's length, before it


def load_identifier() -> Any:
    """py3langid's `LanguageIdentifier` over its bundled model (raw scores, as the guess uses
    them), from the kept file when it is there and valid, else from the packed model."""
    import numpy as np
    from py3langid import __version__
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    source = Path(MODEL_DIR) / MODEL_FILE
    key = source_key(
        source, sys.byteorder, __version__, np.__version__,
        marshal.dumps(_mapped.__code__), marshal.dumps(_keep.__code__),
    )  # fmt: skip
    path = kept_file()
    model = _mapped(path, key)
    if model is None:
        model = _unpacked(source)
        if not sys.dont_write_bytecode:
            _keep(path, key, model)
    classes, arrays = model
    ptc, pc, nextmove, row, output = (arrays[name] for name in _NAMES)
    return LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=False, tk_row=row)


def kept_file() -> Path:
    return cache_file().with_name(f"langid_model.{sys.implementation.cache_tag}.bin")


Model = tuple[list[str], dict[str, Any]]


def _unpacked(source: Path) -> Model:
    """The model as py3langid reads its packed file (0.4-0.6 s of CPU)."""
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, output = load_model(source)
    return classes, {
        "ptc": ptc, "pc": pc, "nextmove": nextmove, "row": row, "output": array("i", output),
    }  # fmt: skip


def _keep(path: Path, key: tuple[Any, ...], model: Model) -> None:
    """The header's length, the header (the key, the class labels, where each array lies and
    how it reads), then the arrays' bytes, each at a multiple of `_ALIGN`."""
    classes, arrays = model
    layout, parts, offset = [], [], 0
    for name in _NAMES:
        value = arrays[name]
        if isinstance(value, array):
            form: tuple[str, str, tuple[int, ...]] = ("array", value.typecode, ())
            data = memoryview(value).cast("B")
        else:
            form = ("numpy", value.dtype.str, tuple(value.shape))
            data = memoryview(value.tobytes())
        layout.append((name, *form, offset, data.nbytes))
        parts.append(data)
        offset += -(-data.nbytes // _ALIGN) * _ALIGN
    header = marshal.dumps((key, classes, layout))
    start = -(-(_SIZE_BYTES + len(header)) // _ALIGN) * _ALIGN
    out: list[bytes | memoryview] = [len(header).to_bytes(_SIZE_BYTES, "little"), header]
    out.append(bytes(start - _SIZE_BYTES - len(header)))
    for data in parts:
        out += [data, bytes(-(-data.nbytes // _ALIGN) * _ALIGN - data.nbytes)]
    write_whole(path, out)


def _mapped(path: Path, key: tuple[Any, ...]) -> Model | None:
    """The model in the kept file at `path`, its arrays reading the mapped file; None when
    there is none or it was written under another `key` or is damaged."""
    import numpy as np

    try:
        with path.open("rb") as file:
            mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        size = int.from_bytes(mapped[:_SIZE_BYTES], "little")
        kept_key, classes, layout = marshal.loads(mapped[_SIZE_BYTES : _SIZE_BYTES + size])
        if kept_key != key:
            return None
        start = -(-(_SIZE_BYTES + size) // _ALIGN) * _ALIGN
        view = memoryview(mapped)
        arrays: dict[str, Any] = {}
        for name, kind, form, shape, offset, nbytes in layout:
            part = view[start + offset : start + offset + nbytes]
            if part.nbytes != nbytes:
                return None  # cut short
            arrays[name] = (
                part.cast(form) if kind == "array" else np.frombuffer(part, dtype=form).reshape(shape)
            )
        return classes, {name: arrays[name] for name in _NAMES}
    except (OSError, ValueError, EOFError, TypeError, KeyError):  # none; damaged
        return None
