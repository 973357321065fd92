"""Stage 3: give every unit a role, by an ordered chain of named rules.

Two passes:

1. **Local rules** look at one unit at a time, in order; the first that fires decides
   (chrome, editor's note, caption, byline, dateline, prose). Each rule is a named
   function in :data:`LOCAL_RULES`; a profile switches rules off by name.
2. **Positional rules** place what is left: the title and bare-name byline above the
   body, subheadings between body paragraphs, and chrome before and after the article.

The result is one :class:`Decision` per unit: a role and the reason for it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import NamedTuple

import regex

from .budget import Budget
from .bylines import byline_rule, looks_like_name
from .captions import caption_rule, match_caption
from .datelines import find_dateline
from .dates import dateline_rule, find_date, strip_dates
from .language import folded_words
from .model import Role
from .notes import note_rule
from .profiles import CHROME_LINE_LONGEST, CompiledProfile, line_key
from .rules import (
    Decision,
    Rule,
    ends_sentence,
    is_prose,
    is_sentence,
    unspaced_words,
    word_count,
)
from .segment import Unit
from .titles import (
    could_be_same_key,
    kicker_end,
    main_part,
    part_ranges,
    same_key,
    shared_words,
    site_part,
    title_key,
)
from .vocabulary import STOPWORDS

__all__ = ["LOCAL_RULES", "classify", "place_standfirst"]


#: Marks around a barrier label (``{ 38 comments }``, ``Auch interessant:``, ``Comments »``).
_WRAP = " \t{}[]()<>«»‹›:·•|*#-–—…"


# The decisions given to many units (a decision is frozen: one instance serves them all,
# without building a new one for each unit).
_SECTION_BARRIER = Decision(role=Role.BOILERPLATE, reason="section barrier")
_CHROME_LINE = Decision(role=Role.BOILERPLATE, reason="chrome line")
_CHROME_PATTERN = Decision(role=Role.BOILERPLATE, reason="chrome pattern")
_PROSE = Decision(role=Role.BODY, reason="prose")
_OUTSIDE_MAIN_TEXT = Decision(role=Role.BOILERPLATE, reason="prose outside the main text")
_BEFORE_ARTICLE = Decision(role=Role.BOILERPLATE, reason="before the article")
_AFTER_ARTICLE = Decision(role=Role.BOILERPLATE, reason="after the article")


def _barrier_label(text: str) -> str:
    """A line with the marks around a barrier label taken off, keeping the parenthesis
    that closes a count (`Comments (3)`, `Kommentare (12)`)."""
    label = text.strip(_WRAP)
    if label.count("(") > label.count(")"):
        start = len(text) - len(text.lstrip(_WRAP))
        if text.startswith(")", start + len(label)):
            return label + ")"
    return label


def _rule_chrome(unit: Unit, profile: CompiledProfile) -> Decision | None:
    text = unit.text
    if len(text) <= 80 and profile.barrier_first.fullmatch(_barrier_label(text)):
        return _SECTION_BARRIER
    if len(text) <= profile.chrome_line_max and line_key(text) in profile.chrome_lines:
        return _CHROME_LINE
    if len(text) <= CHROME_LINE_LONGEST:
        if profile.chrome_first.fullmatch(text):
            return _CHROME_PATTERN
        low = text.casefold()
        keyed = profile.chrome_containing_by_size[len(text)]  # (those that can be this long)
        if (_may_hold_keyword(low, profile) and _holds_chrome(text, low, keyed)) or (
            "?" in text and _holds_chrome(text, low, profile.chrome_asking)
        ):
            return _CHROME_PATTERN
    return None


#: Longer than this (case-folded), a line is looked at keyword by keyword at once.
_KEYS_LOOPED = 100


def _may_hold_keyword(low: str, profile: CompiledProfile) -> bool:
    """Whether the case-folded line ``low`` may hold a keyword of the profile's chrome
    patterns: on a short line, one search for all of them (faster than the loop over
    them, which a line holding none need not run)."""
    keys = profile.chrome_keys_re
    return len(low) > _KEYS_LOOPED or keys is None or keys.search(low) is not None


def _holds_chrome(
    text: str, low: str, keyed: tuple[tuple[str, tuple[regex.Pattern[str], ...], int], ...]
) -> bool:
    """Whether a pattern of ``keyed`` (shortest key first) matches all of ``text``. A
    key's patterns are not looked for in a text longer than any of their matches."""
    size = len(text)
    for key, patterns, longest in keyed:
        if len(key) > len(low):
            break
        if size <= longest and key in low and any(p.fullmatch(text) for p in patterns):
            return True
    return False


#: ``HEADLINE: …`` in news-database exports (LexisNexis, Factiva style).
HEADLINE_FIELD = regex.compile(
    r"\A(?:HEADLINE|TITLE|HL|TITEL|ÜBERSCHRIFT)\s*+:\s*+", regex.VERSION1
)
_FIELD = regex.compile(
    r"\A(?:BODY|TEXT|LENGTH|SECTION|LOAD-DATE|LANGUAGE|PUBLICATION-TYPE|DOCUMENT-TYPE|"
    r"GRAPHIC|JOURNAL-CODE|ACC-NO|SUBJECT|GEOGRAPHIC|ORGANIZATION|PERSON|COUNTRY|CITY|"
    r"INDUSTRY|TICKER|CORRECTION-DATE|NOTES|URL|HIGHLIGHT|SERIES|TYPE|WORD COUNT)"
    r"\s*+:(?:\s*+.{0,200}+)?+",
    regex.VERSION1,
)
_DOCUMENTS = regex.compile(
    r"\d{1,7}+\s++of\s++\d{1,7}+\s++DOCUMENTS?+", regex.VERSION1 | regex.IGNORECASE
)


def _rule_field(unit: Unit, profile: CompiledProfile) -> Decision | None:
    text = unit.text
    if len(text) > 400 or not text[:1].isupper():
        return None
    if ":" in text:  # what both field patterns need
        m = HEADLINE_FIELD.match(text)
        if m is not None and m.end() < len(text):
            return Decision(role=Role.TITLE, reason="headline field")
        if _FIELD.fullmatch(text):
            return Decision(role=Role.BOILERPLATE, reason="database field")
    if text[:1].isdigit() and _DOCUMENTS.fullmatch(text):
        return Decision(role=Role.BOILERPLATE, reason="database field")
    return None


def _rule_prose(unit: Unit, profile: CompiledProfile) -> Decision | None:
    if is_prose(unit.text):
        return _PROSE
    return None


#: The local rules, in order. The first rule that returns a decision wins.
LOCAL_RULES: tuple[tuple[str, Rule], ...] = (
    ("field", _rule_field),
    ("chrome", _rule_chrome),
    ("note", note_rule),
    ("caption", caption_rule),
    ("byline", byline_rule),
    ("dateline", dateline_rule),
    ("prose", _rule_prose),
)


def _is_short_sentence(text: str) -> bool:
    return ends_sentence(text) and word_count(text) >= 2 and text[:1] != "("


def _is_title_shaped(text: str) -> bool:
    words = word_count(text)
    return 2 <= words <= 40 and len(text) <= 300 and not text.endswith((",", ";"))


def _is_heading_shaped(text: str) -> bool:
    words = word_count(text)
    return 1 <= words <= 15 and len(text) <= 120 and not ends_sentence(text)


def _local_decision(unit: Unit, profile: CompiledProfile) -> Decision:
    """The decision of the first local rule that fires, else an undecided one."""
    for _name, rule in LOCAL_RULES:
        decision = rule(unit, profile)
        if decision is not None:
            return decision
    return _UNDECIDED


_UNDECIDED = Decision(role=None, reason="undecided")


def classify(
    units: Sequence[Unit], profile: CompiledProfile, *, budget: Budget | None = None
) -> list[Decision]:
    """Give every unit a role (``None`` roles never leave this function).

    When ``budget`` runs out, the units not yet classified, and every undecided one, are
    kept as body text and the positional rules are skipped.
    """
    decisions: list[Decision] = []
    # The local rules read only a unit's text, so a line printed again (menus, share
    # bars, repeated teasers: a fifth of the units of a whole page) is decided once.
    seen: dict[str, Decision] = {}
    for unit in units:
        if budget is not None and budget.over("classification"):
            break
        decision = seen.get(unit.text)
        if decision is None:
            decision = _local_decision(unit, profile)
            seen[unit.text] = decision
        decisions.append(decision)

    if budget is not None and budget.check("classification"):
        out_of_time = Decision(role=Role.BODY, reason="time budget ran out")
        decisions = [d if d.role is not None else out_of_time for d in decisions]
        decisions += [out_of_time] * (len(units) - len(decisions))
        return decisions
    _place_body(units, decisions, profile)
    _caption_over_credit(units, decisions)
    _figure_captions(units, decisions)
    return decisions


#: A numbered figure's caption (`Abbildung 4: …`, `Abb. 2: …`, `Figure 10. …`), or a
#: caption under the picture's zoom button (`Vergrößern Eine kleine runde Aussparung …`).
_FIGURE = regex.compile(
    r"(?:(?:abbildung|abb\.|figure|fig\.|grafik|tabelle|table)\s?+\d{1,3}+\s?+[:.]"
    r"|vergrößern)\s",
    regex.VERSION1 | regex.IGNORECASE,
)


def _figure_captions(units: Sequence[Unit], decisions: list[Decision]) -> None:
    """A paragraph of the text that opens with a figure's number is that figure's caption."""
    for k, unit in enumerate(units):
        if decisions[k].role is Role.BODY and _FIGURE.match(unit.text):
            decisions[k] = Decision(role=Role.CAPTION, reason="numbered figure caption")


def _caption_over_credit(units: Sequence[Unit], decisions: list[Decision]) -> None:
    """A one-sentence line right over a credit alone (``Photo: Xinhua``, Global Times),
    the two a block of their own, is that photo's caption, not a paragraph."""
    n = len(units)
    for k in range(1, n):
        if decisions[k].role is not Role.CAPTION or units[k].gap_before:
            continue
        if k + 1 < n and not units[k + 1].gap_before:
            continue
        found = match_caption(units[k].text)
        if found is None or found[0] or not found[1]:
            continue
        j = k - 1
        text = units[j].text
        if (
            decisions[j].role is Role.BODY
            and units[j].gap_before
            and word_count(text) <= 60
            and not _INNER_STOP.search(text)
        ):
            decisions[j] = Decision(role=Role.CAPTION, reason="caption over its credit")


def _score(
    unit: Unit, decision: Decision, profile: CompiledProfile, repeated: frozenset[str]
) -> float:
    """How much a unit speaks for being inside the article's main text."""
    role = decision.role
    if role is Role.BODY:
        if unit.text in repeated:
            return 0.0  # prose printed twice is a template (form messages, teasers)
        return min(word_count(unit.text), 200) / 12 * _language_weight(unit.text)
    if role is Role.BOILERPLATE:
        if decision.reason == "section barrier":
            return -6.0
        return -1.0
    if role is not None:
        return 0.0
    if is_sentence(unit.text):
        return 0.5
    if _is_list_item(unit.text) or (unit.text not in repeated and _content_line(unit.text)):
        return 0.0  # a list item, figures or a label: content, not navigation
    return -1.0 if word_count(unit.text) <= 15 else -0.3


def _repeated_lines(units: Sequence[Unit]) -> frozenset[str]:
    """Lines printed more than once in the dump (menus, share bars, form messages)."""
    seen: set[str] = set()
    twice: set[str] = set()
    for u in units:
        if len(u.text) <= 400:
            (twice if u.text in seen else seen).add(u.text)
    return frozenset(twice)


#: Every digit (``str.isdigit``) and vulgar fraction is a number character: a test checks
#: every code point. One scan for them rules most lines out.
_NUMBER = regex.compile(r"\p{N}", regex.VERSION1)


def _has_figure(text: str) -> bool:
    """Whether ``text`` holds a digit or a vulgar fraction (``½ TL``)."""
    return any(c.isdigit() or c in "½¼¾⅓⅔⅛" for c in _NUMBER.findall(text))


#: A link label with a count after it, as category and archive lists print them.
#: (a few words, no sentence inside, and not a year: `The Garden (1990)` is a title)
_COUNTED = regex.compile(
    r"(?:[^\d().!?:\s]++\s){1,4}+\((?!(?:1[5-9]|20)\d\d\))\d{1,4}+\)", regex.VERSION1
)


def _nav_like(text: str, repeated: frozenset[str]) -> bool:
    """Whether a short line reads like navigation rather than content."""
    if text in repeated:
        return True
    if _COUNTED.fullmatch(text):
        return True  # a category or archive link with its post count: `Apple (87)`
    words = text.split()
    if len(words) > 5 or ends_sentence(text) or _has_figure(text) or unspaced_words(text) > 5:
        return False
    if ":" in text[:-1]:
        return False
    return not any(w.casefold() in STOPWORDS for w in words)


_HEAD_ROLES = frozenset({Role.TITLE, Role.BYLINE, Role.DATELINE, Role.EDITOR_NOTE})


def _content_line(text: str) -> bool:
    """A line above the body that reads as content, not as a headline: a sentence, a
    list item, or a line holding figures (``200 g sugar``, ``½ TL Zimt``) or a label
    (``Time: 20 min``, ``Zutaten:``).
    """
    return (
        ends_sentence(text)
        or _is_list_item(text)
        or _has_figure(text)
        or ":" in text  # a label, or a lead-in to a list (`Zutaten:`)
    )


def _unfinished_prose(text: str, least: int) -> bool:
    """A line of running language (``least`` words or more, with function words) that
    does not end like a sentence: a lede or a subtitle printed without its full stop.
    """
    words = folded_words(text)
    if len(words) < least or " | " in text:  # `Headline | Section | Site`: a page title
        return False
    return sum(1 for w in words if w in STOPWORDS) >= 0.12 * len(words)


def _extend(
    units: Sequence[Unit],
    decisions: list[Decision],
    repeated: frozenset[str],
    edge: int,
    step: int,
    stop: int,
) -> int:
    """Move a run's edge over content-like units until navigation or chrome begins.

    Returns the new edge: the farthest content-like unit reached before two
    navigation-like or chrome units in a row (or a barrier, or ``stop``).
    """
    best = edge
    nav = 0
    j = edge + step
    while j != stop and 0 <= j < len(units):
        d = decisions[j]
        if d.role is Role.BOILERPLATE:
            if d.reason == "section barrier":
                break
            nav += 1
        elif step < 0 and d.role in _HEAD_ROLES:
            break
        elif d.role is None:
            text = units[j].text
            # a subtitle runs straight into the text (eight words do); a line above a
            # picture's credit or a share bar is more often a caption: a lede is longer
            least = 8 if decisions[j - step].role is Role.BODY else 14
            if _nav_like(text, repeated):
                nav += 1
            elif step < 0 and not _content_line(text):
                if _unfinished_prose(text, least):
                    best = j  # the lede or subtitle: the top of the article
                    break
                nav += 1
            else:
                nav = 0
                best = j
        elif d.role is Role.BODY:
            nav = 0
            best = j
        if nav >= 2:
            # a share widget of two lines (`Did you like the article?` / `Share with
            # friends`) right over the text, under a lede printed without its full stop
            k = j + step
            if (
                step < 0
                and best - j == 2
                and k >= 0
                and decisions[k].role is None
                and not _content_line(units[k].text)
                and _unfinished_prose(units[k].text, 14)
            ):
                best = k
            break
        j += step
    return best


#: The writer's sign-off under a post or a letter: a closing formula, then maybe a
#: name (`Liebe Grüße`, `Euer Hans`, `x Franzi`, `XX, Die Redaktion`, `Cheers, Ann`).
_SIGN_OFF = regex.compile(
    r"(?i:x{1,3}+o{0,3}+|xoxo|love,|cheers|yours(?: truly| sincerely)?+|euer|eure|dein|deine"
    r"|(?:ganz )?+(?:liebe|viele liebe|viele|herzliche|beste|schöne|sonnige) grüße|lg|herzlichst"
    r"|bis bald|bisous|gros bisous|besos|saludos|un abrazo|un saludo|abrazos)"
    r"(?:[ \t,]++\p{Lu}[\p{L}.\-]*+(?:[ \t]++\p{L}[\p{L}.\-]*+){0,3}+)?+[ \t,!.]*+",
    regex.VERSION1,
)


def _sign_off(
    units: Sequence[Unit],
    decisions: list[Decision],
    repeated: frozenset[str],
    first: int,
    last: int,
) -> int:
    """The writer's sign-off a line or two under the last paragraph (a short closing
    line may come between: `Viel Glück!`): part of the text, not chrome."""
    end = max((k for k in range(first, last + 1) if decisions[k].role is Role.BODY), default=-1)
    if end < 0:
        return last
    for k in range(end + 1, min(len(units), end + 4)):
        text = units[k].text
        if decisions[k].role is not None or text in repeated or len(text) > 60:
            return last
        if _SIGN_OFF.fullmatch(text):
            decisions[k] = Decision(role=Role.BODY, reason="closing formula")
            return max(last, k)
        if _nav_like(text, repeated) or text.endswith(":"):
            return last  # navigation, or a lead-in to what follows (a link, a list)
    return last


def _run_from(scores: Sequence[float], start: int) -> tuple[int, int, float]:
    """The best run that starts at ``start`` (largest prefix sum from there)."""
    best = (start, start - 1, 0.0)
    running = 0.0
    for i in range(start, len(scores)):
        running += scores[i]
        if running > best[2]:
            best = (start, i, running)
    return best


#: A part that is a domain name (``Site.de``), or ends with one after a mark (``Headline
#: : site.de``); ``Schneekarten auf Site.ch`` is a headline naming the site.
_DOMAIN_PART = regex.compile(r"(?:\A|\s[^\w\s]++\s++)\S*\.\p{L}{2,6}\Z", regex.VERSION1)


class _TitleParts(NamedTuple):
    """What the ``<title>``-like first line may print as the headline (:func:`_title_parts`)."""

    #: the whole line first, then the candidate parts
    parts: list[str]
    #: :func:`title_key` of each part
    keys: list[str]
    #: the part taken for the site's name, if any
    site: str | None
    #: the headline part when a site's name was found (:func:`main_part`)
    head: str | None
    #: the parts shaped like a domain name
    not_head: set[int]
    #: the parts that are the site's name
    site_at: set[int]
    #: the parts standing between others (``Headline | Section | Site``)
    middle: set[int]


def _title_parts(page: str) -> _TitleParts:
    """The candidate headlines of the first line ``page``: the whole line, each of its
    parts (``Headline | Section | Site``), the line cut at each inner separator (a
    headline holding a separator) and what follows a kicker (``Kicker: Headline``); and
    which of them are shaped like a domain name, the site's name (a part of five words
    or more never is) or between others."""
    ranges = part_ranges(page)
    parts = [page[s:e].strip() for s, e in ranges]
    # a headline holding a separator: `Head – line | Site`, `Site | Head – line`
    parts += [page[: ranges[j][1]].strip() for j in range(1, len(ranges) - 1)]
    parts += [page[ranges[j][0] :].strip() for j in range(1, len(ranges) - 1)]
    # `Kicker: Headline` — the page may print the headline without its kicker
    parts += [
        p.split(": ", 1)[1]
        for p in [page, *parts]
        if ": " in p and word_count(p.split(": ", 1)[1]) >= 2
    ]
    parts = [page, *parts]
    # Parts shaped like a domain name are not the headline, nor is the site's name;
    # a one-word part first may be either (`Site | Headline`, `Headline - Site`): the
    # repeat nearest above the article tells.
    site = site_part(page) if ranges and word_count(parts[1]) >= 2 else None
    if site is not None and word_count(site) >= 5:
        site = None  # a part of five words or more is a headline, not a site's name
    return _TitleParts(
        parts=parts,
        keys=[title_key(p) for p in parts],
        site=site,
        head=main_part(page) if site is not None else None,
        not_head={i for i, p in enumerate(parts) if i and _DOMAIN_PART.search(p)},
        site_at={i for i, p in enumerate(parts) if i and p == site},
        middle={i for i, p in enumerate(parts) if i and 0 < i - 1 < len(ranges) - 1},
    )


def _repeats(
    units: Sequence[Unit], decisions: Sequence[Decision], title: _TitleParts
) -> dict[int, list[int]]:
    """Where the page prints the parts of its title again: ``{part: [unit, …]}``, each
    unit (not yet placed, or prose; among the first 5000) counted for the part closest
    to it in length. A domain name alone (the site's logo), a breadcrumb trail and a
    headline's second line (opening in lower case) are no repeat."""
    parts, keys = title.parts, title.keys
    # the parts that can match, with their key lengths: `same_key` needs keys of near
    # lengths, so most parts are ruled out by their lengths alone (`could_be_same_key`)
    keyed = [(i, part_key, len(part_key)) for i, part_key in enumerate(keys) if part_key]
    shortest = min(len(p) for p in parts) // 2
    longest = 2 * max(len(p) for p in parts) + 8
    found: dict[int, list[int]] = {}
    # the parts whose key lengths allow a match, per key length (units repeat lengths)
    by_length: dict[int, list[tuple[int, str]]] = {}
    for k in range(1, min(len(units), 5000)):
        text = units[k].text
        if not shortest <= len(text) <= min(longest, 300):
            continue  # cannot be the same headline: skip the key (the common case)
        if decisions[k].role not in (None, Role.BODY):
            continue
        key = title_key(text)
        if not key:
            continue
        n_key = len(key)
        fitting = by_length.get(n_key)
        if fitting is None:
            fitting = by_length[n_key] = [
                (i, part_key)
                for i, part_key, n_part in keyed
                if abs(n_key - n_part) <= n_part and could_be_same_key(n_key, n_part)
            ]
        # (keys that are the same hold one another: `same_key` is asked only then)
        matched = [
            i
            for i, part_key in fitting
            if (key in part_key or part_key in key) and same_key(key, part_key)
        ]
        if not matched:
            continue  # (the common case: the shape tests below need not run)
        if " " not in text and text[:1] != "." and _DOMAIN_PART.search(text):
            continue  # the site's logo as a domain name (`next2games.de`)
        if _PATH.search(text):
            continue  # a breadcrumb trail ending with the headline
        # the closest part: `Headline` is a part, not the whole line
        i = min(matched, key=lambda i: abs(len(keys[i]) - len(key)))
        if text[:1].islower() and key != keys[i] and not parts[i][:1].islower():
            continue  # a headline's second line (`is coddling criminals`)
        found.setdefault(i, []).append(k)
    return found


def _scored_repeats(
    title: _TitleParts, found: dict[int, list[int]], before: int | None
) -> list[tuple[float, int, int]]:
    """The repeats that may be the headline, as ``(distance, unit, part)``: the distance
    from the article's first prose unit ``before`` (without it, the unit's position).
    A part shaped like a domain name or with a key of under four characters is none, nor
    a short part printed three times or more (the site's name, a section). The site's
    name counts only with ``before``, from five lines above it on; it (when the headline
    part is printed too) and a short section between other parts count as farther than
    they are."""
    parts, keys = title.parts, title.keys
    head_seen = any(parts[i] == title.head for i in found)
    scored: list[tuple[float, int, int]] = []  # (distance, unit, part)
    for i, ks in found.items():
        if i in title.not_head or len(keys[i]) < 4:
            continue
        if len(ks) >= 3 and word_count(parts[i]) < 4 and (i in title.site_at or i in title.middle):
            continue  # a short line printed again and again: the site's name
        # a part taken for the site's name may still be the headline (`Site -
        # Headline`), and a part of one or two words between others a section (`Open
        # Future`): both count as printed farther from the article than they are
        penalty = 15 if i in title.middle and word_count(parts[i]) < 3 else 0
        if i in title.site_at:
            if before is None:
                continue
            ks = [k for k in ks if before - 5 <= k]
            penalty = 40 if head_seen else 0
        scored += [(abs(before - k) + penalty if before is not None else k, k, i) for k in ks]
    return scored


def _first_prose(units: Sequence[Unit], decisions: Sequence[Decision], before: int) -> int:
    """The first prose unit from ``before`` on (the densest run starts on it), else the
    last unit."""
    while before < len(units) - 1 and decisions[before].role is not Role.BODY:
        before += 1
    return before


def _reach(units: Sequence[Unit], decisions: Sequence[Decision], before: int) -> int:
    """The unit before which a repeat counts as near the article that starts on prose
    unit ``before``: a repeat just inside the run still counts when only a short line
    of prose (a form message, a teaser; under 20 words, in four units at most) comes
    before it."""
    words = 0
    reach = before
    while reach < min(len(units), before + 4) and words < 20:
        reach += 1
        if reach < len(units) and decisions[reach - 1].role is Role.BODY:
            words += word_count(units[reach - 1].text)
    return reach


def _part_over_nearest(
    title: _TitleParts, hits: Sequence[tuple[int, int]], k0: int, i0: int
) -> tuple[int, int]:
    """Which ``(unit, part)`` wins over the repeat nearest the article (``k0`` of part
    ``i0``): a longer part holding it printed at most three lines above (``Kicker:
    Headline`` above ``Headline``), or the headline part of the line printed at most
    five lines above a part that is not (the headline over its subtitle), the nearest
    such first; the nearest repeat otherwise."""
    parts, keys, head = title.parts, title.keys, title.head
    for k, i in reversed(hits):
        if k >= k0 or k0 - k > 5:
            continue
        holds = keys[i0] in keys[i] and len(keys[i]) > len(keys[i0])
        # (a short first part over a longer one is a kicker: `Einheit der Woche
        # | Lagen-Pyramide mit GA2 - Site`)
        kicker = word_count(parts[i]) <= 3 < word_count(parts[i0])
        if (holds and k0 - k <= 3) or (parts[i] == head and parts[i0] != head and not kicker):
            return (k, i)
    return (k0, i0)


def _first_of_twice(
    units: Sequence[Unit],
    decisions: Sequence[Decision],
    keys: Sequence[str],
    hits: Sequence[tuple[int, int]],
    best: tuple[int, int],
) -> int:
    """The same headline printed twice: the first, when prose, a byline or a date
    follows it closely (the article's head; the second a sticky header); else the unit
    of ``best``."""
    for k, i in hits:
        if k >= best[0]:
            break
        if keys[i] == keys[best[1]] and any(
            decisions[j].role in _OPENS_ARTICLE for j in range(k + 1, min(len(units), k + 6))
        ):
            return k
    return best[0]


def _repeat_over_prose(
    units: Sequence[Unit],
    decisions: Sequence[Decision],
    title: _TitleParts,
    hits: Sequence[tuple[int, int]],
) -> int:
    """With no repeat near the article: the first repeat that prose follows within
    seven lines, or rather the longest of the repeats stacked over that prose that is
    not the site's name (``Section`` over ``Headline``, the site's name over the
    headline); else the first repeat."""
    for n, (k, _i) in enumerate(hits):
        body = next(
            (j for j in range(k + 1, min(len(units), k + 8)) if decisions[j].role is Role.BODY),
            None,
        )
        if body is not None:
            stack = [h for h in hits[n:] if h[0] < body]
            return max(
                stack, key=lambda h: (h[1] not in title.site_at, len(title.keys[h[1]]), -h[0])
            )[0]
    return hits[0][0]


def _find_anchor(
    units: Sequence[Unit], decisions: Sequence[Decision], before: int | None = None
) -> int | None:
    """The unit repeating the headline of the ``<title>``-like first line, if any.

    The whole line and each of its parts (``Headline | Section | Site``) are looked for
    among the units. A short part printed three times or more is the site's name (logo,
    footer, copyright), and so is a part shaped like a domain name. Of the repeats, the
    one nearest above ``before`` (the densest run of prose) wins, since pages print the
    headline right above the article and the site's name and sections higher up; a
    longer part printed just above a shorter one wins (the headline under its section).
    Without a repeat above ``before``, the first repeat that prose follows closely is
    taken, else the first.
    """
    if not units or decisions[0].role in (Role.BOILERPLATE, Role.TITLE):
        return None
    page = units[0].text
    if word_count(page) > 40:
        return None
    title = _title_parts(page)
    found = _repeats(units, decisions, title)
    if before is not None:
        before = _first_prose(units, decisions, before)
    scored = _scored_repeats(title, found, before)
    if not scored:
        return None
    hits = sorted((k, i) for _d, k, i in scored)
    if before is not None:
        reach = _reach(units, decisions, before)
        near = [h for h in scored if h[1] < reach]
        if near:
            _d, k0, i0 = min(near)
            best = _part_over_nearest(title, hits, k0, i0)
            return _first_of_twice(units, decisions, title.keys, hits, best)
    return _repeat_over_prose(units, decisions, title, hits)


_OPENS_ARTICLE = frozenset({Role.BODY, Role.BYLINE, Role.DATELINE})


def _language_weight(text: str) -> float:
    """How much a prose unit reads like running language (share of function words)."""
    words = folded_words(text) if len(text) <= 2000 else folded_words(text[:2000])
    if len(words) < 8 or (len(words) * 8 < len(text) and unspaced_words(text) > len(words)):
        return 1.0  # (no function words to count in an unspaced script: CJK, Thai)
    density = sum(map(STOPWORDS.__contains__, words)) / len(words)
    if density >= 0.22:
        return 1.0
    if density >= 0.12:
        return 0.6
    return 0.25


def densest_run(scores: Sequence[float]) -> tuple[int, int, float]:
    """The contiguous run with the largest sum (Kadane): ``(first, last, sum)``."""
    best = (0, -1, 0.0)
    start = 0
    running = 0.0
    for i, x in enumerate(scores):
        if running <= 0:
            start, running = i, x
        else:
            running += x
        if running > best[2]:
            best = (start, i, running)
    return best


#: Barriers that open a comment section (comments never come before the article).
_COMMENTS = regex.compile(
    r"comment|kommentar|commentaire|comentario|reaktionen|reply", regex.VERSION1 | regex.IGNORECASE
)


def _opens_comments(unit: Unit, decision: Decision) -> bool:
    """Whether ``unit`` is the barrier over a comment section."""
    return decision.reason == "section barrier" and bool(_COMMENTS.search(unit.text))


def _above_comments(
    units: Sequence[Unit],
    scores: Sequence[float],
    decisions: Sequence[Decision],
    first: int,
    last: int,
    total: float,
) -> tuple[int, int, float]:
    """The densest run above the page's comment section, when the chosen run is below it
    and the run above is not much weaker (long comments outweigh a short article).
    """
    c = next((i for i in range(first) if _opens_comments(units[i], decisions[i])), None)
    if c is None:
        return first, last, total
    a_first, a_last, a_total = densest_run(scores[:c])
    if a_total > 0 and a_total >= 0.3 * total:
        return a_first, a_last, a_total
    return first, last, total


def _framed(
    units: Sequence[Unit],
    decisions: list[Decision],
    repeated: frozenset[str],
    anchor: int,
) -> tuple[int, int] | None:
    """The article between the repeated headline and the next barrier, when it has no
    long prose (a poem, lyrics, a short post) and the chosen run lies elsewhere.

    The content lines under the headline (sentences, lines with function words or
    figures) become body when there are at least two of them.
    """
    barrier = next(
        (
            i
            for i in range(anchor + 1, min(len(units), anchor + 200))
            if decisions[i].reason == "section barrier"
        ),
        None,
    )
    if barrier is None:
        return None
    lines = [
        i
        for i in range(anchor + 1, barrier)
        if decisions[i].role in (None, Role.BODY) and not _nav_like(units[i].text, repeated)
    ]
    if len(lines) < 2 or any(decisions[i].role is Role.BODY for i in range(anchor + 1, barrier)):
        return None
    for i in lines:
        decisions[i] = Decision(role=Role.BODY, reason="under the title, above a barrier")
    return lines[0], lines[-1]


def _cut_at_barriers(
    units: Sequence[Unit],
    scores: Sequence[float],
    decisions: Sequence[Decision],
    first: int,
    last: int,
) -> tuple[int, int]:
    """The part of a run that is the article when comment barriers split it.

    A barrier opening a comment section (``Comments``, ``Kommentare``) inside the run means
    the page turned to the comments there. The run is cut into parts at those barriers;
    the article is the earliest part of positive weight holding three tenths or more of
    the weight of the strongest part, or a weight of six (articles come before their
    comments).
    """
    cuts = [i for i in range(first, last + 1) if _opens_comments(units[i], decisions[i])]
    if not cuts:
        return first, last
    parts: list[tuple[int, int, float]] = []
    start = first
    for c in (*cuts, last + 1):
        if c > start:
            parts.append((start, c - 1, sum(scores[start:c])))
        start = c + 1
    if not parts:
        return first, last
    strongest = max(w for _, _, w in parts)
    for a, b, w in parts:
        if w > 0 and (w >= 0.3 * strongest or w >= 6):
            return a, b
    return first, last


def _hard_gap(
    units: Sequence[Unit], decisions: Sequence[Decision], repeated: frozenset[str], p: int, q: int
) -> bool:
    """Whether the page turns to navigation between body units ``p`` and ``q``: two
    navigation-like or chrome units in a row, or a barrier (as :func:`_extend` stops).
    """
    nav = 0
    for j in range(p + 1, q):
        d = decisions[j]
        if d.role is Role.BOILERPLATE:
            if d.reason == "section barrier":
                return True
            nav += 1
        elif d.role is None:
            nav = nav + 1 if _nav_like(units[j].text, repeated) else 0
        if nav >= 2:
            return True
    return False


def _trim_tail(
    units: Sequence[Unit],
    decisions: Sequence[Decision],
    repeated: frozenset[str],
    scores: Sequence[float],
    first: int,
    last: int,
) -> int:
    """Where the article ends inside a run: drop the parts after a break in the page
    (navigation, a share bar, a tag list) that are much lighter than what precedes.
    """
    body = [i for i in range(first, last + 1) if decisions[i].role is Role.BODY]
    if len(body) < 2:
        return last
    parts: list[list[int]] = [[body[0]]]
    for p, q in itertools.pairwise(body):
        if _hard_gap(units, decisions, repeated, p, q):
            parts.append([q])
        else:
            parts[-1].append(q)
    if len(parts) == 1:
        return last
    weights = [sum(scores[i] for i in range(part[0], part[-1] + 1)) for part in parts]
    main = max(range(len(parts)), key=weights.__getitem__)
    kept = sum(weights[: main + 1])
    end = main
    for k in range(main + 1, len(parts)):
        if weights[k] < 0.2 * kept:
            break
        kept += weights[k]
        end = k
    if end == len(parts) - 1:
        return last
    return parts[end][-1]


#: The label over an author box (`Author`, `AUTOR`): alone on its line, no colon (a
#: fact box prints `Autor: …` as one of its rows).
_AUTHOR_LABEL = frozenset(
    {"author", "autor", "autorin", "auteur", "autore", "autora", "autorka", "autorzy"}
)


def _above_author_box(units: Sequence[Unit], scores: Sequence[float], first: int, last: int) -> int:
    """Where the article ends when an author box (the label `Author`, then the writer's
    name and bio) closes the run: the bio is not the text, when it is much lighter than
    the text above the label (a label over the text, under the headline, is kept).
    """
    for k in range(first + 1, last + 1):
        if units[k].text.strip(" \t*#|·•-–—").casefold() not in _AUTHOR_LABEL:
            continue
        above = sum(scores[first:k])
        if above > 0 and sum(scores[k + 1 : last + 1]) < 0.2 * above:
            return k - 1
    return last


def _place_body(units: Sequence[Unit], decisions: list[Decision], profile: CompiledProfile) -> None:
    """Find the main text as the densest run of prose, then place what is left."""
    n = len(units)
    repeated = _repeated_lines(units)
    scores = [_score(u, d, profile, repeated) for u, d in zip(units, decisions, strict=True)]
    first, last, total = densest_run(scores)
    # Articles come before their comments and teasers: an earlier run at least half as
    # strong as the densest one is the article (a few steps back at most: linear time).
    for _ in range(8):
        if first <= 0:
            break
        b_first, b_last, b_total = densest_run(scores[:first])
        if b_total <= 0 or b_total < 0.5 * total:
            break
        first, last, total = b_first, b_last, b_total
    anchor = _find_anchor(units, decisions, first)
    if anchor is not None:
        # The page repeats its title above a run of prose: prefer the run that starts
        # right under it, unless it is much weaker than the densest run.
        # The head (byline, date, share bar) sits between the headline and the text: the
        # run starts at the first prose under the headline, unless a barrier comes first.
        start = anchor + 1
        for k in range(anchor + 1, min(n, anchor + 40)):
            if decisions[k].reason == "section barrier":
                break
            if decisions[k].role is Role.BODY:
                start = k
                break
        a_first, a_last, a_total = _run_from(scores, start)
        # A barrier (comments, "related stories") between the run under the headline and
        # the densest run means the densest run is not the article, however long.
        barred = first > a_last and any(
            decisions[i].reason == "section barrier" for i in range(a_last + 1, first)
        )
        # A repeat inside the run with more prose above it than under it is the site's
        # name in a footer, not the headline over the article.
        inside = first < anchor <= last and sum(scores[first:anchor]) >= a_total
        if a_total > 0 and (a_total >= 0.2 * total or barred) and not inside:
            first, last, total = a_first, a_last, a_total
    first, last, total = _above_comments(units, scores, decisions, first, last, total)
    no_prose = not any(decisions[i].role is Role.BODY for i in range(first, last + 1))
    if anchor is not None and (anchor < first or no_prose):
        framed = _framed(units, decisions, repeated, anchor)
        if framed is not None:
            first, last = framed
            total = max(total, 1.0)
    first, last = _cut_at_barriers(units, scores, decisions, first, last)
    last = _trim_tail(units, decisions, repeated, scores, first, last)
    boxed = _above_author_box(units, scores, first, last)
    end = n if boxed == last else boxed + 1  # the text does not grow into the author box
    last = boxed
    if total <= 0 or not any(decisions[i].role is Role.BODY for i in range(first, last + 1)):
        # No clear prose: keep every undecided unit as body, except a title-shaped
        # first line when more follows.
        undecided = [i for i, d in enumerate(decisions) if d.role is None]
        if len(undecided) > 1 and _is_title_shaped(units[undecided[0]].text):
            decisions[undecided[0]] = Decision(role=Role.TITLE, reason="first line")
            undecided = undecided[1:]
        for i in undecided:
            decisions[i] = Decision(role=Role.BODY, reason="no clear prose; kept as body")
        return
    # The run starts and ends on body units (trim neutral and negative edges).
    while decisions[first].role is not Role.BODY:
        first += 1
    while decisions[last].role is not Role.BODY:
        last -= 1
    # The run opens mid-sentence (`urkey, Poland and …` under a drop cap `T`, `findet in
    # 2020 statt` under `Der Wettbewerb für Kinder`): the line above starts that sentence.
    j = first - 1
    if (
        j >= 0
        and decisions[j].role is None
        and units[first].text[:1].islower()
        and not ends_sentence(units[j].text)
    ):
        decisions[j] = Decision(role=Role.BODY, reason="start of the first sentence")
        first = j
        j -= 1
    # A short first paragraph right above the run still belongs to it.
    while j >= 0 and decisions[j].role is None and _is_short_sentence(units[j].text):
        decisions[j] = Decision(role=Role.BODY, reason="sentence before the body")
        first = j
        j -= 1
    # The edges of the run: content that is not prose (lists, short lines) still
    # belongs to the article until the page turns to navigation.
    last = _extend(units, decisions, repeated, last, +1, end)
    last = _sign_off(units, decisions, repeated, first, last)
    stop = anchor if anchor is not None and anchor < first else -1
    first = _extend(units, decisions, repeated, first, -1, stop)
    # Prose outside the main run is teasers, comments, related stories: chrome.
    for i in (*range(first), *range(last + 1, n)):
        if decisions[i].role is Role.BODY:
            decisions[i] = _OUTSIDE_MAIN_TEXT

    _place_head(units, decisions, first, profile, anchor)
    _first_line_title(units, decisions)
    _byline_under_dek(units, decisions, repeated, profile)
    place_standfirst(units, decisions)

    # The last unit of the main text that is body text (prose or a sentence).
    last_text = max(
        (
            k
            for k in range(first, last + 1)
            if decisions[k].role is Role.BODY
            or (decisions[k].role is None and is_sentence(units[k].text))
        ),
        default=first - 1,
    )
    # Inside the main text: lone short lines are subheadings, runs of them are chrome
    # (link lists, share bars) unless they are list items.
    i = first
    while i <= last:
        if decisions[i].role is not None:
            i += 1
            continue
        j = i
        while j <= last and decisions[j].role is None and not is_sentence(units[j].text):
            j += 1
        run = range(i, j)
        if not run:  # a sentence-like unit inside the body
            decisions[i] = Decision(role=Role.BODY, reason="inside the body")
            i += 1
            continue
        listed = all(_is_list_item(units[k].text) for k in run)
        # a run of lines that read as content (figures, labels, phrases with function
        # words): a table, an ingredient list, code — not a menu; a few menu-like labels
        # among long phrases (a table's column heads, a list's lead-in) do not make one
        navs = sum(1 for k in run if _nav_like(units[k].text, repeated))
        figures = sum(1 for k in run if _has_figure(units[k].text))
        words = sum(word_count(units[k].text) for k in run)
        phrases = 3 * navs <= len(run) and words >= 5 * len(run)
        tabular = len(run) > 2 and (navs == 0 or 2 * figures >= len(run) or phrases)
        followed = j <= last_text  # body text comes after the run (else it trails)
        # a lead-in sentence ending in a colon right under the last paragraph opens
        # the list or table it announces (`Folgende Universitäten sind betroffen:`)
        led = (
            not followed
            and i - 1 == last_text
            and _lead_in(units[i].text)
            and len(run) >= 2
            and (listed or tabular or (len(run) == 2 and _content_line(units[i + 1].text)))
        )
        # a short last sentence right under the last paragraph (`Pure propaganda.`), the
        # page turning to chrome after it: the text's last word, not a link (no word of
        # it is chrome by itself: `Drucken etc.`)
        closing = (
            not followed
            and len(run) == 1
            and i - 1 == last_text
            and _is_short_sentence(units[i].text)
            and units[i].text[:1].isupper()
            and not any(line_key(w) in profile.chrome_lines for w in units[i].text.split())
            and (j >= n or decisions[j].reason == "chrome pattern")
        )
        # two heading-shaped lines in a row between paragraphs: a teaser for another
        # article (`Neues Bahn-Konzept` / `ICE im S-Bahn-Takt`, `Keep Reading` / `The
        # latest on …`), not a subheading (an article gives a section one heading) — but
        # a picture's credit over a subheading, or a numbered step under a section
        # heading (`1. Choose the Right Pot`), is not a teaser; a teaser with its kicker
        # (`Meisterfeier vertagt: MTV verliert Spiel drei`) is one line, over a subheading
        teaser = (
            followed
            and len(run) == 2
            and all(_is_heading_shaped(units[x].text) for x in run)
            and not any(
                _CREDIT_LINE.search(units[x].text) or _PHOTO_CREDIT.search(units[x].text)
                for x in run
            )
            and not _is_list_item(units[j - 1].text)
        )
        for k in run:
            text = units[k].text
            if closing and k == i:
                decisions[k] = Decision(role=Role.BODY, reason="closing sentence")
            elif listed:
                decisions[k] = Decision(role=Role.BODY, reason="list item")
            elif led:
                decisions[k] = Decision(role=Role.BODY, reason="list under a lead-in")
            elif not followed:
                decisions[k] = Decision(role=Role.BOILERPLATE, reason="short line after the body")
            elif text in repeated:
                decisions[k] = Decision(role=Role.BOILERPLATE, reason="repeated short line")
            elif len(run) <= 2 and _PHOTO_CREDIT.search(text):
                decisions[k] = Decision(role=Role.CAPTION, reason="credit line between paragraphs")
            elif teaser and (k == i or ": " not in units[i].text):
                decisions[k] = Decision(role=Role.BOILERPLATE, reason="pair of short lines")
            elif len(run) <= 2 and _is_heading_shaped(text):
                decisions[k] = Decision(role=Role.HEADING, reason="short line between paragraphs")
            elif len(run) <= 2:
                decisions[k] = Decision(role=Role.BODY, reason="inside the body")
            elif tabular:
                decisions[k] = Decision(role=Role.BODY, reason="run of content lines")
            elif k == j - 1 and _lead_in(text) and j <= last and decisions[j].role is Role.BODY:
                decisions[k] = Decision(role=Role.BODY, reason="lead-in over a paragraph")
            else:
                decisions[k] = Decision(role=Role.BOILERPLATE, reason="run of short lines")
        i = j
    # After the body: what is left is chrome.
    for i in range(last + 1, n):
        if decisions[i].role is None:
            decisions[i] = _AFTER_ARTICLE


def _lead_in(text: str) -> bool:
    """A line of running language ending in a colon (three words or more, one a function
    word): it announces what follows (`Folgende Universitäten sind betroffen:`)."""
    if not text.endswith(":") or len(text) > 300:
        return False
    words = folded_words(text)
    return len(words) >= 3 and any(w in STOPWORDS for w in words)


#: A picture's credit in a short line (``_PHOTO_CREDIT``, or a credit word before a
#: colon: `Foto und Styling: Emily Henderson`).
_CREDIT_LINE = regex.compile(
    r"\b(?:foto|fotos|photo|photos|bild|styling)\b[^:：]{0,20}+[:：]", regex.VERSION1 | regex.I
)
#: A short line crediting a photo: ``Foto: Name``, ``(crédito: …)``, ``Photo by X on
#: Unsplash``, ``(REUTERS/Name)``, ``… /Getty Images``.
_PHOTO_CREDIT = regex.compile(
    r"\b(?:foto|fotos|photo|photos|bild|image|imagen|crédito|credit|source|quelle|źródło)"
    r"\s*+[:：]|\bphoto(?:graph)? by\b|\((?:reuters|afp|ap|dpa|epa)/|getty images|unsplash"
    # a stock agency or a copyright sign (`… (mlharing / iStock.com)`, `… © Rike/pixelio.de`)
    r"|istock|shutterstock|pixelio|adobe ?stock|picture[- ]alliance|imago images|©"
    r"|\bbild via\b",
    regex.VERSION1 | regex.IGNORECASE,
)

_BULLETS = "-–•*·▪●◦"
_LIST_ITEM = regex.compile(r"\A(?:[" + _BULLETS + r"]|\d{1,3}[.)]|\p{Ll}[.)])\s", regex.VERSION1)


def _is_list_item(text: str) -> bool:
    """``- item``, ``• item``, ``2. item``, ``b) item``: a bullet first, or a full stop or
    a bracket among the next three characters (checked before the pattern)."""
    head = text[1:4]
    return (text[:1] in _BULLETS or "." in head or ")" in head) and bool(_LIST_ITEM.match(text))


def _place_head(
    units: Sequence[Unit],
    decisions: list[Decision],
    first: int,
    profile: CompiledProfile,
    anchor: int | None = None,
) -> None:
    """Find the title (and a bare-name byline) above the first body unit."""
    if any(d.role is Role.TITLE for d in decisions):
        _before_article(decisions, first)
        return
    title_at: int | None = None
    # The run may have been widened over lines above its prose: the title may be one.
    top = first
    while top < len(units) - 1 and decisions[top].role is not Role.BODY:
        top += 1
    if anchor is not None and anchor < top and _section_repeat(units, decisions, anchor):
        # the page repeats a one-word part of its title (a section, the site) above the
        # article, not the headline: the headline is the first line's, or a line worded
        # like it under the section (the headline as the article prints it)
        variant = _title_variant(units, decisions, first, top)
        if variant is not None and variant > anchor:
            decisions[variant] = Decision(role=Role.TITLE, reason="words of the page title")
            _after_title(units, decisions, variant, max(first, top), profile)
            _before_article(decisions, max(first, variant))
            return
        decisions[0] = Decision(role=Role.TITLE, reason="page title")
        _before_article(decisions, max(first, anchor))
        return
    # the repeat was taken for a short first paragraph (`Les Français travaillent-ils trop
    # peu ?` over the text): it is the headline all the same
    if (
        anchor is not None
        and anchor == top
        and decisions[anchor].reason == "sentence before the body"
        and any(d.role is Role.BODY for d in decisions[top + 1 : top + 4])
    ):
        top += 1
    opening = _headline_opening(units, decisions, top)
    if opening and (anchor is None or anchor > top or word_count(units[anchor].text) <= 3):
        # the headline was taken for the first line of prose: a byline or a date under it
        decisions[top] = Decision(role=Role.TITLE, reason="headline over a byline")
        _before_article(decisions, first)
        return
    if anchor is not None and anchor < top and not _signed(units, decisions, anchor):
        # a line worded like the page title over a byline or a date is the article's
        # head; the repeat, a teaser or a table of contents
        signed = _title_variant(units, decisions, first, top, over=anchor)
        anchor = signed if signed is not None else anchor
    if anchor is not None and anchor < top:
        anchor = _headline_under(units, decisions, anchor, top)
        anchor = _headline_over_section(units, decisions, anchor)
        k = anchor + 1
        if (
            k < top
            and decisions[0].role is None
            and decisions[k].role in (None, Role.HEADING)
            and word_count(units[k].text) <= 25
            and not units[k].text.endswith((".", ":"))
            and kicker_end(units[k].text, units[0].text) is not None
        ):
            # the kicker and the headline on one line right under the repeat: the
            # headline as the article prints it (the pipeline cuts the kicker off)
            decisions[k] = Decision(role=Role.TITLE, reason="headline after its kicker")
            _before_article(decisions, max(first, k))
            return
        decisions[anchor] = Decision(role=Role.TITLE, reason="repeats the page title")
        _after_title(units, decisions, anchor, max(first, top), profile)
        _before_article(decisions, max(first, anchor))
        return
    variant = _title_variant(units, decisions, first, top)
    if variant is not None:
        variant = _headline_over_dek(units, decisions, variant)
        decisions[variant] = Decision(role=Role.TITLE, reason="words of the page title")
        _after_title(units, decisions, variant, max(first, top), profile)
        _before_article(decisions, max(first, variant))
        return
    crumb = _after_trail(units, decisions, top)
    if crumb is not None:
        decisions[crumb] = Decision(role=Role.TITLE, reason="end of the breadcrumb trail")
        _after_title(units, decisions, crumb, max(first, top), profile)
        _before_article(decisions, max(first, crumb))
        return
    # The title is the nearest title-shaped undecided unit above the body, skipping a
    # name line right under it (the byline) and notes, captions, datelines.
    i = first - 1
    pending_name: int | None = None
    short: int | None = None  # the nearest short line passed over
    steps = 0
    while i >= 0 and steps < 25:
        steps += 1
        d = decisions[i]
        text = units[i].text
        if d.role is None and word_count(text) <= 2 and not looks_like_name(text):
            # a stray menu word between the title and the body, or a short title
            if short is None and _is_title_shaped(text):
                short = i
        elif (
            d.role is None
            and pending_name is None
            and profile.profile.bare_name_byline
            and _names_line(text)
            and i > 0
        ):
            pending_name = i  # the byline under the title (`Liu Wen and Mark Bell`)
        elif d.role is None and (
            "›" in text
            or "»" in text
            or _off_headline(text, names=decisions[i + 1].role is not Role.BYLINE)
        ):
            pass  # a breadcrumb, a menu, an address, a credit or a label: not the title
        elif d.role is None:
            if _is_title_shaped(text):
                title_at = i
            break
        i -= 1
    if title_at is None and short is not None:
        title_at = short  # nothing longer above: the short line was the title
    if title_at is None and pending_name is not None:
        # The name-shaped line was the only candidate: a short title, not a byline.
        title_at, pending_name = pending_name, None
    head = _head_above(units, decisions, title_at) if pending_name is None else None
    if head is not None:
        title_at = head  # the line found is the author's role or a caption
    page = main_part(units[0].text) if first > 0 and decisions[0].role is None else None
    # a line right over a byline or a date is the article's headline, whatever the
    # first line says, unless the page prints it again (a teaser)
    signed = title_at is not None and (
        title_at == head
        or (
            title_at + 1 < len(units)
            and decisions[title_at + 1].role in (Role.BYLINE, Role.DATELINE)
            and (
                sum(u.text == units[title_at].text for u in units) == 1
                # over a byline, a headline also printed in a breadcrumb or a list of
                # related articles, when the first line names the site alone
                # (`Konrad-Adenauer-Stiftung - detail`)
                or (
                    decisions[title_at + 1].role is Role.BYLINE
                    and page is not None
                    and " " not in page.strip()
                )
            )
        )
    )
    if page is not None and word_count(page) >= 3 and title_at != 0 and not signed:
        # A <title>-like first line whose headline is not repeated above the body: the
        # nearest title-shaped line is more likely a teaser than the headline.
        if title_at is not None and pending_name is not None:
            decisions[pending_name] = Decision(role=Role.BYLINE, reason="name under a line")
        decisions[0] = Decision(role=Role.TITLE, reason="page title")
    elif title_at == 0 and page is not None:
        # the walk reached the <title>-like first line: its headline, not its site parts
        decisions[0] = Decision(role=Role.TITLE, reason="page title")
        if pending_name is not None:
            decisions[pending_name] = Decision(role=Role.BYLINE, reason="name under the title")
    elif title_at is not None:
        dated = any(decisions[j].role is Role.DATELINE for j in range(title_at + 1, first))
        if (pending_name is not None or dated) and _dek_under_headline(units, decisions, title_at):
            decisions[title_at] = Decision(role=Role.STANDFIRST, reason="dek under the headline")
            title_at -= 1
        decisions[title_at] = Decision(role=Role.TITLE, reason="title above the body")
        if pending_name is not None:
            decisions[pending_name] = Decision(role=Role.BYLINE, reason="name under the title")
    _before_article(decisions, first)


def _headline_opening(units: Sequence[Unit], decisions: Sequence[Decision], top: int) -> bool:
    """Whether the first line of prose ``top`` is the headline: four to 20 words, a
    question, an exclamation or no closing mark (one sentence, or Title Case), a byline
    or a date right under it (a short line between at most), more prose after."""
    text = units[top].text
    if not 4 <= word_count(text) <= 20 or text.rstrip("\"”’'»)").endswith((".", ":", "…")):
        return False
    if _INNER_STOP.search(text) and not _title_case(text):
        return False
    if _off_headline(text, controls=False, shapes=False):
        return False
    n = len(units)
    k = top + 1
    if k < n and decisions[k].role is None and word_count(units[k].text) <= 8:
        k += 1  # tags, a comment count (`Bildung, Schule Add comments`)
    if k >= n or decisions[k].role not in (Role.BYLINE, Role.DATELINE):
        return False
    return any(d.role is Role.BODY for d in decisions[k + 1 : k + 6])


#: What separates the steps of a breadcrumb trail.
_TRAIL_SEP = regex.compile(r"\s*+(?:[»›>|/]|::)\s*+", regex.VERSION1)


def _after_trail(units: Sequence[Unit], decisions: Sequence[Decision], top: int) -> int | None:
    """A line over the text printing the last step of a breadcrumb trail right above it
    (``Sie sind hier: Startseite » Essen » Essen-Westviertel``, then ``Essen-Westviertel``):
    the page's own title. ``None`` if there is none."""
    for k in range(top - 1, max(0, top - 15), -1):
        text = units[k].text
        if decisions[k].role not in (None, Role.HEADING) or not 1 <= word_count(text) <= 20:
            continue
        if text.endswith((".", ":")) or _not_a_headline(text):
            continue
        key = title_key(text)
        for j in (k - 1, k - 2):
            if j <= 0 or decisions[j].role not in (None, Role.BOILERPLATE):
                continue
            steps = [p for p in _TRAIL_SEP.split(units[j].text) if p.strip()]
            if len(steps) >= 3 and key and title_key(steps[-1]) == key:
                return k
    return None


def _head_above(
    units: Sequence[Unit], decisions: Sequence[Decision], title_at: int | None
) -> int | None:
    """The headline over a byline or a date a few lines above the line the walk up from
    the text found (``title_at``: the author's role, a caption) when no byline or date
    follows that line: ``Headline``, the dek, the date, the author, ``Assistant
    professor of …``, the text. ``None`` if there is none."""
    if title_at is None or _signed(units, decisions, title_at):
        return None
    if title_at + 1 < len(units) and decisions[title_at + 1].role is Role.BODY:
        return None  # right over the text: a headline or a dek of its own
    for j in range(title_at - 1, max(-1, title_at - 6), -1):
        d = decisions[j]
        text = units[j].text
        if d.role is not None and not (
            d.reason in ("prose outside the main text", "prose") or d.role is Role.HEADING
        ):
            continue
        words = word_count(text)
        if (
            3 <= words <= 20
            and not text.endswith((".", ":"))
            and not looks_like_name(text)
            and not _off_headline(text)
            and _signed(units, decisions, j, prose_dek=True)
        ):
            return j
    return None


def _headline_over_dek(units: Sequence[Unit], decisions: Sequence[Decision], k: int) -> int:
    """The headline right over a long line worded like the page title (fifteen words or
    more: the dek, ``Die Corona-Krise durch Big Data überwinden: zu schön, um wahr zu
    sein? …``): a shorter headline-shaped line (four to twelve words, no full stop),
    often a quotation (``„Es bricht eine andere Zeit der Datennutzung an“``); ``k``
    otherwise."""
    j = k - 1
    if word_count(units[k].text) < 15 or j <= 0 or decisions[j].role is not None:
        return k
    line = units[j].text
    if (
        4 <= word_count(line) <= 12  # (a kicker is shorter: `Presidente do Senado`)
        and not line.endswith((".", ":"))
        and not looks_like_name(line)
        and not _off_headline(line)
    ):
        return j
    return k


def _headline_over_section(
    units: Sequence[Unit], decisions: Sequence[Decision], anchor: int
) -> int:
    """The headline right over a one-word repeat of the page title that the page prints
    again and again (a section in the menus: ``Synchronschwimmen``), when it names that
    section (``Levelpässe für das Synchronschwimmen können ab sofort bestellt
    werden``); ``anchor`` otherwise."""
    text = units[anchor].text
    k = anchor - 1
    if word_count(text) != 1 or k <= 0 or decisions[k].role is not None:
        return anchor
    key = title_key(text)
    if sum(1 for u in units if title_key(u.text) == key) < 3:
        return anchor
    line = units[k].text
    if (
        4 <= word_count(line) <= 20
        and key in title_key(line).split()
        and not line.endswith((".", ":"))
        and not _off_headline(line, controls=False)
    ):
        return k
    return anchor


def _headline_under(
    units: Sequence[Unit], decisions: Sequence[Decision], anchor: int, top: int
) -> int:
    """The headline under a short repeat of the page title: ``About Us``, ``News``,
    ``Betriebliche Altersvorsorge`` (a section, a menu entry, the site's name) printed
    over the article, the headline of four words or more (20 at most, no full stop)
    the first line of that length under it before the text. ``anchor`` otherwise."""
    key = title_key(units[anchor].text)
    if word_count(units[anchor].text) > 3:
        return anchor
    for k in range(anchor + 1, min(top, anchor + 13)):
        text = units[k].text
        words = word_count(text)
        if key in title_key(text) and (words < 4 or title_key(text) == key):
            return anchor  # the headline printed again, or in full: no menu
        if words < 4:
            continue
        if (
            decisions[k].role is not None
            or words > 20
            or not _is_title_shaped(text)
            or text.endswith((".", ":"))
            or _INNER_STOP.search(text)
            or _off_headline(text)
        ):
            return anchor
        # under menu entries (the repeat is one of them: two lines at least, or a
        # control such as `Zurück`), and it opens the article: the text, a byline or a
        # date follows at once
        menu = k > anchor + 2 or (k == anchor + 2 and decisions[k - 1].role is Role.BOILERPLATE)
        opens = top - k <= 2 or decisions[k + 1].role in (Role.BYLINE, Role.DATELINE)
        return k if opens and menu else anchor
    return anchor


def _dek_under_headline(units: Sequence[Unit], decisions: Sequence[Decision], k: int) -> bool:
    """Whether the title-shaped line ``k`` is the dek under the headline: a long line
    with no full stop (``Library closures save little money and cost …``, The Guardian)
    right under a shorter headline-shaped line, no blank between (the caller checks
    that a byline or a date follows it)."""
    if k == 0 or units[k].gap_before or decisions[k - 1].role is not None:
        return False
    dek, head = units[k].text, units[k - 1].text
    words = word_count(dek)
    return (
        words >= 12
        and not ends_sentence(dek)
        and not _INNER_STOP.search(dek)
        and 4 <= word_count(head) < words
        and _is_title_shaped(head)
        and not head.endswith((".", ":"))
        and not _off_headline(head, controls=False, shapes=False)
        and not looks_like_name(head)
    )


#: A sentence ending inside a line: a word of two lower-case letters or more, a stop, a
#: capital (``Dr. Ben``, ``U.S. to`` are no break).
_INNER_STOP = regex.compile(r"\p{Ll}{2}[.!?][\"”’')]*+\s++[\"“‘(]?+\p{Lu}", regex.VERSION1)


def _title_case(text: str) -> bool:
    """Whether most words of four letters or more are capitalized (Title Case)."""
    long_words = [w for w in text.split() if sum(c.isalpha() for c in w) >= 4]
    caps = sum(1 for w in long_words if w.lstrip("\"“‘'(")[:1].isupper())
    return len(long_words) >= 2 and caps >= 0.8 * len(long_words)


def _first_line_title(units: Sequence[Unit], decisions: list[Decision]) -> None:
    """A plain article file (``Headline.``, a blank line, the paragraphs): with no title
    found, a short one-sentence first line standing alone over longer paragraphs is the
    title, even with a full stop (research corpora print headlines so)."""
    if len(units) < 2 or any(d.role is Role.TITLE for d in decisions):
        return
    if decisions[0].role not in (Role.BODY, None) or not units[1].gap_before:
        return
    text = units[0].text
    words = word_count(text)
    if not 3 <= words <= 25 or (_INNER_STOP.search(text) and not _title_case(text)):
        return  # two sentences, unless in title case (`A Judge Is Confirmed. Is This …?`)
    if find_dateline(text) is not None or text[:1] in "\"“„«'‘(-–—•*":
        return  # a dateline or a quote opens a story, not a headline
    rest = [
        word_count(units[k].text)
        for k in range(1, min(len(units), 6))
        if decisions[k].role in (Role.BODY, Role.HEADING, None)
    ]
    if rest and max(rest[:3]) >= 1.5 * words and sum(rest) >= 2 * words:
        decisions[0] = Decision(role=Role.TITLE, reason="first line, alone")


def _section_repeat(units: Sequence[Unit], decisions: Sequence[Decision], anchor: int) -> bool:
    """Whether the repeat of the page title at ``anchor`` is a one-word middle part (a
    section: ``Headline of four words | Environnement | Site``), the first part being a
    headline of three words or more."""
    if decisions[0].role is not None or word_count(units[anchor].text) != 1:
        return False
    page = units[0].text
    parts = [page[a:b] for a, b in part_ranges(page)]
    if len(parts) < 3 or word_count(parts[0]) < 3:
        return False
    key = title_key(units[anchor].text)
    return any(title_key(p) == key for p in parts[1:-1])


#: A line ending in a credit or a picture note in parentheses (``(Foto: dpa)``,
#: ``(Archivaufnahme)``), or holding a domain name (``Werben auf NZZ.ch``).
_CAPTION_TAIL = regex.compile(
    r"\((?i:fotos?+|photos?+|bild|image|archiv\w*+|symbolbild|quelle|source)\b[^()]{0,60}+\)"
    r"\s*+\Z|\w\.(?:com|org|net|de|ch|at|fr|es|it|uk|pe|br)\b",
    regex.VERSION1,
)


#: German separable verb particles and the reflexive ``sich``, which may end a headline
#: (``Danni und Ennesto trennen sich``).
_PARTICLES = frozenset(
    {"an", "auf", "aus", "ab", "bei", "ein", "mit", "nach", "vor", "zu", "um", "sich"}
)


def _not_a_headline(text: str, *, names: bool = True) -> bool:
    """Shapes a headline never has: opening in lower case (``política de cookies``; a
    brand such as ``iPhone`` has a capital next), opening with a mark (``+ Comments``),
    ending in a function word (``In partnership with``), a caption's tail, a domain, a
    list of names (the byline; not with ``names`` false: the byline is found under
    it), a date with little else (``November 8 2023, 3:18 p.m.``)."""
    first = text[:2]
    if first[:1].islower() and not first[1:2].isupper():
        return True
    if first[:1] in "+*#>|":
        return True
    last = text.rsplit(None, 1)[-1].casefold() if text.strip() else ""
    # a German verb's particle may close a headline (`Auf das erste Elektron kommt es an`,
    # `Bayern holt den Titel ab`): a clause of four words or more
    opening = next((c for c in text if c.isalpha()), "")
    particle = last in _PARTICLES and word_count(text) >= 4 and opening.isupper()
    if last in STOPWORDS and len(last) <= 4 and word_count(text) >= 2 and not particle:
        return True
    if _CAPTION_TAIL.search(text):
        return True
    parts = _NAME_JOIN.split(text) if names else []
    if len(parts) >= 2 and all(looks_like_name(n) for n in parts):
        return True  # `Jane Roe, John Smith`: the byline
    return find_date(text) is not None and word_count(strip_dates(text)) <= 3


def _page_headline(units: Sequence[Unit], decisions: Sequence[Decision]) -> str | None:
    """The headline of the ``<title>``-like first line (the whole line if it has no
    site parts), if the first line reads like one."""
    if len(units) < 2 or not (
        decisions[0].role in (None, Role.BODY)
        or decisions[0].reason == "prose outside the main text"  # a long <title>
    ):
        return None
    line = units[0].text
    if word_count(line) > 40 or len(line) > 300 or _PATH.search(line):
        return None
    parts = part_ranges(line)
    if parts and word_count(line[parts[0][0] : parts[0][1]]) < 2:
        return None  # `Site | Headline` or `Headline - Site`: cannot tell
    return main_part(line) or line


_SENTENCE_BREAK = regex.compile(r"\p{Ll}[.!?]\s|\.\p{Lu}", regex.VERSION1)

#: A mail address, a label (``Teilen:``, ``pyromax sagt:``), a picture credit
#: (``Judy Eddy/WENN.com``, ``(mlharing / iStock.com)``, ``© …``): not a headline.
_NOT_HEADLINE = regex.compile(
    r"\S@\S|:\s*+\Z|©|\p{L}/\p{Lu}|\(\s*+[^()/]*+/[^()]*+\)\s*+\Z"
    r"|\A(?i:fotos?+|photos?+|bild|credits?+|quelle|source|image)\b",
    regex.VERSION1,
)

#: A page's controls and labels, in the languages of the pages: ``Toggle navigation``,
#: ``Skip to content``, ``Zum Inhalt springen``, ``Síguenos en Google News``, ``Las más
#: leídas``, ``Startseite zurück zur Übersicht``: not a headline.
_UI_LABEL = regex.compile(
    r"\b(?:toggle\s++navigation|skip\s++to|jump\s++to\s++navigation|zum\s++inhalt"
    r"|springe\s++zum|zurück\s++zur\s++übersicht|follow\s++us|folgen\s++sie\s++uns"
    r"|síguenos|suivez-nous|seguici|google\s++news|wechseln\s++zu|reading\s++time"
    r"|lesezeit|lesedauer|min\.?\s++read)\b"
    r"|\A(?:most\s++(?:read|popular)|las\s++más\s++(?:leídas|vistas)|lo\s++más\s++(?:leído|visto)"
    r"|meistgelesen|les\s++plus\s++lus|i\s++più\s++letti)",
    regex.VERSION1 | regex.IGNORECASE,
)

#: A path, an address or a breadcrumb trail: not a headline.
_PATH = regex.compile(r"\w/\w++/|https?+:|www\.|\s[›»>]++\s.*\s[›»>]++\s", regex.VERSION1)


def _off_headline(
    text: str, *, names: bool = True, controls: bool = True, shapes: bool = True
) -> bool:
    """Whether ``text`` cannot be a headline: a path or a breadcrumb, an address, a
    credit or a label, a page control, a ``<title>``-like line (``Headline | Site``), or
    a shape no headline has (:func:`_not_a_headline`, ``names`` passed on).

    Some callers ask less: with ``controls`` false, a page control (:data:`_UI_LABEL`)
    is not asked about; with ``shapes`` false, nor are the shapes."""
    return bool(
        _PATH.search(text)
        or _NOT_HEADLINE.search(text)
        or (controls and _UI_LABEL.search(text))
        or " | " in text
        or (shapes and _not_a_headline(text, names=names))
    )


def _signed(
    units: Sequence[Unit], decisions: Sequence[Decision], k: int, *, prose_dek: bool = False
) -> bool:
    """Whether a byline or a date follows line ``k`` at once, or under a dek (a line of
    ten words or more; with ``prose_dek``, one taken for prose outside the text too)
    right under it: the head of an article."""
    n = len(units)
    heads = (Role.BYLINE, Role.DATELINE)
    if k + 1 < n and decisions[k + 1].role in heads:
        return True
    if (
        k + 1 < n
        and decisions[k + 1].role is None
        and len(_NAME_JOIN.split(units[k + 1].text)) >= 2
        and _names_line(units[k + 1].text)
    ):
        return True  # the authors' names alone (`Jane Roe, John Smith`; one name alone
        # may be a menu entry)
    return (
        k + 2 < n
        and (
            decisions[k + 1].role is None
            or (prose_dek and decisions[k + 1].reason == "prose outside the main text")
        )
        and word_count(units[k + 1].text) >= 10
        and decisions[k + 2].role in heads
    )


def _title_variant(
    units: Sequence[Unit],
    decisions: Sequence[Decision],
    first: int,
    top: int,
    *,
    over: int | None = None,
) -> int | None:
    """A headline-shaped line just above the article's prose (``top``) that shares two
    fifths or more of its content words (two at least) with the page title's headline:
    the headline as the page prints it, worded otherwise. A headline asking a question
    may have been taken for prose.

    A line over a byline or a date wins, then the line sharing the most, the nearest
    one on a tie. With ``over`` (a repeat of the page title that no byline or date
    follows), only a line over a byline or a date counts, other than the repeat's text.
    """
    head = _page_headline(units, decisions)
    if head is None:
        return None
    # the headline may be another part than the first (`Site Name - Headline - Site`):
    # each part of three words or more but the site's name counts
    line = units[0].text
    site = site_part(line)
    heads = [head] + [
        p
        for p in (line[a:b].strip() for a, b in part_ranges(line))
        if p != head and p != site and word_count(p) >= 3
    ]
    lo = max(0, first - 40)
    if decisions[0].role not in (None, Role.BODY):
        # a first line taken for prose may be a teaser: only a line right above counts
        lo = max(lo, top - 4)
    if over is not None:
        lo = max(0, top - 20, over - 13)  # (twelve lines above the repeat at most)
    best: tuple[bool, float, int] | None = None
    for k in range(top, lo, -1):
        d = decisions[k]
        text = units[k].text
        if over is not None and (k == over or text == units[over].text):
            continue
        if d.role not in (None, Role.HEADING) and not (
            d.reason in ("prose outside the main text", "prose")
            and word_count(text) <= 30
            and not _SENTENCE_BREAK.search(text)
            and not text.endswith(".")
        ):
            continue
        if not _is_title_shaped(text) or text.endswith((".", ":")):
            continue
        share = max(shared_words(text, h) for h in heads)
        if share < 0.4:
            continue
        if _PATH.search(text) or "›" in text or "»" in text or _UI_LABEL.search(text):
            continue
        if looks_like_name(text) and word_count(head) >= word_count(text) + 3:
            continue  # a name under a longer headline: the byline
        # (a headline: three words to twenty, no separator, no date or time alone)
        signed = (
            sum(1 for w in text.split() if any(c.isalpha() for c in w)) >= 3
            and word_count(text) <= 20
            and " | " not in text
            and not _not_a_headline(text)
            and _signed(units, decisions, k)
        )
        # (shorter than the repeat and not held in it: a dek, `Fake eye contact for
        # improved intimacy` under `iOS 13 will fix the FaceTime eye contact problem`)
        if over is not None and (
            not signed
            or k == over + 1
            or word_count(text) < 4
            or (
                word_count(text) < word_count(units[over].text)
                and title_key(text) not in title_key(units[over].text)
            )
        ):
            continue  # (right under the repeat: its subtitle; three words: a name, a product)
        if best is None or (signed, share) > best[:2]:
            best = (signed, share, k)
    return None if best is None else best[2]


_NOT_BODY_AFTER = frozenset({Role.BYLINE, Role.DATELINE, Role.EDITOR_NOTE, Role.BOILERPLATE})


def place_standfirst(
    units: Sequence[Unit], decisions: list[Decision], *, settled: bool = False
) -> None:
    """The sentence right under the title is a standfirst (dek), not the first paragraph,
    when a byline, date or note follows it (not a caption: a picture often follows the
    lede), or when the paragraph after it
    opens with a dateline (``LONDON – …``). A note between the title and that sentence
    (RT prints the author's bio there) is stepped over.

    With ``settled``, the pipeline runs this again once bylines and notes are settled (a
    bare name line under the title is a byline, and a bio over the standfirst a note,
    only then): only a sentence under such a note is considered, or under a byline a long
    dek with no full stop (``When councils close a library, they close …``, The
    Guardian); a sentence under a byline is the lede, the first paragraph.

    A dek is short: running prose of forty words or more is the lede over its byline
    or date, and stays in the body.
    """
    title_at = next((i for i, d in enumerate(decisions) if d.role is Role.TITLE), None)
    if title_at is None:
        return
    k = title_at + 1
    stepped = (Role.EDITOR_NOTE, Role.BYLINE) if settled else (Role.EDITOR_NOTE,)
    while k < len(units) and decisions[k].role in stepped:
        k += 1
    if k + 1 >= len(units) or (settled and k == title_at + 1):
        return
    # under a byline alone, only a dek with no full stop: a sentence there is the lede
    dek_only = settled and all(decisions[i].role is Role.BYLINE for i in range(title_at + 1, k))
    d = decisions[k]
    if not (
        d.role is Role.BODY
        or d.role is None
        or (settled and d.role is Role.BOILERPLATE and d.reason == "before the article")
    ):
        return
    text = units[k].text
    words = word_count(text)
    dek = settled and words >= 10 and text[-1:].isalnum()
    if len(text) > 600 or not (dek or (is_sentence(text) and not dek_only)):
        return
    if words >= 40:
        return  # running prose of a paragraph's length: the lede, not a dek
    nxt = decisions[k + 1]
    follows = nxt.role in _NOT_BODY_AFTER or (
        nxt.role is Role.BODY and find_dateline(units[k + 1].text) is not None
    )
    if follows and any(d.role is Role.BODY for d in decisions[k + 1 :]):
        decisions[k] = Decision(role=Role.STANDFIRST, reason="sentence under the title")


def _after_title(
    units: Sequence[Unit],
    decisions: list[Decision],
    title_at: int,
    first: int,
    profile: CompiledProfile,
) -> None:
    """A name alone on a line right under the title is the byline."""
    for k in range(title_at + 1, min(first, title_at + 4)):
        if decisions[k].role is None and profile.profile.bare_name_byline:
            if _names_line(units[k].text):
                decisions[k] = Decision(role=Role.BYLINE, reason="name under the title")
            return


def _byline_under_dek(
    units: Sequence[Unit],
    decisions: list[Decision],
    repeated: frozenset[str],
    profile: CompiledProfile,
) -> None:
    """An author box under the dek (Al Jazeera: title, dek, ``NAME`` / ``Political
    analyst based in Dakar``, the date): the name line right under the one sentence that
    follows the title is the byline when the page prints it again (the author box at the
    end: a repeated line is otherwise chrome); a short line under the name is their role.
    """
    if not profile.profile.bare_name_byline:
        return
    title = next((i for i, d in enumerate(decisions) if d.role is Role.TITLE), None)
    if title is None or title + 2 >= len(units):
        return
    dek, k = title + 1, title + 2
    if decisions[dek].role is not Role.BODY or len(units[dek].text) > 400:
        return
    text = units[k].text
    if decisions[k].role is not None or text not in repeated or not _names_line(text):
        return
    decisions[k] = Decision(role=Role.BYLINE, reason="name under the dek")
    j = k + 1
    if (
        j < len(units)
        and decisions[j].role is None
        and word_count(units[j].text) <= 10
        and not is_sentence(units[j].text)
        and not _has_figure(units[j].text)
    ):
        decisions[j] = Decision(role=Role.BOILERPLATE, reason="the author's role under the byline")


#: What joins the names of co-authors on one line: a comma, ``and``, ``&``, ``und``.
_NAME_JOIN = regex.compile(r"\s*+,\s*+|\s++(?:and|&|und|et|y|e)\s++", regex.VERSION1)


def _names_line(text: str) -> bool:
    """Whether ``text`` holds only people's names: one name, or two to four joined by
    commas and ``and`` (``Liu Wen and Mark Bell``)."""
    if looks_like_name(text):
        return True
    parts = _NAME_JOIN.split(text)
    return 2 <= len(parts) <= 4 and all(looks_like_name(p) for p in parts)


def _before_article(decisions: list[Decision], first: int) -> None:
    for k in range(first):
        if decisions[k].role is None:
            decisions[k] = _BEFORE_ARTICLE
