"""Author and editor's notes: strip the label, split into bio and disclaimer."""

from __future__ import annotations

import regex

from .profiles import CompiledProfile

__all__ = ["END_NOTE_RE", "split_note", "split_sentences"]

_FLAGS = regex.VERSION1
#: An end note without label: ``The author is …``, ``The writer is …``.
END_NOTE_RE = regex.compile(
    r"\A(?:the\s++(?:author|authors|writer|writers)\s++(?:is|are|was|were)\b|"
    r"der\s++autor\s++ist\b|die\s++autorin\s++ist\b)",
    _FLAGS | regex.IGNORECASE,
)
_ABBREV = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "no",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "gen",
        "col",
        "lt",
        "sen",
        "rep",
        "gov",
        "u.s",
        "u.k",
        "e.g",
        "i.e",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
_BOUNDARY = regex.compile(r"(?<=[.!?…][\"”’)]?+)\s++(?=[\"“(]?+[\p{Lu}\p{N}])", _FLAGS)


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences, keeping abbreviations (``U.S.``, ``Dr.``) intact."""
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        before = text[start : m.start()]
        last = before.rsplit(None, 1)[-1].rstrip('.!?…"”’)').lower() if before.strip() else ""
        if last in _ABBREV or (len(last) == 1 and last.isalpha()):
            continue
        out.append(before.strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def split_note(text: str, profile: CompiledProfile) -> tuple[str, str | None, str | None]:
    """Split a note into ``(text without label, bio, disclaimer)``."""
    m = profile.note_label_re.match(text)
    body = text[m.end() :] if m else text
    body = body.strip()
    bio: list[str] = []
    disclaimer: list[str] = []
    for sentence in split_sentences(body):
        if profile.disclaimer_re is not None and profile.disclaimer_re.match(sentence):
            disclaimer.append(sentence)
        else:
            bio.append(sentence)
    return body, (" ".join(bio) or None), (" ".join(disclaimer) or None)
