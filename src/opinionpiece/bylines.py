"""Bylines: who wrote the article, read into :class:`~opinionpiece.model.Author` records.

Handles ``By X``, ``By X and Y``, ``X, Y and Z``, ``By X | Outlet | Updated: …``, names
in capitals (returned in natural case, the span still on the raw text), a bare name line
under the title, and the German ``Von X und Y``. Agencies and site names are not
persons: they are returned apart.
"""

from __future__ import annotations

import attrs
import regex

from . import vocabulary as voc
from .model import Author, Role
from .profiles import CompiledProfile
from .rules import Classified, Decision, is_prose
from .segment import Unit

__all__ = [
    "NameSpan",
    "byline_rule",
    "looks_like_name",
    "natural_case",
    "parse_byline",
    "read_authors",
]

_FLAGS = regex.VERSION1
_BY = regex.compile(r"\A(?:by|von|written by|words by|text:|byline:)\s*+", _FLAGS | regex.I)
_SPLIT = regex.compile(r"\s*+,\s*+(?:(?:and|und)\s++)?+|\s++(?:and|und|&)\s++", _FLAGS)
_NAME_TOKEN = regex.compile(
    r"(?:\p{Lu}[\p{L}'’.-]*+|(?:van|von|der|de|den|del|da|di|du|la|le|bin|ibn|al|el|ben)"
    r"(?:-\p{Lu}[\p{L}'’-]*+)?+)",
    _FLAGS,
)
_AGENCY_RE = regex.compile(r"\A" + voc.alternation(voc.AGENCIES) + r"\Z", _FLAGS | regex.I)
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "for",
        "to",
        "is",
        "are",
        "was",
        "were",
        "with",
        "from",
        "at",
        "by",
        "this",
        "that",
        "it",
        "its",
        "as",
        "and",
        "or",
        "der",
        "die",
        "das",
        "und",
        "ist",
        "ein",
        "eine",
    ]
)


@attrs.frozen(kw_only=True)
class NameSpan:
    """A name read from a byline, with its ``(start, end)`` offsets in the given text."""

    name: str
    start: int
    end: int
    agency: bool = False


def natural_case(name: str) -> str:
    """``BALEW DEMISSIE`` → ``Balew Demissie``; names not all in capitals are kept."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) > 3 and all(c.isupper() for c in letters):
        return regex.sub(r"\p{L}+", lambda m: m.group().capitalize(), name.lower())
    return name


def looks_like_name(text: str) -> bool:
    """Whether ``text`` is shaped like a person's name: 2–5 capitalized tokens."""
    if not 3 <= len(text) <= 60 or any(c.isdigit() for c in text):
        return False
    if text[-1] in ".!?:;," and not regex.search(r"\b\p{Lu}\.\Z", text):
        return False
    tokens = text.split()
    if not 2 <= len(tokens) <= 5:
        return False
    if any(t.lower() in _STOP for t in tokens):
        return False
    return all(_NAME_TOKEN.fullmatch(t) for t in tokens) and text[0].isupper()


def parse_byline(text: str) -> list[NameSpan]:
    """Read the names in a byline ``text``; offsets are into ``text``.

    The part after the first ``|`` (outlet, date) is ignored here.
    """
    end = text.find("|")
    head_end = end if end >= 0 else len(text)
    m = _BY.match(text)
    pos = m.end() if m else 0
    out: list[NameSpan] = []
    segment = text[pos:head_end]
    cursor = pos
    for piece in _SPLIT.split(segment):
        idx = text.find(piece, cursor) if piece else -1
        if idx < 0:
            continue
        cursor = idx + len(piece)
        name = piece.strip(" ,;")
        if not name:
            continue
        start = text.find(name, idx)
        is_agency = bool(_AGENCY_RE.match(name))
        out.append(
            NameSpan(
                name=name if is_agency else natural_case(name),
                start=start,
                end=start + len(name),
                agency=is_agency,
            )
        )
    return out


_BYLINE_RE = regex.compile(
    r"\A(?:by|von|byline:|written by)\s++\p{Lu}[^|]{1,150}+(?:\|.{0,200}+)?+\Z",
    _FLAGS | regex.IGNORECASE,
)


def byline_rule(unit: Unit, profile: CompiledProfile) -> Decision | None:
    """Local rule: a ``By …`` / ``Von …`` line is a byline."""
    if len(unit.text) <= 300 and _BYLINE_RE.match(unit.text) and not is_prose(unit.text):
        return Decision(role=Role.BYLINE, reason="byline form")
    return None


def read_authors(doc: Classified) -> tuple[list[Author], list[str]]:
    """Read the authors and the agencies off every byline unit."""
    authors: list[Author] = []
    agencies: list[str] = []
    for unit in doc.of(Role.BYLINE):
        raw = doc.raw_text(unit)
        for ns in parse_byline(raw):
            name = " ".join(ns.name.split())
            if ns.agency:
                if name not in agencies:
                    agencies.append(name)
            elif name and all(a.name != name for a in authors):
                span = doc.span(unit.start + ns.start, unit.start + ns.end)
                authors.append(Author(name=name, span=span))
    return authors, agencies
