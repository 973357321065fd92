"""Captions and their credits, in the credit styles outlets print."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from opinionpiece.captions import match_caption


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Boats on the river, May 2, 2025. /Xinhua",
            ("Boats on the river, May 2, 2025.", "Xinhua"),
        ),
        ("A bridge under construction. /VCG Photo", ("A bridge under construction.", "VCG Photo")),
        ("Workers at a port. [Photo/Xinhua]", ("Workers at a port.", "Xinhua")),
        (
            "A village school. [Photo provided to China Daily]",
            ("A village school.", "provided to China Daily"),
        ),
        ("Protesters in the square. [EPA]", ("Protesters in the square.", "EPA")),
        ("Photo: VCG", ("", "VCG")),
        ("A market in spring. (Photo: Reuters)", ("A market in spring.", "Reuters")),
        ("LI MIN/CHINA DAILY", ("", "LI MIN/CHINA DAILY")),
        ("John Thys/Pool/AFP via Getty Images", ("", "John Thys/Pool/AFP via Getty Images")),
        # credits in capitals after the caption's last sentence
        (
            "A runner crosses the line on Tuesday. REUTERS",
            ("A runner crosses the line on Tuesday.", "REUTERS"),
        ),
        (
            "Delegates meet in Geneva on Monday. LIAN YI/XINHUA",
            ("Delegates meet in Geneva on Monday.", "LIAN YI/XINHUA"),
        ),
        (
            "Ministers at the Great Hall on Wednesday. WANG YE / XINHUA",
            ("Ministers at the Great Hall on Wednesday.", "WANG YE / XINHUA"),
        ),
        (
            "A new car at an auto show. PHOTO/CHINA DAILY",
            ("A new car at an auto show.", "CHINA DAILY"),
        ),
        (
            "A golfer tees off in June. Photo provided to China Daily",
            ("A golfer tees off in June.", "provided to China Daily"),
        ),
        ("Jin Ding/China Daily", ("", "Jin Ding/China Daily")),
        # a short caption with a spaced slash, kept when the credit is an agency
        ("Flood relief / Xinhua", ("Flood relief", "Xinhua")),
        # Al Jazeera's file-photo credit
        (
            "Supporters gather in the capital on February 10 [File: Reuters]",
            ("Supporters gather in the capital on February 10", "Reuters"),
        ),
    ],
)
def test_caption_credit_styles(text: str, expected: tuple[str, str]) -> None:
    assert match_caption(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ratio was 3/4 of what it had been a year earlier.",
        "He wrote about it in the newspaper [sic] and later apologized.",
        "An ordinary sentence of body prose with no credit at all.",
        "The deal was signed by both sides. NATO officials were not present at the talks.",
        "Officials met in the capital on Monday. THE TALKS WENT WELL",
        # section labels and breadcrumbs with a spaced slash
        "GT Voice / Opinion",
        "World / Asia Pacific",
    ],
)
def test_body_text_is_not_a_caption(text: str) -> None:
    assert match_caption(text) is None


@given(
    st.text(
        alphabet=st.sampled_from(list("aZ XY.!/:[]()'’&-0 Photo provided courtesy Reuters")),
        max_size=60,
    )
)
def test_shortcuts_never_skip_a_caption(text: str) -> None:
    # each cheap test in match_caption is a necessary condition of its pattern
    from opinionpiece import captions as c

    if c._TRAILING_CAPS.fullmatch(text):
        assert c._caps_tail(text)
    if c._BRACKET.fullmatch(text):
        assert text.endswith("]")
    if c._COLON.fullmatch(text):
        assert ":" in text
    if c._SLASH.fullmatch(text) or c._ALONE.fullmatch(text):
        assert "/" in text
    if c._PROVIDED.fullmatch(text):
        assert "provided" in text.casefold() or "courtesy" in text.casefold()
