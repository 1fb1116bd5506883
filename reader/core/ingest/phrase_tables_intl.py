"""Furniture phrases in languages besides German and English: French, Spanish, Italian,
Portuguese, Dutch, Russian, Chinese and Japanese, and the commonest labels of Polish, Czech,
Turkish, Greek, Ukrainian, Arabic, Hebrew, Hindi, Korean, Thai, Vietnamese, Indonesian and the
Scandinavian languages. (Lower-casing the Turkish "İ" leaves "i" and a combining dot: the
Turkish phrases allow it.)

The body model and the head rules read a line's furniture reason ("related links", "comments",
"footer" …) whatever its language, so a "Lire aussi" or a "Você pode gostar…" above a list of
teasers must say what "Read also" says. Only the commonest chrome of news sites is listed —
skip links, sign-in, search, related-article and comment headings, legal footers, share and
print buttons — as whole-line labels (matched on the lower-cased line, trailing counts and
punctuation stripped) and a few line openings. French, Spanish, Italian, Portuguese, Dutch and
Polish have more: "read more" links, sponsored-content labels, the blog software's comment
form ("Votre adresse e-mail ne sera pas publiée"), tags, categories, the post's neighbours,
share buttons naming their network, and the footer's cookie settings and site map. `phrases` merges them with
`phrase_tables`' own, reason by reason.
"""

from __future__ import annotations

from reader.core.ingest.phrase_tables import (
    ADVERTISING,
    ARTICLE_INFO,
    CAPTION,
    COMMENTS,
    FOOTER,
    NAVIGATION,
    NEWSLETTER,
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
        # pl, cs, tr, el, uk, ar, he, hi, ko, th, vi, id
        r"przejdź do (?:treści|zawartości)", r"strona główna", r"zaloguj(?: się)?", r"szukaj",
        r"přeskočit na obsah", r"hledat", r"přihlásit(?: se)?", r"içeriğe (?:geç|atla)",
        r"ana sayfa", r"giriş yap", r"ara", r"μετάβαση στο περιεχόμενο", r"αναζήτηση",
        r"σύνδεση", r"αρχική", r"перейти до (?:основного )?(?:вмісту|змісту)", r"пошук",
        r"увійти", r"головна", r"انتقل إلى المحتوى", r"بحث", r"تسجيل الدخول", r"الرئيسية",
        r"דלג לתוכן", r"חיפוש", r"התחברות", r"ראשי", r"मुख्य सामग्री पर जाएं", r"खोजें",
        r"होम", r"लॉग इन", r"본문 바로가기", r"로그인", r"검색", r"홈", r"회원가입",
        r"ข้ามไปยังเนื้อหา", r"หน้าแรก", r"ค้นหา", r"เข้าสู่ระบบ", r"chuyển đến nội dung",
        r"trang chủ", r"tìm kiếm", r"đăng nhập", r"langsung ke konten", r"beranda", r"cari",
        r"masuk",
        # fr, es, it, pt, nl, pl: a post's neighbours and the pages of a list
        r"précédent", r"suivant", r"page suivante", r"anterior", r"siguiente", r"precedente",
        r"successivo", r"próximo", r"vorige", r"volgende", r"poprzedni", r"następny",
    ),
    ADVERTISING: (
        r"publicité", r"publicidad", r"pubblicità", r"publicidade", r"advertentie", r"реклама",
        r"广告", r"広告",
        r"annonce", r"anuncio", r"anúncio", r"reklama", r"sponsorisé", r"contenu sponsorisé",
        r"patrocinado", r"contenido patrocinado", r"sponsorizzato", r"contenuto sponsorizzato",
        r"conteúdo patrocinado", r"gesponsord", r"gesponsorde inhoud", r"artykuł sponsorowany",
    ),
    SHARE: (
        r"partager(?: (?:cet|l['’])article)?", r"imprimer", r"compartir", r"imprimir",
        r"condividi", r"stampa", r"compartilhe", r"compartilhar", r"delen", r"поделиться",
        r"分享", r"シェア", r"ツイート",
        r"udostępnij", r"sdílet", r"paylaş", r"κοινοποίηση", r"поділитися", r"شارك",
        r"שתפו", r"शेयर करें", r"공유하기", r"แชร์", r"chia sẻ", r"bagikan", r"dela",
        r"envoyer par (?:e-?mail|courriel)", r"copier le lien", r"lien copié", r"enregistrer",
        r"copiar (?:el )?enlace", r"enlace copiado", r"guardar", r"copia (?:il )?link", r"salva",
        r"copiar (?:o )?link", r"salvar", r"link kopiëren", r"opslaan", r"kopiuj link", r"zapisz",
        r"drukuj", r"afdrukken", r"imprimer l['’]article", r"stampa (?:l['’])?articolo",
    ),
    COMMENTS: (
        r"commentaires?", r"laisser un commentaire", r"répondre", r"comentarios?",
        r"deja un comentario", r"responder", r"comentários?", r"deixe um comentário", r"commenti",
        r"lascia un commento", r"rispondi", r"reacties", r"reageer", r"комментарии",
        r"评论", r"コメント",
        r"komentarze", r"komentáře", r"yorumlar", r"σχόλια", r"коментарі", r"التعليقات",
        r"תגובות", r"टिप्पणियाँ", r"댓글", r"ความคิดเห็น", r"bình luận", r"komentar",
        r"(?:ajouter|écrire|publier) un commentaire", r"réagir", r"réactions",
        r"(?:escribe|añadir|publicar|agregar) (?:un )?comentario", r"scrivi un commento",
        r"aggiungi un commento", r"(?:escreva|adicionar|adicione) (?:um )?comentário",
        r"deixe (?:o )?seu comentário", r"plaats een reactie", r"laat een reactie achter",
        r"reageren", r"beantwoorden", r"dodaj komentarz", r"napisz komentarz", r"skomentuj",
        r"odpowiedz",
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
        r"相關(?:新聞|文章)", r"延伸閱讀", r"延伸阅读", r"あわせて読みたい",
        r"zobacz (?:też|także|również)", r"czytaj (?:też|także|również)", r"polecane",
        r"mohlo by vás (?:zajímat|také zajímat)", r"související články", r"čtěte také",
        r"i\u0307?lgili haberler", r"benzer haberler", r"διαβάστε (?:επίσης|ακόμη)",
        r"σχετικά άρθρα", r"читайте також", r"схожі новини", r"اقرأ (?:أيضا|أيضًا)",
        r"مقالات ذات صلة", r"أخبار ذات صلة", r"עוד באתר", r"כתבות נוספות", r"यह भी पढ़ें",
        r"संबंधित (?:खबरें|ख़बरें)", r"관련\s?기사", r"ข่าวที่เกี่ยวข้อง", r"tin liên quan",
        r"bài viết liên quan", r"xem thêm", r"baca juga", r"berita terkait", r"artikel terkait",
        r"läs (?:också|även)", r"relaterade artiklar", r"læs også", r"les også",
        # fr, es, it, pt, nl, pl: related articles, most read, and "read more"
        r"sur le même (?:sujet|thème)", r"dans la même rubrique", r"articles (?:liés|associés)",
        r"vous (?:aimerez|pourriez) (?:peut-être )?aussi(?: aimer)?", r"à découvrir aussi",
        r"lire la suite", r"lire plus", r"en savoir plus", r"(?:también )?te puede (?:interesar|gustar)",
        r"te recomendamos", r"más noticias", r"lo más visto", r"más leídas",
        r"artículos recomendados", r"leer más", r"seguir leyendo", r"continuar leyendo",
        r"(?:ti )?potrebbe interessar(?:ti|e)(?: anche)?", r"potrebbe piacerti anche",
        r"notizie correlate", r"articoli consigliati", r"più letti", r"leggi (?:di più|tutto)",
        r"continua a leggere", r"artigos relacionados", r"matérias relacionadas",
        r"você também pode se interessar", r"mais notícias", r"mais vistas", r"leia mais",
        r"continue lendo", r"ler mais", r"meer nieuws", r"ook interessant", r"meest gelezen",
        r"gerelateerde? (?:artikelen|berichten)", r"lees meer", r"lees verder", r"verder lezen",
        r"podobne artykuły", r"powiązane artykuły", r"najczęściej czytane", r"najpopularniejsze",
        r"polecamy", r"czytaj (?:więcej|dalej)", r"więcej", r"temas", r"onderwerpen",
    ),
    FOOTER: (
        r"mentions légales", r"politique de confidentialité", r"conditions générales(?: d['’]utilisation)?",
        r"nous contacter", r"contactez-nous", r"qui sommes-nous", r"aviso legal",
        r"política de (?:privacidad|cookies|privacidade)", r"contacto", r"quiénes somos",
        r"términos y condiciones", r"note legali", r"contatti", r"chi siamo", r"termos de uso",
        r"fale conosco", r"contato", r"quem somos", r"контакты", r"о нас", r"联系我们", r"关于我们",
        r"お問い合わせ", r"プライバシーポリシー",
        r"regulamin", r"polityka prywatności", r"ochrana osobních údajů", r"kontakty",
        r"gizlilik politikası", r"künye", r"iletişim", r"όροι χρήσης", r"επικοινωνία",
        r"політика конфіденційності", r"контакти", r"اتصل بنا", r"سياسة الخصوصية", r"من نحن",
        r"צור קשר", r"מדיניות פרטיות", r"हमारे बारे में", r"संपर्क करें", r"गोपनीयता नीति",
        r"회사소개", r"개인정보처리방침", r"เกี่ยวกับเรา", r"ติดต่อเรา",
        r"นโยบายความเป็นส่วนตัว", r"liên hệ", r"chính sách bảo mật", r"tentang kami",
        r"kebijakan privasi",
        # fr, es, it, pt, nl, pl
        r"plan du site", r"mapa del sitio", r"mappa del sito", r"mapa do site",
        r"(?:gestion|paramètres) des cookies", r"configuración de(?: las)? cookies",
        r"(?:impostazioni|preferenze) (?:dei )?cookie", r"configurações de cookies",
        r"cookie-?instellingen", r"ustawienia (?:plików )?cookies?", r"accessibilité",
        r"accesibilidad", r"accessibilità", r"acessibilidade", r"toegankelijkheid", r"dostępność",
        r"cgu", r"cgv", r"colofon", r"disclaimer", r"privacybeleid", r"privacyverklaring",
        r"polityka cookies", r"informativa (?:sulla )?privacy", r"informativa (?:sui )?cookie",
    ),
}  # fmt: skip

# Line openings (lower case; "^" anchors them at the line start).
PROMPTS: dict[str, tuple[str, ...]] = {
    # A sign-up box's pitch: a verb of subscribing, and the newsletter or the mail box within
    # the line ("Suscríbete a nuestro boletín", "Abonnez-vous à notre lettre d'information").
    # Not the verbs of receiving: "Receba em seu email nosso ebook …" is an article's own
    # offer as often as a box's.
    NEWSLETTER: (
        r"^(?:suscr[ií]b(?:ete|ase)|ap[uú]ntate|reg[ií]strate)\b.{0,80}"
        r"\b(?:bolet[ií]n|newsletter|correo|e-?mail)",
        r"^(?:inscrivez-vous|abonnez-vous|inscris-toi)\b.{0,80}"
        r"\b(?:newsletter|lettre d['’]information|courriel|e-?mail|bo[iî]te)",
        r"^(?:iscriviti|registrati)\b.{0,80}\b(?:newsletter|e-?mail|posta)",
        r"^(?:assine|inscreva-se|cadastre-se)\b.{0,80}\b(?:newsletter|boletim|e-?mail)",
        r"^(?:подпиш\w*|підпиш\w*)\s.{0,80}(?:рассылк|розсилк|e-?mail)",
        r"^zapisz się\b.{0,80}(?:newsletter|e-?mail|skrzynk)",
    ),
    RELATED: (
        r"^(?:(?:à )?lire aussi|voir aussi|le(?:e|a) también|leggi anche|leia também|veja também"
        r"|lees ook|читайте также|смотрите также|baca (?:juga|pula)|simak (?:juga|pula)"
        r"|(?:czytaj|zobacz) (?:też|także|również)|čtěte (?:také|též)|přečtěte si (?:také|též)"
        r"|i\u0307?lgili haber(?:ler)?|διαβάστε (?:επίσης|ακόμη)|читайте також|дивіться також"
        r"|اقرأ (?:أيضا|أيضًا)|קראו (?:עוד|גם)|(?:यह|ये) भी पढ़ें|관련\s?기사|อ่านเพิ่มเติม"
        r"|xem thêm|đọc thêm|tin liên quan|延伸阅读|延伸閱讀|相关阅读|あわせて読みたい"
        r"|läs (?:också|även)|læs også|les også|citește și)\s*[:|]",
        # A related box's lead-in in its site's own words, as `phrase_tables` lists them for
        # English and German ("Plus d'articles sur …:", "Otras noticias de …:", "Altri articoli
        # su …:", "Mais artigos de …:", "Meer over …:", "Другие новости:"); not "No te
        # pierdas:", "Da non perdere:", "Não perca:", with which a travel piece lists its sights.
        r"^(?:(?:plus|d['’]autres) (?:d['’])?(?:articles|actualités|infos)(?: (?:sur|de|du|dans) .{1,40})?"
        r"|à (?:lire|voir|découvrir) (?:ensuite|également)|articles (?:recommandés|populaires|récents)"
        r"|(?:otras|más) (?:noticias|artículos|historias)(?: (?:de|sobre|en) .{1,40})?"
        r"|(?:noticias|artículos) (?:recomendad[oa]s|populares|recientes)"
        r"|(?:altri|altre) (?:articoli|notizie|storie)(?: (?:su|di|da|in) .{1,40})?"
        r"|(?:articoli|notizie) (?:più letti|più lette|recenti|popolari)"
        r"|(?:mais|outros|outras) (?:artigos|notícias|matérias)(?: (?:de|sobre|em) .{1,40})?"
        r"|(?:artigos|notícias|matérias) (?:recomendad[oa]s|populares|recentes)"
        r"|meer (?:over|van|uit|artikelen)(?: .{1,40})?|(?:aanbevolen|populaire|recente) artikelen"
        r"|(?:другие|ещё|еще) (?:новости|статьи|материалы)(?: по теме)?"
        r"|вам (?:может быть )?(?:также )?интересно"
        r"|(?:inne|więcej) (?:artykuły|artykułów|wiadomości)(?: (?:z|o|na) .{1,40})?)\s*:$",
        # The post's tags ("Mots-clés : …", "Etiquetas: …", "Trefwoorden: …").
        r"^(?:étiquettes|mots[- ]clés|etiquetas|palabras clave|etichette|palavras-chave"
        r"|trefwoorden|tagi|słowa kluczowe)\s*:\s*\S",
    ),
    # The reading time over the article ("Tempo de leitura: 2 minutos", "Temps de lecture :
    # 5 min").
    ARTICLE_INFO: (
        r"^(?:tempo de leitura|tiempo de lectura|temps de lecture|tempo di lettura|leestijd"
        r"|czas czytania|doba čtení|время чтения|час читання|okuma süresi)\s*:?\s*\d",
    ),
    FOOTER: (
        r"^(?:tous droits réservés|todos los derechos reservados|tutti i diritti riservati"
        r"|todos os direitos reservados|alle rechten voorbehouden|все права защищены|版权所有)",
        r"^(?:catégories|categorías|categorie|categorias|categorieën|kategorie)\s*:",
    ),
    # The captions' credit, the blog software's lines, the comment form and the share buttons
    # of French, Spanish, Italian, Portuguese, Dutch and Polish pages.
    CAPTION: (
        r"^crédits?(?: photos?)?\s*:", r"^(?:imagen|fotografía|immagine|imagem|afbeelding|zdjęcie)\s*:\s*\S",
        r"^fot\.\s",
    ),
    NAVIGATION: (
        r"^(?:article|billet) (?:précédent|suivant)\b", r"^(?:entrada|publicación|artículo) (?:anterior|siguiente)\b",
        r"^(?:articolo|post) (?:precedente|successivo)\b", r"^(?:post|artigo|publicação) (?:anterior|seguinte)\b",
        r"^próximo (?:post|artigo)\b", r"^(?:vorig|volgend)e? (?:bericht|artikel)\b",
        r"^(?:poprzedni|następny) (?:wpis|artykuł|post)\b",
    ),
    COMMENTS: (
        r"^\d[\d.,]*k? (?:commentaires?|comentarios?|commenti|comentários?|reacties|komentarz\w*)\b",
        r"^votre adresse (?:e-?mail|de messagerie|courriel) ne sera pas publiée\b",
        r"^tu (?:dirección de )?correo electrónico no será publicad[oa]\b",
        r"^il tuo indirizzo (?:e-?mail|di posta) non sarà pubblicato\b",
        r"^o seu (?:endereço de )?e-?mail não será publicado\b",
        r"^je e-?mailadres wordt niet gepubliceerd\b", r"^twój adres e-?mail nie zostanie opublikowany\b",
        r"^enregistrer mon nom, mon (?:e-?mail|courriel)\b", r"^guardar mi nombre, correo electrónico\b",
        r"^salva il mio nome, (?:e-?mail|email)\b", r"^salvar meus dados neste navegador\b",
        r"^(?:mijn|sla mijn) naam, e-?mail\b", r"^zapisz moje dane, adres e-?mail\b",
    ),
    SHARE: (
        r"^(?:partager|compartir|condividi|compartilh\w+|partilh\w+|delen|deel|udostępnij)"
        r"\s+(?:sur|en|su|no|na|op|via)\s+(?:facebook|twitter|x|linkedin|whatsapp|pinterest|telegram|e-?mail)\b",
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
# "作者：王晓明", "記者 陳家明", "โดย สมชาย ใจดี", "Penulis: Rina Wulandari".
BYLINE_LEADS = (
    "di", "yazan", "autorka", "автори", "συντάκτης", "كتب", "كتبت", "بقلم", "إعداد", "מאת",
    "רשם", "रिपोर्ट", "लेखक", "द्वारा", "作者", "记者", "記者", "โดย", "ผู้เขียน", "penulis",
    "oleh",
)  # fmt: skip

# Headings after which the article does not go on, as `section_ends.SECTION_ENDS` lists them for
# English and German (regexes, matched on the whole line, case ignored): a person box about
# the author (`AUTHOR_BOX`, which `resume` lets stand inside an interview), readers' comments,
# and an encyclopaedia entry's notes, references and external links.
AUTHOR_BOX = (
    r"sobre (?:el|la|o|a) autora?", r"acerca del autor", r"à propos de l['’]auteure?",
    r"sull['’]autore", r"об авторе", r"про автора", r"o autor(?:ze|ce|ovi)", r"yazar hakkında",
    r"σχετικά με (?:τον|τη) συγγραφέα", r"عن (?:الكاتب|المؤلف)", r"על הכותבת?",
    r"लेखक के बारे में", r"关于作者", r"作者简介", r"作者簡介", r"著者(?:について|プロフィール)",
    r"기자 소개", r"เกี่ยวกับผู้เขียน", r"về tác giả", r"tentang penulis", r"over de auteur",
    r"om (?:författaren|forfatteren)",
)  # fmt: skip
SECTION_ENDS = AUTHOR_BOX + (
    r"commentaires", r"laisser un commentaire", r"comentarios", r"deja un comentario",
    r"commenti", r"lascia un commento", r"comentários", r"deixe um comentário", r"reacties",
    r"комментарии", r"коментарі", r"komentarze", r"komentáře", r"yorumlar", r"σχόλια",
    r"التعليقات", r"תגובות", r"टिप्पणियाँ", r"댓글", r"评论", r"評論", r"コメント",
    r"ความคิดเห็น", r"bình luận", r"komentar",
    r"notes et références", r"références", r"liens externes", r"bibliographie", r"referencias",
    r"enlaces externos", r"bibliografía", r"collegamenti esterni", r"referências",
    r"ligações externas", r"примечания", r"литература", r"ссылки", r"przypisy", r"bibliografia",
    r"参考文献", r"脚注", r"外部リンク", r"外部链接", r"참고 문헌",
)  # fmt: skip

# Words that introduce the author inside a date line, after the date or before it (lower
# case): "Publié le 8 février 2024 par Julien Martin", "Pubblicato il … da Mario Rossi",
# "Опубликовано 5 февраля 2024 автор Дмитрий Орлов", "Publicado por huertamadrid el …",
# "2024-03-15 09:00 作者：李明". Short words ("par", "da") count only on a date line.
DATED_BYLINE_LEADS = (
    "publié par", "rédigé par", "écrit par", "publicado por", "escrito por", "pubblicato da",
    "scritto da", "gepubliceerd door", "geschreven door", "opublikowano przez", "napisał",
    "napisała", "опубликовал", "опубликовала", "автор", "автори", "автора", "par", "por", "da",
    "door", "przez", "autor", "auteur", "autore", "napsal", "napsala", "yazar", "bởi", "tác giả",
    "執筆者", "著者", "筆者", "撰文", "撰稿", *BYLINE_LEADS,
)  # fmt: skip
# The word between a name and the date after it ("Por Juan Pérez el 3 de abril", "Par …
# le 3 avril", "Door … op 3 april"), lower case as printed: not part of the name.
DATE_ARTICLES = ("el", "le", "il", "em", "op", "dnia", "dne")
# Words for a reporter that languages print AFTER the name ("김민수 기자", "山田太郎 記者",
# "রহিম উদ্দিন প্রতিবেদক"): the line is a byline, never a headline.
REPORTER_TAILS = frozenset(
    ("기자", "특파원", "선임기자", "객원기자", "인턴기자", "수습기자", "통신원", "記者", "特派員",
     "প্রতিবেদক", "সংবাদদাতা", "প্রতিনিধি", "संवाददाता", "रिपोर्टर")
)  # fmt: skip
# Words that stand before a reporter word in place of a name: the paper's own or a special
# reporter ("নিজস্ব প্রতিবেদক" staff reporter, "विशेष संवाददाता", "本社 記者", "온라인 기자"):
# a desk credit, no person.
STAFF_WORDS = frozenset(
    ("নিজস্ব", "বিশেষ", "স্টাফ", "জ্যেষ্ঠ", "বার্তা", "हमारे", "विशेष", "स्टाफ", "वरिष्ठ",
     "本社", "온라인", "디지털뉴스팀", "뉴스팀", "취재팀")
)  # fmt: skip
