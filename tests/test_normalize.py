"""The normalized view and its offset map."""

from __future__ import annotations

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
