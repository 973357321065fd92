"""Chrome lines judged by their own text: image file names and addresses."""

from __future__ import annotations

import pytest

import opinionpiece as op

_ARTICLE = (
    "The ferry will keep running through the winter, the island council decided on Monday.\n"
    "Islanders had feared that the service would stop when the old boat was sold.\n"
    "A new boat is due in the spring, and the timetable will stay as it is until then.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "photo.jpg",
        "IMG_2041.JPG",
        "images/stories/column/portrait_2x2.png",
        "cdn.example.org/media/ferry-harbour.webp",
        "https://example.org/ferry",
    ],
)
def test_an_image_file_name_or_address_is_chrome(line: str) -> None:
    lines = _ARTICLE.splitlines()
    text = "Ferry to keep running\n" + "\n".join([*lines[:2], line, lines[2]]) + "\n"
    a = op.parse(text)
    assert {b.text: b.reason for b in a.blocks}[line] == "chrome pattern"
    assert len(a.paragraphs) == 3


@pytest.mark.parametrize(
    "line",
    ["See the photo.jpg file we sent", "The boat was sold to a buyer in Oslo.png"],
)
def test_a_sentence_naming_a_file_is_not_a_file_name(line: str) -> None:
    text = "Ferry to keep running\n" + _ARTICLE + line + "\n"
    reasons = {b.text: b.reason for b in op.parse(text).blocks}
    assert reasons[line] != "chrome pattern"


@pytest.mark.parametrize(
    "label", ["Comments (3)", "Kommentare (12)", "{ 38 comments }", "Comments »", "(Comments)"]
)
def test_a_comment_count_label_is_a_barrier(label: str) -> None:
    """The count's closing parenthesis is kept when the marks around a label come off."""
    comments = [
        "I think the council should have kept the ferry, frankly, because the island needs it "
        "and everyone here knows that very well.",
        "Great article, thanks for writing about our island and its boat, we need more "
        "reporting like this every single week.",
    ]
    text = "\n\n".join(["Ferry to keep running", _ARTICLE, label, *comments])
    a = op.parse(text)
    assert {b.text: b.reason for b in a.blocks}[label] == "section barrier"
    assert not {p.text for p in a.paragraphs} & set(comments)


@pytest.mark.parametrize("label", ["Comments (3", "Comments 3)", "Comments (three)"])
def test_a_label_with_a_broken_count_is_no_barrier(label: str) -> None:
    text = "\n\n".join(["Ferry to keep running", _ARTICLE, label])
    assert {b.text: b.reason for b in op.parse(text).blocks}[label] != "section barrier"
