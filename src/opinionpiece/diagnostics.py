"""The stable diagnostic codes, in one table.

Each code keeps its meaning across releases; new codes are added, never renumbered.
"""

from __future__ import annotations

from .model import Diagnostic, Severity, Span

__all__ = ["CODES", "make"]

#: code -> (default severity, one-line meaning)
CODES: dict[str, tuple[Severity, str]] = {
    "OP100": (Severity.WARNING, "The input holds no text at all (empty or white space)."),
    "OP101": (Severity.WARNING, "No title could be found."),
    "OP102": (Severity.WARNING, "No body paragraph could be found."),
    "OP103": (Severity.INFO, "No byline or author could be found."),
    "OP110": (Severity.INFO, "The outlet profile was chosen from evidence in the text."),
    "OP111": (Severity.INFO, "The encoding of the input bytes was detected (encoding='auto')."),
    "OP120": (
        Severity.WARNING,
        "The time budget ran out; the rest was kept as body text, quotes not searched further.",
    ),
    "OP201": (Severity.WARNING, "A quotation mark was never closed; no quote was made from it."),
    "OP202": (Severity.INFO, "A closing quotation mark had no opening mark."),
    "OP301": (Severity.INFO, "An editor's note had no disclaimer sentence."),
    "OP900": (Severity.ERROR, "An internal error was caught; the result is a fallback."),
}


def make(code: str, message: str, span: Span | None = None) -> Diagnostic:
    """Build a diagnostic with the code's default severity."""
    severity = CODES[code][0]
    return Diagnostic(code=code, message=message, span=span, severity=severity)
