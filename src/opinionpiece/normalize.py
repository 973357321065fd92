"""Stage 1: a normalized *view* of the raw text, with an offset map back to it.

The raw text is never rewritten. The view differs from it in three ways only:

* every line end (``\\r\\n``, ``\\r\\r\\n``, a lone ``\\r``, U+2028/U+2029, ``\\x0b``,
  ``\\x0c``, ``\\x85``) becomes one ``\\n``;
* every other space-like character (tab, no-break and other Unicode spaces, C0 control
  characters and NUL) becomes one plain space, position for position;
* invisible format characters (zero-width space, word joiner, byte-order mark, soft
  hyphen) are dropped.

:class:`View` maps any view offset back to a raw offset. Only the edits that change
length (multi-character line ends, dropped characters) create map entries, so the map
is tiny for ordinary text.
"""

from __future__ import annotations

import bisect
import re

__all__ = ["View", "collapse_ws", "make_view"]

_SPACE_CHARS = (
    "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u202f\u205f\u3000"
    + "".join(chr(c) for c in range(0x20) if c not in (0x09, 0x0A, 0x0B, 0x0C, 0x0D))
    + "\x7f"
)
# One character class: `re` scans for it fast, and replacing each hit by one space keeps
# every position (far faster than `str.translate` with a table).
_SPACE = re.compile("[" + re.escape(_SPACE_CHARS) + "]")
# Characters that become line ends, and invisible ones that are dropped.
_BREAK_CHARS = "\r\x0b\x0c\x85\u2028\u2029"
_INVISIBLE_CHARS = "\u200b\u2060\ufeff\u00ad"
# Characters that change length or become line ends. Plain `re` is enough: the
# alternatives are literal and cannot backtrack.
_EDIT = re.compile("\r\r\n|\r\n|[" + _BREAK_CHARS + "]|[" + _INVISIBLE_CHARS + "]+")
# The first characters of `_EDIT`'s matches: found by a fast scan, then matched in place.
_EDIT_START = re.compile("[" + _BREAK_CHARS + _INVISIBLE_CHARS + "]")


class View:
    """The normalized text of a source plus the offset map back into it."""

    __slots__ = ("_raw_at", "_view_at", "raw_length", "text")

    def __init__(self, text: str, view_at: list[int], raw_at: list[int], raw_length: int):
        self.text = text
        #: sorted view offsets where the view->raw delta changes
        self._view_at = view_at
        #: raw offset of the view offset at the same index
        self._raw_at = raw_at
        self.raw_length = raw_length

    def to_raw(self, pos: int) -> int:
        """Raw offset of view offset ``pos`` (the start of that view character)."""
        if not self._view_at:
            return pos  # nothing changed length: the common case
        i = bisect.bisect_right(self._view_at, pos) - 1
        if i < 0:
            return pos
        return self._raw_at[i] + (pos - self._view_at[i])

    def to_raw_end(self, pos: int) -> int:
        """Raw offset just after view character ``pos - 1`` (an exclusive end).

        For an end right after a non-space character, that character is always one raw
        character long, so the end is tight: dropped characters after it stay outside.
        """
        if pos <= 0:
            return 0
        return self.to_raw(pos - 1) + 1 if pos <= len(self.text) else self.raw_length


def make_view(raw: str) -> View:
    """Build the normalized :class:`View` of ``raw``."""
    text = _SPACE.sub(" ", raw) if _SPACE.search(raw) is not None else raw
    hit = _EDIT_START.search(text)
    if hit is None:
        return View(text, [], [], len(raw))
    pieces: list[str] = []
    view_at: list[int] = []
    raw_at: list[int] = []
    last = 0
    vpos = 0
    while hit is not None:
        # an edit starts at every hit, so this visits the matches of `_EDIT.finditer`
        m = _EDIT.match(text, hit.start())
        assert m is not None
        s, e = m.span()
        pieces.append(text[last:s])
        vpos += s - last
        # the replacement character (if any) maps to the start of the raw match
        if m.group()[0] in "\u200b\u2060\ufeff\u00ad":
            view_at.append(vpos)
            raw_at.append(e)
        else:
            pieces.append("\n")
            view_at.append(vpos)
            raw_at.append(s)
            vpos += 1
            view_at.append(vpos)
            raw_at.append(e)
        last = e
        hit = _EDIT_START.search(text, e)
    pieces.append(text[last:])
    return View("".join(pieces), view_at, raw_at, len(raw))


def collapse_ws(text: str) -> str:
    """Collapse every run of white space into one space and strip the ends."""
    # `str.split()` splits on exactly what `\s` (and `str.strip()`) call white space
    return " ".join(text.split())
