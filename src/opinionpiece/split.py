"""Split a news-database export holding many documents into one text per article.

Exports from news databases (LexisNexis style) put many articles in one file, each
opened by a counter line such as ``12 of 1211 DOCUMENTS`` and written as fields
(``HEADLINE:``, ``BYLINE:``, ``BODY:``, ``LOAD-DATE:``). :func:`split` finds the article
boundaries so that each article can be parsed alone.

The pieces *tile* the text: they are consecutive, with no gap and no overlap, so joining
them gives the input back. Text before the first article (a search summary, a blank run)
goes with the first piece.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import regex

from .model import Span

__all__ = ["split"]

# "12 of 1211 DOCUMENTS" alone on its line (indented in many exports).
_COUNTER = regex.compile(
    r"(?m)^[ \t]*\d{1,7}[ \t]+of[ \t]+\d{1,7}[ \t]+DOCUMENTS?[ \t]*\r?$", regex.I
)
# A HEADLINE: field opening a document when there are no counter lines.
_HEADLINE = regex.compile(r"(?m)^[ \t]*HEADLINE:")
# Lines that may stand above a HEADLINE: field as the document's own header.
_HEADER_LINE = regex.compile(
    r"""^[ \t]*(?:
        (?:copyright|©|\(c\))\b.*            # copyright notice
      | all[ \t]+rights[ \t]+reserved\.?     # its second line
      | [^\s.!?:;)"'\u201d\u2019][^.!?:;]{0,78}[^\s.!?:;)"'\u201d\u2019]  # a short line
    )[ \t]*\r?$""",
    regex.I | regex.X,
)
# Trailing fields that end the previous document.
_TRAILING_FIELD = regex.compile(
    r"^[ \t]*(?:LOAD-DATE|LANGUAGE|PUBLICATION-TYPE|GRAPHIC|DOCUMENT-TYPE|JOURNAL-CODE"
    r"|URL|NOTES|CORRECTION-DATE|SUBJECT|GEOGRAPHIC|INDUSTRY|COMPANY|PERSON|TICKER)\s*:",
)


def split(text: str) -> Iterator[tuple[Span, str]]:
    """Yield one ``(span, text)`` per article of a multi-document export.

    Articles start at ``N of M DOCUMENTS`` counter lines; an export without counters but
    with several ``HEADLINE:`` fields is cut before each headline's header lines (outlet,
    date, copyright). Anything else is one article: a dump with one article yields one
    item covering all of it. The spans tile ``text`` (``span.slice(text)`` is the piece),
    so nothing is lost between articles.

    Args:
        text: The export, exactly as read.

    Yields:
        ``(span, piece)`` pairs in order, with ``piece == text[span.start:span.end]``.

    Example:
        >>> text = "1 of 2 DOCUMENTS\\nHEADLINE: A\\n\\n2 of 2 DOCUMENTS\\nHEADLINE: B\\n"
        >>> [piece for _, piece in split(text)]
        ['1 of 2 DOCUMENTS\\nHEADLINE: A\\n\\n', '2 of 2 DOCUMENTS\\nHEADLINE: B\\n']

    .. versionadded:: 0.1.0
    """
    starts = _starts(text)
    if not starts:
        yield Span(start=0, end=len(text)), text
        return
    bounds = [0, *starts[1:], len(text)] if starts[0] > 0 else [*starts, len(text)]
    for start, end in itertools.pairwise(bounds):
        yield Span(start=start, end=end), text[start:end]


def _starts(text: str) -> list[int]:
    """Offsets where articles start (the first may be later than 0); [] for one article."""
    counters = [m.start() for m in _COUNTER.finditer(text)]
    if len(counters) >= 2:
        return counters
    if counters:
        return []
    heads = [m.start() for m in _HEADLINE.finditer(text)]
    if len(heads) < 2:
        return []
    starts: list[int] = []
    previous = -1
    for head in heads:
        start = max(_header_start(text, head), previous + 1)
        starts.append(start)
        previous = head
    return starts


def _header_start(text: str, headline: int) -> int:
    """Walk back from a ``HEADLINE:`` line over blank and header lines; return the start."""
    start = headline
    pos = headline
    while pos > 0:
        line_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[line_start:pos].rstrip("\n")
        if line.strip():
            if _TRAILING_FIELD.match(line) or not _HEADER_LINE.match(line):
                break
            start = line_start
        pos = line_start
    # Leading blank lines stay with the previous article.
    return start
