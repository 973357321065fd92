"""Datelines: the place (and agency) that opens a news paragraph.

``LONDON – …``, ``BEIJING, May 9 (Xinhua) -- …``, ``NEW YORK (AP) — …``, ``(CNN) — …``,
``Berlin (dpa) - …``. The dateline stays inside its paragraph; :func:`find_dateline`
says where it ends so the article can expose it as ``Article.dateline``.
"""

from __future__ import annotations

import regex

__all__ = ["find_dateline"]

_FLAGS = regex.VERSION1
_DASH = r"\s*+(?:--|[–—-])\s++"
# A place in capitals (``LONDON``, ``WASHINGTON, D.C.``, ``SAN JUAN, Puerto Rico``),
# then an optional date and an optional agency in parentheses, then a dash.
_CAPS_PLACE = r"\p{Lu}{2,}+(?:[ .'’-]{1,2}+\p{Lu}{1,}+\.?+){0,3}+"
_REGION = r"(?:,\s*+\p{Lu}[\p{L}.]{1,20}+(?:\s++\p{Lu}[\p{L}.]{1,20}+)?+)?+"
_DATE = r"(?:,\s*+\p{L}{3,9}+\.?+\s++\d{1,2}+)?+"
_AGENCY = r"(?:\s*+\([\p{L}\p{N} .&/-]{2,30}+\))"
_DATELINE = regex.compile(
    r"\A(?:"
    + _CAPS_PLACE
    + _REGION
    + _DATE
    + _AGENCY
    + r"?+"
    + r"|\p{Lu}[\p{L}.'’-]{1,30}+(?:\s++\p{Lu}[\p{L}.'’-]{1,30}+){0,2}+"
    + _DATE
    + _AGENCY
    + r"|"
    + _AGENCY
    + r")"
    + _DASH
    + r"(?=[\p{Lu}\p{N}\"“‘'„«(])",
    _FLAGS,
)
_PAREN_ONLY = regex.compile(r"\A\((?:CNN|AP|AFP|Reuters|dpa|Xinhua)\)\s++(?=\p{Lu})", _FLAGS)


def find_dateline(text: str) -> str | None:
    """The dateline opening ``text`` (without the dash), or ``None``."""
    m = _DATELINE.match(text[:120])
    if m is None:
        m = _PAREN_ONLY.match(text[:40])
        if m is None:
            return None
    found = m.group().strip()
    found = regex.sub(r"\s*+(?:--|[–—-])\Z", "", found, flags=_FLAGS)
    return found or None
