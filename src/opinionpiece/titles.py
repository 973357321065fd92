"""Titles in whole-page dumps: the ``<title>``-like first line and its repeat.

A page dump usually opens with the document title, which carries the site name
(``Headline - Section - Site.de``, ``Headline | Site``), and repeats the bare headline
just above the article. :func:`main_part` strips the site parts; :func:`same_title`
recognises the repeat.
"""

from __future__ import annotations

import re
import unicodedata

import regex

from .vocabulary import STOPWORDS

__all__ = [
    "could_be_same_key",
    "headline_end",
    "kicker_end",
    "main_part",
    "main_part_range",
    "part_ranges",
    "same_key",
    "same_title",
    "shared_words",
    "site_part",
    "title_key",
]

_FLAGS = regex.VERSION1
_SEP = regex.compile(r"\s++(?:[|›»·•~]|::|//|[-–—])\s++|\s*+[|]\s*+", _FLAGS)
_NON_WORD = regex.compile(r"[^\p{L}\p{N}]++", _FLAGS)


#: The runs of letters and digits of lower-cased ASCII text (``\p{L}`` and ``\p{N}``
#: there: a test checks every ASCII character), found by the standard library's engine.
_ASCII_RUN = re.compile(r"[a-z0-9]+")


def title_key(text: str) -> str:
    """Case-folded letters and digits only, words joined by one space."""
    if text.isascii():  # (case folding is lower-casing there)
        return " ".join(_ASCII_RUN.findall(text.lower()))
    return _NON_WORD.sub(" ", text.casefold()).strip()


def part_ranges(line: str) -> list[tuple[int, int]]:
    """Offsets of the parts of a page-title line between site separators (in order).

    A line with no separator gives no parts.
    """
    if len(line) > 400 and len(" ".join(line.split())) > 400:
        return []
    cuts = [(m.start(), m.end()) for m in _SEP.finditer(line)]
    if not cuts:
        return []
    starts = [0] + [e for _, e in cuts]
    ends = [s for s, _ in cuts] + [len(line)]
    return [(s, e) for s, e in zip(starts, ends, strict=True) if line[s:e].strip()]


def main_part_range(line: str) -> tuple[int, int] | None:
    """Offsets of the headline inside a page-title line, or ``None`` if it has no parts.

    The headline is the first part (``Headline - Section - Site``) unless it is a single
    word and a longer part follows (``Site | Headline``).
    """
    parts = part_ranges(line)
    if not parts:
        return None
    first = parts[0]
    longest = max(parts, key=lambda r: r[1] - r[0])
    if len(line[first[0] : first[1]].split()) >= 2:
        return first
    return longest


def main_part(line: str) -> str | None:
    """The headline inside a page-title line (``None`` if there are no site parts)."""
    found = main_part_range(line)
    return None if found is None else line[found[0] : found[1]].strip()


def site_part(line: str) -> str | None:
    """The site's name inside a page-title line: the last part after a headline of two
    words or more (``Headline - Section - Site``), the first part before a longer one
    (``Site | Headline``); ``None`` if the line has no parts."""
    parts = part_ranges(line)
    found = main_part_range(line)
    if found is None or len(parts) < 2:
        return None
    s, e = parts[-1] if found == parts[0] else parts[0]
    return line[s:e].strip()


def same_title(candidate: str, title: str) -> bool:
    """Whether ``candidate`` is the same headline as ``title`` (loosely: case, marks)."""
    return same_key(title_key(candidate), title_key(title))


def same_key(a: str, b: str) -> bool:
    """:func:`same_title` of two texts given their :func:`title_key` (``a``, ``b``)."""
    if not a or not b or len(a) < 8 or len(b) < 8:
        return a == b and bool(a)
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return shorter in longer and len(shorter) >= 0.6 * len(longer)


def could_be_same_key(len_a: int, len_b: int) -> bool:
    """Whether keys of these lengths can be :func:`same_key` at all (a cheap test of the
    lengths before comparing the texts: equal lengths, or both of eight characters or
    more and the shorter at least 0.6 of the longer)."""
    if len_a == len_b:
        return True
    shorter, longer = (len_a, len_b) if len_a < len_b else (len_b, len_a)
    return shorter >= 8 and shorter >= 0.6 * longer


def _stems(text: str) -> set[str]:
    """The content words of ``text``, case-folded and cut to five letters (``plagued``
    and ``plagues``, ``Verlängerung`` and ``verlängert``, ``Töchter`` and ``Tochter``
    meet), and its numbers (``Blockhaus 3``)."""
    words = title_key(text).split()
    return {_fold(w)[:5] for w in words if (w not in STOPWORDS and len(w) > 1) or w.isdigit()}


def _fold(word: str) -> str:
    """``word`` without its accents and umlauts (``Töchter`` and ``Tochter`` meet)."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def shared_words(candidate: str, title: str) -> float:
    """How much of the shorter of two headlines the other repeats: the share of its
    content words (five-letter stems) and numbers found in the other, ``0.0`` when
    fewer than two are shared, or numbers only. A page's ``<title>`` and the headline
    it prints often differ in wording (``Bloomberg is having to answer questions about
    his past`` / ``As his first debate nears, Bloomberg is having to answer about his
    past``)."""
    a, b = _stems(candidate), _stems(title)
    shared = a & b
    if len(shared) < 2 or all(w.isdigit() for w in shared):
        return 0.0  # (numbers alone: a time, a date)
    return len(shared) / min(len(a), len(b))


_GAP = regex.compile(r"\s++", _FLAGS)


def _gap_after(text: str, key: str) -> regex.Match[str] | None:
    """The first run of white space in ``text`` after an opening whose :func:`title_key`
    is ``key``; ``None`` when no opening has it."""
    for m in _GAP.finditer(text):
        opening = title_key(text[: m.start()])
        if opening == key:
            return m
        if len(opening) > len(key):
            break
    return None


def headline_end(text: str, headline: str, page: str) -> int | None:
    """Where ``headline`` ends when ``text`` opens with it and goes on with three words or
    more that the page title (``page``) does not hold: a headline and its subtitle
    printed as one line. ``None`` otherwise."""
    want = title_key(headline)
    if len(want) < 8:
        return None
    m = _gap_after(text, want)
    if m is None:
        return None
    rest = _stems(text[m.end() :])
    return m.start() if len(rest) >= 3 and not rest & _stems(page) else None


def kicker_end(text: str, page: str) -> int | None:
    """Where the headline starts when ``text`` opens with the kicker of the page title
    ``page`` (its first part, or what comes before its first ``: ``) and goes on with
    three words or more: the kicker and the headline printed as one line (``Kind krank
    Was Arbeitgeber über die Rechte von Eltern wissen müssen`` under the page title
    ``Kind krank: Was Arbeitgeber wissen müssen | impulse``). ``None`` otherwise."""
    ranges = part_ranges(page)
    first = page[ranges[0][0] : ranges[0][1]] if len(ranges) >= 2 else page
    kickers = [first] if ranges else []
    if ": " in first:
        kickers.append(first.split(": ", 1)[0])
    for kicker in kickers:
        want = title_key(kicker)
        if not want or word_count_key(want) > 6:
            continue
        m = _gap_after(text, want)
        if m is not None:
            # run together with no mark between (`Kind krank Was …`): a kicker
            # printed with its colon or dash is part of the headline as printed
            joined = text[m.start() - 1].isalnum() and text[m.end() : m.end() + 1].isalnum()
            rest = title_key(text[m.end() :])
            return m.end() if joined and word_count_key(rest) >= 3 else None
    return None


def word_count_key(key: str) -> int:
    """The number of words of a :func:`title_key`."""
    return key.count(" ") + 1 if key else 0
