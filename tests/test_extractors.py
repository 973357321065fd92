"""Captions, dates, bylines and notes: the extractors one by one."""

from __future__ import annotations

import datetime as dt

import pytest

from opinionpiece.bylines import looks_like_name, natural_case, parse_byline
from opinionpiece.captions import match_caption
from opinionpiece.dates import find_date
from opinionpiece.notes import split_note, split_sentences
from opinionpiece.profiles import CGTN, GENERIC, compile_profile


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
    ],
)
def test_body_text_is_not_a_caption(text: str) -> None:
    assert match_caption(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Updated: 2025-12-03 07:42", dt.datetime(2025, 12, 3, 7, 42)),
        ("July 5, 2019 Friday", dt.date(2019, 7, 5)),
        ("Apr 30, 2020", dt.date(2020, 4, 30)),
        ("Opinion 16:15, 07-Oct-2026", dt.datetime(2026, 10, 7, 16, 15)),
        ("Published: Feb 17, 2026 10:37 AM", dt.datetime(2026, 2, 17, 10, 37)),
        ("2019/9/5 20:13:40", dt.datetime(2019, 9, 5, 20, 13, 40)),
        ("3. Dezember 2025", dt.date(2025, 12, 3)),
        ("2020-10-28T10:00:00Z", dt.datetime(2020, 10, 28, 10, 0, tzinfo=dt.timezone.utc)),
    ],
)
def test_dates(text: str, value: dt.date) -> None:
    found = find_date(text)
    assert found is not None
    assert found[0] == value


def test_no_date() -> None:
    assert find_date("Nothing here but 12 apples and 2024 hopes") is None


def test_byline_forms() -> None:
    names = [n.name for n in parse_byline("By Ma Si and Hu Meidong")]
    assert names == ["Ma Si", "Hu Meidong"]
    caps = parse_byline("By BALEW DEMISSIE | China Daily | Updated: 2025-12-03 07:42")
    assert [n.name for n in caps] == ["Balew Demissie"]
    assert "By BALEW DEMISSIE"[caps[0].start : caps[0].end] == "BALEW DEMISSIE"
    three = [n.name for n in parse_byline("Anna Berg, Li Wei and Omar Haddad")]
    assert three == ["Anna Berg", "Li Wei", "Omar Haddad"]
    agency = parse_byline("By Xinhua")
    assert agency[0].agency
    assert [n.name for n in parse_byline("Von Katrin Müller und Jonas Weber")] == [
        "Katrin Müller",
        "Jonas Weber",
    ]


def test_name_shape() -> None:
    assert looks_like_name("Hannan Hussain")
    assert looks_like_name("Ludwig van Beethoven")
    assert not looks_like_name("Search Trends of the day")
    assert not looks_like_name("Download")
    assert natural_case("BALEW DEMISSIE") == "Balew Demissie"
    assert natural_case("Jane McDonald") == "Jane McDonald"


def test_sentences_keep_abbreviations() -> None:
    text = "He studied at the University of Maryland, the U.S., and Dr. Li's lab. She is a writer."
    assert split_sentences(text) == [
        "He studied at the University of Maryland, the U.S., and Dr. Li's lab.",
        "She is a writer.",
    ]


def test_note_split_into_bio_and_disclaimer() -> None:
    note = (
        "Editor's note: Jane Doe is a commentator. She teaches at a university. "
        "The article reflects the author's opinions and not necessarily the views of CGTN."
    )
    text, bio, disclaimer = split_note(note, compile_profile(CGTN))
    assert text.startswith("Jane Doe is")
    assert bio == "Jane Doe is a commentator. She teaches at a university."
    assert disclaimer == (
        "The article reflects the author's opinions and not necessarily the views of CGTN."
    )


def test_generic_disclaimer_forms() -> None:
    generic = compile_profile(GENERIC)
    for sentence in (
        "The views don't necessarily reflect those of China Daily.",
        "The views expressed in this article are the author's own and do not necessarily "
        "reflect Al Jazeera's editorial stance.",
        "The opinions expressed in this commentary are solely those of the author.",
    ):
        _, bio, disclaimer = split_note(sentence, generic)
        assert disclaimer == sentence
        assert bio is None
