"""Direct quotes and their speakers.

:func:`extract_quotes` finds the quoted runs of the body paragraphs and attributes each
one to a speaker. It works on the normalized :class:`~opinionpiece.normalize.View` and
reports raw offsets.

Detection is one pass over the quotation marks of each paragraph. Every mark is read
from its neighbours (does it touch a word on its left, on its right?), so apostrophes
(``Xi's``, ``'90s``, ``authors'``, ``don’t``) are never taken for quotation marks. Marks
pair on a small stack, so inner quotes stay inside outer ones and only outermost quotes
are reported. A paragraph that ends inside a quote continues it when the next paragraph
reopens with the same kind of mark; otherwise the opening mark is reported (OP201) and no
quote is made from it. A closing mark with no opener is reported too (OP202).

Attribution reads a bounded window around each quote: the rest of its sentence to the
right (``"…," said X``, ``"…," X said``, ``"…," X, the minister, said``, ``"…" — X``,
``"…", so X``) and to the left (``X said: "…"``, ``X said that "…"``,
``according to X, "…"``, ``what X called "…"``, ``X's remarks "…"``). Quotes that have no
cue of their own inherit the speaker of an earlier quote in the same sentence, of the
quote just before them in the paragraph (full quotes), of the quote right after them, or
of the previous paragraph (a quote paragraph continuing an attributed one). Pronouns and
short names are resolved to the fullest earlier mention of a named speaker.

The vocabulary lives in :mod:`opinionpiece.lexicon`.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

import attrs
import regex

from . import diagnostics
from .budget import Budget
from .language import NOT_ASCII_OR_PUNCTUATION
from .lexicon import (
    DEFAULT_LEXICONS,
    WORD_RUN,
    WORD_RUN_REV,
    Lexicon,
    Patterns,
    check,
    lexicons,
    patterns,
    using,
)
from .model import Diagnostic, Quote, Span, checked_span
from .normalize import View, collapse_ws

__all__ = ["extract_quotes"]

#: How far (characters) attribution looks to the left or right of a quote.
_WINDOW = 300
#: How many occurrences of a name word are examined, from the top, when resolving it
#: (news writing gives the full name at the first mention).
_MAX_LOOKUPS = 16
#: How far back (characters) the first, fullest mention of a speaker's name is looked
#: for: a bounded look-back keeps resolution linear when a long dump quotes thousands of
#: different speakers (each new surname would otherwise rescan the whole text before it).
_NAME_LOOKBACK = 30_000
#: The deepest nesting of quotation marks that is tracked.
_MAX_DEPTH = 8

# --------------------------------------------------------------------------- marks

_MARKS = "\"“”„‟«»‹›「」『』‘’‚‛'"
#: One mark character, for the standard library's engine: it finds the marks of a
#: paragraph twice as fast as ``regex`` (the same characters: no flags, only literals).
_MARK_CHAR = re.compile("[" + re.escape(_MARKS) + "]")


def _mark_positions(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The quotation marks of ``text[lo:hi]``, left to right, as ``(offset, width)``.

    ``''`` (two apostrophes) is one double quotation mark, of width 2, in ASCII
    typesetting: the marks are what ``''|[marks]`` finds (three apostrophes read as
    ``''`` and ``'``).
    """
    found: list[tuple[int, int]] = []
    after = lo  # just after the last mark found
    for m in _MARK_CHAR.finditer(text, lo, hi):
        i = m.start()
        if i < after:
            continue  # the second apostrophe of ''
        width = 2 if text[i] == "'" and i + 1 < hi and text[i + 1] == "'" else 1
        found.append((i, width))
        after = i + width
    return found


#: which closing marks each opening mark accepts
_CLOSERS: dict[str, str] = {
    '"': '"”“',
    "“": '”"“',
    "”": '”"',
    "„": '“”"',
    "‟": '”"“',
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
    "「": "」",
    "『": "』",
    "‘": "’'‘",
    "'": "'’",
    "‚": "‘’",
    "‛": "’'",
}
_SINGLE = "‘’'‚‛"
_OPEN_PUNCT = "([{—–-/‐"
_CLOSE_PUNCT = ".,;:!?)]}—–-/…‐"


def _family(ch: str) -> str:
    """Which kind of mark: S(ingle), G(uillemet), C(JK corner) or D(ouble)."""
    if ch in _SINGLE:
        return "S"
    if ch in "«»‹›":
        return "G"
    if ch in "「」『』":
        return "C"
    return "D"


@attrs.frozen
class _Run:
    """One quoted run in view offsets: ``[start, end)`` with its marks."""

    start: int
    end: int
    body_start: int  # just after the opening mark
    body_end: int  # at the closing mark
    reopens: tuple[int, ...]  # just after each reopening mark of a continued paragraph
    para: int  # index of the paragraph holding the opening mark
    last_para: int  # index of the paragraph holding the closing mark


@attrs.define
class _Frame:
    """An opening mark waiting for its closer."""

    pos: int
    char: str
    width: int
    para: int
    children: list[_Run] = attrs.Factory(list)
    reopens: list[int] = attrs.Factory(list)


def _is_space(ch: str) -> bool:
    """White space, or no character at all (the edge of a paragraph)."""
    return ch == "" or ch.isspace()


def _flanking(text: str, i: int, lo: int, hi: int, width: int = 1) -> tuple[bool, bool, str, str]:
    """Whether the mark at ``i`` can open (left) and close (right), and its neighbours."""
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + width] if i + width < hi else ""
    left = not _is_space(nxt) and (_is_space(prev) or prev in _OPEN_PUNCT or prev in _MARKS)
    right = not _is_space(prev) and (_is_space(nxt) or nxt in _CLOSE_PUNCT or nxt in _MARKS)
    return left, right, prev, nxt


def _single_role(text: str, i: int, lo: int, hi: int, open_single: bool) -> str:
    """'open', 'close' or '' (an apostrophe) for a single quotation mark."""
    ch = text[i]
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + 1] if i + 1 < hi else ""
    if prev.isalnum() and nxt.isalnum():
        return ""  # don't, Xi's, rock'n'roll (two of five marks in news text)
    left, right, prev, nxt = _flanking(text, i, lo, hi)
    if ch in "‘‚‛'" and left and not right:
        if nxt.isdigit():
            return ""  # '90s
        if ch != "‚" and patterns().elision.match(text, i + 1, hi):
            return ""  # 'em, 'til
        return "open"
    if ch in "’'‘" and right and not left and open_single:
        if prev in "sSzZ" and nxt == " ":
            # authors' rights: a possessive if another closer follows soon
            j = i + 1
            limit = min(hi, i + 200)
            while j < limit:
                c = text[j]
                if (
                    c in "’'"
                    and text[j - 1].isalpha()
                    and (j + 1 >= hi or not text[j + 1].isalnum())
                ):
                    return ""
                if c in '"“”«»':
                    break
                j += 1
        return "close"
    return ""


def _mark_role(text: str, i: int, lo: int, hi: int, stack: list[_Frame], width: int = 1) -> str:
    """'open', 'close' or '' (not a quotation mark here) for the mark at ``i``."""
    ch = '"' if width == 2 else text[i]
    if ch in _SINGLE:
        if lo < i < hi - 1 and text[i - 1].isalnum() and text[i + 1].isalnum():
            return ""  # inside a word, as _single_role finds, before the stack is read
        return _single_role(text, i, lo, hi, any(f.char in _SINGLE for f in stack))
    if ch in "„‟「『":
        return "open"
    if ch in "」』":
        return "close"
    left, right, _, _ = _flanking(text, i, lo, hi, width)
    accepts = any(ch in _CLOSERS[f.char] for f in stack)
    if ch in '"“':
        if right and not left:
            return "close"
        if left and not right:
            if ch == "“" and stack and stack[-1].char == "„":
                return "close"
            return "open"
        return "close" if accepts else "open"
    if ch == "”":
        return "open" if left and not right and not accepts else "close"
    if ch in "«‹":
        if right and not left and any(f.char in "»›" for f in stack):
            return "close"
        return "open"
    # » and ›: German-style »…« opens with them
    if left and not right and not any(f.char in "«‹" for f in stack):
        return "open"
    return "close"


def _scan(
    view: View,
    paragraphs: Sequence[tuple[int, int]],
    diags: list[Diagnostic],
    budget: Budget | None = None,
) -> list[_Run]:
    """Pair the marks of all paragraphs in one pass; return the outermost runs in order.

    When ``budget`` runs out, the scan stops: the runs closed so far are returned and the
    marks still open are dropped without a diagnostic.
    """
    text = view.text
    runs: list[_Run] = []
    stack: list[_Frame] = []

    def deliver(run: _Run) -> None:
        if stack:
            stack[-1].children.append(run)
        else:
            runs.append(run)

    def fail_top() -> None:
        # the top frame's opener never closed: no quote; its finished children move up
        frame = stack.pop()
        if frame.char not in _SINGLE:
            diags.append(
                diagnostics.make(
                    "OP201",
                    f"quotation mark {frame.char!r} is never closed",
                    Span(
                        start=view.to_raw(frame.pos),
                        end=view.to_raw_end(frame.pos + frame.width),
                    ),
                )
            )
        for child in frame.children:
            deliver(child)

    skip_at = -1
    n_par = len(paragraphs)
    for pi in range(n_par):
        lo, hi = paragraphs[pi]
        for i, width in _mark_positions(text, lo, hi):
            if budget is not None and budget.over("quote extraction"):
                runs.sort(key=lambda r: r.start)
                return runs
            if i == skip_at:
                continue
            role = _mark_role(text, i, lo, hi, stack, width)
            ch = '"' if width == 2 else text[i]
            if role == "open":
                if len(stack) < _MAX_DEPTH:
                    stack.append(_Frame(pos=i, char=ch, width=width, para=pi))
                continue
            if not role:
                continue
            k = len(stack) - 1
            while k >= 0 and ch not in _CLOSERS[stack[k].char]:
                k -= 1
            if k < 0:
                if ch not in _SINGLE:
                    diags.append(
                        diagnostics.make(
                            "OP202",
                            f"closing quotation mark {ch!r} has no opening mark",
                            Span(start=view.to_raw(i), end=view.to_raw_end(i + width)),
                        )
                    )
                continue
            while len(stack) > k + 1:
                fail_top()
            frame = stack.pop()
            deliver(
                _Run(
                    start=frame.pos,
                    end=i + width,
                    body_start=frame.pos + frame.width,
                    body_end=i,
                    reopens=tuple(frame.reopens),
                    para=frame.para,
                    last_para=pi,
                )
            )
        if not stack:
            continue
        # the paragraph ends inside a quote: inner frames fail, the outer one may go on
        while len(stack) > 1:
            fail_top()
        outer = stack[0]
        if pi + 1 < n_par:
            nlo, nhi = paragraphs[pi + 1]
            j = nlo
            while j < nhi and text[j].isspace():
                j += 1
            w = 2 if text.startswith("''", j) else 1
            mark = '"' if w == 2 else text[j : j + 1]
            if (
                mark
                and mark in _MARKS
                and _family(mark) == _family(outer.char)
                and _mark_role(text, j, nlo, nhi, [], w) == "open"
            ):
                outer.reopens.append(j + w)
                skip_at = j
                continue
        fail_top()
    runs.sort(key=lambda r: r.start)
    return runs


# --------------------------------------------------------------------------- text


def _inner_text(text: str, run: _Run, paragraphs: Sequence[tuple[int, int]]) -> str:
    """The quoted words without the marks (reopening marks included), white space collapsed."""
    if not run.reopens:
        return collapse_ws(text[run.body_start : run.body_end])
    pieces: list[str] = []
    start = run.body_start
    pi = run.para
    for r in run.reopens:
        while pi < len(paragraphs) and paragraphs[pi][1] < start:
            pi += 1
        end = paragraphs[pi][1] if pi < len(paragraphs) else start
        pieces.append(text[start : min(end, r, run.body_end)])
        start = r
    pieces.append(text[start : run.body_end])
    return collapse_ws(" ".join(pieces))


#: a capitalized quote right after one of these words is woven into the sentence
_NON_CLAUSE_WORDS = frozenset(
    regex.findall(
        r"\S+",
        "the a an of on in at to for as by from with his her their its our my your this "
        "that called dubbed titled named termed labeled labelled so-called",
    )
)
_PREV_WORD = regex.compile(r"(?r)([\p{L}-]+)\s*\Z")


def _kind(text: str, qs: int, inner: str, lo: int) -> str:
    """'full' for a sentence or more of reported speech, else 'partial'.

    A full quote starts with a capital (or a digit), is not the object of a word such as
    ``the`` or ``called``, and reads as a sentence: it ends with punctuation, is long, or
    opens a sentence of the paragraph (``„Wir sind bereit“, sagte sie``).
    """
    first = next((c for c in inner if c.isalnum()), "")
    if not first or not (first.isupper() or first.isdigit()):
        return "partial"
    m = _PREV_WORD.search(text, max(lo, qs - 40), qs)
    if m is not None and m.group(1).lower() in _NON_CLAUSE_WORDS:
        return "partial"
    if inner[-1] in ".?!,;:…—–-" or inner.count(" ") >= 7:
        return "full"
    return "full" if _OPENS_SENTENCE.search(text, max(lo, qs - 5), qs) else "partial"


_OPENS_SENTENCE = regex.compile(r"(?:\A|[.!?:]\s*|\n\s*)\Z")


# --------------------------------------------------------------------------- speakers

_CAPTOK = (
    r"(?:\p{Lu}(?:\.\p{Lu})+\.?"  # U.S., D.C.
    r"|\p{Lu}\p{Ll}{0,3}\."  # initials and abbreviations: J., Mr., Sen.
    r"|(?:(?:al|el|bin|ibn|de|van|von)-)?\p{Lu}[\p{L}\p{M}]*"
    r"(?:[-'’](?!s(?![\p{L}]))\p{L}[\p{L}\p{M}]*)*)"
)
_PARTICLE = r"(?:de|da|di|del|della|der|den|van|von|bin|ibn|al|el|le|la|du|dos|das|ter|ten|zu|y|of)"
_NAME_BODY = rf"(?:[Tt]he\s+)?{_CAPTOK}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAPTOK}){{0,6}}"
_NAME_FWD = regex.compile(r"(?<![\p{L}\p{N}_])" + _NAME_BODY)
_NAME_REV = regex.compile(r"(?r)(?<![\p{L}\p{N}_'’])" + _NAME_BODY)
_POSSESSIVE_REV = regex.compile(
    r"(?r)(?:(?P<pron>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|(?P<name>"
    + _NAME_BODY
    + r")['’]s?)\s+(?:[\p{Ll}][\p{L}-]*\s+){0,2}\Z"
)
_TOKEN = regex.compile(r"\S+")
_LAST_WORD = regex.compile(r"(?r)(?<![\p{L}])(\p{L}+)\s+\Z")
_APPOSITIVE_REV = regex.compile(r"(?r),[^,;:\"“”«»„!?\n]{1,100},\s*\Z")
_SPACES = regex.compile(r"\s*")
_LEAD = regex.compile(r"\s*(?P<comma>,)?\s*(?P<dash>[—–―‒-]+)?\s*")
_CUE_TAIL = regex.compile(r"[\s,:]*\Z")
# Starts only at the first mark of a run (or where the search starts): a run of full stops
# is read once, not once per mark (linear, where the plain pattern was quadratic).
_SENT_END = regex.compile(r"(?:\G|(?<![.!?]))[.!?]++[\"”’')]*+\s++(?=[\"“‘'(\p{Lu}\p{N}])")
_ABBREV_REV = regex.compile(
    r"(?r)(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|St|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Sgt|Capt|Prof|"
    r"Jr|Sr|Inc|Co|Corp|No|vs|Rev|Adm|Maj|Ft|Mt|U\.S|U\.N|U\.K|E\.U|D\.C|a\.m|p\.m|Jan|"
    r"Feb|Aug|Sept|Oct|Nov|Dec|\p{Lu})\.\Z"
)
_COLON_TAIL = regex.compile(r":\s*\Z")
_DESCRIPTOR = regex.compile(r"\s*(?:[\p{L}][\p{L}.'’&-]*\s+){0,7}")
_NOT_BETWEEN = regex.compile(r"[.;:!?\"“”«»„(]")


def _plain_between(text: str, a: int, b: int) -> bool:
    """No clause punctuation in ``text[a:b]``.

    Abbreviation full stops and a short parenthesis (``Rep. Jo Lee (D-Ohio)``) are fine.
    """
    skip_to = a
    for m in _NOT_BETWEEN.finditer(text, a, b):
        i = m.start()
        if i < skip_to:
            continue
        ch = text[i]
        if ch == "(":
            close = text.find(")", i, min(b, i + 40))
            if close < 0:
                return False
            skip_to = close + 1
            continue
        if ch != "." or not _ABBREV_REV.match(text, a, i + 1):
            return False
    return True


def _back_over_spaces(text: str, lo: int, pos: int) -> int:
    """Move ``pos`` left over white space, not past ``lo``."""
    while pos > lo and text[pos - 1].isspace():
        pos -= 1
    return pos


def _skip_parenthesis(text: str, lo: int, stop: int) -> int:
    """Move ``stop`` left over a short parenthesis right before it, and spaces."""
    if stop > lo and text[stop - 1] == ")":
        open_at = text.rfind("(", max(lo, stop - 40), stop)
        if open_at > lo:
            stop = _back_over_spaces(text, lo, open_at)
    return stop


_END_AFTER_DASH = regex.compile(r"[\s.,;)]*\Z")
_PERSON_PRONOUNS = frozenset(("he", "she", "He", "She", "er", "Er", "who"))
_SELF_PRONOUNS = frozenset(("I", "we", "We"))


@attrs.frozen
class _Mention:
    """A speaker mention in view offsets, with the resolved parts of its words."""

    start: int
    end: int
    name: str
    title: str | None
    kind: str  # "name", "pronoun" or "nominal"


@attrs.define
class _Attr:
    """The attribution of one run while it is being decided."""

    mention: _Mention | None = None
    cue: tuple[int, int] | None = None
    inherited_from: int | None = None  # index of the run whose speaker this one takes


def _split_title(tokens: list[str]) -> int:
    """How many leading tokens (white-space free) of a capitalized run form a title.

    The title ends with the last title word that still leaves a name after it, and takes
    every word before it (``Kenyan Water Minister`` in ``Kenyan Water Minister Amara
    Okafor``).
    """
    pats = patterns()
    n = len(tokens)
    cut = 0
    for i in range(n - 1):
        for width in (3, 2, 1):
            if i + width < n and " ".join(tokens[i : i + width]) in pats.title_phrases:
                cut = max(cut, i + width)
                break
    return cut


def _name_mention(text: str, start: int, end: int) -> _Mention | None:
    """Make a name mention of a capitalized run: drop sentence openers, split the title."""
    parts = _mention_parts(text[start:end], lexicons())
    if parts is None:
        return None
    a, b, name, title = parts
    return _Mention(start + a, start + b, name, title, "name")


@functools.lru_cache(maxsize=4096)
def _mention_parts(run: str, lexs: tuple[Lexicon, ...]) -> tuple[int, int, str, str | None] | None:
    """:func:`_name_mention` of a whole run, in offsets into the run: its start and end,
    the name and the title. The answer depends on the run and the active lexicons
    ``lexs`` only (its tokens have no context), so it is remembered: a text names the
    same few people many times (three in four calls repeat a run on news text)."""
    pats = patterns()  # the patterns of ``lexs``, the active lexicons
    toks = [(m.start(), m.end()) for m in _TOKEN.finditer(run)]
    k = 0
    while k < len(toks) and run[toks[k][0] : toks[k][1]] not in ("The", "the"):
        word = run[toks[k][0] : toks[k][1]]
        if word in pats.title_phrases or word.rstrip(".") not in pats.stop_capitals:
            break
        k += 1
    toks = toks[k:]
    if not toks:
        return None
    s_last, e_last = toks[-1]
    if run[e_last - 1] == "." and run[s_last:e_last] not in ("Jr.", "Sr."):
        toks[-1] = (s_last, e_last - 1)
    words = [run[a:b] for a, b in toks]
    if not words[-1] or (not words[-1][0].isupper() and "-" not in words[-1]):
        return None
    if words[0] in ("The", "the"):
        if len(words) == 1:
            return None
        # an organisation, kept whole: "the White House"
        return toks[0][0], toks[-1][1], " ".join(words), None
    n_title = _split_title(words)
    name_words = words[n_title:]
    if len(name_words) == 1 and name_words[0].rstrip(".") in pats.stop_capitals:
        return None
    return toks[n_title][0], toks[-1][1], " ".join(name_words), " ".join(words[:n_title]) or None


def _skip_auxiliaries(text: str, lo: int, end: int) -> int:
    """Move ``end`` left over adverbs and auxiliaries (``also``, ``has``) and spaces."""
    pats = patterns()
    for _ in range(3):
        m = _LAST_WORD.match(text, lo, end)
        if m is None or not pats.auxiliary.fullmatch(m.group(1) + " "):
            break
        end = m.start(1)
    return _back_over_spaces(text, lo, end)


def _nominal_at(pats: Patterns, text: str, start: int, hi: int) -> regex.Match[str] | None:
    """``pats.nominal.match(text, start, hi)``, tried only where the run of word
    characters at ``start`` can open a nominal speaker (a name usually stands there)."""
    run = WORD_RUN.match(text, start, hi)
    if run is None or run.group() not in pats.nominal_first:
        return None
    return pats.nominal.match(text, start, hi)


def _nominal_ending_at(pats: Patterns, text: str, lo: int, stop: int) -> regex.Match[str] | None:
    """``pats.nominal_rev.match(text, lo, stop)``, tried only where the run of word
    characters ending at ``stop`` can end a nominal speaker."""
    run = WORD_RUN_REV.match(text, lo, stop)
    if run is None or run.group() not in pats.nominal_last:
        return None
    return pats.nominal_rev.match(text, lo, stop)


def _speaker_ending_at(text: str, lo: int, stop: int) -> _Mention | None:
    """A pronoun, name or nominal speaker ending exactly at ``stop``."""
    pats = patterns()
    m = pats.pronoun.search(text, max(lo, stop - 5), stop)
    if m is not None and m.end() == stop:
        return _Mention(m.start(), m.end(), m.group(), None, "pronoun")
    nom = _nominal_ending_at(pats, text, lo, stop)
    nm = _NAME_REV.match(text, lo, stop)
    name = _name_mention(text, nm.start(), nm.end()) if nm is not None else None
    if name is not None and name.end == stop and (nom is None or name.start < nom.start()):
        return name
    if nom is not None:
        return _Mention(nom.start(), nom.end(), collapse_ws(nom.group()), None, "nominal")
    return None


def _speaker_before(text: str, lo: int, end: int) -> _Mention | None:
    """The speaker right before a cue starting at ``end`` (appositive allowed)."""
    lo = max(lo, end - 200)
    stop = _skip_parenthesis(text, lo, _skip_auxiliaries(text, lo, end))
    rel = _WHO_REV.match(text, lo, stop)
    if rel is not None:
        # "Smith, who said …": the mention is "who", the speaker its antecedent
        ante = _speaker_ending_at(text, lo, rel.start())
        ws, we = rel.span("who")
        if ante is not None and ante.kind != "pronoun":
            return _Mention(ws, we, ante.name, ante.title, ante.kind)
        return _Mention(ws, we, "who", None, "pronoun")
    found = _speaker_ending_at(text, lo, stop)
    if found is not None:
        return found
    # a name in apposition right before the cue: "His colleague, Minister Jo Lee, said"
    a = _back_over_spaces(text, lo, stop)
    if a > lo and text[a - 1] == ",":
        b = _back_over_spaces(text, lo, a - 1)
        named = _speaker_ending_at(text, lo, b)
        if named is not None and named.kind == "name":
            # set off by commas on both sides, with only a title and the name between
            c = text.rfind(",", max(lo, b - 80), named.start)
            between = text[c + 1 : named.start].split() if c >= 0 else ["-"]
            if all(w[:1].isupper() for w in between):
                return named
    # an appositive: "Smith, the minister of X, said"
    app = _APPOSITIVE_REV.match(text, lo, end)
    if app is not None:
        return _speaker_ending_at(text, lo, _back_over_spaces(text, lo, app.start()))
    return None


def _speaker_after(text: str, start: int, hi: int) -> _Mention | None:
    """The speaker starting right after ``start`` (after a cue)."""
    pats = patterns()
    s = _SPACES.match(text, start, hi)
    start = s.end() if s is not None else start
    m = pats.pronoun.match(text, start, hi)
    if m is not None:
        return _Mention(m.start(), m.end(), m.group(), None, "pronoun")
    nom = _nominal_at(pats, text, start, hi)
    nm = _NAME_FWD.match(text, start, hi)
    name = _name_mention(text, nm.start(), nm.end()) if nm is not None else None
    if nom is not None and (name is None or nom.end() >= name.end):
        return _Mention(nom.start(), nom.end(), collapse_ws(nom.group()), None, "nominal")
    return name


_CLAUSE_WORD = regex.compile(
    r"(?<![\p{L}])(?:when|that|because|as|while|if|after|before|and|but|or|which|who|"
    r"where|since|until|though|although|so|than|whether)(?![\p{L}])"
)
_GENERIC_NP = regex.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)\s+"
    r"|\p{Lu}[\p{L}.-]*['’]s\s+)"
    r"(?:[\p{L}\p{N}][\p{L}\p{N}.'’&-]*\s+){0,5}?[\p{L}][\p{L}\p{N}-]*"
)


#: A place after the speaker's noun phrase: ``a producer in Niamey``, ``an aide from Ohio``.
_PLACE_BEFORE = regex.compile(r"(?r)\s++(?:in|from|at|near|outside)\s++\Z")


def _generic_np(text: str, start: int, cue_start: int) -> _Mention | None:
    """A short noun phrase filling the gap between a quote and its cue (``the ad's narrator``).

    Only used right after a quote, where whatever stands before the cue is its subject.
    """
    stop = _skip_parenthesis(text, start, _skip_auxiliaries(text, start, cue_start))
    s = _SPACES.match(text, start, stop)
    a = s.end() if s is not None else start
    m = _GENERIC_NP.fullmatch(text, a, stop)
    if m is None:
        return None
    return _Mention(a, stop, collapse_ws(m.group()), None, "nominal")


def _speaker_after_cue(text: str, start: int, hi: int) -> _Mention | None:
    """The speaker of ``said Smith``, ``said the spokesman``, ``said party aide Jo Lee``.

    The speaker must be followed by punctuation, the end or an ``after_speaker`` word:
    ``said the plan would …`` opens a clause and has no speaker.
    """
    pats = patterns()
    who = _speaker_after(text, start, hi)
    if who is not None and pats.after_speaker.match(text, who.end, hi):
        return who
    # a descriptor before the name: "said GOP strategist Jo Lee", "said his aide Jo Lee"
    limit = min(hi, start + 90)
    for k, m in enumerate(_NAME_FWD.finditer(text, start, limit)):
        if k >= 3:
            break
        if not _DESCRIPTOR.fullmatch(text, start, m.start()):
            break
        mention = _name_mention(text, m.start(), m.end())
        if mention is not None and pats.after_speaker.match(text, mention.end, hi):
            descriptor = collapse_ws(text[start : mention.start])
            title = mention.title or descriptor or None
            return _Mention(mention.start, mention.end, mention.name, title, "name")
    return None


def _attr_right(text: str, qe: int, hi: int, inner: str) -> _Attr | None:
    """Attribution after the closing mark: ``"…," said X``, ``"…," X said``, ``"…" — X``."""
    pats = patterns()
    lead = _LEAD.match(text, qe, hi)
    if lead is None:
        return None
    p = lead.end()
    if p >= hi:
        return None
    cue = pats.cue_words.match(text, p, hi)
    if cue is not None:
        who = _speaker_after_cue(text, cue.end(), hi)
        if who is not None:
            return _Attr(who, cue.span())
    acc = pats.according_words.match(text, p, hi)
    if acc is not None:
        who = _speaker_after(text, acc.end(), hi)
        if who is not None:
            return _Attr(who, acc.span())
    if lead.group("comma") or inner.endswith(","):
        post = pats.post_marker.match(text, p, hi)
        if post is not None:
            who = _speaker_after(text, post.end(), hi)
            if who is not None and who.kind == "name":
                return _Attr(who, post.span())
    # "…," X said / "…," X, the minister of Y, said / "…," Y spokesman X told Z
    window = min(hi, p + 90)
    for cue in pats.cue_words.finditer(text, p, window):
        if not _plain_between(text, p, cue.start()):
            break
        who = _speaker_before(text, p, cue.start())
        if who is None or who.start < p or _CLAUSE_WORD.search(text, p, who.start):
            # "…" when he said … is another clause; fall back on "the ad's narrator said"
            who = _generic_np(text, p, cue.start())
        elif who.start > p and (place := _PLACE_BEFORE.search(text, p, who.start)):
            # "…," a radio producer in Niamey told me: the place is not the speaker
            who = _generic_np(text, p, place.start()) or who
        if who is None:
            break
        # after a full stop the quote ended its sentence: "…." X said the plan …
        # is a new sentence unless the cue ends it ("…." X said.)
        if inner.endswith(".") and not patterns().after_speaker.match(text, cue.end(), hi):
            break
        return _Attr(who, cue.span())
    if not lead.group("dash"):
        return None  # (the speaker after a dash is read only after one)
    who = _speaker_after(text, p, hi)
    if who is not None and who.kind == "name" and _END_AFTER_DASH.match(text, who.end, hi):
        return _Attr(who, None)
    return None


def _left_candidates(text: str, lo: int, qs: int) -> list[_Attr]:
    """Attributions found before the opening mark in the same sentence, nearest first."""
    pats = patterns()
    found = list(pats.all_words.finditer(text, lo, qs))
    cands = [(m.start(), m.end(), kind) for m in reversed(found) for kind in m.kinds]
    out: list[_Attr] = []
    for cs, ce, kind in cands[:10]:
        who: _Mention | None = None
        if kind == "according":
            who = _speaker_after(text, ce, qs)
        elif kind == "noun":
            pm = _POSSESSIVE_REV.match(text, max(lo, cs - 120), cs)
            if pm is not None and pm.group("pron"):
                ps, pe = pm.span("pron")
                who = _Mention(ps, pe, pm.group("pron"), None, "pronoun")
            elif pm is not None:
                ns, ne = pm.span("name")
                who = _name_mention(text, ns, ne)
        else:
            who = _speaker_before(text, lo, cs)
            if who is None and kind == "cue":
                after = _speaker_after(text, ce, qs)
                if after is not None and _CUE_TAIL.match(text, after.end, qs):
                    who = after
        if who is not None:
            out.append(_Attr(who, (cs, ce)))
            if len(out) >= 3:
                break
    return out


def _attr_left(text: str, lo: int, qs: int) -> _Attr | None:
    """Attribution before the opening mark, in the same sentence.

    The nearest cue with a speaker wins, except that a reporting clause wrapping it wins
    over a speaker inside its complement: in ``Jo Lee said she thinks it is "too late"``
    or ``Jo Lee called Kim's remarks "unfair"`` the speaker is Jo Lee.
    """
    cands = _left_candidates(text, lo, qs)
    if not cands:
        return None
    best = cands[0]
    for outer in cands[1:]:
        if (
            outer.mention is not None
            and best.mention is not None
            and outer.cue is not None
            and outer.mention.end <= best.mention.start
            and outer.cue[1] <= best.mention.start
        ):
            best = outer
    return best


_CONNECTOR = regex.compile(
    r"(?:(?:And|But|So|Yet|Still|Also|Then|Now|However|Meanwhile|Instead|Indeed|Later|"
    r"Earlier|Separately|Moreover|Besides|Even|Only|Thus|Hence|Und|Aber|Doch|Auch)"
    r"(?![\p{L}]),?\s+)+"
)
# a participle, adverb or all-capitals dateline opening a sentence is not its subject
_NOT_SUBJECT = regex.compile(r"\p{Lu}\p{Ll}+(?:ing|ed|ly)(?![\p{L}])|\p{Lu}{2,}[\s,]")
_WHO_REV = regex.compile(r"(?r),?\s*(?P<who>(?<![\p{L}])who)\Z")
_OPENING_JUNK = regex.compile(r"[\s(\[—–-]*")


def _subject(text: str, lo: int, hi: int) -> _Mention | None:
    """The subject at the start of a sentence, after connectors or opening phrases."""
    p = lo
    for _ in range(3):
        j = _OPENING_JUNK.match(text, p, hi)
        p = j.end() if j is not None else p
        c = _CONNECTOR.match(text, p, hi)
        p = c.end() if c is not None else p
        if p < hi and text[p] not in _MARKS and not _NOT_SUBJECT.match(text, p, hi):
            who = _speaker_after(text, p, hi)
            if who is not None and who.start == p:
                return who
        comma = text.find(",", p, min(hi, p + 80))
        if comma < 0 or not _plain_between(text, p, comma):
            return None
        p = comma + 1
    return None


def _attr_subject(text: str, lo: int, run: _Run, hi: int) -> _Attr | None:
    """A quote woven into a sentence that reports speech goes to the sentence's subject.

    Applies when the text before the quote ends with a colon, or the sentence (outside
    the quote) holds a speech cue, naming verb or speech noun.
    """
    pats = patterns()
    if lo >= run.start:
        return None
    colon = _COLON_TAIL.search(text, lo, run.start) is not None
    if not colon:
        cued = any(
            m.kinds != ("according",)
            for a, b in ((lo, run.start), (run.end, hi))
            for m in pats.all_words.finditer(text, a, b)
        )
        if not cued:
            return None
    who = _subject(text, lo, run.start)
    return _Attr(who, None) if who is not None else None


# --------------------------------------------------------------------------- sentences


def _sentence_start(text: str, lo: int, pos: int) -> int:
    """Start of the sentence holding ``pos`` (never before ``lo``)."""
    best = lo
    for m in _SENT_END.finditer(text, lo, pos):
        dot = m.start()
        if text[dot] == "." and _ABBREV_REV.match(text, lo, dot + 1):
            continue
        best = m.end()
    return best


def _sentence_end(text: str, pos: int, hi: int) -> int:
    """End of the sentence holding ``pos`` (never after ``hi``)."""
    for m in _SENT_END.finditer(text, pos, hi):
        dot = m.start()
        if text[dot] == "." and _ABBREV_REV.match(text, pos, dot + 1):
            continue
        return m.start() + 1
    return hi


# --------------------------------------------------------------------------- resolution


class _Names:
    """Looks up earlier mentions of a name, on demand and in bounded steps.

    For each word of a speaker's name, the text before it is searched once (the search
    resumes where it stopped), keeping the fullest mention that contains the word:
    ``Xi`` finds ``Chinese President Xi Jinping``. Only body paragraphs that are not in
    title case (headlines) are read.
    """

    def __init__(self, text: str, paragraphs: Sequence[tuple[int, int]]) -> None:
        self._text = text
        self._paras = paragraphs
        self._starts = [lo for lo, _ in paragraphs]
        self._headline: dict[int, bool] = {}
        self._best: dict[str, _Mention] = {}
        self._scanned: dict[str, int] = {}
        self._seen: dict[str, int] = {}

    def _para(self, pos: int) -> int:
        """Index of the usable paragraph holding ``pos``, or -1."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0 or pos >= self._paras[i][1]:
            return -1
        if i not in self._headline:
            lo, hi = self._paras[i]
            self._headline[i] = _headline_like(self._text, lo, hi)
        return -1 if self._headline[i] else i

    def _scan(self, word: str, upto: int) -> None:
        text = self._text
        i = max(self._scanned.get(word, 0), upto - _NAME_LOOKBACK)
        if i >= upto:
            return
        seen = self._seen.get(word, 0)
        while seen < _MAX_LOOKUPS:
            i = text.find(word, i, upto)
            if i < 0:
                break
            j = i + len(word)
            seen += 1
            pi = self._para(i)
            if (
                pi >= 0
                and (i == 0 or not text[i - 1].isalnum())
                and (j >= len(text) or not text[j].isalnum())
            ):
                lo, hi = self._paras[pi]
                back = _NAME_REV.match(text, max(lo, i - 80), j)
                start = back.start() if back is not None else i
                fwd = _NAME_FWD.match(text, start, min(hi, j + 80))
                mention = _name_mention(text, start, fwd.end()) if fwd is not None else None
                if mention is not None and word in mention.name.split():
                    best = self._best.get(word)
                    if best is None or len(mention.name.split()) >= len(best.name.split()):
                        self._best[word] = mention
            i = j
        self._scanned[word] = max(upto, self._scanned.get(word, 0))
        self._seen[word] = seen

    def resolve(self, m: _Mention, upto: int) -> tuple[str, str | None]:
        """The fullest mention before ``upto`` containing every word of ``m``, and a title."""
        words = m.name.split()
        best: _Mention | None = None
        # a fuller name contains the last word (the surname) of a shorter one
        self._scan(words[-1], upto)
        c = self._best.get(words[-1])
        if c is not None and all(x in c.name.split() for x in words):
            best = c
        if best is None or len(best.name) <= len(m.name):
            return m.name, m.title
        return best.name, m.title or best.title

    def last_person(self, pos: int) -> _Mention | None:
        """The latest mention before ``pos`` (within a window) that looks like a person."""
        found: _Mention | None = None
        lo_limit = max(0, pos - 2 * _WINDOW)
        last = bisect.bisect_right(self._starts, pos) - 1
        k = last
        while k > 0 and self._paras[k - 1][1] > lo_limit:
            k -= 1
        for i in range(max(k, 0), last + 1):
            lo, hi = self._paras[i]
            if self._para(lo) < 0:
                continue
            for m in _NAME_FWD.finditer(self._text, max(lo, lo_limit), min(hi, pos)):
                mention = _name_mention(self._text, m.start(), m.end())
                if mention is not None and (
                    mention.title is not None or len(mention.name.split()) > 1
                ):
                    found = mention
        return found


_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")
#: ``_WORD`` on text of ASCII and general punctuation (U+2000–U+206F), whose letters are
#: ``[A-Za-z]`` (a test checks every code point of the block): the standard library's
#: engine finds the same words faster.
_ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _headline_like(text: str, lo: int, hi: int) -> bool:
    """Whether a short range is written in title case (a headline, not a sentence)."""
    if hi - lo > 200:
        return False
    plain = NOT_ASCII_OR_PUNCTUATION.search(text, lo, hi) is None
    words = (_ASCII_WORD if plain else _WORD).findall(text, lo, hi)
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= 0.7 * len(words)


# --------------------------------------------------------------------------- driver


def _clean_paragraphs(paragraphs: Sequence[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Clamp the ranges to the text, drop empty ones and keep them in order, disjoint."""
    out: list[tuple[int, int]] = []
    last = 0
    for lo, hi in sorted((int(a), int(b)) for a, b in paragraphs):
        lo = max(lo, last, 0)
        hi = min(hi, length)
        if hi > lo:
            out.append((lo, hi))
            last = hi
    return out


_SENTENCE_PUNCT = regex.compile(r"[.!?]")


def _same_sentence(text: str, prev: _Run, run: _Run, prev_inner: str) -> bool:
    """Whether ``run`` goes on the sentence of the quote ``prev`` before it."""
    if prev.last_para != run.para or not prev_inner:
        return False
    if prev_inner[-1] in ".!?":
        return False
    return _SENTENCE_PUNCT.search(text, prev.end, run.start) is None


def _attribute(
    text: str,
    runs: list[_Run],
    paras: list[tuple[int, int]],
    inners: list[str],
    kinds: list[str],
    budget: Budget | None = None,
) -> list[_Attr]:
    """Decide the local attribution of each run, then the inherited ones.

    When ``budget`` runs out, the runs not reached yet get no local attribution.
    """
    found: list[_Attr] = []
    n = len(runs)
    for idx, run in enumerate(runs):
        if budget is not None and budget.over("quote attribution"):
            found.extend(_Attr() for _ in range(idx, n))
            break
        plo, _ = paras[run.para]
        _, lhi = paras[run.last_para]
        prev_end = runs[idx - 1].end if idx and runs[idx - 1].last_para == run.para else plo
        next_start = (
            runs[idx + 1].start if idx + 1 < n and runs[idx + 1].para == run.last_para else lhi
        )
        right_hi = min(next_start, run.end + _WINDOW)
        right_hi = _sentence_end(text, run.end, right_hi)
        got = _attr_right(text, run.end, right_hi, inners[idx])
        if got is None:
            left_lo = _sentence_start(text, max(prev_end, plo, run.start - _WINDOW), run.start)
            got = _attr_left(text, left_lo, run.start)
        found.append(got if got is not None else _Attr())
    # a full quote right before an attributed one shares its speaker: "A." "B," he said.
    for idx in range(n - 2, -1, -1):
        run, nxt = runs[idx], runs[idx + 1]
        if (
            found[idx].mention is None
            and found[idx].inherited_from is None
            and kinds[idx] == "full"
            and nxt.para == run.last_para
            and not text[run.end : nxt.start].strip()
            and (found[idx + 1].mention is not None or found[idx + 1].inherited_from is not None)
        ):
            found[idx].inherited_from = idx + 1
    for idx in range(1, n):
        run, prev = runs[idx], runs[idx - 1]
        if found[idx].mention is not None or found[idx].inherited_from is not None:
            continue
        if found[idx - 1].mention is None and found[idx - 1].inherited_from is None:
            continue
        same_sentence = _same_sentence(text, prev, run, inners[idx - 1])
        # a full quote goes on with the speaker of the quote before it in its paragraph,
        # or of the previous paragraph when it opens its own paragraph
        same_para = kinds[idx] == "full" and prev.last_para == run.para
        next_para = (
            kinds[idx] == "full"
            and prev.last_para == run.para - 1
            and not text[paras[run.para][0] : run.start].strip()
        )
        if same_sentence or same_para or next_para:
            found[idx].inherited_from = idx - 1
    # a quote woven into a reporting sentence goes to the sentence's subject
    for idx, run in enumerate(runs):
        if found[idx].mention is not None or found[idx].inherited_from is not None:
            continue
        plo, _ = paras[run.para]
        _, lhi = paras[run.last_para]
        sent_lo = _sentence_start(text, max(plo, run.start - _WINDOW), run.start)
        sent_hi = _sentence_end(text, run.end, min(lhi, run.end + _WINDOW))
        got = _attr_subject(text, sent_lo, run, sent_hi)
        if got is not None:
            found[idx] = got
    return found


def _source(found: Sequence[_Attr], start: int, roots: dict[int, int]) -> int:
    """The run a chain of inherited speakers leads to from run ``start``.

    ``roots`` remembers the end of every chain walked, so a long chain (hundreds of quote
    paragraphs each going on with the speaker of the one before) is walked once, not
    once per quote (linear, where the plain walk was quadratic).
    """
    path: list[int] = []
    src = start
    for _ in range(len(found)):
        if src in roots:
            src = roots[src]
            break
        step = found[src].inherited_from
        if found[src].mention is not None or step is None:
            break
        path.append(src)
        src = step
    for p in path:
        roots[p] = src
    return src


def _extract(
    view: View, paragraphs: Sequence[tuple[int, int]], budget: Budget | None = None
) -> tuple[tuple[Quote, ...], tuple[Diagnostic, ...]]:
    """:func:`extract_quotes` without the safety net."""
    text = view.text
    paras = _clean_paragraphs(paragraphs, len(text))
    diags: list[Diagnostic] = []
    runs = [r for r in _scan(view, paras, diags, budget) if r.end - r.start > 2]
    inners = [_inner_text(text, r, paras) for r in runs]
    keep = [i for i, t in enumerate(inners) if t]
    runs = [runs[i] for i in keep]
    inners = [inners[i] for i in keep]
    kinds = [_kind(text, r.start, inners[i], paras[r.para][0]) for i, r in enumerate(runs)]
    found = _attribute(text, runs, paras, inners, kinds, budget)
    names = _Names(text, paras)
    roots: dict[int, int] = {}
    quotes: list[Quote] = []
    last_person: str | None = None
    last_group: str | None = None
    for idx, run in enumerate(runs):
        att = found[idx]
        speaker: str | None = None
        title: str | None = None
        mention = att.mention
        cue_span: tuple[int, int] | None = att.cue
        if mention is None and att.inherited_from is not None:
            src = _source(found, att.inherited_from, roots)
            if src < idx:
                prior = quotes[src]
                speaker, title = prior.speaker, prior.speaker_title
                mention = found[src].mention
            else:
                mention = found[src].mention
            cue_span = None
        if mention is not None and speaker is None:
            if mention.kind == "name":
                speaker, title = names.resolve(mention, mention.end)
                if not speaker.startswith(("The ", "the ")):
                    last_person = speaker
                else:
                    last_group = speaker
            elif mention.kind == "pronoun":
                if mention.name in _PERSON_PRONOUNS:
                    person = last_person
                    if person is None:
                        cand = names.last_person(mention.start)
                        person = cand.name if cand is not None else None
                    speaker = person if person is not None else mention.name
                elif mention.name in _SELF_PRONOUNS:
                    speaker = mention.name
                else:
                    speaker = last_group if last_group is not None else mention.name
            else:
                speaker = mention.name
                last_group = speaker
        quotes.append(
            Quote(
                text=inners[idx],
                span=checked_span(view.to_raw(run.start), view.to_raw_end(run.end)),
                speaker=speaker,
                speaker_span=(
                    checked_span(view.to_raw(mention.start), view.to_raw_end(mention.end))
                    if mention is not None and speaker is not None
                    else None
                ),
                cue=collapse_ws(text[cue_span[0] : cue_span[1]]) if cue_span else None,
                cue_span=(
                    checked_span(view.to_raw(cue_span[0]), view.to_raw_end(cue_span[1]))
                    if cue_span
                    else None
                ),
                kind=kinds[idx],
                speaker_title=title if speaker is not None else None,
            )
        )
    return tuple(quotes), tuple(diags)


def extract_quotes(
    view: View,
    paragraphs: Sequence[tuple[int, int]],
    *,
    lexicons: Sequence[Lexicon] = DEFAULT_LEXICONS,
    budget: Budget | None = None,
) -> tuple[tuple[Quote, ...], tuple[Diagnostic, ...]]:
    """Find the direct quotes of the given paragraphs and attribute them to speakers.

    Args:
        view: The normalized view of the whole document.
        paragraphs: ``(start, end)`` view offsets of the paragraphs to search (body
            paragraphs, in document order). Quotes are only found inside them; a quote
            may run over consecutive ranges when each one reopens it.
        lexicons: The quoting vocabularies to read cues and speakers with
            (default: English and German).
        budget: A :class:`~opinionpiece.budget.Budget` shared with the rest of the
            parse; when it runs out, the quotes found so far are returned (the caller
            reports the overrun).

    Returns:
        The quotes in document order (spans are raw offsets) and the diagnostics about
        unbalanced marks (OP201, OP202). Never raises: an internal error gives no quotes
        and an OP900 diagnostic.
    """
    chosen = check(lexicons)  # a wrong choice is the caller's error: raise it
    try:
        with using(chosen):
            return _extract(view, paragraphs, budget)
    except Exception as exc:  # noqa: BLE001 - by contract this function never raises
        return (), (diagnostics.make("OP900", f"quote extraction failed: {exc!r}"),)
