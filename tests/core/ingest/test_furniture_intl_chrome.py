"""Site chrome of French, Spanish, Italian, Portuguese, Dutch and Polish pages reads as
furniture: related-article and "read more" links, advertising labels, share and print
buttons, the comment form of blog software, tags, categories, the post's neighbours and the
footer's links. Every line is written by hand from general knowledge of those languages'
sites (no dev page's wording); which lines are furniture is hand knowledge.
"""

from __future__ import annotations

import pytest

from reader.core.ingest import phrases

LABELS = (
    # related articles, most read, read more
    ("Sur le même thème", phrases.RELATED), ("Dans la même rubrique", phrases.RELATED),
    ("Articles liés", phrases.RELATED), ("Vous aimerez aussi", phrases.RELATED),
    ("Vous pourriez aussi aimer", phrases.RELATED), ("À découvrir aussi", phrases.RELATED),
    ("Lire la suite", phrases.RELATED), ("En savoir plus", phrases.RELATED),
    ("También te puede interesar", phrases.RELATED), ("Te recomendamos", phrases.RELATED),
    ("Más noticias", phrases.RELATED), ("Lo más visto", phrases.RELATED),
    ("Leer más", phrases.RELATED), ("Seguir leyendo", phrases.RELATED),
    ("Ti potrebbe interessare anche", phrases.RELATED), ("Notizie correlate", phrases.RELATED),
    ("Continua a leggere", phrases.RELATED), ("Leggi di più", phrases.RELATED),
    ("Artigos relacionados", phrases.RELATED), ("Matérias relacionadas", phrases.RELATED),
    ("Leia mais", phrases.RELATED), ("Continue lendo", phrases.RELATED),
    ("Meer nieuws", phrases.RELATED), ("Meest gelezen", phrases.RELATED),
    ("Lees meer", phrases.RELATED), ("Lees verder", phrases.RELATED),
    ("Podobne artykuły", phrases.RELATED), ("Najczęściej czytane", phrases.RELATED),
    ("Czytaj więcej", phrases.RELATED), ("Czytaj dalej", phrases.RELATED),
    # advertising labels
    ("Annonce", phrases.ADVERTISING), ("Contenu sponsorisé", phrases.ADVERTISING),
    ("Contenido patrocinado", phrases.ADVERTISING), ("Contenuto sponsorizzato", phrases.ADVERTISING),
    ("Conteúdo patrocinado", phrases.ADVERTISING), ("Gesponsorde inhoud", phrases.ADVERTISING),
    ("Reklama", phrases.ADVERTISING), ("Artykuł sponsorowany", phrases.ADVERTISING),
    # share, save and print buttons
    ("Copier le lien", phrases.SHARE), ("Envoyer par e-mail", phrases.SHARE),
    ("Copiar enlace", phrases.SHARE), ("Guardar", phrases.SHARE), ("Copia link", phrases.SHARE),
    ("Salvar", phrases.SHARE), ("Link kopiëren", phrases.SHARE), ("Afdrukken", phrases.SHARE),
    ("Kopiuj link", phrases.SHARE), ("Drukuj", phrases.SHARE),
    ("Imprimer l'article", phrases.SHARE), ("Stampa articolo", phrases.SHARE),
    # comment headings and buttons
    ("Ajouter un commentaire", phrases.COMMENTS), ("Réagir", phrases.COMMENTS),
    ("Escribe un comentario", phrases.COMMENTS), ("Scrivi un commento", phrases.COMMENTS),
    ("Escreva um comentário", phrases.COMMENTS), ("Deixe seu comentário", phrases.COMMENTS),
    ("Plaats een reactie", phrases.COMMENTS), ("Laat een reactie achter", phrases.COMMENTS),
    ("Dodaj komentarz", phrases.COMMENTS), ("Skomentuj", phrases.COMMENTS),
    ("Odpowiedz", phrases.COMMENTS), ("Beantwoorden", phrases.COMMENTS),
    # the post's neighbours
    ("Suivant", phrases.NAVIGATION), ("Anterior", phrases.NAVIGATION),
    ("Successivo", phrases.NAVIGATION), ("Volgende", phrases.NAVIGATION),
    ("Następny", phrases.NAVIGATION),
    # the footer
    ("Plan du site", phrases.FOOTER), ("Mapa del sitio", phrases.FOOTER),
    ("Mappa del sito", phrases.FOOTER), ("Paramètres des cookies", phrases.FOOTER),
    ("Configuración de cookies", phrases.FOOTER), ("Impostazioni cookie", phrases.FOOTER),
    ("Cookie-instellingen", phrases.FOOTER), ("Accessibilité", phrases.FOOTER),
    ("Toegankelijkheid", phrases.FOOTER), ("Privacybeleid", phrases.FOOTER),
    ("Informativa sulla privacy", phrases.FOOTER), ("Polityka cookies", phrases.FOOTER),
)  # fmt: skip
PROMPTS = (
    ("Mots-clés : élections, Sénat, budget", phrases.RELATED),
    ("Etiquetas: economía, empleo", phrases.RELATED),
    ("Trefwoorden: klimaat, energie", phrases.RELATED),
    ("Tagi: polityka, Sejm", phrases.RELATED),
    ("Catégories : Politique", phrases.FOOTER),
    ("Categorias: Economia", phrases.FOOTER),
    ("Crédit photo : Jean Dupont", phrases.CAPTION),
    ("Imagen: Archivo", phrases.CAPTION),
    ("Fot. Jan Kowalski", phrases.CAPTION),
    ("Article précédent : Le budget voté au Sénat", phrases.NAVIGATION),
    ("Entrada siguiente", phrases.NAVIGATION),
    ("Articolo precedente", phrases.NAVIGATION),
    ("Próximo post", phrases.NAVIGATION),
    ("Vorig bericht", phrases.NAVIGATION),
    ("Następny wpis", phrases.NAVIGATION),
    ("12 commentaires", phrases.COMMENTS),
    ("3 comentários", phrases.COMMENTS),
    ("Votre adresse e-mail ne sera pas publiée.", phrases.COMMENTS),
    ("Tu dirección de correo electrónico no será publicada.", phrases.COMMENTS),
    ("Il tuo indirizzo email non sarà pubblicato.", phrases.COMMENTS),
    ("O seu endereço de e-mail não será publicado.", phrases.COMMENTS),
    ("Je e-mailadres wordt niet gepubliceerd.", phrases.COMMENTS),
    ("Twój adres e-mail nie zostanie opublikowany.", phrases.COMMENTS),
    ("Enregistrer mon nom, mon e-mail et mon site dans le navigateur", phrases.COMMENTS),
    ("Partager sur Facebook", phrases.SHARE),
    ("Compartir en WhatsApp", phrases.SHARE),
    ("Condividi su Twitter", phrases.SHARE),
    ("Delen via e-mail", phrases.SHARE),
    ("Partager  Imprimer", phrases.SHARE),
    ("Compartir | Imprimir", phrases.SHARE),
)
ARTICLE_LINES = (
    # The same words inside the article's sentences and headings.
    "Le budget suivant a été voté par le Sénat après trois jours de débat houleux.",
    "El gobierno anterior dejó una deuda que la nueva ministra promete reducir este año.",
    "Crédito y empleo: las claves de la nueva ley de vivienda",
    "Il commento del ministro è arrivato poche ore dopo il voto in Parlamento.",
    "De volgende stap is een onderzoek naar de kosten van de nieuwe brug.",
    "Partager le pouvoir: les maires demandent plus d'autonomie",
)


@pytest.mark.parametrize(("line", "reason"), LABELS)
def test_the_label_names_its_furniture(line: str, reason: str) -> None:
    assert phrases.label_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), PROMPTS)
def test_the_phrase_marks_its_line(line: str, reason: str) -> None:
    assert phrases.prompt_reason(line, len(line.split())) == reason


@pytest.mark.parametrize("line", ARTICLE_LINES)
def test_the_same_words_in_the_article_are_no_furniture(line: str) -> None:
    assert phrases.label_reason(line) is None
    assert phrases.prompt_reason(line, len(line.split())) is None
