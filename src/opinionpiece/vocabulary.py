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
    "CHROME_LINES",
    "CHROME_PATTERNS",
    "CREDIT_LABELS",
    "DISCLAIMER_PATTERNS",
    "NOTE_LABELS",
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
    "chinadaily.com.cn",
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
