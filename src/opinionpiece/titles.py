"""Titles in whole-page dumps: the ``<title>``-like first line and its repeat.

A page dump usually opens with the document title, which carries the site name
(``Headline - Section - Site.de``, ``Headline | Site``), and repeats the bare headline
just above the article. :func:`main_part` strips the site parts; :func:`same_title`
recognises the repeat.
"""

from __future__ import annotations

import regex

__all__ = ["main_part", "main_part_range", "same_title", "title_key"]

_FLAGS = regex.VERSION1
_SEP = regex.compile(r"\s++(?:[|›»·•~]|::|//|[-–—])\s++|\s*+[|]\s*+", _FLAGS)
_NON_WORD = regex.compile(r"[^\p{L}\p{N}]++", _FLAGS)


def title_key(text: str) -> str:
    """Case-folded letters and digits only, words joined by one space."""
    return _NON_WORD.sub(" ", text.casefold()).strip()


def main_part_range(line: str) -> tuple[int, int] | None:
    """Offsets of the headline inside a page-title line, or ``None`` if it has no parts.

    The headline is the longest part between site separators.
    """
    if len(line) > 400:
        return None
    cuts = [(m.start(), m.end()) for m in _SEP.finditer(line)]
    if not cuts:
        return None
    bounds = [0] + [e for _, e in cuts]
    ends = [s for s, _ in cuts] + [len(line)]
    parts = [(e - s, s, e) for s, e in zip(bounds, ends, strict=True) if e > s]
    if not parts:
        return None
    _, s, e = max(parts)
    return s, e


def main_part(line: str) -> str | None:
    """The headline inside a page-title line (``None`` if there are no site parts)."""
    found = main_part_range(line)
    return None if found is None else line[found[0] : found[1]].strip()


def same_title(candidate: str, title: str) -> bool:
    """Whether ``candidate`` is the same headline as ``title`` (loosely: case, marks)."""
    a, b = title_key(candidate), title_key(title)
    if not a or not b or len(a) < 8 or len(b) < 8:
        return a == b and bool(a)
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return shorter in longer and len(shorter) >= 0.6 * len(longer)
