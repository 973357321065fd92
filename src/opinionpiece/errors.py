"""Exceptions raised at the edges of the library.

:func:`~opinionpiece.parse` never raises on a ``str``; these are for bad input at the
edges (files, bytes, wrong types) and for ``strict=True``.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Diagnostic

__all__ = ["InputError", "ParseError", "format_diagnostic", "line_col"]


class InputError(ValueError):
    """Input that cannot be turned into text: unreadable file or undecodable bytes.

    ``path`` names the file (or ``None`` for in-memory bytes) and ``offset`` the byte
    where decoding failed, when that is the problem.

    .. versionadded:: 0.1.0
    """

    def __init__(self, message: str, *, path: str | None = None, offset: int | None = None):
        self.path = path
        self.offset = offset
        prefix = f"{path}: " if path else ""
        suffix = f" (at byte {offset})" if offset is not None else ""
        super().__init__(f"{prefix}{message}{suffix}")


def line_col(source: str, offset: int) -> tuple[int, int]:
    """Return the 1-based line and column of ``offset`` in ``source``.

    Lines break at ``\\n``, ``\\r\\n`` and a lone ``\\r``.
    """
    offset = max(0, min(offset, len(source)))
    head = source[:offset]
    line = head.count("\n") + head.count("\r") - head.count("\r\n") + 1
    last = max(head.rfind("\n"), head.rfind("\r"))
    return line, offset - last


def format_diagnostic(diagnostic: Diagnostic, source: str, path: str | None = None) -> str:
    """Render a diagnostic as ``[file:]line:col: CODE message``."""
    if diagnostic.span is not None:
        line, col = line_col(source, diagnostic.span.start)
    else:
        line, col = 1, 1
    prefix = f"{path}:" if path else ""
    return f"{prefix}{line}:{col}: {diagnostic.code} {diagnostic.message}"


class ParseError(ValueError):
    """Raised by ``parse(..., strict=True)``: carries every diagnostic at once.

    .. versionadded:: 0.1.0
    """

    def __init__(
        self, diagnostics: Sequence[Diagnostic], source: str, path: str | None = None
    ) -> None:
        self.diagnostics = tuple(diagnostics)
        self.path = path
        lines = [format_diagnostic(d, source, path) for d in self.diagnostics]
        super().__init__(f"{len(lines)} problem(s) found:\n" + "\n".join(lines))
