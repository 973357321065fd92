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
    "CHROME_LINES",
    "CHROME_PATTERNS",
    "CREDIT_LABELS",
    "DISCLAIMER_PATTERNS",
    "NOTE_LABELS",
    "STOPWORDS",
    "alternation",
    "compile_any",
]


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
    "drucken",
    "anmelden",
    "abonnieren",
    "weiterlesen",
    "mehr",
    "zurück",
    "weiter",
)

#: Regular expressions that mark a whole line as chrome (matched with ``fullmatch``
#: on the white-space-collapsed line).
CHROME_PATTERNS: tuple[str, ...] = (
    r"(?:copyright|©|\(c\))\s.{0,200}+",
    r".{0,80}+all rights reserved\.?+.{0,80}+",
    r"\{\{[^{}]{0,200}+\}\}",
    r"(?:https?://|www\.)\S++",
    r"\S{1,200}+\.(?:jpe?g|png|gif|webp|svg)",
    r"follow\s.{1,40}+\son:?+",
    r"(?:share|follow) (?:on|via) \w++",
    r"\(?if you (?:want|would like) to contribute.{0,300}+",
    r"\(?(?:please )?(?:contact|send|write to) us at \S+@\S+.{0,200}+",
    r"\d{1,3}+ comments?+",
    r".{0,300}?\bcookies?+\b.{0,300}?\b(?:website|site|browse|browsing|consent|privacy|"
    r"policy|experience|settings)\b.{0,300}+",
    r".{0,300}?\b(?:website|site|browse|browsing|consent|privacy|policy|experience)\b"
    r".{0,300}?\bcookies?+\b.{0,300}+",
    r"(?:photo|image)s?+\s*+\d++/\d++",
)

#: Chrome lines that end an article for good: comment sections, "related stories"
#: headers. They weigh heavily against extending the main text across them (and are
#: matched with ``fullmatch`` on the collapsed line, case-insensitively).
BARRIER_PATTERNS: tuple[str, ...] = (
    r"(?:\d{1,5}+\s++)?+(?:comments?+|kommentare?+|commentaires?+|comentarios?+|reaktionen)"
    r"(?:\s++\(\d{1,5}+\))?+:?+",
    r"(?:leave|post|write|add) a (?:reply|comment)|schreibe einen kommentar|kommentar schreiben"
    r"|kommentieren|diskutieren sie mit.{0,40}+",
    r"(?:related|more|recommended|popular|latest|top|trending) "
    r"(?:articles?+|stories|posts?+|news|reads?+|on \S++.{0,30}+)",
    r"(?:you|we) (?:may|might) also like.{0,20}+|mehr zum thema|das könnte sie auch interessieren"
    r"|weitere artikel|ähnliche artikel|verwandte artikel|lesen sie auch|auch interessant"
    r"|read (?:more|next|also)",
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
)
