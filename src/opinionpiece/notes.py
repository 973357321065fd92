"""Author and editor's notes: strip the label, split into bio and disclaimer."""

from __future__ import annotations

import attrs
import regex

from . import diagnostics as diag
from .model import Author, Diagnostic, EditorNote, Role
from .profiles import CompiledProfile
from .rules import Classified, Decision
from .segment import Unit

__all__ = [
    "END_NOTE_RE",
    "attach_bios",
    "note_rule",
    "read_note",
    "split_note",
    "split_sentences",
]

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


def note_rule(unit: Unit, profile: CompiledProfile) -> Decision | None:
    """Local rule: a labelled note, an end note, or a lone disclaimer."""
    if profile.note_label_re.match(unit.text):
        return Decision(role=Role.EDITOR_NOTE, reason="note label")
    if END_NOTE_RE.match(unit.text):
        return Decision(role=Role.EDITOR_NOTE, reason="author note")
    if (
        profile.disclaimer_re is not None
        and len(unit.text) <= 400
        and profile.disclaimer_re.fullmatch(unit.text)
    ):
        return Decision(role=Role.EDITOR_NOTE, reason="disclaimer")
    return None


def read_note(doc: Classified) -> tuple[EditorNote | None, list[Diagnostic]]:
    """Merge every note unit into one :class:`EditorNote`."""
    units = doc.of(Role.EDITOR_NOTE)
    if not units:
        return None, []
    texts: list[str] = []
    bios: list[str] = []
    disclaimers: list[str] = []
    spans = []
    for unit in units:
        text, bio, disclaimer = split_note(unit.text, doc.profile)
        texts.append(text)
        spans.append(doc.unit_span(unit))
        if bio:
            bios.append(bio)
        if disclaimer:
            disclaimers.append(disclaimer)
    found: list[Diagnostic] = []
    if not disclaimers:
        found.append(diag.make("OP301", "the author note has no disclaimer sentence", spans[0]))
    note = EditorNote(
        text=" ".join(texts),
        spans=tuple(spans),
        bio=" ".join(bios) or None,
        disclaimer=" ".join(disclaimers) or None,
    )
    return note, found


_THE_AUTHOR = regex.compile(r"\bthe\s++authors?+\b", _FLAGS | regex.IGNORECASE)


def attach_bios(authors: list[Author], note: EditorNote | None) -> list[Author]:
    """Give each author the part of the note's bio about them."""
    if note is None or not note.bio or not authors:
        return authors
    bio = note.bio
    if len(authors) == 1:
        a = authors[0]
        mentions = any(p in bio for p in a.name.split() if len(p) > 2)
        if mentions or _THE_AUTHOR.search(note.text):
            return [attrs.evolve(a, bio=bio)]
        return authors
    # several authors: each sentence goes to the author it names; sentences that name
    # nobody (he, she) go to the last one named
    bios: dict[int, list[str]] = {}
    current: int | None = None
    for sentence in split_sentences(bio):
        for k, a in enumerate(authors):
            if a.name in sentence or a.name.split()[-1] in sentence:
                current = k
                break
        if current is not None:
            bios.setdefault(current, []).append(sentence)
    return [
        attrs.evolve(a, bio=" ".join(bios[k])) if k in bios else a for k, a in enumerate(authors)
    ]
