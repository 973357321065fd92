"""Outlet profiles: detection from evidence, canonical names, user registries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import opinionpiece as op
from opinionpiece.profiles import REGISTERED, Profile, ProfileRegistry

BODY = (
    "Floating docks are spreading along the coast this year, and the towns that built them "
    "early are now busier than the towns that waited for dredging.\n\n"
    "Each dock costs less than a season of dredging, and it can be moved when the river shifts "
    "its bed, which it does every few years in the delta.\n\n"
)


@pytest.mark.parametrize(
    ("tail", "outlet"),
    [
        (
            "Editor's note: Jane Roe is a writer. The article reflects the author's opinions and "
            "not necessarily the views of CGTN.",
            "CGTN",
        ),
        ("The views don't necessarily reflect those of China Daily.", "China Daily"),
        ("By JANE ROE | China Daily Global | Updated: 2025-12-03 07:42", "China Daily"),
        ("By Jane Roe | chinadaily.com.cn | Updated: 2025-12-03 07:42", "China Daily"),
        ("(China Daily 07/05/2019 page9)", "China Daily"),
        ("Contact: opinion@globaltimes.com.cn", "Global Times"),
        ("The opinions expressed in this commentary are solely those of the author.", "CNN"),
        (
            "The views expressed in this article are the author's own and do not necessarily "
            "reflect Al Jazeera's editorial stance.",
            "Al Jazeera",
        ),
        (
            "The statements, views and opinions expressed in this column are solely those of "
            "the author and do not necessarily represent those of RT.",
            "RT",
        ),
        ("Subscribe to Project Syndicate", "Project Syndicate"),
        (
            "Disclosure statement\n\nJane Roe does not work for, consult, own shares in or "
            "receive funding from any company or organisation that would benefit from this "
            "article.",
            "The Conversation",
        ),
        ("Jane Roe is a columnist for Fox News Digital.", "Fox News"),
        ("Jane Roe is a Guardian columnist.", "The Guardian"),
    ],
)
def test_outlet_from_evidence(tail: str, outlet: str) -> None:
    a = op.parse("Ports that float\n\n" + BODY + tail + "\n")
    assert a.outlet == outlet
    chosen = [d for d in a.diagnostics if d.code == "OP110"]
    assert len(chosen) == 1
    assert chosen[0].severity is op.Severity.INFO
    assert a.profile is not None
    assert a.profile in chosen[0].message


def test_no_evidence_means_generic_and_no_outlet() -> None:
    a = op.parse("Ports that float\n\nBy Jane Roe\n\n" + BODY)
    assert a.outlet is None
    assert a.profile == "generic"
    assert not [d for d in a.diagnostics if d.code == "OP110"]


def test_mentioning_an_outlet_in_the_body_is_not_evidence() -> None:
    a = op.parse(
        "Ports that float\n\n" + BODY + "Reporters from CNN, Al Jazeera and RT came to see it, "
        "and China Daily ran a story about the docks the next week.\n"
    )
    assert a.outlet is None


def test_built_in_profiles_have_canonical_names() -> None:
    outlets = {p.outlet for p in REGISTERED}
    assert outlets == {
        "CGTN",
        "China Daily",
        "Global Times",
        "CNN",
        "Al Jazeera",
        "RT",
        "Project Syndicate",
        "The Conversation",
        "Fox News",
        "The Guardian",
    }
    names = [p.name for p in REGISTERED]
    assert len(names) == len(set(names))


def test_user_profile_on_an_owned_registry() -> None:
    planet = Profile(
        name="daily-planet",
        outlet="Daily Planet",
        evidence=(r"dailyplanet\.example",),
        chrome_lines=("Read the Planet",),
        disclaimers=(r"The Planet does not endorse[^.]*\.",),
    )
    raw = (
        "Ports that float\n\nBy Jane Roe\n\n" + BODY + "Jane Roe is a columnist for the Planet. "
        "The Planet does not endorse the views of its columnists.\n\nRead the Planet\n\n"
        "letters@dailyplanet.example\n"
    )
    registry = ProfileRegistry.default()
    registry.register(planet)
    a = op.parse(raw, registry=registry)
    assert a.outlet == "Daily Planet"
    assert a.profile == "daily-planet"
    assert a.editor_note is not None
    assert a.editor_note.disclaimer == "The Planet does not endorse the views of its columnists."
    # the default registry is untouched: no global state
    assert op.parse(raw).outlet is None
    assert "daily-planet" not in {p.name for p in ProfileRegistry.default()}
    # or skip detection altogether
    assert op.parse(raw, profile=planet).profile == "daily-planet"
    assert op.parse(raw, profile="daily-planet", registry=registry).outlet == "Daily Planet"


def test_unknown_profile_name() -> None:
    with pytest.raises(ValueError, match="unknown profile"):
        op.parse("text", profile="no-such-outlet")


def test_the_example_profile_runs() -> None:
    import runpy

    path = Path(__file__).resolve().parent.parent / "examples" / "custom_profile.py"
    module = runpy.run_path(str(path))
    module["main"]()
    article = op.parse(module["DUMP"], profile=module["HARBOUR_LEDGER"])
    assert [a.name for a in article.authors] == ["Marta Kowalczyk", "Ola Berg"]
    assert article.authors[0].location == "Gdansk"
    assert article.authors[0].affiliations == ("Baltic Freight Institute",)


FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _db_export() -> op.Article:
    raw = (FIXTURES / "chinadaily_database_export.txt").read_bytes().decode("utf-8")
    assert "\r\n" in raw
    return op.parse(raw)


def test_china_daily_database_export() -> None:
    a = _db_export()
    assert a.outlet == "China Daily"
    assert [x.name for x in a.authors] == ["Zhao Meilin"]
    assert a.authors[0].span is not None
    assert a.authors[0].span.slice(a.source) == "ZHAO MEILIN"
    assert a.published == dt.date(2019, 7, 5)
    assert a.editor_note is not None
    assert a.editor_note.bio == "The author is a reporter with China Daily."
    assert a.editor_note.disclaimer == "The views don't necessarily reflect those of China Daily."
    assert [p.text[:22] for p in a.paragraphs] == [
        "Floating docks are spr",
        "Each dock costs less t",
        "Local officials say th",
    ]
    chrome = [b.text for b in a.boilerplate]
    assert "CHINA DAILY" in chrome
    assert "BODY:" in chrome
    assert "(China Daily 07/05/2019 page9)" in chrome


def test_china_daily_database_export_title() -> None:
    a = _db_export()
    assert a.title == "River towns find new life with floating docks"
    assert a.title_span is not None
    assert a.title_span.slice(a.source) == a.title


def test_disclaimer_shortcut_never_hides_a_user_formula() -> None:
    # a formula that names none of the shortcut's keywords turns the shortcut off
    planet = op.Profile(
        name="planet",
        outlet="Daily Planet",
        evidence=(r"Daily Planet",),
        disclaimers=(r"Daily Planet takes no side in this debate\.",),
    )
    text = (
        "A headline for the planet\n\nBy Lois Lane\n\n"
        "The body of the piece is a sentence long enough to read as prose.\n\n"
        "Daily Planet takes no side in this debate.\n"
    )
    article = op.parse(text, profile=planet)
    assert article.editor_note is not None
    assert article.editor_note.disclaimer == "Daily Planet takes no side in this debate."


def test_rights_reserved_line_is_chrome_anywhere_in_it() -> None:
    text = (
        "A headline\n\nThe body of the piece is a sentence long enough to read as prose.\n\n"
        "2026 Valley Courier Media Ltd. All rights reserved.\n"
    )
    chrome = [b.text for b in op.parse(text).boilerplate]
    assert chrome == ["2026 Valley Courier Media Ltd. All rights reserved."]


@pytest.mark.parametrize(
    "line",
    ["ICP License No. 16065310", "Beijing ICP License number 16065310-3"],
)
def test_the_cgtn_licence_line_is_chrome(line: str) -> None:
    text = "Ferry to keep running\n\n" + BODY + line + "\n"
    a = op.parse(text, profile="cgtn")
    assert {b.text: b.reason for b in a.blocks}[line] == "chrome pattern"
