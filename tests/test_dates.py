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
        (
            "12/30/2019 05:03 AM EST",
            dt.datetime(2019, 12, 30, 5, 3, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        ),
        (
            "Published March 21, 2023 5:00am EDT",
            dt.datetime(2023, 3, 21, 5, 0, tzinfo=dt.timezone(dt.timedelta(hours=-4))),
        ),
        ("Tue 14 Mar 2023 09.00 GMT", dt.datetime(2023, 3, 14, 9, 0, tzinfo=UTC)),
        ("Mon 3 Jul 2023 10.30am", dt.datetime(2023, 7, 3, 10, 30)),
        # a dot between numbers is a time only before a zone or AM/PM
        ("14 Mar 2023 12.50 euros", dt.date(2023, 3, 14)),
        (
            "12:30 CET, 3 May 2020",
            dt.datetime(2020, 5, 3, 12, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        ),
        ("Feb. 19, 2020", dt.date(2020, 2, 19)),
    ],
)
def test_printed_forms(text: str, value: dt.date) -> None:
    found = find_date(text)
    assert found is not None
    assert found[0] == value
    assert type(found[0]) is type(value)


def test_us_time_before_the_date_with_a_generic_zone() -> None:
    # CNN: the time, a generic zone name and the weekday before the date
    found = find_date("Updated 5:47 PM ET, Fri September 14, 2018")
    assert found is not None
    value = found[0]
    assert isinstance(value, dt.datetime)
    assert (value.year, value.month, value.day, value.hour, value.minute) == (2018, 9, 14, 17, 47)
    if value.tzinfo is not None:  # None only where the system has no tz database
        assert value.utcoffset() == dt.timedelta(hours=-4)  # daylight saving time
    winter = find_date("10:05 AM ET, Mon January 8, 2018")
    assert winter is not None
    assert isinstance(winter[0], dt.datetime)
    if winter[0].tzinfo is not None:
        assert winter[0].utcoffset() == dt.timedelta(hours=-5)


def test_zone_abbreviations_only_in_capitals() -> None:
    # French `et` ("and") after a time is not Eastern Time
    found = find_date("le 3 mai 2020 10:00 et la suite")
    assert found is not None
    assert isinstance(found[0], dt.datetime)
    assert found[0].tzinfo is None


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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("19.10.19, 11:29 Uhr", dt.datetime(2019, 10, 19, 11, 29)),
        ("Mi., 28.09.19", dt.date(2019, 9, 28)),
        ("1.11.23 20:19 von Lena", dt.datetime(2023, 11, 1, 20, 19)),
        ("By Ann Fry • 11/08/23 5:19pm", dt.datetime(2023, 11, 8, 17, 19)),
        ("sábado 07 de mayo del 2022", dt.date(2022, 5, 7)),
        ("29 / Dezember / 2022", dt.date(2022, 12, 29)),
        ("15 августа 2016, 13:43", dt.datetime(2016, 8, 15, 13, 43)),
    ],
)
def test_more_printed_forms(text: str, value: dt.date) -> None:
    found = find_date(text)
    assert found is not None
    assert found[0] == value
    assert type(found[0]) is type(value)


@pytest.mark.parametrize("text", ["Version 2.10.15.3 is out", "Score 3.13.45", "pages 12/40/7"])
def test_two_digit_years_need_a_date_shape(text: str) -> None:
    assert find_date(text) is None


BODY = (
    "Die Gemeinde hat am Montag beschlossen, die alte Fähre über den Winter weiter fahren "
    "zu lassen, obwohl die Kosten im vergangenen Jahr deutlich gestiegen sind.\n\n"
    "Viele Pendler hatten sich in einer Umfrage dafür ausgesprochen, und der Rat folgte "
    "dieser Mehrheit mit knapper Mehrheit nach einer langen Debatte am Abend.\n\n"
)


def test_statement_anywhere_when_no_date_near_the_title() -> None:
    raw = (
        "Fähre fährt weiter\n\n"
        + BODY
        + "Dieser Beitrag wurde am Dienstag, den 4. März 2025 um 10:12 Uhr veröffentlicht "
        "und unter Lokales abgelegt.\n\nImpressum\n"
    )
    assert op.parse(raw).published == dt.datetime(2025, 3, 4, 10, 12)


def test_event_dates_are_not_the_publication_date() -> None:
    raw = "Fähre fährt weiter\n\nTermin: 21.02.2026, 19 Uhr\n\n" + BODY
    assert op.parse(raw).published is None


def test_update_beside_the_publication_date_is_not_it() -> None:
    raw = "Fähre fährt weiter\n\n12. Januar 2026\n\nAktualisiert: 14. Januar 2026\n\n" + BODY
    assert op.parse(raw).published == dt.date(2026, 1, 12)


@pytest.mark.parametrize(
    "opening",
    [
        "Kiel, 14. Mai 2025 – ",
        "14.05.2025 – ",
        "Pressemitteilung vom 14. Mai 2025 | Kiel – ",
        "Red. / 14.05.2025 ",
    ],
)
def test_date_opening_the_first_paragraph(opening: str) -> None:
    raw = "Fähre fährt weiter\n\n" + opening + BODY
    assert op.parse(raw).published == dt.date(2025, 5, 14)


def test_meta_line_under_the_title_dates_the_post() -> None:
    raw = "Fähre fährt weiter\n\nLena Ohm | 14.05.25\n\n" + BODY + "Kommentare\n\n2. Juni 2025\n"
    a = op.parse(raw)
    assert a.published == dt.date(2025, 5, 14)
    assert [x.name for x in a.authors] == ["Lena Ohm"]
