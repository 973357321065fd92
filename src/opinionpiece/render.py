"""Render a parsed article back as clean text or Markdown.

The rendering holds the article only: title, standfirst, byline, the editor's note,
the body paragraphs with their subheadings, and the captions with their credits, each
caption where it first appeared. Site chrome, blank runs and repeated captions are gone.
"""

from __future__ import annotations

from typing import Literal

import regex

from .model import Article, Author, Caption

__all__ = ["render"]

Format = Literal["text", "markdown"]

# Characters that would start a Markdown construct at the beginning of a line.
_MD_LEAD = regex.compile(r"^(?:[#>+*=|-]|\d+[.)](?=\s)|`{3}|~{3})")


def render(article: Article, format: Format = "text") -> str:
    """Return the clean article as plain text or Markdown.

    Args:
        article: A parsed article.
        format: ``"text"`` (plain lines, captions as ``text /credit``) or ``"markdown"``
            (``#`` title, ``##`` subheadings, the note as a block quote, captions in
            italics).

    Returns:
        The rendering, ending with one newline (an empty string for an empty article).

    Raises:
        ValueError: an unknown ``format``.

    Example:
        >>> import opinionpiece
        >>> article = opinionpiece.parse("A title\\n\\nBy Jane Doe\\n\\nThe first paragraph.\\n")
        >>> print(render(article, "markdown"))
        # A title
        <BLANKLINE>
        *By Jane Doe*
        <BLANKLINE>
        The first paragraph.
        <BLANKLINE>

    .. versionadded:: 0.1.0
    """
    if format not in ("text", "markdown"):
        raise ValueError(f"unknown format {format!r}: use 'text' or 'markdown'")
    md = format == "markdown"
    parts: list[str] = []
    if article.title:
        parts.append(f"# {_one_line(article.title)}" if md else _one_line(article.title))
    if article.standfirst:
        parts.append(f"*{_escape(article.standfirst)}*" if md else article.standfirst)
    byline = _byline(article.authors)
    if byline:
        parts.append(f"*{_escape(byline)}*" if md else byline)

    first_body = article.paragraphs[0].span.start if article.paragraphs else None
    note = article.editor_note
    note_at_end = note is not None and first_body is not None and note.spans[0].start > first_body
    if note is not None and not note_at_end:
        parts.append(_note(note.text, md))

    captions = sorted(article.captions, key=lambda c: c.spans[0].start if c.spans else 0)
    pending = list(captions)
    done = 0  # captions placed so far (an index, not list.pop(0): linear in captions)
    heading: str | None = None
    for paragraph in article.paragraphs:
        while (
            done < len(pending)
            and pending[done].spans
            and pending[done].spans[0].start < paragraph.span.start
        ):
            parts.append(_caption(pending[done], md))
            done += 1
        if paragraph.heading is not None and paragraph.heading != heading:
            heading = paragraph.heading
            parts.append(f"## {_one_line(heading)}" if md else heading)
        parts.append(_escape(paragraph.text) if md else paragraph.text)
    parts.extend(_caption(caption, md) for caption in pending[done:])
    if note is not None and note_at_end:
        parts.append(_note(note.text, md))
    parts = [p for p in parts if p]
    return "\n\n".join(parts) + "\n" if parts else ""


def _byline(authors: tuple[Author, ...]) -> str:
    names = [a.name for a in authors if a.name]
    if not names:
        return ""
    if len(names) == 1:
        return f"By {names[0]}"
    return f"By {', '.join(names[:-1])} and {names[-1]}"


def _note(text: str, md: bool) -> str:
    if md:
        return f"> **Editor's note:** {_one_line(text)}"
    return f"Editor's note: {text}"


def _caption(caption: Caption, md: bool) -> str:
    text = caption.text.strip()
    credit = (caption.credit or "").strip()
    if md:
        body = f"*{_escape(text)}*" if text else ""
        tail = _escape(credit)
        return " — ".join(p for p in (body, tail) if p)
    if text and credit:
        return f"{text} /{credit}"
    if credit:
        return f"[Photo: {credit}]"
    return text


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _escape(text: str) -> str:
    """Keep a line of prose from being read as Markdown syntax."""
    text = _one_line(text).replace("*", r"\*").replace("_", r"\_")
    lead = _MD_LEAD.match(text)
    if lead is None:
        return text
    if lead.group()[0].isdigit():  # "1. " becomes "1\. "
        cut = lead.end() - 1
        return text[:cut] + "\\" + text[cut:]
    return "\\" + text
