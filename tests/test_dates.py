"""Publication dates: the printed forms, and which date on the page is the one."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import opinionpiece as op
from opinionpiece.dates import find_date

UTC = dt.timezone.utc


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Updated: 2025-12-03 07:42", dt.datetime(2025, 12, 3, 7, 42)),
        ("July 5, 2019 Friday", dt.date(2019, 7, 5)),
        ("May 14, 2020", dt.date(2020, 5, 14)),
        ("Apr 30, 2020", dt.date(2020, 4, 30)),
        ("Opinion 16:15, 07-Oct-2026", dt.datetime(2026, 10, 7, 16, 15)),
        ("Published: Feb 17, 2026 10:37 AM", dt.datetime(2026, 2, 17, 10, 37)),
        ("Published: Feb 17, 2026 10:37 PM", dt.datetime(2026, 2, 17, 22, 37)),
        ("2019/9/5 20:13:40", dt.datetime(2019, 9, 5, 20, 13, 40)),
        ("3. Dezember 2025", dt.date(2025, 12, 3)),
        ("03.12.2025", dt.date(2025, 12, 3)),
        ("14. 01. 2020, 13:47", dt.datetime(2020, 1, 14, 13, 47)),
        ("19.10.2019 um 23:38 Uhr", dt.datetime(2019, 10, 19, 23, 38)),
        ("2020-10-28T10:00:00Z", dt.datetime(2020, 10, 28, 10, 0, tzinfo=UTC)),
        ("30 April 2019 13:10 GMT", dt.datetime(2019, 4, 30, 13, 10, tzinfo=UTC)),
        ("17/11/2019", dt.date(2019, 11, 17)),
        ("12/30/2019 05:03 AM EST", dt.datetime(2019, 12, 30, 5, 3)),
        ("Feb. 19, 2020", dt.date(2020, 2, 19)),
    ],
)
def test_printed_forms(text: str, value: dt.date) -> None:
    found = find_date(text)
    assert found is not None
    assert found[0] == value
    assert type(found[0]) is type(value)


def test_timezone_only_when_stated() -> None:
    found = find_date("2020-10-28T10:00:00+02:00")
    assert found is not None
    assert isinstance(found[0], dt.datetime)
    assert found[0].utcoffset() == dt.timedelta(hours=2)
    plain = find_date("2020-10-28 10:00")
    assert plain is not None
    assert isinstance(plain[0], dt.datetime)
    assert plain[0].tzinfo is None


@pytest.mark.parametrize(
    "text", ["Nothing here but 12 apples and 2024 hopes", "Room 12/40", "1999-13-45"]
)
def test_no_date(text: str) -> None:
    assert find_date(text) is None


def test_body_dates_are_not_the_publication_date() -> None:
    raw = (
        "A treaty at twenty\n\nBy Jane Roe\n\n"
        "On June 28, 2021, the two leaders met by video and agreed to extend the treaty for "
        "another five years, their second exchange in six weeks.\n\n"
        "The treaty, signed on July 16, 2001, has long served as a vehicle for trust between "
        "the two capitals and their ministries.\n"
    )
    assert op.parse(raw).published is None


def test_byline_date_wins_over_page_dates() -> None:
    raw = (
        "Archive March 2, 2019\n\nPorts that float\n\nBy Jane Roe | Updated: 2025-12-03 07:42\n\n"
        "Floating docks are spreading along the coast this year, and the towns that built them "
        "early are now busier than the towns that waited for dredging.\n\n"
        "Comments\n\nMay 1, 2026\n"
    )
    assert op.parse(raw).published == dt.datetime(2025, 12, 3, 7, 42)


@given(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
    st.sampled_from(["%Y-%m-%d", "%B %d, %Y", "%d %B %Y", "%b %d, %Y", "%d.%m.%Y", "%Y/%m/%d"]),
)
def test_any_date_round_trips(day: dt.date, fmt: str) -> None:
    found = find_date("Published " + day.strftime(fmt))
    assert found is not None
    assert found[0] == day


@given(st.text(max_size=200))
def test_find_date_is_total(text: str) -> None:
    found = find_date(text)
    if found is not None:
        s, e = found[1]
        assert 0 <= s < e <= len(text)
