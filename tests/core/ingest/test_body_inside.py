"""What stands between the article's paragraphs, and what stands just above them.

Three shapes of real pages (both dev sets) that the run of article text used to get wrong:
- a table between the paragraphs (results, a schedule, figures: its rows hold tabs) is the
  article's, and a table the model trusts can open the run (a recipe's ingredients above its
  method); tables outside the run (a footer laid out as a table) stay furniture;
- short lines inside the run that the body model holds likely article text (a list of short
  items the article gives: "Eat every 2–3 hours", "See it now: Amazon") are kept, whatever
  their neighbours; doubtful ones in a run of short lines are a link list, as before;
- a menu or breadcrumb line ("Rentenpolitik | Blog | Mailaktion") is never the heading that
  opens the article, nor its first line;
- a newsletter box between the paragraphs costs the run no more than its few lines, however
  long its consent sentence: the article goes on below it.
The pages in tests/data/body_classes/ (and tests/data/pages/) are written by hand in those shapes.
"""

from __future__ import annotations

from quality import DATA

from reader.core.ingest import region
from reader.core.ingest.article import BlockRole
from reader.core.ingest.body_inside import SHORT_KEEP
from reader.core.ingest.body_model import MODEL
from reader.core.ingest.boilerplate import body_features, choose
from reader.core.ingest.plaintext import parse, read_page
from reader.core.text import normalise

TABLE_PAGE = DATA / "body_classes" / "de_results_table.txt"
RECIPE_PAGE = DATA / "body_classes" / "de_recipe_table.txt"
MENU_PAGE = DATA / "body_classes" / "de_menu_heading.txt"
NEWSLETTER_PAGE = DATA / "pages" / "en_local_captions.txt"
TABLE_ROWS = [
    "1.\tSV Lindenau\t12\t27",
    "2.\tTSV Bergheim\t12\t25",
    "3.\tFC Auental\t12\t24",
    "4.\tSC Wiesenfeld\t12\t19",
]
MENU = "Rentenpolitik | Blog | Mailaktion Bundestag | Alles klar?"


def _roles(path_text: str) -> dict[str, BlockRole]:
    return {b.text: b.role for b in parse(normalise(path_text)).blocks}


def test_a_table_between_the_paragraphs_is_kept() -> None:
    roles = _roles(TABLE_PAGE.read_text(encoding="utf-8"))
    assert [roles[row] for row in TABLE_ROWS] == [BlockRole.BODY] * 4
    # The paragraph after the table is the article's too.
    assert roles[next(t for t in roles if t.startswith("Am kommenden Wochenende"))] is BlockRole.BODY


def test_a_recipe_opens_with_its_ingredients_table() -> None:
    roles = _roles(RECIPE_PAGE.read_text(encoding="utf-8"))
    ingredients = ["250 g\tWeizenmehl", "125 g\tZucker", "2\tEier (Größe M)", "1 kg\tÄpfel"]
    assert [roles[row] for row in ingredients] == [BlockRole.BODY] * 4
    assert roles["Merken"] is BlockRole.BOILERPLATE


def test_a_table_below_the_article_stays_furniture() -> None:
    roles = _roles(TABLE_PAGE.read_text(encoding="utf-8"))
    assert roles["Mannschaft\tSpiele\tPunkte"] is BlockRole.BOILERPLATE
    assert roles["Newsletter\tAbo\tLogin"] is BlockRole.BOILERPLATE


def test_a_menu_line_does_not_open_the_article() -> None:
    roles = _roles(MENU_PAGE.read_text(encoding="utf-8"))
    assert roles[MENU] is BlockRole.BOILERPLATE
    assert roles[next(t for t in roles if t.startswith("Ich habe am 12. Mai"))] is BlockRole.BODY


def _menu_page_with(probability: float, line: str) -> dict[str, BlockRole]:
    """The menu page's verdicts with the line under the headline replaced by `line`, given
    the probability `probability`; every other block gets the model's own."""
    text = MENU_PAGE.read_text(encoding="utf-8").replace(MENU, line)
    page = read_page(normalise(text))[0]
    rows, listed = body_features(page)
    probs = region.probabilities(rows, page.meta, MODEL)
    at = [s.text for s in page.segments].index(line)
    probs[at] = probability
    verdicts = choose(page, listed, probs, MODEL, rows)
    return {s.text: v.role for s, v in zip(page.segments, verdicts, strict=True)}


def test_a_menu_line_opens_the_article_neither_below_nor_inside_the_run() -> None:
    # Below the threshold the line could only come in as the run's opening heading;
    # above it, it would be the run's first block.
    assert _menu_page_with(0.4, MENU)[MENU] is BlockRole.BOILERPLATE
    assert _menu_page_with(0.9, MENU)[MENU] is BlockRole.BOILERPLATE


SHORT_ITEMS = ["Eat every 2–3 hours", "Drink water with meals", "Sleep eight hours"]
LIST_PAGE = """How to keep your energy up through the working day
By Dana Miller
Most of us know the afternoon slump: the meeting after lunch, the report that will not write itself, the third coffee that no longer helps at all.
Nutritionists say the answer is less about what you eat than about when you eat it, and they have three simple rules for the week.
Eat every 2–3 hours
Drink water with meals
Sleep eight hours
None of this is new, but most people who try it for a fortnight say they would not go back to their old habits, and that the slump has gone.
Their advice for the first week is to start with one rule only and to add the next one once it has become a habit, rather than all three at once.
"""


def _list_roles(probability: float) -> list[BlockRole]:
    page = read_page(normalise(LIST_PAGE))[0]
    rows, listed = body_features(page)
    probs = region.probabilities(rows, page.meta, MODEL)
    texts = [s.text for s in page.segments]
    for item in SHORT_ITEMS:
        probs[texts.index(item)] = probability
    verdicts = choose(page, listed, probs, MODEL, rows)
    return [verdicts[texts.index(item)].role for item in SHORT_ITEMS]


def test_short_items_the_model_trusts_are_kept_inside_the_run() -> None:
    assert _list_roles(SHORT_KEEP + 0.05) == [BlockRole.BODY] * 3


def test_doubtful_short_items_in_a_row_are_a_link_list() -> None:
    assert _list_roles(SHORT_KEEP - 0.25) == [BlockRole.BOILERPLATE] * 3


def test_a_long_consent_sentence_in_a_newsletter_box_does_not_cut_the_article() -> None:
    # The probabilities are given: the article's paragraphs above the box 0.9, those below it
    # only 0.6 (less than the 30-word consent sentence would cost if it counted its words),
    # every other line 0.05.
    page = read_page(normalise(NEWSLETTER_PAGE.read_text(encoding="utf-8")))[0]
    above = ("MILLBROOK", "Hundreds of", '"This park', "The $6.8")
    below = ("City engineers", "The work is", "Residents can")
    consent = "I understand and agree"
    probs = [
        0.9 if s.text.startswith(above) else 0.6 if s.text.startswith(below) else 0.05
        for s in page.segments
    ]
    rows, listed = body_features(page)
    verdicts = choose(page, listed, probs, MODEL, rows)
    roles = {s.text: v.role for s, v in zip(page.segments, verdicts, strict=True)}

    def role(start: str) -> BlockRole:
        return next(r for text, r in roles.items() if text.startswith(start))

    assert [role(start) for start in above + below] == [BlockRole.BODY] * 7
    assert role(consent) is BlockRole.BOILERPLATE
