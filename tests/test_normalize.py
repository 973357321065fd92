"""The normalized view and its offset map."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from opinionpiece.normalize import collapse_ws, make_view


@pytest.mark.parametrize(
    ("raw", "view"),
    [
        ("a\r\nb", "a\nb"),
        ("a\r\r\nb", "a\nb"),
        ("a\rb", "a\nb"),
        ("a\u2028b\u2029c", "a\nb\nc"),
        ("a\u00a0b\tc", "a b c"),
        ("ab\u200bcd\ufeff", "abcd"),
        ("so\u00adft", "soft"),
        ("nul\x00here", "nul here"),
        ("plain text", "plain text"),
    ],
)
def test_view_text(raw: str, view: str) -> None:
    assert make_view(raw).text == view


@given(st.text(alphabet="ab\r\n\u200b\u00a0\u2028\t\ufeff", max_size=60))
def test_every_visible_char_maps_back(raw: str) -> None:
    v = make_view(raw)
    for i, ch in enumerate(v.text):
        j = v.to_raw(i)
        assert 0 <= j < len(raw)
        if ch in "ab":
            assert raw[j] == ch
            assert v.to_raw_end(i + 1) == j + 1


def test_map_is_monotonic_over_crlf() -> None:
    raw = "one\r\ntwo\r\r\nthree\u200b four"
    v = make_view(raw)
    offsets = [v.to_raw(i) for i in range(len(v.text))]
    assert offsets == sorted(offsets)
    start = v.text.index("four")
    assert raw[v.to_raw(start) : v.to_raw_end(start + 4)] == "four"


def test_collapse_ws() -> None:
    assert collapse_ws("  a \n\n b\tc  ") == "a b c"


# The fast paths of make_view and collapse_ws against the plain definitions they replace.
_SPACES = (
    "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u202f\u205f\u3000"
    + "".join(chr(c) for c in range(0x20) if c not in (0x09, 0x0A, 0x0B, 0x0C, 0x0D))
    + "\x7f"
)
_DROPPED = "\u200b\u2060\ufeff\u00ad"


def _plain_view(raw: str) -> tuple[str, list[int]]:
    """The view text and the raw offset of every view character, by the definition."""
    text: list[str] = []
    at: list[int] = []
    i = 0
    while i < len(raw):
        ch = raw[i]
        if raw.startswith("\r\r\n", i) or raw.startswith("\r\n", i):
            width = 3 if raw.startswith("\r\r\n", i) else 2
            text.append("\n")
            at.append(i)
            i += width
            continue
        if ch in "\r\x0b\x0c\x85\u2028\u2029":
            text.append("\n")
        elif ch in _DROPPED:
            i += 1
            continue
        else:
            text.append(" " if ch in _SPACES else ch)
        at.append(i)
        i += 1
    return "".join(text), at


@given(st.text(alphabet="ab é中\r\n\x0b\x0c\x85\u2028\u2029\x00\x1c\x7f" + _SPACES[:4] + _DROPPED))
def test_view_matches_its_definition(raw: str) -> None:
    view = make_view(raw)
    text, at = _plain_view(raw)
    assert view.text == text
    assert [view.to_raw(i) for i in range(len(text))] == at


@given(st.text(alphabet="ab \t\n\r\x0b\x0c\x1c\x1f\x85\u00a0\u2028\u3000\u200b"))
def test_collapse_ws_matches_regex(text: str) -> None:
    assert collapse_ws(text) == re.sub(r"\s+", " ", text).strip()
