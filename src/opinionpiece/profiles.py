"""Outlet profiles: outlet knowledge as data, and a registry the user owns.

A :class:`Profile` lists what is peculiar to one outlet — the evidence that a dump comes
from it, its chrome lines, disclaimer formulas, note labels and credit styles. Rules
read profiles; they never name an outlet. The generic profile's lists (from
:mod:`opinionpiece.vocabulary`) always apply; an outlet profile adds to them.

Write your own::

    from opinionpiece import Profile, ProfileRegistry, parse

    mine = Profile(name="daily-planet", outlet="Daily Planet",
                   evidence=(r"dailyplanet\\.example",),
                   chrome_lines=("Read the Planet",))
    registry = ProfileRegistry.default()
    registry.register(mine)
    article = parse(text, registry=registry)
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterable, Iterator

import attrs
import regex

try:  # the standard library's pattern parser, which knows a pattern's widths
    from re import _parser as _sre_parser  # type: ignore[attr-defined]  # Python 3.11+
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parser

from . import vocabulary as voc

__all__ = [
    "CompiledProfile",
    "FirstCharAlternation",
    "Profile",
    "ProfileRegistry",
    "compile_profile",
]


def _strings(value: object) -> tuple[str, ...]:
    """A tuple of strings from a tuple, list or a single string (never its characters)."""
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, (tuple, list, set, frozenset)) or not all(
        isinstance(v, str) for v in value
    ):
        raise TypeError(f"expected strings (a tuple or list of str), got {value!r}")
    return tuple(value)


def _patterns(instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: object) -> None:
    """Refuse a regular expression that does not compile, naming the field."""
    for pattern in value:  # type: ignore[attr-defined]
        try:
            regex.compile(pattern, regex.VERSION1)
        except regex.error as exc:
            raise ValueError(f"Profile.{attribute.name}: bad pattern {pattern!r}: {exc}") from None


@attrs.frozen(kw_only=True)
class Profile:
    """What is particular to one outlet, as data.

    Attributes:
        name: Unique key of the profile (``"cgtn"``).
        outlet: Canonical outlet name written to ``Article.outlet`` (``"CGTN"``).
        evidence: Regular expressions; each one found in a dump is one piece of
            evidence that the dump comes from this outlet.
        chrome_lines: Lines that are chrome when alone on a line (case-insensitive).
        chrome_patterns: Regular expressions matched against a whole line.
        disclaimers: Regular expressions for the outlet's disclaimer sentences.
        note_labels: Labels that open an author note (``"Editor's note"``).
        bare_name_byline: Whether a name alone on the line under the title is the byline.
        aliases: Other spellings of the outlet name (``"CHINA DAILY"``).

    .. versionadded:: 0.1.0
    """

    name: str
    outlet: str | None = None
    evidence: tuple[str, ...] = attrs.field(default=(), converter=_strings, validator=_patterns)
    chrome_lines: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    chrome_patterns: tuple[str, ...] = attrs.field(
        default=(), converter=_strings, validator=_patterns
    )
    disclaimers: tuple[str, ...] = attrs.field(default=(), converter=_strings, validator=_patterns)
    note_labels: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    bare_name_byline: bool = True
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strings)


class FirstCharAlternation:
    """Patterns matched as one alternation against a whole line (``fullmatch``,
    case-insensitively), tried only with the patterns that can start with the line's
    first character.

    Which patterns can start with a character is asked of ``regex`` itself (a partial
    match of that one character: the opening of every match is one) the first time a
    line opens with it, and the narrowed alternation is kept, for up to
    :data:`FIRST_CHARACTERS` characters; a line opening with another character, or with
    one that case folding turns into several (``ß``), is tried against all of them, and
    a pattern holding such a character is kept for every line.
    """

    __slots__ = ("_by_first", "_compiled", "_narrowed", "_patterns", "whole")

    def __init__(self, patterns: Iterable[str]) -> None:
        given = [p for p in patterns if p]
        #: every pattern in one alternation (``None`` when there are none)
        self.whole = voc.compile_any(given)
        # (a pattern's own alternatives are narrowed one by one)
        branches = {b for p in given for b in top_level_branches(p)}
        self._patterns = tuple(sorted(branches, key=len, reverse=True))
        self._compiled = tuple(regex.compile(p, _CHROME_FLAGS) for p in self._patterns)
        self._by_first: dict[str, regex.Pattern[str] | None] = {}
        self._narrowed: dict[tuple[str, ...], regex.Pattern[str] | None] = {}

    def fullmatch(self, text: str) -> bool:
        """Whether one of the patterns matches all of ``text``."""
        if self.whole is None:
            return False
        first = text[:1]
        try:
            narrowed = self._by_first[first]
        except KeyError:
            if len(first.casefold()) != 1 or len(self._by_first) >= FIRST_CHARACTERS:
                return self.whole.fullmatch(text) is not None
            narrowed = self._by_first[first] = self._narrow(first)
        return narrowed is not None and narrowed.fullmatch(text) is not None

    def _narrow(self, first: str) -> regex.Pattern[str] | None:
        kept = tuple(
            (pattern, compiled)
            for pattern, compiled in zip(self._patterns, self._compiled, strict=True)
            if compiled.fullmatch(first, partial=True) is not None
            or any(len(c.casefold()) > 1 for c in pattern)
        )
        key = tuple(pattern for pattern, _ in kept)
        if key not in self._narrowed:
            # (one pattern needs no alternation compiled: it is its own)
            self._narrowed[key] = kept[0][1] if len(kept) == 1 else voc.compile_any(key)
        return self._narrowed[key]


def _class_end(pattern: str, i: int) -> tuple[int, bool]:
    """Where the character class opening at ``pattern[i]`` (a ``[``) closes: the index of
    its ``]`` (``len(pattern)`` or past it when it never closes; a ``]`` right after ``[``
    or ``[^`` is in the class, an escaped character is skipped), and whether a ``[`` stands
    inside it unescaped (a nested set, ``regex`` syntax)."""
    n = len(pattern)
    i += 1
    if i < n and pattern[i] == "^":
        i += 1
    if i < n and pattern[i] == "]":
        i += 1
    nested = False
    while i < n and pattern[i] != "]":
        nested = nested or pattern[i] == "["
        i += 2 if pattern[i] == "\\" else 1
    return i, nested


def top_level_branches(pattern: str) -> tuple[str, ...]:
    """The alternatives of ``pattern`` (``a|b(?:c|d)`` gives ``a`` and ``b(?:c|d)``):
    what an alternation of them matches, ``pattern`` matches. A pattern with an inline
    flag, a group of another kind than ``(?:`` or an unbalanced bracket is one branch."""
    if "(?" in pattern.replace("(?:", ""):
        return (pattern,)
    branches: list[str] = []
    depth = 0
    start = 0
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: to its closing bracket
            i, nested = _class_end(pattern, i)
            if nested or i >= n:
                return (pattern,)  # (a nested set, `regex` syntax, or an unclosed class)
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return (pattern,)
        elif c == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    if depth != 0 or i > n:
        return (pattern,)
    branches.append(pattern[start:])
    if not all(branches):
        return (pattern,)  # (an empty alternative matches the empty text)
    return tuple(branches)


#: The flags of the chrome patterns (those of :func:`vocabulary.compile_any`).
_CHROME_FLAGS = regex.IGNORECASE | regex.VERSION1
#: How many first characters a :class:`FirstCharAlternation` keeps a narrowed
#: alternation for (a text of random characters would otherwise open lines with
#: thousands).
FIRST_CHARACTERS = 256


@attrs.frozen(kw_only=True)
class CompiledProfile:
    """A profile merged with the generic vocabulary and compiled for the rules."""

    profile: Profile
    chrome_lines: frozenset[str]
    chrome_line_max: int
    chrome_re: regex.Pattern[str] | None
    #: ``chrome_re``'s patterns, tried by a line's first character
    chrome_first: FirstCharAlternation
    #: ``(keyword, patterns, longest)``: see :func:`_by_key`
    chrome_containing: tuple[tuple[str, tuple[regex.Pattern[str], ...], int], ...]
    #: for each line length up to :data:`CHROME_LINE_LONGEST`, the entries of
    #: ``chrome_containing`` whose matches can be that long
    chrome_containing_by_size: tuple[
        tuple[tuple[str, tuple[regex.Pattern[str], ...], int], ...], ...
    ]
    #: finds any keyword of ``chrome_containing`` in case-folded text (the standard
    #: library's engine, literal keywords): one search instead of a loop on short lines
    chrome_keys_re: re.Pattern[str] | None
    chrome_asking: tuple[tuple[str, tuple[regex.Pattern[str], ...], int], ...]
    barrier_re: regex.Pattern[str] | None
    #: ``barrier_re``'s patterns, tried by a line's first character
    barrier_first: FirstCharAlternation
    disclaimer_re: regex.Pattern[str] | None
    disclaimer_keywords: tuple[str, ...] | None
    #: finds any of ``disclaimer_keywords`` in case-folded text (the standard library's
    #: engine, literal keywords): one search instead of a loop on short lines
    disclaimer_keys_re: re.Pattern[str] | None
    #: for each alternative of ``disclaimer_re``, the runs every match of it holds
    #: (:func:`_required_runs`, case-folded; none when it cannot tell): a line matches
    #: only if its case-folded text holds all the runs of one of them
    disclaimer_runs: tuple[tuple[str, ...], ...]
    #: no disclaimer pattern matches a full stop but as the line's last character
    disclaimer_one_sentence: bool
    note_label_re: regex.Pattern[str]


def _key(line: str) -> str:
    return " ".join(line.casefold().split()).rstrip(":")


def _keywords_cover(patterns: tuple[str, ...]) -> tuple[str, ...] | None:
    """The disclaimer keywords, if every pattern names one of them (else no shortcut)."""
    keys = voc.DISCLAIMER_KEYWORDS
    if all(any(k in p.casefold() for k in keys) for p in patterns):
        return keys
    return None


def _by_key(
    pairs: tuple[tuple[str, str], ...],
) -> tuple[tuple[str, tuple[regex.Pattern[str], ...], int], ...]:
    """``(keyword, pattern)`` pairs as one entry per keyword, with its compiled patterns
    and the most characters a match of one of them can span (:func:`longest_match`).

    Shortest keyword first: a line shorter than a keyword holds none of the ones after it.
    """
    grouped: dict[str, list[str]] = {}
    for key, pattern in pairs:
        grouped.setdefault(key, []).append(pattern)
    return tuple(
        (
            key,
            tuple(regex.compile(p, regex.IGNORECASE | regex.VERSION1) for p in grouped[key]),
            max(longest_match(p) for p in grouped[key]),
        )
        for key in sorted(grouped, key=len)
    )


def _any_literal(keys: Iterable[str]) -> re.Pattern[str] | None:
    """One standard-library pattern finding any of ``keys`` as literal text (``None``
    without keys)."""
    escaped = [re.escape(key) for key in keys]
    return re.compile("|".join(escaped)) if escaped else None


#: The longest line the chrome patterns are tried on.
CHROME_LINE_LONGEST = 600

#: What :func:`longest_match` answers for a pattern whose matches it cannot bound.
UNBOUNDED = sys.maxsize


@functools.lru_cache(maxsize=512)
def longest_match(pattern: str) -> int:
    """The most characters a match of ``pattern`` (a ``regex`` pattern compiled with
    IGNORECASE) can span, read by the standard library's parser; :data:`UNBOUNDED` when
    a repeat has no limit or when unsure.

    Every character, class and wildcard matches one character in both engines, but
    ``regex``'s full case folding lets a pattern character that folds to several (``ß``,
    ``ﬁ``) match as many: a pattern holding one is not bounded, nor is one with syntax the
    standard library does not share (nested sets ``[[…]]``, ``\\p{…}``: a parse error).
    """
    if "[[" in pattern or any(len(c.casefold()) > 1 for c in pattern):
        return UNBOUNDED
    try:
        widest = int(_sre_parser.parse(pattern, re.IGNORECASE).getwidth()[1])
    except (re.error, ValueError, TypeError, OverflowError, RecursionError):
        return UNBOUNDED
    return min(widest, UNBOUNDED)


#: What never matches a full stop, in one pass (so that a `[^.]` inside a class is kept):
#: `[^.]`, a class holding neither a full stop nor an escape nor a nested class, and the
#: escapes for white space, word and digit characters and boundaries.
_NO_STOP = regex.compile(r"\[\^\.\]|\[(?!\^)[^\]\[.\\]*+\]|\\[sbwdB]")


def _one_sentence(pattern: str) -> bool:
    """Whether ``pattern`` (a ``fullmatch`` formula) can match a full stop only as the
    text's last character: its only full stops are ``[^.]`` (none) and a closing
    ``\\.?``; no wildcard, other class or escape that could stand for one. Conservative:
    ``False`` when unsure."""
    rest = pattern
    for end in (r"\.?+", r"\.?"):
        if rest.endswith(end):
            rest = rest[: -len(end)]
            break
    rest = _NO_STOP.sub("", rest)
    return not any(c in rest for c in ".[]\\")


@functools.lru_cache(maxsize=64)
def compile_profile(profile: Profile) -> CompiledProfile:
    """Compile ``profile`` merged with the generic vocabulary (cached per profile)."""
    labels = voc.alternation((*voc.NOTE_LABELS, *profile.note_labels))
    label_re = regex.compile(
        r"\A\s*+[\[(]?+\s*+" + labels.replace("'", "['’]") + r"\s*+[:：.–—-]\s*+", regex.IGNORECASE
    )
    disclaimers = (*profile.disclaimers, *voc.DISCLAIMER_PATTERNS)
    chrome_lines = frozenset(_key(x) for x in (*voc.CHROME_LINES, *profile.chrome_lines))
    containing = _by_key(voc.CHROME_CONTAINING)
    chrome = FirstCharAlternation((*voc.CHROME_PATTERNS, *profile.chrome_patterns))
    barrier = FirstCharAlternation(voc.BARRIER_PATTERNS)
    disclaimer_keys = _keywords_cover(disclaimers)
    return CompiledProfile(
        profile=profile,
        chrome_lines=chrome_lines,
        # a line longer than this (plus white space slack) cannot be a chrome line
        chrome_line_max=2 * max((len(x) for x in chrome_lines), default=0) + 8,
        chrome_re=chrome.whole,
        chrome_first=chrome,
        chrome_containing=containing,
        chrome_containing_by_size=tuple(
            tuple(keyed for keyed in containing if size <= keyed[2])
            for size in range(CHROME_LINE_LONGEST + 1)
        ),
        chrome_keys_re=_any_literal(key for key, *_ in containing),
        chrome_asking=_by_key(voc.CHROME_ASKING),
        barrier_re=barrier.whole,
        barrier_first=barrier,
        disclaimer_keywords=disclaimer_keys,
        disclaimer_keys_re=_any_literal(disclaimer_keys or ()),
        disclaimer_runs=tuple(
            _required_runs(branch)[0] for p in disclaimers for branch in top_level_branches(p)
        ),
        disclaimer_one_sentence=all(_one_sentence(p) for p in disclaimers),
        disclaimer_re=voc.compile_any(disclaimers),
        note_label_re=label_re,
    )


def line_key(line: str) -> str:
    """The form a line is compared in against ``chrome_lines``."""
    return _key(line)


GENERIC = Profile(name="generic")

CGTN = Profile(
    name="cgtn",
    outlet="CGTN",
    evidence=(
        r"not\s+necessarily\s+the\s+views\s+of\s+CGTN",
        r"opinions@cgtn\.com",
        r"Follow\s+CGTN\s+on",
        r"\bcgtn\.com\b",
        r"CGTN Opinion",
        r"CGTN['’]s\s+First\s+Voice",
    ),
    chrome_lines=("Search Trends", "Follow CGTN on", "DOWNLOAD OUR APP", "Share Copied"),
    chrome_patterns=(
        r"Disinformation report hotline.{0,200}+",
        r".{0,40}?(?:ICP|License|licen[cs]e) (?:No\.?|number).{0,200}+",
    ),
    disclaimers=(
        r"The article reflects the author'?s opinions and not necessarily the views of CGTN\.?",
    ),
)

CHINA_DAILY = Profile(
    name="chinadaily",
    outlet="China Daily",
    aliases=("China Daily Global", "chinadaily.com.cn", "CHINA DAILY", "China Daily USA"),
    evidence=(
        r"\|\s*+China\s+Daily(?:\s+Global)?+\s*+\|",
        r"\|\s*+chinadaily\.com\.cn\b",
        r"\AChina\s+Daily\s+\|",
        r"necessarily\s+(?:reflect|represent)\s+those\s+of\s+China\s+Daily",
        r"opinion@chinadaily\.com\.cn",
        r"\(China\s+Daily\s+\d{1,2}/\d{1,2}/\d{4}\s*+page\s*+\d{1,3}\)",
        r"/\s*+(?:FOR\s+)?CHINA\s+DAILY\b",
        r"\[Photo(?:\s+provided)?\s*+(?:/|to)\s*+(?:China\s+Daily|chinadaily\.com\.cn)\]",
        r"a\s+think\s+tank\s+powered\s+by\s+China\s+Daily",
        r"China\s+Daily\s+Information\s+(?:Co|Company)",
    ),
    chrome_lines=("China Daily", "BODY:", "China Daily Global", "China Daily USA"),
    chrome_patterns=(
        r"If you have a specific expertise.{0,300}+",
        r"Contact the (?:editor|writer|writers) at \S++",
        r"\(China Daily \d{1,2}/\d{1,2}/\d{4}\s*+page\s*+\d{1,3}\)",
        r"(?:LOAD-DATE|LANGUAGE|PUBLICATION-TYPE|GRAPHIC|DOCUMENT-TYPE|SECTION|LENGTH):.{0,200}+",
        r"Copyright \d{4} China Daily Information.{0,200}+",
    ),
    disclaimers=(
        r"The views do(?:n['’]t|\s+not) necessarily (?:reflect|represent) those of China Daily\.?",
        r"The author contributed this article to China Watch, a think tank powered by China"
        r" Daily\.?",
    ),
)

GLOBAL_TIMES = Profile(
    name="globaltimes",
    outlet="Global Times",
    evidence=(
        r"opinion@globaltimes\.com\.cn",
        r"\bglobaltimes\.cn\b",
        r"Illustration:\s*+[^/\n]{1,40}+/GT\b",
        r"\bGT\s+(?:Voice|editorial)\b",
        r"Published:\s*+\w{3}\s+\d{1,2},\s+\d{4}\s+\d{1,2}:\d{2}\s+[AP]M",
    ),
    chrome_patterns=(r"\(?(?:e-?mail|contact)?:?\s*+opinion@globaltimes\.com\.cn\)?\.?",),
)

CNN = Profile(
    name="cnn",
    outlet="CNN",
    evidence=(
        r"\(CNN\)",
        r"opinions\s+expressed\s+in\s+this\s+commentary\s+are\s+(?:solely|his|her|their)",
        r"View\s+more\s+opinion\s+(?:at|on)\s+CNN",
        r"\bcnn\.com\b",
        r"\bCNN\s+Opinion\b",
    ),
    chrome_patterns=(r"View more opinion (?:at|on) CNN\.?",),
    disclaimers=(
        r"The (?:opinions|views) expressed in this commentary are (?:solely those of the"
        r" authors?+|(?:his|her|their|the author['’]s) own)\.?",
    ),
)

AL_JAZEERA = Profile(
    name="aljazeera",
    outlet="Al Jazeera",
    evidence=(
        r"necessarily\s+reflect\s+Al\s+Jazeera['’]s\s+editorial\s+(?:stance|policy)",
        r"\baljazeera\.com\b",
        r"\bAl\s+Jazeera\s+(?:English|Media\s+Network)\b",
    ),
    chrome_lines=("Save articles to read later and create your own reading list.",),
    disclaimers=(
        r"The views expressed in this article are the author['’]s own and do not necessarily"
        r" reflect Al Jazeera['’]s editorial (?:stance|policy)\.?",
    ),
)

RT = Profile(
    name="rt",
    outlet="RT",
    evidence=(
        r"necessarily\s+represent\s+those\s+of\s+RT\b",
        r"\s[—–-]\s+RT\s+(?:Op-ed|World\s+News|Russia\s+&\s+Former\s+Soviet\s+Union)",
        r"\brt\.com\b",
        r"You\s+can\s+share\s+this\s+story\s+on\s+social\s+media",
    ),
    chrome_lines=("You can share this story on social media:",),
    disclaimers=(
        r"The statements, views and opinions expressed in this column are solely those of the"
        r" author and do not necessarily represent those of RT\.?",
    ),
)

PROJECT_SYNDICATE = Profile(
    name="project-syndicate",
    outlet="Project Syndicate",
    evidence=(
        r"Subscribe\s+to\s+Project\s+Syndicate",
        r"\bPS\s+OnPoint\b",
        r"project-syndicate\.org",
        r"Support\s+High-Quality\s+Commentary",
        r"Copyright:\s+Project\s+Syndicate",
    ),
    chrome_lines=(
        "PS OnPoint",
        "Subscribe to Project Syndicate",
        "Support High-Quality Commentary",
        "Subscribe Now",
        "Free to read",
        "Add to Bookmarks",
    ),
)

THE_CONVERSATION = Profile(
    name="the-conversation",
    outlet="The Conversation",
    evidence=(
        r"do(?:es)?\s+not\s+work\s+for,\s+consult,\s+own\s+shares\s+in\s+or\s+receive\s+funding",
        r"\btheconversation\.com\b",
        r"^Republish\s+this\s+article[ \t]*+$",
        r"^Disclosure\s+statement[ \t]*+$",
    ),
    chrome_lines=("Disclosure statement", "Partners", "Republish this article"),
    chrome_patterns=(
        r"[^.]{1,200}?provides? (?:funding|support) as (?:a )?(?:founding )?(?:member|partner)s?+"
        r" of The Conversation[^.]{0,40}+\.?",
        r"Republish our articles for free[^.]{0,200}+\.?",
    ),
    disclaimers=(
        r"[^.]{0,200}?do(?:es)? not work for, consult, own shares in or receive funding from any"
        r" company or organi[sz]ation that would benefit from this article[^.]{0,300}+\.?",
        r"[^.]{0,200}?receives? funding from[^.]{0,300}+\.?",
    ),
)

FOX_NEWS = Profile(
    name="foxnews",
    outlet="Fox News",
    evidence=(
        r"\bfoxnews\.com\b",
        r"\bFox\s+News\s+Digital\b",
        r"\s\|\s+Fox\s+News[ \t]*+$",
        r"CLICK\s+HERE\s+(?:TO|FOR)\s+(?:GET\s+THE\s+FOX\s+NEWS|MORE\s+FOX\s+NEWS)",
    ),
    chrome_lines=("Fox News", "Fox News Flash"),
    chrome_patterns=(
        r"click here (?:for more information on|for more from|to read more from) .{1,80}+",
        r"click here to (?:get|read|sign up|subscribe).{0,120}+",
        r"(?:twitter|x)\s*+:\s*+@\w{1,40}+",
    ),
)

THE_GUARDIAN = Profile(
    name="guardian",
    outlet="The Guardian",
    evidence=(
        r"\btheguardian\.com\b",
        r"\s\|\s+(?:The\s+)?Guardian[ \t]*+$",
        r"\bis\s+a\s+Guardian\s+(?:columnist|contributor)\b",
        r"\bSupport\s+the\s+Guardian\b",
    ),
    chrome_lines=("Support the Guardian", "Most viewed", "Explore more on these topics"),
    chrome_patterns=(r"this article is more than \d{1,3}+ (?:months?+|years?+) old",),
)

#: The built-in outlet profiles, in the order detection breaks ties.
REGISTERED: tuple[Profile, ...] = (
    CGTN,
    CHINA_DAILY,
    GLOBAL_TIMES,
    CNN,
    AL_JAZEERA,
    RT,
    PROJECT_SYNDICATE,
    THE_CONVERSATION,
    FOX_NEWS,
    THE_GUARDIAN,
)


@attrs.define
class ProfileRegistry:
    """The profiles a parse may choose from. A user-owned, mutable object.

    ``ProfileRegistry.default()`` gives a fresh registry holding the built-in profiles;
    register your own on it. There is no module-global registry to mutate.

    .. versionadded:: 0.1.0
    """

    _profiles: dict[str, Profile] = attrs.field(factory=dict)
    generic: Profile = GENERIC

    @classmethod
    def default(cls) -> ProfileRegistry:
        """A new registry holding the built-in outlet profiles."""
        registry = cls()
        for profile in REGISTERED:
            registry.register(profile)
        return registry

    def register(self, profile: Profile) -> None:
        """Add ``profile`` (replacing one of the same name).

        Raises:
            ValueError: for the name of the generic fallback profile.
        """
        if profile.name == self.generic.name:
            raise ValueError(f"{profile.name!r} is the generic fallback's name; choose another")
        self._profiles[profile.name] = profile

    def get(self, name: str) -> Profile:
        """The profile called ``name``; ``KeyError`` if none is registered."""
        if name == self.generic.name:
            return self.generic
        return self._profiles[name]

    def __iter__(self) -> Iterator[Profile]:
        return iter(self._profiles.values())

    def __len__(self) -> int:
        return len(self._profiles)

    def detect(self, text: str) -> tuple[Profile, tuple[str, ...]]:
        """Choose the profile with the most evidence in ``text``.

        Returns the profile and the evidence strings found; the generic profile with no
        evidence when nothing matched.
        """
        best: Profile = self.generic
        best_found: tuple[str, ...] = ()
        folded = _folded(text)
        seen: dict[str, bool] = {}  # whether each run was found (profiles share runs)
        plan = _check_plan(tuple(p for profile in self for p in profile.evidence))
        for profile in self._profiles.values():
            found = tuple(_evidence(profile.evidence, text, folded, seen, plan))
            if len(found) > len(best_found):
                best, best_found = profile, found
        return best, best_found


def _folded(text: str) -> str | None:
    """``text`` case-folded for the literal pre-check of :func:`_evidence`, or ``None``
    when the pre-check cannot be trusted: ``regex``'s IGNORECASE matches ``İ`` to ``i``,
    where ``str.casefold`` turns it into two characters (every other character it
    matches to an ASCII letter or digit folds to that letter)."""
    return None if "İ" in text else text.casefold()


def _evidence(
    patterns: Iterable[str],
    text: str,
    folded: str | None = None,
    seen: dict[str, bool] | None = None,
    plan: dict[str, tuple[str, ...]] | None = None,
) -> Iterator[str]:
    for pattern in patterns:
        keys = plan.get(pattern) if plan is not None else None
        if folded is not None and not _may_match(pattern, folded, seen, keys):
            continue  # cannot match: text every match holds is absent
        m = _compiled(pattern).search(text)
        if m is not None:
            yield m.group()


@functools.lru_cache(maxsize=512)
def _compiled(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern, regex.IGNORECASE | regex.MULTILINE)


def _may_match(
    pattern: str,
    folded: str,
    seen: dict[str, bool] | None = None,
    keys: tuple[str, ...] | None = None,
) -> bool:
    """Whether the case-folded text holds every run :func:`_required_runs` finds in
    ``pattern`` (a run between required white space with that white space): a cheap
    necessary condition for an IGNORECASE search of the text (see :func:`_folded`).

    ``seen`` remembers, for one text, whether each run was found: the patterns of the
    profiles share runs, and a run that is absent costs a scan of the whole text.
    ``keys`` (from :func:`_check_plan`) are looked for instead of the runs: the runs
    and words of them, in the order that shares the most scans between patterns."""
    runs, spaced = _required_runs(pattern)
    for run in runs if keys is None else keys:
        found = seen.get(run) if seen is not None else None
        if found is None:
            found = run in folded
            if seen is not None:
                seen[run] = found
        if not found:
            return False
    return all(p.search(folded) for p in spaced)


_KEY_WORD = re.compile(r"[a-z0-9]{3,}")


@functools.lru_cache(maxsize=8)
def _check_plan(patterns: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """For each evidence pattern of a registry, the text :func:`_may_match` looks for.

    A pattern's keys are its required runs and the words (three letters or digits or
    more) inside them: each is in every text a match is in (a word of a run is part of
    the run). The keys most patterns share come first, the longest first among those:
    the outlet's name (``cgtn``, ``china``), absent from most texts, rejects all the
    outlet's patterns with one scan of the text (``seen`` remembers it), where the
    longest runs (``opinions@cgtn.com``, ``(china``) cost a scan each.
    """
    keysets = {}
    for pattern in patterns:
        runs = _required_runs(pattern)[0]
        keysets[pattern] = set(runs).union(*(_KEY_WORD.findall(run) for run in runs))
    shared: dict[str, int] = {}
    for keys in keysets.values():
        for key in keys:
            shared[key] = shared.get(key, 0) + 1
    return {
        pattern: tuple(sorted(keys, key=lambda k: (-shared[k], -len(k), k)))
        for pattern, keys in keysets.items()
    }


_QUANTIFIERS = "?*+{"
#: ASCII marks that stand for themselves unescaped (not special in a pattern without
#: the verbose flag) and that case folding leaves alone: part of a required run.
_PLAIN_MARKS = "@-/,:;'&%=<>!\"_~` "


def _literal_punctuation(ch: str) -> bool:
    """Whether ``\\ch`` is that character itself: an escaped ASCII mark (an escaped
    letter or digit is a class, an anchor or a reference)."""
    return len(ch) == 1 and ch.isascii() and not ch.isalnum() and not ch.isspace()


@functools.lru_cache(maxsize=512)
def _required_runs(pattern: str) -> tuple[tuple[str, ...], tuple[regex.Pattern[str], ...]]:
    r"""The runs of ASCII letters and digits every match of ``pattern`` holds, case-folded,
    and, for a short run with required white space (``\s``, ``\s+``) next to it, a
    pattern finding the run with that white space in case-folded text.

    Only runs outside groups and character classes count, and only in a pattern without
    a top-level alternation or inline flags; a character a quantifier follows ends the
    run without being part of it. ASCII marks that stand for themselves (``@``, ``-``,
    an escaped ``\.``) belong to the run: no case folding touches them.

    >>> _required_runs(r"\bcgtn\.com\b")[0]
    ('cgtn.com',)
    >>> _required_runs(r"opinions@cgtn\.com")[0]
    ('opinions@cgtn.com',)
    >>> _required_runs(r"(?:FOR\s+)?CHINA\s+DAILY\b")[0]
    ('china', 'daily')
    >>> _required_runs(r"colou?r")[0]
    ('colo', 'r')
    >>> _required_runs(r"\d{1,2}/\d{4}\s+page")[0]
    ('page', '/')
    >>> [p.pattern for p in _required_runs(r"\s[-]\s+RT\s+(?:Op-ed|News)")[1]]
    ['rt(?<=\\srt)(?=\\s)']
    >>> _required_runs(r"CNN|Fox")
    ((), ())
    """
    if "(?" in pattern.replace("(?:", ""):
        return (), ()  # inline flags (verbose, reverse, …), lookarounds, named groups
    runs: list[tuple[bool, str, bool]] = []  # (white space before, run, white space after)
    run = ""
    space_before = False  # the token before the current run is required white space
    depth = 0
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        space = False
        # a character standing for itself, outside groups: a plain ASCII letter, digit or
        # mark, or an escaped ASCII mark (`\.`, `\(`: itself, in any case)
        if depth == 0 and c == "\\" and _literal_punctuation(pattern[i + 1 : i + 2]):
            literal, width = pattern[i + 1], 2
        elif depth == 0 and ((c.isascii() and c.isalnum()) or c in _PLAIN_MARKS):
            literal, width = c, 1
        else:
            literal, width = "", 0
        if literal:
            if i + width < n and pattern[i + width] in _QUANTIFIERS:
                # (a quantifier after it: it ends the run without being part of it)
                runs.append((space_before, run, False))
                run, space_before = "", False
            else:
                run += literal
            i += width
            continue
        if c == "\\":
            space = (
                depth == 0
                and pattern[i + 1 : i + 2] == "s"
                and pattern[i + 2 : i + 3] not in ("?", "*", "{")
            )
            i += 2
            while i < n and pattern[i] == "+":  # `\s+`, `\s++`: still required
                i += 1
        elif c == "[":
            i = _class_end(pattern, i)[0] + 1
        elif c == "{":  # a counted quantifier: its digits are not text
            i = pattern.find("}", i) + 1 or n
        elif c == "(":
            depth += 1
            i += 1
        elif c == ")":
            depth -= 1
            i += 1
        elif c == "|" and depth == 0:
            return (), ()
        else:
            i += 1
        if run:
            runs.append((space_before, run, space))
        run, space_before = "", space
    if run:
        runs.append((space_before, run, False))
    # the longest first: the rarest, and so the one most likely to end the check
    found = tuple(
        sorted(dict.fromkeys(r.casefold() for _, r, _ in runs if r), key=len, reverse=True)
    )
    # the run first, then the white space around it: `regex` finds a literal start fast
    spaced = tuple(
        regex.compile(
            regex.escape(r.casefold())
            + (rf"(?<=\s{regex.escape(r.casefold())})" if before else "")
            + (r"(?=\s)" if after else "")
        )
        for before, r, after in runs
        if r and (before or after) and len(r) <= 3  # (a longer run is rare enough alone)
    )
    return found, spaced
