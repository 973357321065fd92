"""Stage 4 and 5: run the stages, extract the fields, assemble and check the Article.

normalize → segment → classify → extract → assemble. :func:`parse` is total on
``str``: an unexpected internal failure becomes an ``OP900`` diagnostic and a fallback
article whose blocks still tile the input.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator, Sequence
from typing import Literal

import regex

from . import diagnostics as diag
from .budget import Budget, default_budget
from .bylines import chosen_byline_text, read_authors, settle_bylines
from .captions import read_captions
from .classify import HEADLINE_FIELD, classify, place_standfirst
from .datelines import find_dateline
from .dates import read_published
from .errors import ParseError
from .language import detect_language, detect_language_in
from .lexicon import DEFAULT_LEXICONS, Lexicon, check
from .model import (
    Article,
    Block,
    Diagnostic,
    Paragraph,
    Role,
    Severity,
    Span,
    checked_span,
    trusted_block,
    trusted_span,
)
from .normalize import View, collapse_ws, make_view
from .notes import attach_bios, read_note, settle_notes
from .profiles import Profile, ProfileRegistry, compile_profile
from .quotes import extract_quotes
from .rules import Classified
from .segment import Unit, segment
from .titles import headline_end, kicker_end, main_part, main_part_range, title_key

__all__ = ["parse"]

_DEFAULT_REGISTRY = ProfileRegistry.default()


def parse(
    text: str,
    *,
    profile: Profile | str | None = None,
    registry: ProfileRegistry | None = None,
    lexicons: Sequence[Lexicon] | None = None,
    strict: bool = False,
    path: str | None = None,
    budget: float | Literal["auto"] | None = "auto",
) -> Article:
    """Parse one scraped article dump into an :class:`~opinionpiece.Article`.

    Args:
        text: The dump, exactly as read. Every span in the result points into it.
        profile: An outlet :class:`~opinionpiece.Profile` (or the name of one in the
            registry) to use instead of detecting one from the text.
        registry: The profiles to detect from (default: the built-in ones).
        lexicons: The quoting vocabularies (:class:`~opinionpiece.lexicon.Lexicon`) to
            read quotes with (default: English and German).
        strict: Raise :class:`~opinionpiece.ParseError` carrying every warning or error
            diagnostic instead of returning an article that has them.
        path: A file name used only in error messages.
        budget: The time budget in seconds; ``"auto"`` (the default) allows
            :func:`~opinionpiece.budget.default_budget` (2 s plus 25 µs per character),
            ``None`` disables it. When it runs out, the rest of the document is kept as
            body text, quote extraction stops, and an ``OP120`` warning says where; the
            blocks still tile the input. See :doc:`/robustness`.

    Returns:
        The article. Never raises on a ``str`` unless ``strict`` is set.

    Raises:
        ValueError: an unknown profile name, an empty or invalid ``lexicons`` choice, or a
            negative ``budget``.
        TypeError: ``text`` is not a ``str`` (decode bytes with
            :func:`~opinionpiece.parse_file` or ``bytes.decode`` first).
        ParseError: with ``strict=True``, when there are warning or error diagnostics.

    .. versionadded:: 0.1.0
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
    chosen = check(lexicons) if lexicons is not None else DEFAULT_LEXICONS
    if budget == "auto":
        limit = Budget(default_budget(len(text)))
    elif budget is None or (isinstance(budget, (int, float)) and not isinstance(budget, bool)):
        limit = Budget(budget)
    else:
        raise ValueError(f"budget must be a number of seconds, 'auto' or None, not {budget!r}")
    try:
        with _cyclic_gc_paused(len(text)):
            article = _parse(text, profile, reg, chosen, limit)
    except Exception as exc:  # noqa: BLE001 - totality: never raise on a str
        article = _fallback(text, exc)
    if strict:
        problems = [d for d in article.diagnostics if d.severity is not Severity.INFO]
        if problems:
            raise ParseError(problems, text, path)
    return article


#: From this many characters on, the cyclic garbage collector pauses during a parse.
_GC_PAUSE_FROM = 100_000


@contextlib.contextmanager
def _cyclic_gc_paused(size: int) -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a large input is parsed.

    A parse builds a few objects per line (units, decisions, spans, blocks) and frees them
    by reference counting, so the collector's passes over them only cost time: an eighth
    of the time on a megabyte of short lines. The collector is switched back on afterwards
    only when this call switched it off (a caller that keeps it off keeps it off).
    """
    if size < _GC_PAUSE_FROM or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _fallback(text: str, exc: BaseException) -> Article:
    span = Span(start=0, end=len(text))
    blocks = (Block(role=Role.BODY, span=span, text=collapse_ws(text)),) if text else ()
    paragraphs = (Paragraph(text=collapse_ws(text), span=span),) if text.strip() else ()
    d = diag.make("OP900", f"internal error: {type(exc).__name__}: {exc}", None)
    return Article(source=text, blocks=blocks, paragraphs=paragraphs, diagnostics=(d,))


def _unit_spans(view: View, units: Sequence[Unit]) -> list[Span]:
    """``[ex.unit_span(unit) for unit in units]``: the raw span of each unit (with its
    checks made inline, :func:`~opinionpiece.model.checked_span`)."""
    to_raw, to_raw_end = view.to_raw, view.to_raw_end
    return [checked_span(to_raw(unit.start), to_raw_end(unit.end)) for unit in units]


def _blocks(ex: Classified, raw: str, spans: Sequence[Span]) -> list[Block]:
    """The blocks tiling ``raw``: one per unit (``spans`` are the units' raw spans)."""
    blocks: list[Block] = []
    pos = 0  # (0 <= pos < start: the gap's span is valid, built without the checks)
    blank, body = Role.BLANK, Role.BODY
    for unit, d, span in zip(ex.units, ex.decisions, spans, strict=False):
        if span.start > pos:
            blocks.append(trusted_block(blank, trusted_span(pos, span.start), ""))
        role = d.role if d.role is not None else body
        blocks.append(trusted_block(role, span, unit.text, d.reason))
        pos = span.end
    if pos < len(raw):
        blocks.append(trusted_block(blank, trusted_span(pos, len(raw)), ""))
    return blocks


_QUOTED = regex.compile(r"[\"“”„«»‘’‚'‹›]", regex.VERSION1)
_CUT_REASONS = frozenset({"repeats the page title", "words of the page title"})


def _title(ex: Classified) -> tuple[str | None, Span | None]:
    """The title text and span; a page-title line loses its site parts."""
    for unit, d in zip(ex.units, ex.decisions, strict=True):
        if d.role is not Role.TITLE:
            continue
        if d.reason == "page title":
            found = main_part_range(ex.raw_text(unit))
            if found is not None:
                s, e = found
                raw = ex.raw_text(unit)
                while s < e and raw[s].isspace():
                    s += 1
                while e > s and raw[e - 1].isspace():
                    e -= 1
                return collapse_ws(raw[s:e]), ex.span(unit.start + s, unit.start + e)
        if d.reason in _CUT_REASONS:
            # the headline and its subtitle printed as one line: the page title tells
            # where the headline ends
            first = ex.units[0].text
            head = main_part(first) or first
            raw = ex.raw_text(unit)
            end = headline_end(raw, head, first) if unit is not ex.units[0] else None
            if end is not None:
                return collapse_ws(raw[:end]), ex.span(unit.start, unit.start + end)
            # a label over the headline printed on its line (`Press release : Headline`,
            # `Headline: …`) where the page title holds the headline alone; a quoted or
            # longer kicker (`"Pure emptiness": Headline`) is part of the headline
            cut = raw.rfind(": ")
            label = raw[:cut]
            if (
                unit is not ex.units[0]
                and cut > 0
                and title_key(raw[cut:]) == title_key(head)
                and (label.endswith(" ") or (len(label.split()) <= 3 and not _QUOTED.search(label)))
            ):
                start = cut + 2
                while start < len(raw) and (raw[start].isspace() or raw[start] in ">›»|"):
                    start += 1
                return collapse_ws(raw[start:]), ex.span(unit.start + start, unit.end)
        if d.reason == "headline after its kicker":
            raw = ex.raw_text(unit)
            after = kicker_end(raw, ex.units[0].text)
            if after is not None:
                return collapse_ws(raw[after:]), ex.span(unit.start + after, unit.end)
        if d.reason == "headline field":
            raw = ex.raw_text(unit)
            m = HEADLINE_FIELD.match(raw)
            if m is not None:
                return collapse_ws(raw[m.end() :]), ex.span(unit.start + m.end(), unit.end)
        return unit.text, ex.unit_span(unit)
    return None, None


def _parse(
    text: str,
    profile: Profile | None,
    registry: ProfileRegistry,
    lexicons: Sequence[Lexicon] = DEFAULT_LEXICONS,
    budget: Budget | None = None,
) -> Article:
    budget = budget if budget is not None else Budget(None)
    view = make_view(text)
    units = segment(view)
    budget.check("segmentation")
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
    decisions = classify(units, compiled, budget=budget)
    if not budget.check("classification"):
        settle_bylines(units, decisions, compiled)
        settle_notes(units, decisions, compiled)
        place_standfirst(units, decisions, settled=True)
    ex = Classified(view, units, decisions, compiled)
    spans = _unit_spans(view, units)  # shared by paragraphs and blocks

    title, title_span = _title(ex)

    authors, agencies = read_authors(ex)
    note, note_diags = read_note(ex)
    found.extend(note_diags)
    authors = attach_bios(authors, note, ex)
    published = read_published(ex, chosen_byline_text(ex))

    paragraphs: list[Paragraph] = []
    heading: str | None = None
    body_ranges: list[tuple[int, int]] = []
    for unit, d, span in zip(units, decisions, spans, strict=False):
        if d.role is Role.HEADING:
            heading = unit.text
        elif d.role is Role.BODY:
            paragraphs.append(Paragraph(text=unit.text, span=span, heading=heading))
            body_ranges.append((unit.start, unit.end))

    if not budget.check("extraction"):
        quotes, quote_diags = extract_quotes(view, body_ranges, lexicons=lexicons, budget=budget)
        found.extend(quote_diags)
    else:
        quotes = ()
    if budget.exceeded:
        found.append(
            diag.make(
                "OP120",
                f"the time budget of {budget.seconds:.3g} s ran out during {budget.where}: "
                "the rest was kept as body text and quotes were not searched further",
            )
        )

    blocks = _blocks(ex, text, spans)
    if not text.strip():
        found.append(diag.make("OP100", "the input holds no text"))
    else:
        if title is None:
            found.append(diag.make("OP101", "no title found"))
        if not paragraphs:
            found.append(diag.make("OP102", "no body paragraph found"))
        if not authors:
            found.append(diag.make("OP103", "no author found"))

    standfirst = next((u.text for u in ex.of(Role.STANDFIRST)), None)
    dateline = find_dateline(paragraphs[0].text) if paragraphs else None

    article = Article(
        source=text,
        title=title,
        title_span=title_span,
        authors=tuple(authors),
        agencies=tuple(agencies),
        published=published,
        outlet=profile.outlet if evidence else None,
        profile=profile.name,
        language=_language(paragraphs, text),
        editor_note=note,
        standfirst=standfirst,
        dateline=dateline,
        paragraphs=tuple(paragraphs),
        quotes=tuple(quotes),
        captions=tuple(read_captions(ex)),
        boilerplate=tuple(b for b in blocks if b.role is Role.BOILERPLATE),
        blocks=tuple(blocks),
        diagnostics=tuple(found),
    )
    check_invariants(article)
    return article


def _language(paragraphs: Sequence[Paragraph], text: str) -> str | None:
    """The language of the first 40 body paragraphs (joined by spaces), else of the
    start of the text when they hold nothing."""
    texts = [p.text for p in paragraphs[:40]]
    if len(texts) > 1 or (texts and texts[0]):  # the joined text is not empty
        return detect_language_in(texts)
    return detect_language(text[:5000])


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
    spans: list[Span | None] = [p.span for p in article.paragraphs]
    spans += [article.title_span]
    spans += [a.span for a in article.authors]
    spans += [s for q in article.quotes for s in (q.span, q.speaker_span, q.cue_span)]
    spans += [s for c in article.captions for s in c.spans]
    spans += list(article.editor_note.spans) if article.editor_note is not None else []
    spans += [d.span for d in article.diagnostics]
    for span in spans:
        if span is not None and span.end > n:
            raise AssertionError(f"span {span} lies outside the source")
