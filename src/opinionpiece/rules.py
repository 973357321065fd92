"""The shared kit of the rule chain: decisions, text-shape tests, the classified document.

Each extraction module (bylines, notes, captions, dates) owns both its *rule* (does
this unit have my role?) and its *reader* (what does it say?). They share what is here.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

import attrs
import regex

from .model import Role, Span
from .normalize import View
from .profiles import CompiledProfile
from .segment import Unit

__all__ = [
    "Classified",
    "Decision",
    "Landmarks",
    "Rule",
    "ends_sentence",
    "is_prose",
    "is_sentence",
    "unspaced_words",
    "word_count",
]

_FLAGS = regex.VERSION1
#: A sentence ends in one of ``_ENDS``, then any of ``_CLOSERS`` (two disjoint sets).
_ENDS = ".!?…。！？"
_CLOSERS = "\"”’')]」』）"
_WORD = regex.compile(r"\w++", _FLAGS)
#: ``_WORD`` on ASCII text, where ``\w`` is ``[A-Za-z0-9_]`` (a test checks every ASCII
#: character): the standard library's engine counts the runs twice as fast.
_ASCII_WORD = re.compile(r"\w+", re.ASCII)
#: A character neither ASCII nor general punctuation that ``\w`` leaves out (curly
#: quotes, dashes, ellipsis; the joiners and ``‿ ⁀ ⁔`` are word characters): text without
#: one has the same words as its ASCII part (a test checks the block).
_NOT_ASCII_OR_PUNCTUATION = re.compile(
    r"[^\x00-\x7f\u2000-\u200b\u200e-\u203e\u2041-\u2053\u2055-\u206f]"
)
# Scripts written without spaces between words: two characters count as one word.
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]", _FLAGS)


@attrs.frozen(kw_only=True)
class Decision:
    """The role given to one unit and why (``role`` is ``None`` while undecided)."""

    role: Role | None
    reason: str


#: A local rule: looks at one unit, returns a decision or ``None`` to pass.
Rule = Callable[[Unit, CompiledProfile], "Decision | None"]


@functools.lru_cache(maxsize=8192)
def word_count(text: str) -> int:
    """Number of words (runs of word characters) in ``text``."""
    plain = False  # only ASCII and general punctuation: no unspaced script
    if len(text) >= 400:
        words = len(text.split())
    elif text.isascii() or _NOT_ASCII_OR_PUNCTUATION.search(text) is None:
        words = len(_ASCII_WORD.findall(text))
        plain = True
    else:
        words = len(_WORD.findall(text))
    if words * 8 < len(text) and not plain:  # few spaces for its length: maybe unspaced
        words = max(words, unspaced_words(text))
    return words


def unspaced_words(text: str) -> int:
    """Words in the scripts written without spaces (CJK, Thai): two characters each."""
    return len(_UNSPACED.findall(text[:2000])) // 2


@functools.lru_cache(maxsize=8192)
def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence (``.``, ``!``, ``?``, ``…``, then closers)."""
    # what is left once the closers are stripped ends in a sentence mark (a scan from
    # the right; a regex search with `\Z` would try every position)
    core = text.rstrip(_CLOSERS)
    return bool(core) and core[-1] in _ENDS


def is_sentence(text: str) -> bool:
    """Whether ``text`` reads like a sentence of prose (ends like one, has words)."""
    return ends_sentence(text) and word_count(text) >= 4


def is_prose(text: str) -> bool:
    """Whether ``text`` is clearly article prose: a long sentence or a long line."""
    words = word_count(text)
    return (words >= 8 and ends_sentence(text)) or words >= 25


@attrs.frozen(kw_only=True)
class Landmarks:
    """Where the article's head and body sit among the units (indices into ``units``).

    ``body`` lists the body units; ``first``/``last`` are the first and last of them
    (``len(units)`` when there is none); ``anchor`` is the title, else ``first``.
    """

    title: int | None
    body: tuple[int, ...]
    first: int
    last: int
    anchor: int


class Classified:
    """The document after classification: view, units and one decision per unit."""

    __slots__ = ("decisions", "profile", "units", "view")

    def __init__(
        self,
        view: View,
        units: Sequence[Unit],
        decisions: Sequence[Decision],
        profile: CompiledProfile,
    ) -> None:
        self.view = view
        self.units = units
        self.decisions = decisions
        self.profile = profile

    def span(self, start: int, end: int) -> Span:
        """Raw span of the view range ``[start, end)`` (``end`` after a non-space)."""
        return Span(start=self.view.to_raw(start), end=self.view.to_raw_end(end))

    def unit_span(self, unit: Unit) -> Span:
        """Raw span of a unit."""
        return self.span(unit.start, unit.end)

    def of(self, role: Role) -> list[Unit]:
        """The units that got ``role``, in order."""
        return [u for u, d in zip(self.units, self.decisions, strict=True) if d.role is role]

    def landmarks(self) -> Landmarks:
        """The title and body positions (for rules that look near the head)."""
        roles = [d.role for d in self.decisions]
        title = next((i for i, r in enumerate(roles) if r is Role.TITLE), None)
        body = tuple(i for i, r in enumerate(roles) if r is Role.BODY)
        first = body[0] if body else len(roles)
        last = body[-1] if body else len(roles)
        anchor = title if title is not None else first
        return Landmarks(title=title, body=body, first=first, last=last, anchor=anchor)

    def raw_text(self, unit: Unit) -> str:
        """The unit's view text, line breaks and all (offsets match ``unit.start``)."""
        return self.view.text[unit.start : unit.end]
