"""Words and phrases the rules look for, as named token tuples.

Everything language- or outlet-flavoured that the generic rules need lives here, so a
rule reads as logic and the words can be extended as data. Outlet-specific phrases
live in the outlet profiles (:mod:`opinionpiece.profiles`); speech verbs live in
:mod:`opinionpiece.lexicon`.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

__all__ = [
    "AGENCIES",
    "BARRIER_PATTERNS",
    "CHROME_ASKING",
    "CHROME_CONTAINING",
    "CHROME_LINES",
    "CHROME_PATTERNS",
    "CREDIT_LABELS",
    "DISCLAIMER_KEYWORDS",
    "DISCLAIMER_PATTERNS",
    "GIVEN_NAMES",
    "NOTE_LABELS",
    "STOPWORDS",
    "alternation",
    "compile_any",
]


def _split_words(block: str) -> tuple[str, ...]:
    return tuple(block.split())


def alternation(tokens: Iterable[str], *, escape: bool = True) -> str:
    """Join tokens into one non-capturing alternation, longest first.

    Raises ``ValueError`` on an empty token list: an empty alternation would match
    everywhere, which is never what a rule wants.
    """
    items = sorted({t for t in tokens if t}, key=len, reverse=True)
    if not items:
        raise ValueError("refusing to build an empty alternation")
    parts = [regex.escape(t) if escape else t for t in items]
    return "(?:" + "|".join(parts) + ")"


def compile_any(
    patterns: Iterable[str], flags: int = regex.IGNORECASE
) -> regex.Pattern[str] | None:
    """Compile patterns into one alternation, or ``None`` when there are none."""
    items = [p for p in patterns if p]
    if not items:
        return None
    return regex.compile(alternation(items, escape=False), flags | regex.VERSION1)


#: Lines that are site chrome wherever they appear alone on a line (compared
#: case-insensitively, white space collapsed, trailing colon ignored).
CHROME_LINES: tuple[str, ...] = (
    # the label over the sources under a text (the sources themselves stay)
    "quellenangaben",
    "quellen",
    "originalpublikation",
    "einzelnachweise",
    "download",
    "download our app",
    "share",
    "share copied",
    "copied",
    "copy link",
    "link copied",
    "print",
    "email",
    "e-mail",
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "reddit",
    "subscribe",
    "subscribe now",
    "sign in",
    "sign up",
    "log in",
    "login",
    "register",
    "menu",
    "search",
    "home",
    "advertisement",
    "ad",
    "sponsored",
    "read more",
    "more",
    "related",
    "related articles",
    "related stories",
    "recommended",
    "most read",
    "most popular",
    "trending",
    "comments",
    "previous",
    "next",
    "add to bookmarks",
    "free to read",
    "i agree",
    "accept",
    "accept all",
    "reject all",
    "close",
    "back to top",
    "top",
    "skip to content",
    "skip to main content",
    "follow us",
    "newsletter",
    "listen",
    "listen to this article",
    "save",
    "bookmark",
    "opinion",
    "opinions",
    "teilen",
    "teilen sie dies mit",
    "share this",
    "wird geladen",
    "loading...",
    "drucken",
    "anmelden",
    "abonnieren",
    "weiterlesen",
    "mehr",
    "zurück",
    "weiter",
    "zurück zur übersicht",
    "mit freunden teilen",
    "artikel teilen",
    "beitrag teilen",
    "inhaltsverzeichnis",
    "table of contents",
    "externer inhalt",
    "weitere informationen",
    "compartir",
    "partager",
    "rezept drucken",
    "print recipe",
    "hier weiterlesen",
    "jetzt weiterlesen",
    "en savoir plus",
    "lire la suite",
    "leer más",
    "für dich empfohlen",
    "für sie empfohlen",
    "recommended for you",
    "entdecken sie jetzt",
    "mehr erfahren",
    "learn more",
    "was denkst du?",
    "was meinen sie?",
    "what do you think?",
)

#: Regular expressions that mark a whole line as chrome (matched with ``fullmatch``
#: on the white-space-collapsed line).
CHROME_PATTERNS: tuple[str, ...] = (
    # a stray list bullet alone on a line
    r"[•▪●◦‣∙]",
    r"(?:copyright|©|\(c\))\s.{0,200}+",
    r"\{\{[^{}]{0,200}+\}\}",
    r"(?:https?://|www\.)\S++",
    # an image file name (lazy: a possessive run would swallow the extension)
    r"\S{1,200}?\.(?:jpe?g|png|gif|webp|svg)",
    r"follow\s.{1,40}?\son:?+",
    r"(?:share|follow) (?:on|via) \w++",
    r"\(?if you (?:want|would like) to contribute.{0,300}+",
    r"\(?(?:please )?(?:contact|send|write to) us at \S+@\S+.{0,200}+",
    r"\d{1,3}+ comments?+",
    r"(?:photo|image)s?+\s*+\d++/\d++",
    # a link to another article under a label: `Lesen Sie auch: …`, `Lea también: …`
    r"(?:lea (?:también|además|más)|lea|lee también|vea (?:también|además)|mira|puedes ver"
    r"|(?:le|te) puede interesar|ver também"
    r"|veja também|leia (?:também|mais)|czytaj (?:też|także|również|więcej)|zum weiterlesen"
    r"|ver también|lire aussi"
    r"|à lire aussi|lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|siehe auch"
    r"|read (?:more|also|next)|see also|related|explore further|more from \S++)"
    r"\s*+[:：»›|–—-]\s*+.{3,200}+",
    # post meta under a blog article: categories, tags, the permalink
    r"(?:this entry was posted|this entry is filed) .{1,300}+",
    r"(?:filed under|posted in|veröffentlicht (?:in|unter)|abgelegt unter) [^.!?]{1,100}+",
    r"(?:kategorien?+|categories|category|tags?+|schlagw(?:ö|o)rte?+r?+|stichw(?:ö|o)rter)"
    r"\s*+[:：]\s*+.{1,300}+",
    r"(?:getaggt mit|tagged(?: with)?|verschlagwortet mit)\s*+[:：]?+.{0,300}+",
    r"tags (?:\S++,? ){1,12}+\S++",
    r"zurück zu(?:r|m)? (?:übersicht|lexikon|startseite|blog|liste|allen? .{1,30}+)",
    # the reading time: `4 Min Read`, `21 minutes`, `Lesedauer: 8 Min.`, `Lesezeit 3 Minuten`
    r"\d{1,3}+\s*+(?:min\.?+|mins|minutes?+|minuten)(?: read| lesezeit| lesedauer)?+"
    r"(?:\s*+[-–—·|]\s*+\d[\d.,]{0,8}+\s*+(?:words|wörter))?+",  # `- 4312 words`
    r"(?:lesedauer|lesezeit|reading time|tiempo de lectura|temps de lecture)\s*+[:：]?+\s*+"
    r"(?:ca\.\s*+)?+\d{1,3}+\s*+(?:min\.?+|mins|minutes?+|minuten|minutos)",
    r"(?:verpasse|verpassen sie) keine .{1,80}+",
    # calls about the piece: `Teile diesen Beitrag auf …`, `If you enjoyed reading this post …`,
    # `Like it? Share it!`, `Sie lesen gern Achgut.com?`, `Ihre Meinung zu diesem Thema`
    r"(?:teile|teilen sie|share) (?:diesen|den|this|the) (?:beitrag|artikel|post|article|story)"
    r"\b.{0,40}+",
    r"if you (?:enjoyed|liked) (?:reading )?+this (?:post|article|story|piece)\b.{0,300}+",
    r"like it\?\s*+share it!?+",
    r"(?:sie lesen|du liest) gerne?+ [^?]{1,40}+\?",  # (a possessive `.` ate the `?`)
    r"(?:ihre|deine) meinung (?:zu diesem thema|ist gefragt).{0,40}+",
    r"kommentieren sie hier.{0,20}+",
    # the comment widget's link: `View the discussion thread.`, `comments powered by Disqus`
    r"view the discussion thread\.?+(?:\s*+(?:blog )?+comments powered by disqus)?+",
    r"(?:blog )?+comments powered by disqus",
    r"(?:den|diesen) (?:artikel|beitrag) mit anderen (?:teilen|diskutieren)(?:/\w++)?+:?+",
    r"wählen sie ihren zugang.{0,60}+",
    r"jetzt (?:für|zum|zu) [^.!?]{1,60}? anmelden[.!]?+",
    r"(?:mehr |auch )?+(?:auf|bei|von) \S{2,40}?\.(?:de|com|at|ch|fr|es|it|net|org)"
    r"(?: lesen)?+[:.!]?+",  # `Auch auf gofeminin.de`: the outlet's other pages
    r"haben sie das gesuchte nicht gefunden\?.{0,60}+",
    # a stock-photo agency alone on a line, the credit of a picture the dump lost
    r"(?:istock(?:photo)?+|thinkstock|shutterstock|adobe ?stock|getty images|imago images"
    r"|picture alliance)(?:\.com)?+(?:\s*+/\s*+.{1,40}+)?+",
    # a paywall's offer: `Immediate online access to all issues from 2019.`
    r"(?:immediate|instant) (?:online )?+access to .{1,80}+",
)

_JS_STATE = (
    r"enabl|disabl|activ|aktivi|deaktivi|einschalt|eingeschaltet|benötig|requir|turn on"
    r"|support|habilit|deshabilit|włącz|wymaga|ohne|muss"
)

#: Chrome lines recognised by a phrase anywhere in them: ``(keyword, pattern)`` pairs.
#: The pattern (a ``fullmatch`` on the collapsed line, case-insensitively) is only tried
#: when the line holds the keyword, so these cost nothing on ordinary lines.
CHROME_CONTAINING: tuple[tuple[str, str], ...] = (
    ("rights reserved", r".{0,80}?all rights reserved\.?+.{0,80}+"),
    # the permalink under a blog article (a pattern with a leading wildcard: tried on
    # every line, it cost three times all the other chrome patterns together)
    ("bookmark", r".{0,200}?\bbookmark the permalink\b.{0,100}+"),
    (
        "cookie",
        r".{0,300}?\bcookies?+\b.{0,300}?\b(?:website|site|browse|browsing|consent|privacy|"
        r"policy|experience|settings)\b.{0,300}+",
    ),
    (
        "cookie",
        r".{0,300}?\b(?:website|site|browse|browsing|consent|privacy|policy|experience)\b"
        r".{0,300}?\bcookies?+\b.{0,300}+",
    ),
    # a notice that the page needs JavaScript (`Bitte aktivieren Sie JavaScript …`): the
    # word next to a call to turn it on, or to a note that it is off or missing
    (
        "javascript",
        r".{0,200}?(?:\bjavascript\b.{0,60}?\b(?:%s)|\b(?:%s).{0,60}?\bjavascript\b).{0,200}+"
        % ((_JS_STATE,) * 2),
    ),
    # newsletter boxes, and a call to sign up for the newsletter
    ("newsletter", r"(?:\S++ ){0,10}+newsletter"),
    (
        "newsletter",
        r".{0,120}?\b(?:sign up|subscribe|anmelden|abonnieren)\b.{0,60}?\bnewsletters?+\b.{0,200}+",
    ),
    (
        "newsletter",
        r".{0,120}?\bnewsletters?+\b.{0,60}?\b(?:sign up|subscribe|anmelden|abonnieren)\b.{0,200}+",
    ),
    ("newsletter", r".{0,120}?\bsigning up\b.{0,60}?\bnewsletters?+\b.{0,200}+"),
    ("sign up", r"sign up (?:to|for) (?:get|receive|our|the)\b.{0,200}+"),
    # a paywall's notice: `To view the full story, please subscribe to …`, `Subscribe now
    # to our eNATION edition for the full story.`, `… already a subscriber, you can log in`
    (
        "subscri",
        r"(?=.{0,200}?\bsubscri)(?=.{0,300}?\b(?:full (?:story|article)|continue reading"
        r"|keep reading|read the rest|log in|sign in|e-?edition)\b).{0,400}+",
    ),
    # the rules of the comment section: `Please understand that comments are moderated …`
    (
        "comment",
        r".{0,100}?\bcomments?+ (?:are|is|will be|may be|must be)\b.{0,20}?"
        r"\b(?:moderated|republished|reviewed|civil|approved)\b.{0,300}+",
    ),
    ("comentar", r"para comentar (?:debes|tienes que|es necesario)\b.{0,200}+"),
    # calls to follow the outlet elsewhere: `Follow The Gleaner on Twitter and Instagram …`,
    # `Síguenos en Telegram …`, `… tenemos canal de Telegram? Únete …`, `… download the app`
    (
        "follow",
        r"follow (?:the |us |@)?+.{0,40}?\b(?:on|at) (?:twitter|facebook|instagram|telegram"
        r"|whatsapp|youtube|linkedin|tiktok)\b.{0,200}+",
    ),
    ("guenos", r"[¡]?+s[íi]guenos (?:en|por)\b.{0,200}+"),
    (
        "canal de",
        r".{0,80}?\b(?:nuestro|tenemos) canal de (?:telegram|whatsapp|youtube)\b.{0,200}+",
    ),
    ("download", r".{0,120}?\bdownload (?:the|our) .{0,40}?\bapps?+\b.{0,100}+"),
    # a call to have the news delivered: `… straight to your inbox`, `… in deinen Posteingang`
    *(
        (
            "to your " + box,
            r".{0,160}?\b(?:straight|direct|directly|delivered) to your " + box + r"\b.{0,100}+",
        )
        for box in ("inbox", "phone", "mailbox")
    ),
    ("posteingang", r".{0,160}?\bin (?:deinen|ihren|euren) posteingang\b.{0,100}+"),
    ("enter your email", r".{0,160}?\benter your email\b.{0,40}?\b(?:below|here)\b.{0,300}+"),
    # advertising and affiliate disclosures
    ("advertis", r".{0,100}?\badvertis(?:ing|er) (?:disclosure|disclaimer)\b.{0,400}+"),
    (
        "affiliate",
        r".{0,80}?\b(?:may )?+(?:contain|contains|enthält) affiliate[- ]links?+\b.{0,300}+",
    ),
    (
        "editor",
        r".{0,120}?\b(?:submit|send|write) (?:a |your )?+letters? to the editor\b.{0,200}+",
    ),
    ("recaptcha", r".{0,100}?\brecaptcha\b.{0,200}+"),
    ("newsletter", r"newsletters?+ (?:erhalten|bestellen|abonnieren)\b.{0,100}+"),
    (
        "never miss",
        r".{0,120}?\bnever miss (?:our|the|a) (?:top |latest |best |important )?+"
        r"(?:stories|story|news|articles?+|updates?+|posts?+)\b.{0,200}+",
    ),
    # asks for money: `Unterstützen Sie unsere Arbeit …`, `Support independent journalism`
    (
        "unterstütz",
        r".{0,80}?\bunterstütze[nr]?+ (?:sie |du )?+(?:uns|unsere arbeit|unseren journalismus"
        r"|unabhängigen journalismus|diese form)\b.{0,200}+",
    ),
    (
        "support",
        r".{0,80}?\b(?:support (?:us|our work|our journalism|independent journalism)"
        r"|(?:we )?+rely on (?:your|our readers[’']?+) support)\b.{0,200}+",
    ),
    ("spende", r".{0,80}?\bjede (?:kleine )?+spende\b.{0,200}+"),
    # a blog's follow-by-e-mail box
    (
        "mail",
        r".{0,120}?\be-?mail\b.{0,120}?\b(?:benachrichtigungen über neue beiträge"
        r"|notifications of new posts)\b.{0,100}+",
    ),
    ("anmeldung", r"mit (?:der|ihrer|deiner) anmeldung (?:stimme|stimmen|akzeptiere)\b.{0,300}+"),
    ("chroniony prawem", r".{0,60}?\bchroniony prawem autorskim\b.{0,200}+"),
    # `Nichts mehr verpassen: …`, `Artikel als PDF herunterladen` (their leading wildcards,
    # tried on every line among the chrome patterns, cost a third of all of them)
    ("nichts mehr", r".{0,60}?\bnichts mehr (?:verpassen|versäumen)\b.{0,40}+"),
    # (the words before are not possessive: `Dieses Skript als PDF herunterladen`)
    ("als pdf", r"(?:.{1,60}? )?als pdf(?: herunterladen| downloaden| speichern)?+\.?+"),
)

#: A question to the reader about the piece itself (`War dieser Artikel hilfreich?`,
#: `Hat Ihnen der Beitrag gefallen? Jetzt teilen!`, `Enjoyed this article?`), under the
#: article as a rating or sharing widget: a short question holding the word for the piece
#: and a verb of liking, use or sharing, maybe followed by a short call to share.
_LIKED = (
    r"(?:gefallen|gefällt|gefiel|nützlich|hilfreich|geholfen|interessant|teilen|helpful"
    r"|useful|enjoy(?:ed)?+|like[ds]?+|share)"
)
_SHARE_CALL = (
    r"(?:\s*+[^.!?]{0,40}?\b(?:teilen|teile|share|partager|compartir)\b[^.!?]{0,40}+[.!…]*+)?+"
)
#: Like :data:`CHROME_CONTAINING`, for patterns that also need a question mark in the
#: line (``\?`` matches nothing else, case-insensitively too): tried only on lines with one.
CHROME_ASKING: tuple[tuple[str, str], ...] = tuple(
    (
        word,
        # a verb of liking and the word, both before the question mark
        r"(?=[^?]{0,80}?\b" + _LIKED + r"\b)(?=[^?]{0,80}?\b" + word + r"\b)"
        r"[^.!?]{0,80}+\?++" + _SHARE_CALL,
    )
    for word in ("artikel", "beitrag", "article", "post", "story")
)

#: Words one of which every disclaimer formula holds (case-folded). A line holding none
#: is not tried against the disclaimer patterns; a profile whose formulas do not all
#: name one of these words turns the shortcut off for itself.
DISCLAIMER_KEYWORDS: tuple[str, ...] = (
    "necessarily",
    "own",
    "solely",
    "only",
    "reflect",
    "represent",
    "funding",
    "contributed",
    "meinung",
    "ansicht",
    "auffassung",
    "unbedingt",
    "zwingend",
    "notwendigerweise",
)

#: Chrome lines that end an article for good: comment sections, "related stories"
#: headers. They weigh heavily against extending the main text across them (and are
#: matched with ``fullmatch`` on the collapsed line, case-insensitively).
BARRIER_PATTERNS: tuple[str, ...] = (
    r"(?:\d{1,5}+\s++)?+(?:comments?+|kommentare?+|commentaires?+|comentarios?+|reaktionen)"
    r"(?:\s++\(\d{1,5}+\))?+",
    # a count opens the comment section: `{ 38 comments… add one }`, `5 thoughts on “…”`
    r"(?:\d{1,5}+|one|no|ein|eine|keine)\s++(?:comments?+|kommentare?+|commentaires?+"
    r"|comentarios?+|reaktionen|responses?+|replies|antworten|thoughts? on)"
    # `Ein Kommentar von Jane Roe`: a byline, not a comment count
    r"(?!\s++(?:von|vom|by)\s)(?:\W.{0,60}+)?+",
    r"(?:leave|post|write|add) a (?:reply|comment|response).{0,30}+"
    r"|(?:schreibe|schreiben sie) einen kommentar.{0,30}+"
    r"|hinterlasse (?:eine antwort|einen kommentar).{0,30}+|schon gelesen\??+"
    r"|ezek is érdekelhetnek"
    r"|kommentar (?:schreiben|verfassen|hinterlassen).{0,30}+"
    r"|kommentieren|diskutieren sie mit.{0,40}+|(?:deja|dejar|deje) (?:un|tu|su) comentario"
    r"|laisser un commentaire|letzte kommentare|recent comments|neueste kommentare",
    r"(?:related|more|recommended|popular|latest|top|trending) "
    r"(?:articles?+|stories|posts?+|news|reads?+|on \S++.{0,30}+)",
    r"(?:you|we) (?:may|might) also (?:like|enjoy).{0,20}+|mehr zum thema.{0,40}+"
    r"|(?:das|diese[sr]?+)(?: thema)? könnte (?:sie|dich|euch) (?:auch )?+interessieren.{0,10}+"
    r"|themenrelevante (?:nachrichten|artikel|beiträge)"
    r"|(?:weitere|ähnliche|verwandte|beliebte|neueste|aktuelle)(?: aktuelle)?+ (?:artikel|beiträge"
    r"|themen|news"
    r"|nachrichten|meldungen|stories)\b.{0,40}+|(?:die )?+meistgelesenen?+\b.{0,40}+"
    r"|lesen sie (?:auch|mehr)\b.{0,40}+|auch interessant.{0,20}+|siehe auch|see also"
    r"|read (?:more|next|also)|(?:über|about) (?:den|die|the) (?:autor(?:in|en|innen)?+|authors?+)"
    r"(?:\s*+/\s*+(?:die )?+autorin)?+|zum autor|zur autorin"
    r"|(?:otras|últimas) noticias|noticias relacionadas|te puede interesar|lea también"
    r"|(?:most|meist) (?:read|popular|viewed|shared|gelesen)|recommended for you"
    r"|explore further|more from \S++(?: \S++)?+|(?:le|te) puede interesar|informate más"
    r"|lire aussi|à lire aussi|sur le même sujet|ver también|articles? (?:en relation|liés)"
    r"|meistgeklickte?n?+\b.{0,40}+|veja também|czytaj (?:też|także|również)|zum weiterlesen"
    r"|mehr aus (?:der|dem|den) .{1,30}+|entdecke weitere .{1,30}+|weitere (?:videos|bilder)",
)

#: Short function words of the languages most scraped dumps are in. A line holding
#: some is language; a line with none is more likely a menu or a label.
STOPWORDS: frozenset[str] = frozenset(
    """
    a an the of in on at to for from with by and or but not is are was were be been has have
    had it its this that these those as if than then so no yes you your we our he she they
    his her their who which what when where how why will would can could should may might
    der die das den dem des ein eine einen einem einer und oder aber nicht ist sind war
    waren wird werden wurde hat haben mit von zu zum zur im in auf aus bei nach für über
    unter vor wie wenn dass sich es er sie wir ihr auch nur noch schon so als um an am le la
    les un une des du de et ou est sont dans pour par sur avec que qui pas ce cette el los
    las y o es son en con por para del al que se no una lo il lo gli di da che non è sono
    per con nel della het een van en is zijn op te met voor niet
    """.split()
)

#: Labels that open an author/editor note.
NOTE_LABELS: tuple[str, ...] = (
    "Editor's note",
    "Editor’s note",
    "Editors' note",
    "Editors’ note",
    "Editor's note",
    "Anmerkung der Redaktion",
)

#: Generic disclaimer formulas (any outlet). Outlet profiles add their own.
DISCLAIMER_PATTERNS: tuple[str, ...] = (
    r"[^.]{0,200}?\b(?:views?|opinions?|statements?)\b[^.]{0,200}?\b(?:do(?:es)?|are)\s*+"
    r"(?:not|n[’']t)\s++necessarily\s++(?:reflect|represent)[^.]{0,200}+\.?+",
    r"[^.]{0,200}?\breflects?\b[^.]{0,120}?\bnot\s++necessarily\b[^.]{0,200}+\.?+",
    r"[^.]{0,200}?\b(?:opinions?|views?)\s++expressed\b[^.]{0,200}?\b(?:solely|only)\b"
    r"[^.]{0,200}+\.?+",
    r"[^.]{0,200}?\bare\s++(?:his|her|their|the\s++author[’']s?+)\s++own\b[^.]{0,200}+\.?+",
    # German: `Der Beitrag gibt die Meinung des Autors wieder und nicht unbedingt die der
    # Redaktion.`, `… muss nicht der Meinung der Redaktion entsprechen.`
    r"[^.]{0,200}?\b(?:Meinung|Ansicht|Auffassung)(?:en)?+\b[^.]{0,200}?\bnicht\s++"
    r"(?:unbedingt|zwingend|notwendigerweise)\b[^.]{0,200}+\.?+",
    r"[^.]{0,200}?\bnicht\s++(?:unbedingt|zwingend|notwendigerweise)\s++(?:die|der|den)\s++"
    r"(?:Meinung|Ansicht|Auffassung|Position)[^.]{0,200}+\.?+",
    r"[^.]{0,200}?\bmuss\s++nicht\s++(?:der|die)\s++(?:Meinung|Ansicht|Auffassung)\b"
    r"[^.]{0,200}+\.?+",
)

#: News agencies and photo services: credited parties that are never authors.
AGENCIES: tuple[str, ...] = (
    "Xinhua",
    "VCG",
    "VCG Photo",
    "CFP",
    "AFP",
    "AP",
    "Reuters",
    "IC",
    "EPA",
    "dpa",
    "CNS",
    "Getty Images",
    "Agencies",
    "China Daily",
    "China Daily Global",
    "China Daily USA",
    "China Daily Asia",
    "HK Edition",
    "China Daily Hong Kong",
    "Xinhua News Agency",
    "chinadaily.com.cn",
    "China News Service",
    "Asia News Network",
    "CGTN",
    "GT",
    "Global Times",
    "Bloomberg",
    "UPI",
    "TASS",
    "Sputnik",
    "RIA Novosti",
    "Kyodo",
    "Yonhap",
    "PA",
    "ANI",
    "IANS",
    "PTI",
    "AAP",
    "Anadolu",
    "CNN",
    "Associated Press",
    "Agence France-Presse",
    "EFE",
    "Agencia EFE",
    "APA",
    "KNA",
    "epd",
    "Kathpress",
    "SDA",
    "Keystone-SDA",
    "ANSA",
    "Jiji",
    "Jiji Press",
)

#: Words that label a credit and are not part of it (``Photo:``, ``Illustration/``).
CREDIT_LABELS: tuple[str, ...] = (
    "Photo",
    "Photos",
    "Image",
    "Images",
    "Illustration",
    "Graphic",
    "Video",
    "Foto",
    "Bild",
    "File",  # Al Jazeera: `[File: Reuters]`, `[File: Name/AP Photo]`
)


#: Common given names (lower case) of the languages the library reads: evidence that a
#: bare capitalized token or pair is a person (``Tine``, ``Marie Jaster``), not a section
#: or a menu word (``Energie``, ``Handball Schweiz``).
GIVEN_NAMES: frozenset[str] = frozenset(
    _split_words(
        """
    aaron abby adam adrian adriana agnes ahmed ahmet aino aisha alain alan albert alberto
    alejandra alejandro aleksandra alessandra alessandro alex alexa alexander alexandra
    alexandre alexis alfred ali alice alicia alina alison amanda amber amelia amelie amit
    amy ana anastasia anders andre andrea andreas andrew andrzej andré andrés andy angela
    angelika angelo anil anita anja anke ann anna annabelle anne anne-marie annette annika
    antje antoine anton antonia antonio anu arnaud arne arthur ashley astrid aurélie austin
    axel ayşe barbara bastian beate beatrice beatriz ben benedikt benjamin benno benoît
    bernd bernhard bert bettina betty bianca bill billy birgit björn bob bobby boris
    bradley brandon brendan brian brigitte britta bruce bruno bryan camila camille carina
    carl carla carlo carlos carmen carol carola carolin caroline carsten catherine cecilia
    celine charles charlie charlotte chiara chloé chris christa christian christiane
    christina christine christoph christophe christopher claire clara claudia claudio
    clemens clément colin constanze cornelia céline dana daniel daniela daniele danielle
    david denis dennis detlef diana didier diego dieter dirk dolores dominik dominique
    donna doris dorothea douglas dylan edith eduardo edward elena eleonora elias elif elisa
    elisabeth eliza elizabeth elke ella ellen elsa emil emily emma emmanuel emre enrico
    enrique eric erik erika ernst esther ethan eugen eugene eva eva-maria evan evelyn
    evgenia fabian fabio fatima fatma federico felix fernando filip finn florian francesca
    francesco francis francisco frank franz franziska françois frederic frida frieda
    friederike friedrich frédéric gabriel gabriela gabriele gary georg george gerald gerd
    gerhard gert gertrud gina giorgio giovanni gisela giulia giuseppe glen gonzalo grace
    greg gregor gregory greta gudrun guido guillaume gunter gustav günter günther hanna
    hannah hannes hans hans-peter harald harold harry hartmut hassan heather hedwig heide
    heidi heike heiko heinrich heinz helen helena helene helga helmut henning henri henrik
    henry herbert hermann hilde hiroshi holger horst hugo hussein hélène ibrahim ida
    ignacio ilse ines inga inge ingo ingrid inès irene iris irmgard isabel isabell isabella
    isabelle ivan jack jacob jacqueline jacques jaime jakob james jan jana jane janina
    jannik jasmin jason javier jean jeanine jeanne jeffrey jennifer jens jeremy jerry jesse
    jessica jim joachim joan joanna joaquín jochen joe joel johan johann johanna johannes
    john johnny jon jonas jonathan jordan jorge jose josef joseph josephine joshua josé
    juan jukka jule jules julia julian juliane julie julien julius justin jutta jörg jörn
    jürgen kai karen karin karina karl karl-heinz karla karoline karsten kate katharina
    kathrin katja katrin kay keith kenji kenneth kerstin kevin kim kimberly kira klaus
    klaus-dieter knut konrad konstantin kristina kurt kyle lara larry lars laura lauren
    laurent lawrence lea leila lena leo leon leonie liam liisa lina linda linus lisa logan
    lothar louis louise loïc luana luca lucas lucia luciana lucy lucía ludwig luis luisa
    luise lukas luke lutz luz léa magdalena maja malte manfred manon manuel manuela marc
    marcel marco marcus maren margarete margarita maria mariana marianne marie marina mario
    marion mark marko markus marlene marta martha martin martina mary massimo mateo mathias
    mathieu mathilda mats matthew matthias matti max maxime maximilian megan mehmet melanie
    melissa mercedes mia michael michaela michel michelle miguel mikael mike mikko mila
    milan mira miriam mohamed monika moritz mustafa nadine nadja nancy natalia natalie
    natascha nathalie nathan nicola nicolas nicole niklas nikola nikolai nikolaus nils nina
    noah norbert olaf olga oliver olivia olivier omar oscar oskar otto pablo paloma pamela
    paolo pascal patrice patricia patrick paul paula pauline pedro pekka per peter petra
    philip philipp philippe pia pierre pilar priya rachel rafael rahul raj ralf ralph
    ramona randy raphael raymond raúl rebecca regina reinhard renate rené richard rita rob
    robert roberto robin rocío rodrigo roger roland rolf roman ronja rosa roy rudolf
    russell ruth ryan rémi rüdiger sabine sabrina samantha samuel sandra sandrine santiago
    sara sarah sascha scott sean sebastian sergio sharon sigrid silke silvia simon simone
    sofia sofía sonja sophia sophie stefan stefanie stefano steffen steffi stephan
    stephanie stephen steve steven stéphane sunil susan susanne sven svenja swantje tapio sylvia
    sylvie sébastien tamara tanja tatjana tatyana teresa terry theo thierry thilo thomas
    thorsten till tim timothy tina tobias tom tomas toni torsten tyler udo ulf ulla ulrich
    ulrike ursula uta ute uwe valentin valentina valeria valerie valérie vanessa vera
    verena veronika verónica victor vijay viktor vincent volker véronique wadim walter
    waltraud wayne werner wilhelm will william wolfgang ximena yannick yuki yusuf yves
    yvonne zachary zoe élise émilie óscar
    abigail adele adelheid adolf agathe agnieszka aileen alba aldo alessia alfons alfonso
    alma alois amadeus amira anabel andrei angelina angelique ania anneliese annemarie anouk
    anuschka ariane armin arnd arno arnold aron artur asher aurora babette balthasar barbora
    bea beatrix benedetta benedict bengt benni berit berta bertram bettie birte bo bodo
    brenda britt brooke bärbel caitlin calvin camilla candice caspar cassandra catalina
    cathrin cecile christel christof cindy claas claudine conny conrad constantin corinna
    cristina cristian curt cynthia dagmar dajana damian dan danny dario darius dave deborah
    denise derek dietmar dietrich dimitri dominic dora doreen dorothee dustin edgar edmund
    egon eike ekaterina elfriede eliane elin eline elly elmar eloise emanuel emilia emilio
    erich erin ernesto estelle esteban ewa fabienne fabrice falk fanny felicitas felipe
    ferdinand fiona florence florentine franca frauke fred freddy frederik frieder fritz
    gaby gareth gemma georgia gerda gerlinde gernot gesa gilbert gilles gisèle gloria
    gottfried gunnar hajo hanne hannelore hanno hansjörg harriet hauke heiner helge hendrik
    henrike herta hilke hubert ilka ilona imke irina irma isa isolde ivana ivo jacky jakub
    jan-hendrik janet janine janosch jenny jeremias jessika joana jolanda jonna josua judith
    kai-uwe kamila karolina kasper katarina kathi kati katie kirsten klara kolja kornelia
    kristin kuno larissa lasse laurenz leander leni lennart leona leopold liane lilli lilly
    lisbeth liselotte lorenz lotte ludger lydia madeleine maik maike malou mandy manja
    marc-andré mareike mareen marga margit maria-luisa marija marit marius marlies marten
    maryam matteo meike meinhard melina merle micha milena mirco mirjam mona nadia natalja
    nele nick nico nicolai niels nikolas nora norman octavius odile ole ortrud ottmar paddy
    patrik paulina philippa pierre-yves quentin rainer regine reiner reto ricarda rico rocco
    roswitha ruben rudi sabina sally sam sandro sanne sara-lena sarina saskia sebastiano
    selina senta severin silas simona sina siegfried sigrun snezana stanislaw sten susi
    suzanne svea sybille tabea tatiana theresa thea theresia thekla tilman tilo timo tine
    tobi torben urs vicky viola vivien waldemar wenzel wiebke wilfried willi willy winfried
    wolfram xaver yasmin yann yannik zoé abdul ahmad akira amos anthony barry beth brett
    bridget caleb cameron carrie casey chad chelsea clint cody colleen connor courtney craig
    crystal curtis darren debbie diane donald dorothy doug duncan dwight eddie edwin eileen
    elaine eleanor elijah ellie erica ernest ethel frances frankie gail gavin gene geoffrey
    gerry gillian gordon graham gwen hailey hank harvey howard ian isaac jackie jake jamie
    janice jared jasmine jeff jenna jill jodie jody josh joyce judy justine kathleen kathryn
    katy kelly kendra kirk kristen lance laurie leah leslie lewis lily lindsay lloyd
    lorraine lynn maggie malcolm marcia margaret marilyn marjorie marshall marvin matt
    maureen meredith mitchell molly monica morgan natasha neil nicholas nigel noel norma
    owen pam patty peggy phil phyllis rachael reginald rhonda rick ricky robbie rodney ron
    ronald rose ross russ seth shane shannon shawn sheila shelby sheryl stacy stan stanley
    stuart sydney ted terri tiffany todd tony tracy travis trevor troy vernon vicki victoria
    wendy wesley willie yolanda zach adrián agustín alfredo álvaro ángel belén carolina
    consuelo cristóbal esperanza fernanda guadalupe gustavo héctor inés jesús josefina julio
    lorena lourdes marcela marcos mariano martín nicolás patricio ramón ricardo rosario
    salvador sebastián silvina soledad víctor amélie anaïs cédric chantal christelle cécile
    corinne delphine étienne françoise gaëlle geneviève gérard hervé jérôme josiane lucien
    ludovic martine mathilde maurice mireille océane pascale régis solène thibault yvette
    alessio emanuele fabrizio federica filippo flavio franco gianluca gianni giacomo giorgia
    ilaria lorenzo luigi marcello mauro mirko paola piero raffaele riccardo roberta
    salvatore silvio stefania tommaso valerio vittorio
    abdullah ahmet arda ayhan aylin barış berk burak cem cengiz deniz ebru emine erdal
    erkan esra gökhan gül hakan halil hatice hülya hüseyin ismail kazım kemal leyla mahmut
    melike meryem metin murat ömer orhan osman özlem recep selim serkan sevgi süleyman
    tarık tolga ufuk volkan yasemin yavuz yıldız zehra zeynep
    """
    )
)
