"""Furniture phrases in languages besides German and English: French, Spanish, Italian,
Portuguese, Dutch, Russian, Chinese and Japanese.

The body model and the head rules read a line's furniture reason ("related links", "comments",
"footer" …) whatever its language, so a "Lire aussi" or a "Você pode gostar…" above a list of
teasers must say what "Read also" says. Only the commonest chrome of news sites is listed —
skip links, sign-in, search, related-article and comment headings, legal footers, share and
print buttons — as whole-line labels (matched on the lower-cased line, trailing counts and
punctuation stripped) and a few line openings. `phrases` merges them with
`phrase_tables`' own, reason by reason.
"""

from __future__ import annotations

from reader.core.ingest.phrase_tables import (
    ADVERTISING,
    COMMENTS,
    FOOTER,
    NAVIGATION,
    RELATED,
    SHARE,
)

LABELS: dict[str, tuple[str, ...]] = {
    NAVIGATION: (
        # fr
        r"aller au contenu(?: principal)?", r"accueil", r"rechercher", r"recherche",
        r"se connecter", r"connexion", r"s['’]abonner", r"abonnez-vous", r"mon compte", r"fermer",
        r"retour en haut",
        # es
        r"saltar al contenido(?: principal)?", r"ir al contenido(?: principal)?", r"inicio",
        r"buscar", r"iniciar sesión", r"suscríbete", r"suscribirse", r"mi cuenta", r"cerrar",
        r"volver arriba",
        # it
        r"(?:vai|salta) al contenuto(?: principale)?", r"cerca", r"accedi", r"abbonati", r"chiudi",
        r"torna su",
        # pt
        r"(?:ir|pular|saltar) para o conteúdo(?: principal)?", r"início", r"pesquisar",
        r"buscar", r"assine", r"fechar", r"voltar ao topo",
        # nl
        r"(?:ga )?naar (?:de )?(?:hoofd)?inhoud", r"zoeken", r"inloggen", r"abonneren", r"sluiten",
        # ru, zh, ja
        r"главная", r"поиск", r"войти", r"меню", r"закрыть", r"首页", r"登录", r"注册", r"搜索",
        r"ホーム", r"ログイン", r"検索",
    ),
    ADVERTISING: (
        r"publicité", r"publicidad", r"pubblicità", r"publicidade", r"advertentie", r"реклама",
        r"广告", r"広告",
    ),
    SHARE: (
        r"partager(?: (?:cet|l['’])article)?", r"imprimer", r"compartir", r"imprimir",
        r"condividi", r"stampa", r"compartilhe", r"compartilhar", r"delen", r"поделиться",
        r"分享", r"シェア", r"ツイート",
    ),
    COMMENTS: (
        r"commentaires?", r"laisser un commentaire", r"répondre", r"comentarios?",
        r"deja un comentario", r"responder", r"comentários?", r"deixe um comentário", r"commenti",
        r"lascia un commento", r"rispondi", r"reacties", r"reageer", r"комментарии",
        r"评论", r"コメント",
    ),
    RELATED: (
        r"(?:à )?lire (?:aussi|également)", r"voir aussi", r"sur le même sujet",
        r"articles similaires", r"les plus lus", r"le(?:e|a) también", r"te puede interesar",
        r"más información", r"noticias relacionadas", r"artículos relacionados",
        r"lo más leído", r"leggi anche", r"potrebbe interessarti", r"articoli correlati",
        r"i più letti", r"leia também", r"veja também", r"você (?:também )?pode gostar",
        r"notícias relacionadas", r"mais lidas", r"lees ook", r"gerelateerde artikelen",
        r"читайте также", r"похожие статьи", r"по теме", r"самое читаемое",
        r"相关(?:新闻|阅读|文章)", r"热门文章", r"関連(?:記事|ニュース)", r"人気記事",
    ),
    FOOTER: (
        r"mentions légales", r"politique de confidentialité", r"conditions générales(?: d['’]utilisation)?",
        r"nous contacter", r"contactez-nous", r"qui sommes-nous", r"aviso legal",
        r"política de (?:privacidad|cookies|privacidade)", r"contacto", r"quiénes somos",
        r"términos y condiciones", r"note legali", r"contatti", r"chi siamo", r"termos de uso",
        r"fale conosco", r"contato", r"quem somos", r"контакты", r"о нас", r"联系我们", r"关于我们",
        r"お問い合わせ", r"プライバシーポリシー",
    ),
}  # fmt: skip

# Line openings (lower case; "^" anchors them at the line start).
PROMPTS: dict[str, tuple[str, ...]] = {
    RELATED: (
        r"^(?:(?:à )?lire aussi|voir aussi|le(?:e|a) también|leggi anche|leia também|veja também"
        r"|lees ook|читайте также|смотрите также)\s*[:|]",
    ),
    FOOTER: (
        r"^(?:tous droits réservés|todos los derechos reservados|tutti i diritti riservati"
        r"|todos os direitos reservados|alle rechten voorbehouden|все права защищены|版权所有)",
    ),
}

# Cookie banners. A line is one when it names cookies and says they are used or asks for
# consent, in any language: the words for "cookie" that do not spell it in Latin letters
# ("cookie" itself is in most banners, also in Polish, Greek or Chinese ones), and stems of
# "use", "accept", "agree", "consent" (plain text, lower case; no word boundaries, since
# Chinese, Japanese and Thai write none).
COOKIE_WORDS = (
    "ciasteczk", "çerez", "sütik", "evästei", "kolačić", "куки", "кукі",
    "ملفات تعريف الارتباط", "الكوكيز", "کوکی", "עוגיות", "קוקיז", "कुकी", "クッキー", "쿠키",
    "คุกกี้",
)  # fmt: skip
COOKIE_CONSENT = (
    # fr, es, it, pt, nl, scandinavian
    "utilis", "en poursuivant", "utiliza", "acept", "navegando", "utilizz", "accett", "consens",
    "usamos", "aceit", "concord", "gebruik", "toestemming", "akkoord", "använd", "godkänn",
    "bruger", "bruker", "samtykke",
    # pl, cs, sk, hu, fi, hr, tr, el
    "korzyst", "zgod", "akcept", "používá", "souhlas", "súhlas", "használ", "elfogad",
    "käytä", "hyväksy", "koristi", "prihva", "kullan", "kabul", "χρησιμοποι", "αποδοχ",
    "αποδέχ", "συμφων", "συναίν",
    # ru, uk, bg
    "использ", "соглас", "принима", "використов", "погодж", "прийма", "згод", "използва",
    # ar, fa, he, hi
    "يستخدم", "نستخدم", "استخدام", "توافق", "موافق", "استفاده", "میکند", "משתמש", "הסכמ",
    "השימוש", "उपयोग", "सहमति", "इस्तेमाल",
    # ja, ko, zh, th, vi, id
    "使用", "利用", "同意", "사용", "동의", "ใช้", "ยอมรับ", "ยินยอม", "sử dụng", "đồng ý",
    "menggunakan", "setuju",
)  # fmt: skip

# Words that introduce the author in languages `byline.BYLINE_LEADS` lacks (lower case): "di
# Giulia Rossi", "Yazan: …", "كتب: أحمد المصري", "מאת: נועה כהן", "रिपोर्ट: राहुल शर्मा",
# "作者：王晓明", "記者 陳家明", "โดย สมชาย ใจดี".
BYLINE_LEADS = (
    "di", "yazan", "autorka", "автори", "συντάκτης", "كتب", "كتبت", "بقلم", "إعداد", "מאת",
    "רשם", "रिपोर्ट", "लेखक", "द्वारा", "作者", "记者", "記者", "โดย", "ผู้เขียน",
)  # fmt: skip
