"""A saved page's declared outlet that names no outlet: the page's own headline, or a
template's placeholder the content system never filled in.

`og:site_name` is written by the site's theme, and some themes write the article's title into
it: de-web's saved pages gave "Vegetarier zu sein. Bedarf, Trend oder eigene Entscheidung?",
"Zähne zusammenbeißen: Festspiel-Reisen von Van der Bellen kosteten 57.000 Euro", the headline
with the site's address after it ('"Welches Europa wir wollen" - http://www.tafelblog.com'),
and "{$plugin.tx_news.opengraph.site_name}". Such a name is no outlet; the page's address
names the site instead (as for a page that declares none).
"""

from __future__ import annotations

import re

from reader.core.ingest.outlet_names import words

# A headline this short ("Design", "Über uns") may be the site's name as well.
_MIN_HEADLINE_WORDS = 3
# A template's unfilled variable: TYPO3's "{$plugin.tx_news.opengraph.site_name}", Jinja's or
# Liquid's "{{ site.name }}", Yoast's "%%sitename%%".
_PLACEHOLDER = re.compile(r"\{\$[\w.]+\}|\{\{\s*[\w.]+\s*(?:\|[^}]*)?\}\}|%%\w+%%")


def declared_outlet(name: str | None, title: str | None, site: str | None = None) -> str | None:
    """`name` (the page's declared site name) unless it is a placeholder or holds the page's
    whole headline `title` (of three words or more). A name the page's address `site` spells
    ("Kochen mit Anna" on kochenmitanna.de) is the site's even when a page's headline repeats
    it, as a blog's home or about page does."""
    if not name or _PLACEHOLDER.search(name):
        return None
    headline = words(title or "")
    if len(headline) >= _MIN_HEADLINE_WORDS and f" {' '.join(headline)} " in f" {' '.join(words(name))} ":
        return name if _spelt_by(name, site) else None
    return name


def _spelt_by(name: str, site: str | None) -> bool:
    """`name`'s letters are the address's name before its ending ("kochenmitanna.de")."""
    host = (site or "").rpartition(".")[0].rpartition(".")[2]
    return bool(host) and "".join(words(name)) == host.replace("-", "")

