"""Photo captions and their credits, in the credit styles outlets print.

:func:`match_caption` reads one unit of text and, when it is a caption, returns the
caption text without the credit and the credited party as printed, without its label
word (``Photo/``, ``Photo:``, ``Illustration:``).
"""

from __future__ import annotations

import regex

from . import vocabulary as voc
from .model import Caption, Role, Span
from .profiles import CompiledProfile
from .rules import Classified, Decision
from .segment import Unit

__all__ = ["caption_rule", "match_caption", "read_captions"]

_LABEL = voc.alternation(voc.CREDIT_LABELS)
_AGENCY = voc.alternation(voc.AGENCIES)
_FLAGS = regex.VERSION1

# `... October 28, 2020. /Xinhua` and `... /VCG Photo`: a slash after a space, then
# one to four capitalized words.
_SLASH = regex.compile(
    r"(?P<text>.{3,600}?)\s++/\s*+"
    r"(?P<credit>\p{Lu}[\p{L}\p{N}.&'’-]*+(?:[ ][\p{L}\p{N}.&'’-]++){0,3}+)",
    _FLAGS,
)
# `... [Photo/Xinhua]`, `[Photo provided to China Daily]`, `[EPA]`, `[AP Photo/Name]`
_BRACKET = regex.compile(
    r"(?P<text>.{0,600}?)\s*+\[\s*+(?:(?P<label>" + _LABEL + r")\s*+(?:[/:]\s*+)?)?"
    r"(?P<credit>[^\[\]]{1,100}+)\]",
    _FLAGS | regex.IGNORECASE,
)
# `Photo: VCG`, `(Photo: Reuters)`, `Illustration: Liu Rui/GT`
_COLON = regex.compile(
    r"(?P<text>.{0,600}?)\s*+\(?(?P<label>" + _LABEL + r")\s*+:\s*+(?P<credit>[^()]{1,100}?)\)?",
    _FLAGS | regex.IGNORECASE,
)
# A credit alone on a line: `LI MIN/CHINA DAILY`, `ZHANG YUJUN/FOR CHINA DAILY`,
# `John Thys/Pool/AFP via Getty Images`
_ALONE = regex.compile(
    r"(?P<credit>\p{Lu}[\p{L}.'’ -]{1,40}+(?:/[\p{L}.'’ -]{1,40}+){1,3}+)",
    _FLAGS,
)
# `... on Tuesday. LI TAO/XINHUA`, `... REUTERS`, `... TT NEWS AGENCY/REUTERS`: a credit
# in capitals after the caption's last sentence.
_CAPS_WORD = r"\p{Lu}[\p{Lu}\d.'’&-]*+"
_TRAILING_CAPS = regex.compile(
    r"(?P<text>.{3,600}?[.!?\"”’)])\s*+"
    r"(?P<credit>" + _CAPS_WORD + r"(?:[ ]" + _CAPS_WORD + r"){0,4}+"
    r"(?:\s*+/\s*+" + _CAPS_WORD + r"(?:[ ]" + _CAPS_WORD + r"){0,4}+){0,3}+)",
    _FLAGS,
)
# `... in June. Photo provided to China Daily` (no brackets)
_PROVIDED = regex.compile(
    r"(?P<text>.{3,600}?[.!?\"”’)])\s*+(?:(?P<label>Photos?+)\s++)?+(?P<credit>(?:provided\s++to|"
    r"courtesy\s++of)\s++[^.\[\]]{2,60}+)",
    _FLAGS | regex.IGNORECASE,
)
_LABEL_HEAD = regex.compile(r"\A" + _LABEL + r"\s*+[/:]\s*+", _FLAGS | regex.IGNORECASE)
_AGENCY_END = regex.compile(r"(?:\A|/)\s*+(?:for\s++)?+" + _AGENCY + r"\Z", _FLAGS | regex.I)
_VIA_OR_CAPS = regex.compile(r"via\s+Getty|\A[\p{Lu}\s./'’-]+\Z", _FLAGS)
_AGENCY_START = regex.compile(r"\A" + _AGENCY + r"\b", _FLAGS | regex.IGNORECASE)


def _credit_ok(credit: str, labelled: bool) -> bool:
    credit = credit.strip()
    if not credit or len(credit) > 100:
        return False
    if labelled:
        return True
    return (
        bool(_AGENCY_START.match(credit))
        or "/" in credit
        or credit.lower().startswith(("provided", "courtesy"))
    )


_CREDIT_LINKS = frozenset(["of", "for", "via", "and", "to", "the", "de", "von", "und", "by", "&"])


def _credit_words_ok(credit: str) -> bool:
    """A labelled credit names a party: few words, each capitalized or a link word
    (``Photo: Li Wei for China Daily``), not a phrase (``VIDEO: Voting on the future``)."""
    words = credit.split()
    if not 1 <= len(words) <= 8:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in _CREDIT_LINKS or "/" in w for w in words)


def _caps_tail(text: str) -> bool:
    """Whether ``text`` ends in a word in capitals (``REUTERS``, ``XINHUA``, ``AP``).

    A necessary condition of the trailing-capitals credit, cheap to test first.
    """
    i = len(text)
    while i > 0 and (text[i - 1].isupper() or text[i - 1].isdigit() or text[i - 1] in ".'’&-"):
        i -= 1
    return any(c.isupper() for c in text[i:])


_CLOSES = '.!?"”’)]'
_LABELLED = regex.compile(r"\A\p{L}{2,12}+\s*+:", _FLAGS)  # `Quelle: name / Agency`


def _slash_caption(text: str, credit: str) -> bool:
    """Whether ``TEXT /Credit`` is a caption rather than a breadcrumb or a section label
    (``GT Voice / Opinion``): the text reads as a description (a sentence end, or four
    words or more), or the credit names an agency."""
    text = text.rstrip()
    return (
        text.endswith(tuple(_CLOSES))
        or len(text.split()) >= 4
        or "©" in text
        or bool(_LABELLED.match(text))
        or bool(_AGENCY_START.match(credit))
    )


def _slash_credit(credit: str) -> bool:
    """Whether the words after a slash name a party (`/Xinhua`, `/ Anna Berg for AFP`),
    not the end of a sentence that holds a slash (`… Krümel / Erde auf dem Bezug.`): a
    credit ending in a full stop has no word in lower case but a link word."""
    credit = credit.strip()
    if not credit.endswith((".", "!", "?")):
        return True
    return all(w[:1].isupper() or w[:1].isdigit() or w in _CREDIT_LINKS for w in credit.split())


_SPACES = regex.compile(r"\s*+", _FLAGS)
_SPACE = regex.compile(r"\s", _FLAGS)


#: A credit label and its colon, which every ``_COLON`` match holds: searched for
#: before the full pattern, whose lazy caption text tries the labels at every position.
_LABEL_COLON = regex.compile(r"(?:" + _LABEL + r")\s*+:", _FLAGS | regex.IGNORECASE)


def _colon_credit_fits(text: str) -> bool:
    """Whether what follows the last colon (after white space) is short enough to be a
    ``_COLON`` credit (1-100 characters and a ``)``), and a label with its colon is
    there: necessary conditions, since what follows any earlier colon is longer still."""
    colon = text.rfind(":")
    spaces = _SPACES.match(text, colon + 1) if colon >= 0 else None
    return (
        spaces is not None
        and len(text) - spaces.end() <= 101
        and _LABEL_COLON.search(text) is not None
    )


def _slash_after_space(text: str) -> bool:
    """Whether the last slash follows white space: necessary for ``_SLASH``, whose credit
    after the slash holds no slash."""
    slash = text.rfind("/")
    return slash > 0 and _SPACE.match(text, slash - 1) is not None


def match_caption(text: str) -> tuple[str, str] | None:
    """Split a caption unit into ``(caption text, credit)``, or ``None`` if not one."""
    if len(text) > 700:
        return None
    # Each pattern is tried only when the line has what it cannot match without (a
    # closing bracket, a colon, a slash, a last word with no lower-case letter, …).
    slash = "/" in text
    m = _BRACKET.fullmatch(text) if text.endswith("]") else None
    if m is not None and _credit_ok(m["credit"], m["label"] is not None):
        return m["text"].strip(), m["credit"].strip()
    m = _COLON.fullmatch(text) if _colon_credit_fits(text) else None
    if m is not None and _credit_words_ok(m["credit"]):
        return m["text"].strip(), m["credit"].strip()
    m = _TRAILING_CAPS.fullmatch(text) if _caps_tail(text) else None
    if m is not None:
        credit = m["credit"].strip()
        bare = _LABEL_HEAD.sub("", credit)
        if len(regex.sub(r"\P{L}", "", bare)) >= 2 and ("/" in bare or _AGENCY_END.search(bare)):
            return m["text"].strip(), bare
    m = _SLASH.fullmatch(text) if slash and _slash_after_space(text) else None
    if m is not None and _slash_caption(m["text"], m["credit"]) and _slash_credit(m["credit"]):
        return m["text"].strip(), m["credit"].strip()
    low = text.casefold()
    m = _PROVIDED.fullmatch(text) if "provided" in low or "courtesy" in low else None
    if m is not None:
        return m["text"].strip(), " ".join(m["credit"].split())
    m = _ALONE.fullmatch(text) if slash else None
    if m is not None:
        credit = m["credit"].strip()
        bare = _LABEL_HEAD.sub("", credit)
        if _VIA_OR_CAPS.search(credit) or (bare != credit and _AGENCY_END.search(bare)):
            return "", bare
        if "/" in credit and _AGENCY_END.search(credit) and credit.count(" ") <= 5:
            return "", credit
    return None


def caption_rule(unit: Unit, profile: CompiledProfile) -> Decision | None:
    """Local rule: a unit that ends in (or is) a credit is a caption."""
    if match_caption(unit.text) is not None:
        return Decision(role=Role.CAPTION, reason="credit")
    return None


def read_captions(doc: Classified) -> list[Caption]:
    """One :class:`Caption` per distinct caption, with every occurrence's span."""
    spans: dict[tuple[str, str | None], list[Span]] = {}  # (in order of first occurrence)
    units = doc.units
    held: tuple[str, Span] | None = None  # a caption with no credit, over a credit alone
    below: tuple[str, str] | None = None  # the next unit's split, read while holding
    for i, unit in enumerate(units):
        if doc.decisions[i].role is not Role.CAPTION:
            held = None
            continue
        # (a unit under a held caption was split already, as the one below it)
        found = below if held is not None else match_caption(unit.text)
        text, credit = found if found is not None else (unit.text, None)
        if credit is None and i + 1 < len(units) and doc.decisions[i + 1].role is Role.CAPTION:
            nxt = units[i + 1]
            below = match_caption(nxt.text)
            if below is not None and not below[0] and not nxt.gap_before:
                held = (text, doc.unit_span(unit))
                continue
        if held is not None and not text:
            # `A resident shelters … in Chongqing.` / `Photo: Xinhua`: one caption
            key, occurrences = (held[0], credit or None), [held[1], doc.unit_span(unit)]
        else:
            key, occurrences = (text, credit or None), [doc.unit_span(unit)]
        held = None
        spans.setdefault(key, []).extend(occurrences)
    return [Caption(text=k[0], credit=k[1], spans=tuple(v)) for k, v in spans.items()]
