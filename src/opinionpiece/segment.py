"""Stage 2: split the normalized view into lines and candidate blocks (units).

A *unit* is the smallest piece the classifier labels: usually one line, but a chunk
of hard-wrapped lines (a news-database export wrapped at 80 columns) is one unit.
Units are tight: they start at the first and end after the last non-space character,
so the white space between them becomes ``blank`` blocks when the blocks are built.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import attrs

from .normalize import View, collapse_ws

__all__ = ["Unit", "segment"]


@attrs.frozen(kw_only=True, slots=True)
class Unit:
    """A candidate block: view range ``[start, end)``, text with white space collapsed.

    ``gap_before`` is True when a blank line (or the start of the text) precedes it;
    ``lines`` counts the source lines it spans.
    """

    index: int
    start: int
    end: int
    text: str
    gap_before: bool
    lines: int = 1


# A whole page has about 190 units. ``Unit`` has no checks: these set its slots directly
# (the same value, equal and with the same hash, in about half the time of attrs'
# ``__init__``, which sets each field through ``object.__setattr__``).
_new = object.__new__
_SET_INDEX = Unit.__dict__["index"].__set__
_SET_START = Unit.__dict__["start"].__set__
_SET_END = Unit.__dict__["end"].__set__
_SET_TEXT = Unit.__dict__["text"].__set__
_SET_GAP_BEFORE = Unit.__dict__["gap_before"].__set__
_SET_LINES = Unit.__dict__["lines"].__set__


def _unit(index: int, start: int, end: int, text: str, gap_before: bool, lines: int = 1) -> Unit:
    """``Unit(index=index, start=start, end=end, text=text, gap_before=gap_before,
    lines=lines)``, its slots set directly."""
    unit = _new(Unit)
    _SET_INDEX(unit, index)
    _SET_START(unit, start)
    _SET_END(unit, end)
    _SET_TEXT(unit, text)
    _SET_GAP_BEFORE(unit, gap_before)
    _SET_LINES(unit, lines)
    return unit


def _collapsed(line: str) -> str:
    """``collapse_ws(line)`` of a stripped line: the line itself when its only white space
    is single spaces (every other white space character is unprintable; a test checks
    every code point), which most lines are."""
    if line.isprintable() and "  " not in line:
        return line
    return collapse_ws(line)


def _is_wrapped(lengths: Sequence[int], texts: Sequence[str]) -> bool:
    """Whether a chunk of consecutive lines is one hard-wrapped paragraph.

    Wrapped text has lines of near-equal length close to a fixed column, and its
    lines mostly do not end a sentence.
    """
    n = len(lengths)
    if n < 2:
        return False
    width = max(lengths[:-1])
    if not 45 <= width <= 110:
        return False
    if n == 2 and not (
        width >= 60 and (texts[1][:1].islower() or any(c in texts[0] for c in ",.;"))
    ):
        return False
    body = lengths[:-1]
    short = sum(1 for x in body if x < 0.65 * width)
    if short > len(body) // 6:
        return False
    # a following line starting in lower case, or the previous one not closing a
    # sentence, is the signature of a wrap
    joins = 0
    for prev, nxt in itertools.pairwise(texts):
        if prev[-1:] not in ".!?:\"”'’)" or nxt[:1].islower():
            joins += 1
    return joins >= max(1, (n - 1) // 2)


def segment(view: View) -> list[Unit]:
    """Split ``view`` into units, in order."""
    text = view.text
    units: list[Unit] = []
    chunk: list[tuple[int, int, str]] = []
    gap = True

    def flush() -> None:
        nonlocal gap
        if not chunk:
            return
        if len(chunk) == 1:  # (the common case: a line alone is no wrapped paragraph)
            s, e, t = chunk[0]
            units.append(_unit(len(units), s, e, t, gap))
            chunk.clear()
            gap = True
            return
        lengths = [e - s for s, e, _ in chunk]
        texts = [t for _, _, t in chunk]
        if _is_wrapped(lengths, texts):
            s, e = chunk[0][0], chunk[-1][1]
            units.append(_unit(len(units), s, e, collapse_ws(text[s:e]), gap, len(chunk)))
        else:
            for i, (s, e, t) in enumerate(chunk):
                units.append(_unit(len(units), s, e, t, gap and i == 0))
        chunk.clear()
        gap = True

    pos = 0  # where the line starts
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            s = pos + len(line) - len(line.lstrip())
            chunk.append((s, s + len(stripped), _collapsed(stripped)))
        elif chunk:
            flush()
        pos += len(line) + 1
    flush()
    return units
