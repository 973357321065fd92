"""Review pass seven: the helpers that replaced repeated code answer as the copies did."""

from __future__ import annotations

from opinionpiece import bylines, dates, profiles
from opinionpiece.model import Role
from opinionpiece.normalize import make_view
from opinionpiece.rules import Decision
from opinionpiece.segment import segment

# ------------------------------------------------------------------------------- dates


def test_only_the_gated_date_forms_name_a_month() -> None:
    # a form holding a month name must carry a gate tag, or the gates would never let
    # it be skipped (and a tag on a form without one would skip it wrongly)
    assert len(dates._PATTERNS) == len(dates._FORMS)
    assert dates._MONTH_FIRST.isdisjoint(dates._DAY_FIRST)
    for i, pattern in enumerate(dates._PATTERNS):
        gated = i in dates._MONTH_FIRST or i in dates._DAY_FIRST
        assert (dates._MONTH in pattern.pattern) == gated, i
        assert pattern.pattern == dates._FORMS[i][1]


def test_gated_forms_still_read_their_dates() -> None:
    for text, year in (
        ("Fri September 14, 2018", 2018),
        ("5:47 PM ET, Fri September 14, 2018", 2018),
        ("07-Oct-2026", 2026),
        ("3. Dezember 2025", 2025),
        ("2025-12-03 07:42", 2025),
    ):
        found = dates.find_date(text)
        assert found is not None, text
        assert found[0].year == year, text


# ---------------------------------------------------------------------------- profiles


def test_required_runs_end_at_a_quantified_character_plain_or_escaped() -> None:
    assert profiles._required_runs(r"ab\.?cd")[0] == ("ab", "cd")
    assert profiles._required_runs(r"ab-?cd")[0] == ("ab", "cd")
    assert profiles._required_runs(r"(?:x)ab\.cd")[0] == ("ab.cd",)
    runs, spaced = profiles._required_runs(r"\s+of\.\s+x")
    assert runs == ("of.", "x")
    assert [p.pattern for p in spaced] == [r"of\.(?<=\sof\.)(?=\s)", r"x(?<=\sx)"]


# ----------------------------------------------------------------------------- bylines


def test_initials() -> None:
    assert bylines._initials("Jane Roe") == "JR"
    assert bylines._initials("Luana de Patriolino") == "LdP"
    assert bylines._initials("Luana de Patriolino", capitals_only=True) == "LP"
    assert bylines._initials("") == ""


def test_last_title_part() -> None:
    assert bylines._last_title_part("Headline - Site Name") == "Site Name"
    assert bylines._last_title_part("Head | Section | Site") == "Site"
    assert bylines._last_title_part("Head–line without spaces") is None
    assert bylines._last_title_part("Headline | ") == ""


def test_datelines_beside() -> None:
    units = segment(make_view("Jane Roe\n03/05/2022 22:46\nText\n\nMore"))
    dateline = Decision(role=Role.DATELINE, reason="date")
    other = Decision(role=Role.BODY, reason="prose")
    decisions = [other, dateline, other, other]
    assert len(units) == 4
    assert bylines._datelines_beside(units, decisions, 0) == [1]
    assert bylines._datelines_beside(units, decisions, 2) == [1]
    assert bylines._datelines_beside(units, decisions, 3) == []
    assert bylines._beside(units, 0) == [1]
    assert bylines._beside(units, 3) == [2]
