"""Stage 4 and 5: run the stages, extract the fields, assemble and check the Article.

normalize → segment → classify → extract → assemble. :func:`parse` is total on
``str``: an unexpected internal failure becomes an ``OP900`` diagnostic and a fallback
article whose blocks still tile the input.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from . import diagnostics as diag
from .bylines import parse_byline
from .captions import match_caption
from .classify import Decision, classify
from .dates import find_date
from .errors import ParseError
from .model import (
    Article,
    Author,
    Block,
    Caption,
    Diagnostic,
    EditorNote,
    Paragraph,
    Role,
    Severity,
    Span,
)
from .normalize import View, collapse_ws, make_view
from .notes import split_note, split_sentences
from .profiles import CompiledProfile, Profile, ProfileRegistry, compile_profile
from .quotes import extract_quotes
from .segment import Unit, segment

__all__ = ["parse"]

_DEFAULT_REGISTRY = ProfileRegistry.default()


def parse(
    text: str,
    *,
    profile: Profile | str | None = None,
    registry: ProfileRegistry | None = None,
    strict: bool = False,
    path: str | None = None,
) -> Article:
    """Parse one scraped article dump into an :class:`~opinionpiece.Article`.

    Args:
        text: The dump, exactly as read. Every span in the result points into it.
        profile: An outlet :class:`~opinionpiece.Profile` (or the name of one in the
            registry) to use instead of detecting one from the text.
        registry: The profiles to detect from (default: the built-in ones).
        strict: Raise :class:`~opinionpiece.ParseError` carrying every warning or error
            diagnostic instead of returning an article that has them.
        path: A file name used only in error messages.

    Returns:
        The article. Never raises on a ``str`` unless ``strict`` is set.

    Raises:
        TypeError: ``text`` is not a ``str`` (decode bytes with
            :func:`~opinionpiece.parse_file` or ``bytes.decode`` first).
        ParseError: with ``strict=True``, when there are warning or error diagnostics.
    """
    if not isinstance(text, str):
        raise TypeError(
            f"parse() takes a str, not {type(text).__name__}; "
            "decode bytes first or use parse_file()"
        )
    reg = registry if registry is not None else _DEFAULT_REGISTRY
    if isinstance(profile, str):
        try:
            profile = reg.get(profile)
        except KeyError:
            raise ValueError(f"unknown profile {profile!r}") from None
    try:
        article = _parse(text, profile, reg)
    except Exception as exc:  # noqa: BLE001 - totality: never raise on a str
        article = _fallback(text, exc)
    if strict:
        problems = [d for d in article.diagnostics if d.severity is not Severity.INFO]
        if problems:
            raise ParseError(problems, text, path)
    return article


def _fallback(text: str, exc: BaseException) -> Article:
    span = Span(start=0, end=len(text))
    blocks = (Block(role=Role.BODY, span=span, text=collapse_ws(text)),) if text else ()
    paragraphs = (Paragraph(text=collapse_ws(text), span=span),) if text.strip() else ()
    d = diag.make("OP900", f"internal error: {type(exc).__name__}: {exc}", None)
    return Article(source=text, blocks=blocks, paragraphs=paragraphs, diagnostics=(d,))


class _Extractor:
    """Reads the fields off classified units. One instance per parse."""

    def __init__(self, view: View, units: Sequence[Unit], decisions: Sequence[Decision]):
        self.view = view
        self.units = units
        self.decisions = decisions

    def span(self, start: int, end: int) -> Span:
        return Span(start=self.view.to_raw(start), end=self.view.to_raw_end(end))

    def unit_span(self, unit: Unit) -> Span:
        return self.span(unit.start, unit.end)

    def of(self, role: Role) -> list[Unit]:
        return [u for u, d in zip(self.units, self.decisions, strict=False) if d.role is role]


def _authors(ex: _Extractor) -> tuple[list[Author], list[str]]:
    authors: list[Author] = []
    agencies: list[str] = []
    for unit in ex.of(Role.BYLINE):
        raw = ex.view.text[unit.start : unit.end]
        for ns in parse_byline(raw):
            name = collapse_ws(ns.name)
            if ns.agency:
                if name not in agencies:
                    agencies.append(name)
            elif name and all(a.name != name for a in authors):
                span = ex.span(unit.start + ns.start, unit.start + ns.end)
                authors.append(Author(name=name, span=span))
    return authors, agencies


def _attach_bios(authors: list[Author], bio: str | None, note_text: str) -> list[Author]:
    if not bio or not authors:
        return authors
    if len(authors) == 1:
        a = authors[0]
        parts = a.name.split()
        mentions = any(p in bio for p in parts if len(p) > 2)
        if mentions or regex.search(r"\bthe\s+author\b", note_text, regex.IGNORECASE):
            return [
                Author(
                    name=a.name,
                    span=a.span,
                    bio=bio,
                    roles=a.roles,
                    affiliations=a.affiliations,
                    location=a.location,
                )
            ]
        return authors
    # several authors: each sentence goes to the author it names, pronoun sentences
    # to the last one named
    bios: dict[int, list[str]] = {}
    current: int | None = None
    for sentence in split_sentences(bio):
        for k, a in enumerate(authors):
            if a.name in sentence or a.name.split()[-1] in sentence:
                current = k
                break
        if current is not None:
            bios.setdefault(current, []).append(sentence)
    out = []
    for k, a in enumerate(authors):
        b = " ".join(bios.get(k, [])) or None
        out.append(
            Author(
                name=a.name,
                span=a.span,
                bio=b,
                roles=a.roles,
                affiliations=a.affiliations,
                location=a.location,
            )
        )
    return out


def _editor_note(
    ex: _Extractor, profile: CompiledProfile
) -> tuple[EditorNote | None, list[Diagnostic]]:
    units = ex.of(Role.EDITOR_NOTE)
    if not units:
        return None, []
    texts, bios, disclaimers, spans = [], [], [], []
    for unit in units:
        text, bio, disclaimer = split_note(unit.text, profile)
        texts.append(text)
        spans.append(ex.unit_span(unit))
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


def _captions(ex: _Extractor) -> list[Caption]:
    order: list[tuple[str, str | None]] = []
    spans: dict[tuple[str, str | None], list[Span]] = {}
    for unit in ex.of(Role.CAPTION):
        found = match_caption(unit.text)
        text, credit = found if found is not None else (unit.text, None)
        key = (text, credit or None)
        if key not in spans:
            order.append(key)
            spans[key] = []
        spans[key].append(ex.unit_span(unit))
    return [Caption(text=k[0], credit=k[1], spans=tuple(spans[k])) for k in order]


def _blocks(ex: _Extractor, raw: str) -> list[Block]:
    blocks: list[Block] = []
    pos = 0
    for unit, d in zip(ex.units, ex.decisions, strict=False):
        span = ex.unit_span(unit)
        if span.start > pos:
            blocks.append(Block(role=Role.BLANK, span=Span(start=pos, end=span.start), text=""))
        role = d.role if d.role is not None else Role.BODY
        reason = d.reason
        blocks.append(Block(role=role, span=span, text=unit.text, reason=reason))
        pos = span.end
    if pos < len(raw):
        blocks.append(Block(role=Role.BLANK, span=Span(start=pos, end=len(raw)), text=""))
    return blocks


def _parse(text: str, profile: Profile | None, registry: ProfileRegistry) -> Article:
    view = make_view(text)
    units = segment(view)
    found: list[Diagnostic] = []
    if profile is None:
        profile, evidence = registry.detect(view.text)
        if evidence:
            found.append(
                diag.make(
                    "OP110",
                    f"profile {profile.name!r} chosen from evidence: "
                    + "; ".join(repr(e[:60]) for e in evidence),
                )
            )
    else:
        evidence = ("given by the caller",)
    compiled = compile_profile(profile)
    decisions = classify(units, compiled)
    ex = _Extractor(view, units, decisions)

    title_units = ex.of(Role.TITLE)
    title = title_units[0].text if title_units else None
    title_span = ex.unit_span(title_units[0]) if title_units else None

    authors, agencies = _authors(ex)
    note, note_diags = _editor_note(ex, compiled)
    found.extend(note_diags)
    if note is not None:
        authors = _attach_bios(authors, note.bio, note.text)

    published = None
    for unit in ex.of(Role.DATELINE) + ex.of(Role.BYLINE):
        date = find_date(unit.text)
        if date is not None:
            published = date[0]
            break

    paragraphs: list[Paragraph] = []
    heading: str | None = None
    body_ranges: list[tuple[int, int]] = []
    for unit, d in zip(units, decisions, strict=False):
        if d.role is Role.HEADING:
            heading = unit.text
        elif d.role is Role.BODY:
            paragraphs.append(Paragraph(text=unit.text, span=ex.unit_span(unit), heading=heading))
            body_ranges.append((unit.start, unit.end))

    quotes, quote_diags = extract_quotes(view, body_ranges)
    found.extend(quote_diags)

    blocks = _blocks(ex, text)
    if not text.strip():
        found.append(diag.make("OP100", "the input holds no text"))
    else:
        if title is None:
            found.append(diag.make("OP101", "no title found"))
        if not paragraphs:
            found.append(diag.make("OP102", "no body paragraph found"))
        if not authors:
            found.append(diag.make("OP103", "no author found"))

    article = Article(
        source=text,
        title=title,
        title_span=title_span,
        authors=tuple(authors),
        agencies=tuple(agencies),
        published=published,
        outlet=profile.outlet if evidence else None,
        profile=profile.name,
        editor_note=note,
        paragraphs=tuple(paragraphs),
        quotes=tuple(quotes),
        captions=tuple(_captions(ex)),
        boilerplate=tuple(b for b in blocks if b.role is Role.BOILERPLATE),
        blocks=tuple(blocks),
        diagnostics=tuple(found),
    )
    check_invariants(article)
    return article


def check_invariants(article: Article) -> None:
    """Raise ``AssertionError`` if the blocks do not tile the source or a span is out."""
    n = len(article.source)
    pos = 0
    for block in article.blocks:
        if block.span.start != pos:
            raise AssertionError(f"blocks do not tile the source at {pos}")
        pos = block.span.end
    if pos != n:
        raise AssertionError(f"blocks end at {pos}, source at {n}")
    spans: list[Span] = [p.span for p in article.paragraphs]
    spans += [q.span for q in article.quotes]
    spans += [s for c in article.captions for s in c.spans]
    for span in spans:
        if span.end > n:
            raise AssertionError(f"span {span} lies outside the source")
