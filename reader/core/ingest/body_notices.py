"""The site speaking to its readers around the article, as whole sentences the body model
would take for the article's own: where an embed did not load (`body_placeholders`), its rules
for comments (`body_comment_rules`), its pitch to join, subscribe or follow or to buy its
print issue (`body_pitches`), its disclosure of paid links or advertising
(`body_disclosures`) and its customer-service box (`body_service`); and a row of share
buttons in the site's own words (`body_share_rows`).
`phrases.prompt_reason` asks here when no furniture phrase matched a line.
"""

from __future__ import annotations

from reader.core.ingest import (
    body_comment_rules,
    body_disclosures,
    body_pitches,
    body_placeholders,
    body_share_rows,
)
from reader.core.ingest.body_comment_rules import is_comment_rules
from reader.core.ingest.body_disclosures import is_disclosure
from reader.core.ingest.body_pitches import is_appeal, is_issue_pitch, is_pitch
from reader.core.ingest.body_placeholders import is_placeholder
from reader.core.ingest.body_service import is_service_box
from reader.core.ingest.body_share_rows import is_share_row
from reader.core.ingest.phrase_tables import ADVERTISING, COMMENTS, COOKIES, FOOTER, SHARE

# A notice has at least two words ("Video laden", "Follow us"), rules for comments a sentence's
# worth: a page's many one-word lines (menus, tags) are settled by a count, and so are its long
# paragraphs (each test's own limit, checked here before any call).
MIN_WORDS = 2
RULES_MIN_WORDS = 6
# A disclosure or an appeal is a sentence ("Anzeige, enthält Affiliate-Links" the shortest).
SENTENCE_MIN_WORDS = 4


def site_notice(lower: str, word_count: int) -> str | None:
    """The reason the lower-cased line is set aside, if it is such a notice."""
    if word_count < MIN_WORDS or word_count > body_comment_rules.MAX_WORDS:
        return None
    if word_count <= body_placeholders.MAX_WORDS and is_placeholder(lower, word_count):
        return COOKIES  # "This slideshow requires JavaScript"
    if word_count >= RULES_MIN_WORDS and is_comment_rules(lower, word_count):
        return COMMENTS  # "Please keep your comments civil"
    if word_count <= body_pitches.MAX_WORDS and is_pitch(lower, word_count):
        return ADVERTISING  # "Join our forums …"
    if word_count <= body_share_rows.MAX_WORDS and is_share_row(lower, word_count):
        return SHARE  # "Whatsapp Facebook Pint Baixar"
    if word_count < SENTENCE_MIN_WORDS:
        return None  # a menu's or a button's words: no disclosure, no appeal
    if word_count <= body_disclosures.MAX_WORDS and is_disclosure(lower, word_count):
        return ADVERTISING  # "This post may contain affiliate links"
    if is_appeal(lower, word_count) or is_issue_pitch(lower):
        return ADVERTISING  # "Your support keeps our journalism free", "… in unserer Ausgabe"
    if is_service_box(lower, word_count):
        return FOOTER  # "Customer Service … Telephone: … Fax: …"
    return None
