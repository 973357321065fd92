"""The typed document model.

Every class is an immutable ``attrs`` value class (frozen, slotted, keyword-only).
Collections are tuples. No serialization code lives here: see
:mod:`opinionpiece.serialize`.

Offsets convention
------------------
A :class:`Span` is a half-open interval ``[start, end)`` counted in Python string
characters (code points) of the *exact* string given to :func:`opinionpiece.parse`
(``Article.source``). ``article.source[span.start:span.end]`` is always the raw text
the element was read from, before any normalization.
"""

from __future__ import annotations

import datetime as _dt
import enum

import attrs

__all__ = [
    "Article",
    "Author",
    "Block",
    "Caption",
    "Diagnostic",
    "EditorNote",
    "Paragraph",
    "Quote",
    "Role",
    "Severity",
    "Span",
]


def _non_negative(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


@attrs.frozen(kw_only=True, order=True)
class Span:
    """A half-open ``[start, end)`` range of character offsets into ``Article.source``.

    Offsets count Python string characters (code points) of the exact string that was
    given to :func:`~opinionpiece.parse`; ``source[span.start:span.end]`` is the raw text.

    .. versionadded:: 0.1.0
    """

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_non_negative)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"Span end {self.end} is before start {self.start}")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, source: str) -> str:
        """Return the raw text this span covers in ``source``."""
        return source[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies entirely inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


class Role(str, enum.Enum):
    """What a :class:`Block` of the source is.

    .. versionadded:: 0.1.0
    """

    TITLE = "title"
    STANDFIRST = "standfirst"
    BYLINE = "byline"
    DATELINE = "dateline"
    EDITOR_NOTE = "editor_note"
    HEADING = "heading"
    BODY = "body"
    CAPTION = "caption"
    BOILERPLATE = "boilerplate"
    BLANK = "blank"


class Severity(str, enum.Enum):
    """How much a :class:`Diagnostic` matters.

    .. versionadded:: 0.1.0
    """

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@attrs.frozen(kw_only=True)
class Block:
    """A contiguous run of the source with one role.

    The blocks of an article tile its source: consecutive, with no gap and no overlap.
    ``text`` is the block's text with white space normalized; ``reason`` says why a
    block got its role (always set for boilerplate).

    .. versionadded:: 0.1.0
    """

    role: Role
    span: Span
    text: str
    reason: str | None = None


@attrs.frozen(kw_only=True)
class Paragraph:
    """One body paragraph: normalized ``text`` and the ``span`` it was read from.

    ``heading`` is the text of the nearest subheading above the paragraph, if any.

    .. versionadded:: 0.1.0
    """

    text: str
    span: Span
    heading: str | None = None


@attrs.frozen(kw_only=True)
class Author:
    """A person who wrote the article.

    ``name`` is in natural case (``By BALEW DEMISSIE`` gives ``Balew Demissie``) while
    ``span`` still points at the raw text. ``bio`` is the part of the author note about
    this person; ``roles`` and ``affiliations`` are read from the byline and the bio.

    .. versionadded:: 0.1.0
    """

    name: str
    span: Span | None = None
    bio: str | None = None
    roles: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()
    location: str | None = None


@attrs.frozen(kw_only=True)
class EditorNote:
    """The note about the author and the outlet's stance.

    ``text`` is the whole note without its label (``Editor's note:``), ``spans`` every
    place it was read from (several notes merge into one), ``bio`` the part about the
    author and ``disclaimer`` the sentence(s) distancing the outlet, verbatim with white
    space normalized.

    .. versionadded:: 0.1.0
    """

    text: str
    spans: tuple[Span, ...]
    bio: str | None = None
    disclaimer: str | None = None


@attrs.frozen(kw_only=True)
class Caption:
    """A photo or illustration caption.

    ``text`` is the caption without its credit, ``credit`` the credited party as printed
    (``Xinhua``, ``VCG Photo``) and ``spans`` every occurrence: a caption printed twice is
    one Caption with two spans.

    .. versionadded:: 0.1.0
    """

    text: str
    credit: str | None
    spans: tuple[Span, ...]


@attrs.frozen(kw_only=True)
class Quote:
    """A quoted run of words.

    ``text`` is the quoted words without the quotation marks; ``span`` covers the marks.
    ``speaker`` is the resolved name of who said it (or None), ``speaker_span`` the local
    mention that attributes it, ``cue``/``cue_span`` the reporting verb or phrase.
    ``kind`` is ``"full"`` (a sentence or more of reported speech) or ``"partial"``.

    .. versionadded:: 0.1.0
    """

    text: str
    span: Span
    speaker: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    kind: str = "partial"
    speaker_title: str | None = None


@attrs.frozen(kw_only=True)
class Diagnostic:
    """Something the parser could not decide, or wants to tell.

    ``code`` is stable (see the diagnostics table in the docs); ``span`` points at the
    text concerned, when there is one.

    .. versionadded:: 0.1.0
    """

    code: str
    message: str
    span: Span | None = None
    severity: Severity = Severity.WARNING


@attrs.frozen(kw_only=True)
class Article:
    """One parsed article: every field read off ``source``, every element with a span.

    ``blocks`` tile ``source`` exactly; ``paragraphs`` are the body only, in order;
    ``boilerplate`` are the chrome blocks, relabelled rather than deleted.

    .. versionadded:: 0.1.0
    """

    source: str = attrs.field(repr=False)
    title: str | None = None
    title_span: Span | None = None
    authors: tuple[Author, ...] = ()
    agencies: tuple[str, ...] = ()
    published: _dt.datetime | _dt.date | None = None
    outlet: str | None = None
    profile: str | None = None
    language: str | None = None
    standfirst: str | None = None
    dateline: str | None = None
    editor_note: EditorNote | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    quotes: tuple[Quote, ...] = ()
    captions: tuple[Caption, ...] = ()
    boilerplate: tuple[Block, ...] = ()
    blocks: tuple[Block, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()

    @property
    def text(self) -> str:
        """The body paragraphs joined by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    def _repr_html_(self) -> str:
        """The annotated HTML view, for notebooks (needs the ``html`` extra).

        .. versionadded:: 0.1.0
        """
        from .html import to_html

        return to_html(self, standalone=False)


# The parser builds a block per line of the input and a span per gap between lines (a
# whole page: about 370 of each). These build them for offsets the caller knows are
# valid, without ``__init__``'s checks: the same values (equal, same hash) in a third
# of the time. Not part of the API; ``Span(...)`` and ``Block(...)`` check as before.
_new = object.__new__
_SET_START = Span.__dict__["start"].__set__
_SET_END = Span.__dict__["end"].__set__
_SET_ROLE = Block.__dict__["role"].__set__
_SET_SPAN = Block.__dict__["span"].__set__
_SET_TEXT = Block.__dict__["text"].__set__
_SET_REASON = Block.__dict__["reason"].__set__


def trusted_span(start: int, end: int) -> Span:
    """``Span(start=start, end=end)`` for offsets the caller has checked:
    ``0 <= start <= end``."""
    span = _new(Span)
    _SET_START(span, start)
    _SET_END(span, end)
    return span


def trusted_block(role: Role, span: Span, text: str, reason: str | None = None) -> Block:
    """``Block(role=role, span=span, text=text, reason=reason)`` (a block has no checks)."""
    block = _new(Block)
    _SET_ROLE(block, role)
    _SET_SPAN(block, span)
    _SET_TEXT(block, text)
    _SET_REASON(block, reason)
    return block


def checked_span(start: int, end: int) -> Span:
    """``Span(start=start, end=end)``, its checks made inline: offsets that pass them
    (``0 <= start <= end``) are built by :func:`trusted_span`, the others go to ``Span``,
    which raises as before."""
    if 0 <= start <= end:
        return trusted_span(start, end)
    return Span(start=start, end=end)
