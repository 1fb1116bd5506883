"""Page furniture in French, Spanish, Italian, Portuguese, Dutch, Russian, Chinese and
Japanese reads as furniture, as its German and English counterparts do."""

from __future__ import annotations

import pytest

from reader.core.ingest import phrases
from reader.core.ingest.plaintext import parse


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Lire aussi", phrases.RELATED),
        ("Sur le même sujet", phrases.RELATED),
        ("Você pode gostar...", phrases.RELATED),
        ("Leggi anche", phrases.RELATED),
        ("Читайте также", phrases.RELATED),
        ("関連記事", phrases.RELATED),
        ("Commentaires (12)", phrases.COMMENTS),
        ("Deja un comentario", phrases.COMMENTS),
        ("Mentions légales", phrases.FOOTER),
        ("Política de privacidad", phrases.FOOTER),
        ("Partager", phrases.SHARE),
        ("Compartilhe", phrases.SHARE),
        ("Aller au contenu principal", phrases.NAVIGATION),
        ("Saltar al contenido", phrases.NAVIGATION),
        ("Iniciar sesión", phrases.NAVIGATION),
        ("首页", phrases.NAVIGATION),
        ("Publicité", phrases.ADVERTISING),
    ],
)
def test_other_languages_labels_name_their_furniture(line: str, reason: str) -> None:
    assert phrases.label_reason(line) == reason


def test_an_ellipsis_after_a_label_is_noise_like_a_count() -> None:
    assert phrases.label_reason("You may also like…") == phrases.RELATED
    assert phrases.label_reason("Read more...") == phrases.RELATED
    # A sentence that opens with a label's words is no label.
    assert phrases.label_reason("Lire aussi le rapport complet de la commission…") is None


def test_a_read_also_line_opening_with_its_label_is_furniture() -> None:
    line = "Lire aussi : Énergie : les prix de l'électricité vont-ils encore augmenter ?"
    assert phrases.prompt_reason(line, len(line.split())) == phrases.RELATED
    assert phrases.prompt_reason("Tous droits réservés.", 3) == phrases.FOOTER


FRENCH = [
    "Le gouvernement a présenté mardi un plan de soutien de dix milliards d'euros pour les "
    "petites et moyennes entreprises. Les aides seront versées à partir du mois d'avril.",
    "Selon le ministère, près de deux cent mille entreprises pourraient en bénéficier. Les "
    "demandes seront déposées sur un portail en ligne, et les premiers versements suivront.",
    "Les organisations patronales ont salué une « mesure attendue », tout en regrettant que "
    "les critères d'éligibilité restent trop stricts pour les très petites entreprises.",
]
TEASERS = [
    "Inflation : la Banque centrale européenne relève encore ses taux directeurs, pour la "
    "dixième fois d'affilée, et n'exclut pas une nouvelle hausse cet été …",
    "Carburants : les prix à la pompe reculent pour la troisième semaine consécutive dans "
    "toutes les régions, selon les derniers chiffres du ministère …",
]


def test_a_french_article_ends_at_its_related_list() -> None:
    related = "Lire aussi : Énergie : les prix de l'électricité vont-ils encore augmenter ?"
    lines = [
        "Aller au contenu principal", "Accueil", "Économie", "Se connecter", "",
        FRENCH[0], "", related, "", FRENCH[1], "", FRENCH[2], "",
        "Partager", "Sur le même sujet", "", TEASERS[0], "", "Partager", "", TEASERS[1], "",
        "Mentions légales", "© Le Quotidien du Sud 2023. Tous droits réservés.",
    ]  # fmt: skip
    article = parse("\n".join(lines) + "\n")
    assert article.lang == "fr"
    for paragraph in FRENCH:
        assert paragraph in article.body
    assert "Lire aussi" not in article.body
    for teaser in TEASERS:
        assert teaser not in article.body
    assert "Se connecter" not in article.body
