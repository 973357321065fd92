"""Review pass seven: the helpers that replaced repeated code answer as the copies did."""

from __future__ import annotations

from opinionpiece import bylines, classify, dates, profiles, titles
from opinionpiece.model import Role
from opinionpiece.normalize import make_view
from opinionpiece.profiles import ProfileRegistry, compile_profile
from opinionpiece.rules import Decision
from opinionpiece.segment import Unit, segment

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


# ---------------------------------------------------------------------- classify: anchor


def test_title_parts_name_the_site_and_the_sections() -> None:
    title = classify._title_parts("Kicker: River bridge approved | Opinion | Valley News")
    assert title.parts[0] == "Kicker: River bridge approved | Opinion | Valley News"
    assert "River bridge approved" in title.parts  # the headline without its kicker
    assert title.site == "Valley News"
    assert title.head == "Kicker: River bridge approved"
    assert [title.parts[i] for i in title.site_at] == ["Valley News"]
    assert [title.parts[i] for i in title.middle] == ["Opinion"]
    assert title.keys == [titles.title_key(p) for p in title.parts]
    domain = classify._title_parts("River bridge approved - valley-news.com")
    assert [domain.parts[i] for i in domain.not_head] == ["valley-news.com"]
    plain = classify._title_parts("River bridge approved by the council")
    assert plain.parts == ["River bridge approved by the council"]
    assert plain.site is None
    assert plain.head is None


_LINES = (
    "River bridge approved | Valley News\n"
    "Menu\n"
    "River bridge approved\n"
    "Subscribe now\n"
    "The council voted on Tuesday to build the new bridge over the river today.\n"
    "The mayor said the work would start in the spring after a long debate here.\n"
)


def _local(text: str) -> tuple[list[Unit], list[Decision]]:
    profile = compile_profile(ProfileRegistry.default().generic)
    units = segment(make_view(text))
    return units, [classify._local_decision(u, profile) for u in units]


def test_first_prose_and_reach() -> None:
    units, decisions = _local(_LINES)
    assert [d.role for d in decisions[4:]] == [Role.BODY, Role.BODY]
    assert classify._first_prose(units, decisions, 1) == 4
    assert classify._first_prose(units, decisions, 5) == 5
    # a repeat counts up to the end of the first prose (under 20 words so far), then stops
    assert classify._reach(units, decisions, 4) == 6
    assert classify._find_anchor(units, decisions, 4) == 2
    assert classify._find_anchor(units, decisions) == 2


def test_repeats_counted_for_the_closest_part() -> None:
    units, decisions = _local(_LINES)
    title = classify._title_parts(units[0].text)
    found = classify._repeats(units, decisions, title)
    assert {title.parts[i]: ks for i, ks in found.items()} == {"River bridge approved": [2]}


# ------------------------------------------------------------ classify: headline checks


def test_off_headline_asks_only_the_tests_named() -> None:
    control = "Skip to content now"
    assert classify._off_headline(control)
    assert not classify._off_headline(control, controls=False)
    lower = "política de cookies"
    assert classify._off_headline(lower)
    assert not classify._off_headline(lower, shapes=False)
    for always in ("Home | News", "www.example.org today", "Teilen:"):
        assert classify._off_headline(always, controls=False, shapes=False), always
    assert not classify._off_headline("River bridge approved by the council")
