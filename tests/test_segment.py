"""Segmentation into units."""

from __future__ import annotations

from opinionpiece.normalize import make_view
from opinionpiece.segment import segment


def texts(raw: str) -> list[str]:
    return [u.text for u in segment(make_view(raw))]


def test_lines_are_units_and_blank_lines_separate() -> None:
    assert texts("Title\nName\n\nFirst paragraph.\n\n\nSecond.") == [
        "Title",
        "Name",
        "First paragraph.",
        "Second.",
    ]


def test_units_are_tight_and_gap_flags() -> None:
    raw = "   Indented title  \nNext\n\n  Para.  "
    units = segment(make_view(raw))
    assert [raw[u.start : u.end] for u in units] == ["Indented title", "Next", "Para."]
    assert [u.gap_before for u in units] == [True, False, True]


def test_hard_wrapped_chunk_is_one_unit() -> None:
    wrapped = (
        "The committee met on Tuesday to review the proposal, which had been\n"
        "delayed for months by disagreements over funding and the timetable for\n"
        "its first phase, according to people familiar with the talks.\n"
    )
    units = segment(make_view(wrapped + "\nAnother short paragraph.\n"))
    assert len(units) == 2
    assert units[0].lines == 3
    assert units[0].text.startswith("The committee met")
    assert "been delayed" in units[0].text


def test_web_lines_of_varied_length_stay_apart() -> None:
    raw = "Download\nA title for the piece\nJane Doe\n"
    assert texts(raw) == ["Download", "A title for the piece", "Jane Doe"]


def test_empty_and_blank_inputs() -> None:
    assert texts("") == []
    assert texts(" \n\r\n\t") == []
