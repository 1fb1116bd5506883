"""Names the text marks as products by what it does with them, no organisations: it measures
them out ("1 scoop Vitaboost": `measured_things`), numbers their versions or prescribes them
("Starveil 2.0", "prescribed Migralin": `versioned_things`). One set for the rules that drop
terms and products from the organisations."""

from __future__ import annotations

from reader.core.entities.measured_things import measured
from reader.core.entities.versioned_things import versioned


def marked_products(text: str) -> set[str]:
    """The names `text` measures out in every mention, or gives a version or a prescription."""
    return measured(text) | versioned(text)
