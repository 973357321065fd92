"""Bylines: forms, names in capitals, places, roles, agencies, bylines over lines."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import opinionpiece as op
from opinionpiece import bylines
from opinionpiece.bylines import is_agency, looks_like_name, natural_case, parse_byline


def names(text: str) -> list[str]:
    return [n.name for n in parse_byline(text) if not n.agency]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Ma Si and Hu Meidong", ["Ma Si", "Hu Meidong"]),
        ("Anna Berg, Li Wei and Omar Haddad", ["Anna Berg", "Li Wei", "Omar Haddad"]),
        ("Von Katrin Müller und Jonas Weber", ["Katrin Müller", "Jonas Weber"]),
        ("BYLINE: By Zhang Yu", ["Zhang Yu"]),
        ("Autor: Petra Lindqvist", ["Petra Lindqvist"]),
        ("Posted on March 5, 2014 by Jonas Falk", ["Jonas Falk"]),
        ("Veröffentlicht am 17. Dezember 2019 von Mara Klein", ["Mara Klein"]),
        ("By Jane Roe Feb 8, 2020 5 min read", ["Jane Roe"]),
        ("Sven Dahl 19.10.2019, 05:00 Uhr", ["Sven Dahl"]),
        ("By Perry Brook Jr.", ["Perry Brook Jr."]),
    ],
)
def test_byline_forms(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_capitals_become_natural_case_and_span_stays_raw() -> None:
    text = "By BALEW DEMISSIE | China Daily | Updated: 2025-12-03 07:42"
    (found,) = parse_byline(text)
    assert found.name == "Balew Demissie"
    assert text[found.start : found.end] == "BALEW DEMISSIE"


def test_reporters_with_places() -> None:
    found = parse_byline("MA SI in Beijing and HU MEIDONG in Fuzhou")
    assert [(n.name, n.location) for n in found] == [
        ("Ma Si", "Beijing"),
        ("Hu Meidong", "Fuzhou"),
    ]
    found = parse_byline("ADA NWOSU in Nairobi, Kenya and LI PING in Xi'an")
    assert [(n.name, n.location) for n in found] == [
        ("Ada Nwosu", "Nairobi, Kenya"),
        ("Li Ping", "Xi'an"),
    ]


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("By Dr. Jane Roe", "Jane Roe", ("Dr.",)),
        ("By Jane Roe, MD", "Jane Roe", ("MD",)),
        ("By John Smith, Opinion Contributor", "John Smith", ("Opinion Contributor",)),
        ("By Ann Lee, Special to CNN", "Ann Lee", ("Special to CNN",)),
        ("By Evan Hale Staff Writer", "Evan Hale", ("Staff Writer",)),
    ],
)
def test_roles_and_honorifics_are_stripped(text: str, name: str, roles: tuple[str, ...]) -> None:
    (found,) = parse_byline(text)
    assert found.name == name
    assert found.roles == roles


def test_role_and_affiliation_pieces() -> None:
    (found,) = parse_byline("Sarah Holm, Staff Attorney, Civic Rights Program")
    assert found.name == "Sarah Holm"
    assert found.roles == ("Staff Attorney",)
    assert found.affiliations == ("Civic Rights Program",)


@pytest.mark.parametrize(
    "text", ["By Xinhua", "Xinhua | Updated: 2024-10-14 13:13", "chinadaily.com.cn", "dpa", "AFP"]
)
def test_agencies_are_not_persons(text: str) -> None:
    found = parse_byline(text)
    assert found
    assert all(n.agency for n in found)
    assert is_agency(found[0].name)


def test_date_glued_to_name_and_comma_lines() -> None:
    text = "May 14, 2020Raj Persaud\n,\u00a0Peter Boone"
    assert names(text) == ["Raj Persaud", "Peter Boone"]


def test_byline_broken_over_lines_in_a_page() -> None:
    raw = (
        "Ports that float\n"
        "By\n"
        "      MA SI in Beijing and\n"
        "      HU MEIDONG in Fuzhou\n"
        "    | China Daily |\n"
        "    Updated: 2025-12-03 07:42\n"
        "\n"
        "Floating docks are spreading along the coast this year, and the towns that built "
        "them early are now busier than the towns that waited for dredging.\n"
        "\n"
        "Each dock costs less than a season of dredging, and it can be moved when the river "
        "shifts its bed, which it does every few years in the delta.\n"
    )
    a = op.parse(raw)
    assert [(x.name, x.location) for x in a.authors] == [
        ("Ma Si", "Beijing"),
        ("Hu Meidong", "Fuzhou"),
    ]
    assert a.authors[0].span is not None
    assert a.authors[0].span.slice(raw) == "MA SI"
    assert a.outlet == "China Daily"
    assert a.published is not None
    assert a.published.isoformat() == "2025-12-03T07:42:00"
    assert a.agencies == ()


def test_agency_byline_goes_to_agencies() -> None:
    raw = (
        "Trade fair opens\n\nXinhua | Updated: 2024-10-14 13:13\n\n"
        "The fair opened on Monday with more exhibitors than last year, organizers said, "
        "and it will run for five days in the exhibition center.\n"
    )
    a = op.parse(raw)
    assert a.authors == ()
    assert a.agencies == ("Xinhua",)


@pytest.mark.parametrize(
    "text",
    [
        "Von Bergen und Tälern",
        "By the way, nothing here",
        "Home | News | Sport",
        "Meine Homepage",
    ],
)
def test_not_bylines(text: str) -> None:
    assert names(text) == []
    assert not looks_like_name(text)


def test_name_shape() -> None:
    assert looks_like_name("Hannan Hussain")
    assert looks_like_name("Ludwig van Beethoven")
    assert looks_like_name("DU JUAN")
    assert not looks_like_name("Search Trends of the day")
    assert not looks_like_name("Download")
    assert natural_case("BALEW DEMISSIE") == "Balew Demissie"
    assert natural_case("Jane McDonald") == "Jane McDonald"


#: Words the byline reader deliberately refuses as parts of a name (function words,
#: chrome words such as "Home" or "News").
_REFUSED = bylines._STOP | bylines._NOT_NAME_WORDS
_NAME = st.from_regex(r"\A[A-Z][a-z]{2,8} [A-Z][a-z]{2,10}\Z", fullmatch=True).filter(
    lambda n: not any(t.lower() in _REFUSED for t in n.split())
)


@given(st.lists(_NAME, min_size=1, max_size=4, unique=True), st.booleans())
def test_any_list_of_names_round_trips(people: list[str], caps: bool) -> None:
    shown = [p.upper() if caps else p for p in people]
    if len(shown) == 1:
        text = "By " + shown[0]
    else:
        text = "By " + ", ".join(shown[:-1]) + " and " + shown[-1]
    found = parse_byline(text)
    assert [n.name for n in found] == people
    for n, raw in zip(found, shown, strict=True):
        assert text[n.start : n.end] == raw


@given(st.text(max_size=300))
def test_parse_byline_is_total(text: str) -> None:
    for n in parse_byline(text):
        assert 0 <= n.start <= n.end <= len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3. März 2021 lenaschreibt Schreibe einen Kommentar", ["lenaschreibt"]),
        ("5. Mai 2021 5. Mai 2021 Karla Menz 2 Kommentare Reisen, Natur", ["Karla Menz"]),
        ("12.04.2022 | 09:15 Uhr | Jonas Brandt", ["Jonas Brandt"]),
        ("Redaktion - 12. April 2022", ["Redaktion"]),
        ("Greta Lund · April 9, 2021 · Garden · 3 comments", ["Greta Lund"]),
        ("7. Juni 2021 Petra Voss Garten, Balkon", ["Petra Voss"]),
        ("Stars (2 / 5) 06.11.2023 13:30 von Mirko Symbolbild", ["Mirko"]),
        ("05.02.2020 - Redaktion: Lars Wendt (Pressesprecher)", ["Lars Wendt"]),
        ("Frank Ebel am 18. September 2019", ["Frank Ebel"]),
        ("14.03.2019 um 10:12 Uhr - Timo Brandl - 12 Ergänzungen", ["Timo Brandl"]),
        ("May 3, 2018 May 3, 2018 kwlow cars, Travel", ["kwlow"]),
        ("2. März 2017 2. März 2017 reedgrass", ["reedgrass"]),
        ("Tine 2. Februar 2020 Radtouren Berlin", ["Tine"]),
    ],
)
def test_meta_line_names(text: str, expected: list[str]) -> None:
    assert [n.name for n in bylines.meta_names(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "27.01.2020 Soziales & Gesundheit Startseite App",
        "Stand: 20. April 2020, 14:57 Uhr",
        "Bern, 17.08.2007 - Rede beim Städtegipfel",
        "Handball Schweiz • 02.02.2022",
        "Termin: 21.02.2020, 19 Uhr",
        "Am 22. Oktober 2019 erscheint die neue Ausgabe mit vielen Beiträgen aus der Region",
        "Published: 28 Apr, 2020 CET",
        "Jonas Brandt und Karla Menz",
        "31. Jan. 2022 in Köln, Deutschland",
        "02.02.2022 A-Jugend",
    ],
)
def test_not_meta_line_names(text: str) -> None:
    assert bylines.meta_names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Text von Jana Holm Illustration von Piet Laar", ["Jana Holm"]),
        ("Por Inés Calvo icalvo@example.com", ["Inés Calvo"]),
        ("Von Jule Brand Vom 3. Februar 2022", ["Jule Brand"]),
        ("Gepostet von Katja Rehm | Wohnen", ["Katja Rehm"]),
        ("Ein Artikel von Pia Sander | 27.01.2022 - 12:45", ["Pia Sander"]),
        ("By Evan Moor, August 14, 2020 2:30 pm", ["Evan Moor"]),
        ("02.02.2022, 11:30 Uhr von Tom Hagen", ["Tom Hagen"]),
        ("Autor: Rechtsanwalt Olaf Brück", ["Olaf Brück"]),
        ("责任编辑：王明", ["王明"]),
    ],
)
def test_more_byline_forms(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_newsroom_role_and_network_agency() -> None:
    (person,) = [n for n in parse_byline("von Mira Sand, Online-Redaktion") if not n.agency]
    assert person.name == "Mira Sand"
    assert person.roles == ("Online-Redaktion",)
    found = parse_byline("By Tom Reyes, CNN")
    assert [(n.name, n.agency) for n in found] == [("Tom Reyes", False), ("CNN", True)]


STORY = (
    "The ferry keeps running through the winter after the council voted on Monday, even "
    "though the costs rose sharply over the past year.\n\n"
    "Commuters had asked for it in a survey, and the council followed them by a narrow "
    "margin after a long debate that ran late into the evening.\n\n"
)


def test_name_alone_near_the_title_with_a_given_name() -> None:
    raw = "Home\n\nNews\n\nThe ferry stays\n\nMarta Ilves\n\n" + STORY
    assert [a.name for a in op.parse(raw).authors] == ["Marta Ilves"]


def test_capitalized_pair_near_the_title_is_not_a_name() -> None:
    raw = "Home\n\nNews\n\nThe ferry stays\n\nHarbour Policy\n\n" + STORY
    assert op.parse(raw).authors == ()


def test_meta_line_under_the_title() -> None:
    raw = "The ferry stays\n\n4. März 2025 fjordfan 2 Kommentare Alltag\n\n" + STORY
    a = op.parse(raw)
    assert [x.name for x in a.authors] == ["fjordfan"]
    assert a.authors[0].span is not None
    assert a.authors[0].span.slice(raw) == "fjordfan"
    assert a.published == dt.date(2025, 3, 4)


def test_explicit_byline_beats_a_name_placed_by_position() -> None:
    raw = "The ferry stays\n\nHarbour Notes\n\nBy Ada Brook - March 4, 2025\n\n" + STORY
    assert [a.name for a in op.parse(raw).authors] == ["Ada Brook"]


def test_author_box_after_the_article() -> None:
    raw = (
        "The ferry stays\n\n"
        + STORY
        + "Share this\n\nTwitter\n\nOlaf Brenner\n\nolaf.brenner@example.org\n\nImprint\n"
    )
    assert [a.name for a in op.parse(raw).authors] == ["Olaf Brenner"]


def test_sign_off_under_the_last_paragraph() -> None:
    raw = "The ferry stays\n\n" + STORY + "– Nora Falk\n\nImprint\n"
    assert [a.name for a in op.parse(raw).authors] == ["Nora Falk"]


def test_date_line_ending_in_von_takes_the_name_below() -> None:
    raw = "Fähre fährt weiter\n\n10.12.2022 18:27 von\nHinrich Olsen\n\n" + STORY
    a = op.parse(raw)
    assert [x.name for x in a.authors] == ["Hinrich Olsen"]
    assert a.published is not None
    assert a.published.isoformat() == "2022-12-10T18:27:00"


def test_run_of_separate_bylines_reads_the_first_person() -> None:
    raw = (
        "The ferry stays\n\n"
        + STORY
        + "Geschrieben von Elin Marsh\nGeschrieben von Global Desk Europe\n\nImprint\n"
    )
    a = op.parse(raw)
    assert [x.name for x in a.authors] == ["Elin Marsh"]
    assert a.authors[0].span is not None
    assert a.authors[0].span.slice(raw) == "Elin Marsh"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("---- by Kenneth Lowe", "byline form"),
        ("Autorin: Uta Berg, Projektleiterin der Stiftung in Tunis.", "byline form"),
        ("By Ela Moor on 31. October, 2023 | 18 Comments. This post has links.", "byline form"),
    ],
)
def test_byline_shapes(text: str, expected: str) -> None:
    assert bylines._byline_shape(text) == expected


def test_two_closed_byline_lines_are_two_authors() -> None:
    raw = (
        "Title here\n\nBy Jane Doe\nJohn Smith\n\n"
        "The first paragraph of the piece, written as ordinary prose text.\n"
    )
    a = op.parse(raw)
    assert [x.name for x in a.authors] == ["Jane Doe", "John Smith"]
    assert [x.span.slice(raw) for x in a.authors if x.span is not None] == [
        "Jane Doe",
        "John Smith",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Ilse Marten.", ["Ilse Marten"]),
        ("Eine Kolumne von Jonte Harms", ["Jonte Harms"]),
        ("Ein Interview von Wiebke Saar mit Ole Brandt.", ["Wiebke Saar"]),
        ("Kommentar von Tjark Meinen", ["Tjark Meinen"]),
        ("Themenstarter Kaetzchen77", ["Kaetzchen77"]),
        ("Thread starter Borwin", ["Borwin"]),
        ("Autor Lennart Ohm:", ["Lennart Ohm"]),
        ("By Glen Orr And Bren Carl For The Sunday Post", ["Glen Orr", "Bren Carl"]),
        ("Posted by Nesselfink under Just For Fun, Reblogged", ["Nesselfink"]),
        ("Beitrag von r23 » 21.01.2009, 05:42", ["r23"]),
    ],
)
def test_prefixed_bylines_of_columns_forums_and_full_stops(text: str, expected: list[str]) -> None:
    assert names(text) == expected
    assert bylines._byline_shape(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "By Main Ingredient:",
        "Author information",
        "Ein Beitrag geteilt von Mira Lund (@miralund) am Apr 21, 2019 um 4:47 PDT",
        "A post shared by Mira Lund (@miralund) on Apr 21, 2019 at 4:47am PDT",
    ],
)
def test_headings_and_embedded_posts_are_not_bylines(text: str) -> None:
    assert names(text) == [] or bylines._byline_shape(text) is None
    assert bylines._byline_shape(text) is None


def test_byline_word_over_a_blank_line_takes_the_name() -> None:
    raw = "Die Fähre bleibt\n\nKommentar von\n\nTjark Meinen\n\n" + STORY
    a = op.parse(raw)
    assert [x.name for x in a.authors] == ["Tjark Meinen"]
    assert a.authors[0].span is not None
    assert a.authors[0].span.slice(raw) == "Tjark Meinen"
    raw = "Die Fähre bleibt\n\nby\n\nwavecaster42\n\n" + STORY
    assert [x.name for x in op.parse(raw).authors] == ["wavecaster42"]


def test_heading_word_over_a_blank_line_takes_no_menu_entry() -> None:
    raw = "Die Fähre bleibt\n\n" + STORY + "Service\nAutoren\n\nMediadaten\n\nKontakt\n"
    assert op.parse(raw).authors == ()


def test_names_on_lines_joined_by_and() -> None:
    raw = "The ferry stays\n\nBy\nNell Archer\nand\nRuben Salo\n\n" + STORY
    assert [x.name for x in op.parse(raw).authors] == ["Nell Archer", "Ruben Salo"]


def test_menu_pair_between_title_and_body_needs_a_given_name() -> None:
    raw = "The ferry stays\n\nHome\nNeuestes Werk\nKontakt\n\n" + STORY
    assert op.parse(raw).authors == ()
    raw = "The ferry stays\n\nHome\nProf. Dr. Rainer Oldag\nKontakt\n\n" + STORY
    assert [x.name for x in op.parse(raw).authors] == ["Rainer Oldag"]


def test_meta_line_category_after_the_name_is_not_a_surname() -> None:
    raw = "Die Fähre bleibt\n\n30. Oktober 2023 Carola Pönsgen Kultur\n\n" + STORY
    assert [x.name for x in op.parse(raw).authors] == ["Carola Pönsgen"]
    raw = "Die Fähre bleibt\n\nGeorg Quast, 21. Jan. 2015\n\n" + STORY
    assert [x.name for x in op.parse(raw).authors] == ["Georg Quast"]


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        ("© 2011-2019 Hanno Keller. Impressum & Datenschutz", ["Hanno Keller"]),
        ("Copyright (c) 2014- Greta Ulm. All rights reserved. Theme by X", ["Greta Ulm"]),
        ("Archiv – RSS – 2009-2020 by Florian Aust – Powered by Nikola", ["Florian Aust"]),
        ("(c) Johanna Retz • Weitere Rechte siehe Impressum", ["Johanna Retz"]),
        ("© 2022 Fjordlicht Media GmbH", []),
        ("© 2023 Jana Roeh Photography", []),
        ("© Hafenblatt", []),
    ],
)
def test_footer_rights_holder_when_there_is_no_byline(footer: str, expected: list[str]) -> None:
    raw = "The ferry stays\n\n" + STORY + "Impressum\n\n" + footer + "\n"
    a = op.parse(raw)
    assert [x.name for x in a.authors] == expected
    for x in a.authors:
        assert x.span is not None
        assert x.span.slice(raw) == x.name


def test_footer_rights_holder_does_not_override_a_byline() -> None:
    raw = "The ferry stays\n\nBy Ada Brook\n\n" + STORY + "© 2019 Hanno Keller\n"
    assert [x.name for x in op.parse(raw).authors] == ["Ada Brook"]


def test_name_over_a_date_line_under_the_title() -> None:
    raw = (
        "The ferry stays\n\n"
        + STORY.split("\n\n")[0]
        + "\nOdalys Pereira\nVeröffentlicht am 06.10.2023\n\n"
        + STORY.split("\n\n")[1]
        + "\n"
    )
    assert [x.name for x in op.parse(raw).authors] == ["Odalys Pereira"]


def test_dated_von_line_with_reading_time_is_a_byline() -> None:
    text = "1.11.23 20:19 von Lars Sobek Lesezeit: 4 Min."
    assert bylines._byline_shape(text) == "posted by, with a date"
    assert names(text) == ["Lars Sobek"]


@pytest.mark.parametrize(
    "text",
    [
        "— Mara Fenn (@marafenn) October 27, 2021",
        "ab 1. Januar 2022 für Zigaretten und Feinschnitt,",
    ],
)
def test_tweet_signatures_and_prepositions_are_not_meta_lines(text: str) -> None:
    assert bylines.meta_names(text) == []
    assert bylines._byline_shape(text) is None


def test_newsroom_word_over_a_date_line_signs_the_piece() -> None:
    raw = "Die Fähre bleibt\n\nRedaktion\nam 3. Februar 2022 um 21:17\n\n" + STORY
    a = op.parse(raw)
    assert [x.name for x in a.authors] == ["Redaktion"]
    raw = "Die Fähre bleibt\n\nRedaktion\n\n" + STORY
    assert op.parse(raw).authors == ()


def test_guillemet_at_the_end_of_a_line_is_no_separator() -> None:
    text = "KB3068708 vom 9.6.2015: offizielle Beschreibung von Microsoft »"
    assert names(text) == []


def test_author_box_with_a_link_to_more_pieces() -> None:
    raw = (
        "The ferry stays\n\n"
        + STORY
        + "Teilen\n\nHeinko Steinar\n\nWeitere Beiträge\n\nImpressum\n"
    )
    assert [a.name for a in op.parse(raw).authors] == ["Heinko Steinar"]


def test_author_box_under_an_author_heading() -> None:
    raw = "The ferry stays\n\n" + STORY + "Über den Autor\nOdalys Pereira\n\nImpressum\n"
    assert [a.name for a in op.parse(raw).authors] == ["Odalys Pereira"]


def test_tag_line_after_the_article_is_no_author_box() -> None:
    raw = "The ferry stays\n\n" + STORY + "Themen\n\nInternationale Organisationen\nWaffen\n"
    assert op.parse(raw).authors == ()


def test_byline_line_inside_a_longer_unit_under_the_title() -> None:
    raw = "The ferry stays\n\nTAG: Ferries, Harbour, Winter\nBy Joaquim de la Serra\n\n" + STORY
    a = op.parse(raw)
    assert [x.name for x in a.authors] == ["Joaquim de la Serra"]
    assert a.authors[0].span is not None
    assert a.authors[0].span.slice(raw) == "Joaquim de la Serra"


def test_and_alone_between_name_lines_joins_them() -> None:
    raw = "The ferry stays\n\nBy\nDavid Brandt\nand\nRamsey Khalil\n\n" + STORY
    assert [x.name for x in op.parse(raw).authors] == ["David Brandt", "Ramsey Khalil"]


def test_meta_line_beats_a_name_placed_by_position() -> None:
    raw = (
        "Notes on the ferry\n\n1. November 2016 1. November 2016 seaglass\n\n"
        "Harbour Talk\n\nMarta Ilves\n\n" + STORY
    )
    assert [x.name for x in op.parse(raw).authors] == ["seaglass"]


def test_meta_line_opening_the_first_unit() -> None:
    raw = "Die Fähre bleibt\n\nTine 2. Februar 2020 2. Februar 2020 Radtouren Berlin\n" + STORY
    a = op.parse(raw)
    assert [x.name for x in a.authors] == ["Tine"]
    assert a.authors[0].span is not None
    assert a.authors[0].span.slice(raw) == "Tine"


def test_given_name_alone_over_a_date_under_the_article() -> None:
    raw = "The ferry stays\n\n" + STORY + "Benni\n10. September 2017\n\nImpressum\n"
    assert [x.name for x in op.parse(raw).authors] == ["Benni"]


def test_stated_byline_over_a_teaser_title_beats_a_name_by_position() -> None:
    from opinionpiece.classify import classify
    from opinionpiece.model import Role
    from opinionpiece.normalize import make_view
    from opinionpiece.profiles import ProfileRegistry, compile_profile
    from opinionpiece.rules import Classified, Decision
    from opinionpiece.segment import segment

    raw = (
        "Musik-Stars fordern neues Modell\n\nVon Benno Fisch und Marcus Thal\n\n"
        "Bild: dpa\n\nPermalink zum Artikel\n\n"
        + STORY.split("\n\n")[0]
        + "\n\nBenno Fisch\n\n"
        + STORY.split("\n\n")[1]
        + "\n"
    )
    view = make_view(raw)
    units = segment(view)
    profile = compile_profile(ProfileRegistry.default().get("generic"))
    decisions = classify(units, profile)
    # the page's title was taken for a teaser line under the byline
    decisions[0] = Decision(role=Role.BOILERPLATE, reason="before the article")
    decisions[3] = Decision(role=Role.TITLE, reason="title above the body")
    decisions[5] = Decision(role=Role.BYLINE, reason="names alone near the title")
    doc = Classified(view, units, decisions, profile)
    authors, _ = bylines.read_authors(doc)
    assert [a.name for a in authors] == ["Benno Fisch", "Marcus Thal"]


def test_posted_by_line_under_the_article_when_nothing_else_names_anyone() -> None:
    raw = (
        "The ferry stays\n\n"
        + STORY
        + "Tweet\n\nPosted by Günter W. Kienast at 18:52 Tagged with: Fähre, Hafen\n\n"
        "Impressum\n"
    )
    assert [x.name for x in op.parse(raw).authors] == ["Günter W. Kienast"]
    raw = "The ferry stays\n\n" + STORY + "Von Informationskampagnen bis zu Anreizen\n"
    assert op.parse(raw).authors == ()


@pytest.mark.parametrize(
    "footer",
    [
        "© Hanno Keller",  # a photo credit: no year, no footer fields
        "Foto © Hanno Keller, Heidi Jost",
    ],
)
def test_photo_credits_are_not_rights_holders(footer: str) -> None:
    raw = "The ferry stays\n\n" + STORY + footer + "\n"
    assert op.parse(raw).authors == ()


def test_at_time_is_cut_from_a_name() -> None:
    assert names("Posted by Jane Roe at 18:52") == ["Jane Roe"]


def test_date_line_ending_in_von_over_a_blank_line() -> None:
    raw = "Fähre fährt weiter\n\n10.12.2022 18:27 von\n\nHinrich Olsen\n\n" + STORY
    assert [x.name for x in op.parse(raw).authors] == ["Hinrich Olsen"]


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        ("Zeitphilosophie – Dr. Alexander Kleiber", ["Alexander Kleiber"]),
        ("Zauberspruch | Harry Potter Wiki", []),
        ("hafenblatt.de // » Jens Weber", []),
    ],
)
def test_personal_site_named_after_its_owner(first_line: str, expected: list[str]) -> None:
    header = first_line.replace(" | ", " – ").split(" – ")[-1]
    raw = first_line + "\n\n" + header + "\n\nHome\n\nThe ferry stays\n\n" + STORY
    a = op.parse(raw)
    assert [x.name for x in a.authors] == expected
    for x in a.authors:
        assert x.span is not None
        assert x.span.slice(raw) == x.name


def test_forum_roles_are_not_names() -> None:
    assert not looks_like_name("Forum Moderator")
    raw = (
        "Patch Notes 4.47\n\nThread starter Tiberion\nStart date Sep 18, 2020\n\n"
        "Tiberion\n\nNeonga Nation\nForum Moderator\nSep 18, 2020\n\n" + STORY
    )
    assert "Forum Moderator" not in [x.name for x in op.parse(raw).authors]


def test_agency_glued_with_a_slash() -> None:
    assert names("Autor: Peter Maahs/SP-X") == ["Peter Maahs"]


def test_name_over_its_handle_and_address_near_the_title() -> None:
    raw = (
        "Fútbol\n\nEdilson La Roca\nedilsonlaroca\nedilsonlaroca@example.com\n\n"
        "El Brighton goleó\n\n" + STORY
    )
    assert [x.name for x in op.parse(raw).authors] == ["Edilson La Roca"]
    raw = "Fútbol\n\nSanta Cruz de la Sierra\n\nSanta Cruz de la Sierra\n\n" + STORY
    assert op.parse(raw).authors == ()


def test_role_word_in_front_of_a_name() -> None:
    (found,) = parse_byline("FOCUS-Online-Experte Robin Tschöke")
    assert found.name == "Robin Tschöke"
    assert found.roles == ("FOCUS-Online-Experte",)
    (found,) = parse_byline("Von Gastautorin Jana Roeh")
    assert (found.name, found.roles) == ("Jana Roeh", ("Gastautorin",))


def test_stated_byline_just_under_the_first_paragraph_beats_a_bare_name() -> None:
    from opinionpiece.classify import classify
    from opinionpiece.model import Role
    from opinionpiece.normalize import make_view
    from opinionpiece.profiles import ProfileRegistry, compile_profile
    from opinionpiece.rules import Classified, Decision
    from opinionpiece.segment import segment

    para = STORY.split("\n\n")
    raw = (
        "La ministra habla\n\n" + para[0] + "\n\nExpandir\n\nFelipe Berrío\n\n"
        "Por Rodrigo Mejía 04 de mayo 2022 a las 09:01 hrs.\n\n" + para[1] + "\n"
    )
    view = make_view(raw)
    units = segment(view)
    profile = compile_profile(ProfileRegistry.default().get("generic"))
    decisions = classify(units, profile)
    roles = [Role.TITLE, Role.BODY, Role.HEADING, Role.BYLINE, Role.BYLINE, Role.BODY]
    reasons = ["t", "prose", "h", "names alone near the title", "byline form", "prose"]
    for k, (role, reason) in enumerate(zip(roles, reasons, strict=True)):
        decisions[k] = Decision(role=role, reason=reason)
    doc = Classified(view, units, decisions, profile)
    authors, _ = bylines.read_authors(doc)
    assert [a.name for a in authors] == ["Rodrigo Mejía"]


def test_pen_name_ending_in_a_role_word_stays_whole() -> None:
    assert names("von: Rasender Reporter") == ["Rasender Reporter"]
    (found,) = parse_byline("By Anna Reporter")
    assert (found.name, found.roles) == ("Anna", ("Reporter",))


def test_site_name_glued_after_the_author_is_cut() -> None:
    raw = (
        "Heulage: besser als ihr Ruf? - Fütterung - Reitrevue International\n\n"
        "Heulage: besser als ihr Ruf?\n\n"
        "Veröffentlicht am 03.02.2022 von Sarah Schneeberg Reitrevue International\n\n" + STORY
    )
    a = op.parse(raw)
    assert [x.name for x in a.authors] == ["Sarah Schneeberg"]
    assert a.authors[0].span is not None
    assert a.authors[0].span.slice(raw) == "Sarah Schneeberg"


def test_office_after_a_name_is_a_role() -> None:
    found = parse_byline("Ulrich Lilien, Präsident der Diakonie Nord")
    assert [(x.name, x.roles) for x in found] == [
        ("Ulrich Lilien", ("Präsident der Diakonie Nord",))
    ]


def test_turkish_given_names_count() -> None:
    assert bylines.is_given_name("Kazım")
    assert not bylines.is_given_name("Can")


def _classified(raw: str, plan: list[tuple[str, str]]) -> object:
    """A classified document whose unit decisions are ``plan`` (role name, reason)."""
    from opinionpiece.classify import classify
    from opinionpiece.model import Role
    from opinionpiece.normalize import make_view
    from opinionpiece.profiles import ProfileRegistry, compile_profile
    from opinionpiece.rules import Classified, Decision
    from opinionpiece.segment import segment

    view = make_view(raw)
    units = segment(view)
    profile = compile_profile(ProfileRegistry.default().get("generic"))
    decisions = classify(units, profile)
    assert len(units) == len(plan)
    for k, (role, reason) in enumerate(plan):
        decisions[k] = Decision(role=Role[role], reason=reason)
    return Classified(view, units, decisions, profile)


def test_byline_under_a_related_barrier_is_a_teasers() -> None:
    para = STORY.split("\n\n")
    raw = (
        "Prashanti Jhal\n\nvor 2 Stunden\n\nDie Fähre bleibt im Winter\n\n"
        + para[0]
        + "\n\n"
        + para[1]
        + "\n\nLesen Sie auch\n\nDie Brücke wird teurer als geplant\n\nvon Jesse Coglin\n"
    )
    doc = _classified(
        raw,
        [
            ("BYLINE", "names alone near the title"),
            ("BOILERPLATE", "before the article"),
            ("TITLE", "repeats the page title"),
            ("BODY", "prose"),
            ("BODY", "prose"),
            ("BOILERPLATE", "section barrier"),
            ("HEADING", "short line between paragraphs"),
            ("BYLINE", "byline form"),
        ],
    )
    authors, _ = bylines.read_authors(doc)  # type: ignore[arg-type]
    assert [a.name for a in authors] == ["Prashanti Jhal"]


def test_rights_line_in_a_run_of_short_lines_and_glued_initials() -> None:
    raw = (
        "Über Jan Roeh\n\nThe ferry stays\n\n"
        + STORY
        + "Weiter »\n\nIMPRESSUM | DATENSCHUTZ | COPYRIGHT ANDRÉ LOIBEL | A KANGA PROJECT\n\n"
        + STORY.split("\n\n")[0]
        + "\n"
    )
    assert [x.name for x in op.parse(raw).authors] == ["André Loibel"]
    raw = "The ferry stays\n\n" + STORY + "© since 2010 by C.Habermann All rights reserved\n"
    assert [x.name for x in op.parse(raw).authors] == ["C.Habermann"]


def test_avatar_initials_between_co_authors() -> None:
    raw = (
        "Pacheco e Fux tentam uma trégua\n\n"
        + STORY.split("\n\n")[0]
        + "\n\nLP\nLuana Patrício\nRF\nRaphael Feliz\n"
        "postado em 04/05/2022 05:49 / atualizado em 04/05/2022 05:50\n\n"
        + STORY.split("\n\n")[1]
        + "\n"
    )
    a = op.parse(raw)
    assert [x.name for x in a.authors] == ["Luana Patrício", "Raphael Feliz"]
    assert [x.span.slice(raw) for x in a.authors if x.span] == ["Luana Patrício", "Raphael Feliz"]


def test_meta_date_line_inside_the_article_when_nothing_else_names_anyone() -> None:
    doc = _classified(
        "Top 5 Windows\n\n"
        + STORY.split("\n\n")[0]
        + "\n\n16. Mai 2019 Markus Elsner Netzwerk, Windows 2\n\n"
        + STORY.split("\n\n")[1]
        + "\n",
        [
            ("TITLE", "t"),
            ("BODY", "prose"),
            ("DATELINE", "date line"),
            ("BODY", "prose"),
        ],
    )
    authors, _ = bylines.read_authors(doc)  # type: ignore[arg-type]
    assert [a.name for a in authors] == ["Markus Elsner"]


def test_full_name_beats_an_account_name_at_the_same_evidence() -> None:
    raw = (
        "Vegetarier zu sein\n\nGespeichert von human am 7. Juli 2019 - 18:44\n\n"
        "Blog Beitrag von Margarete Korn\n\n" + STORY
    )
    assert [x.name for x in op.parse(raw).authors] == ["Margarete Korn"]


def test_name_under_an_updated_date_after_the_article() -> None:
    doc = _classified(
        "Luftfahrt hebt ab\n\n"
        + STORY
        + "Letzte Aktualisierung\n31.10.2023\n\nTomas Arnoldt\n\n# Maschinenbau\n",
        [
            ("TITLE", "t"),
            ("BODY", "prose"),
            ("BODY", "prose"),
            ("BOILERPLATE", "after the article"),
            ("DATELINE", "date line"),
            ("BOILERPLATE", "after the article"),
            ("BOILERPLATE", "after the article"),
        ],
    )
    bylines.settle_bylines(doc.units, doc.decisions)  # type: ignore[attr-defined]
    authors, _ = bylines.read_authors(doc)  # type: ignore[arg-type]
    assert [a.name for a in authors] == ["Tomas Arnoldt"]


def test_page_title_naming_a_person_is_no_author_without_a_site_header() -> None:
    raw = "Interview – Angela Merkt\n\nHome\n\nThe ferry stays\n\n" + STORY
    assert op.parse(raw).authors == ()


def test_handle_at_the_time_of_the_post() -> None:
    text = "Filed under: Alltag, Bücher, Schreibbericht — lesezeichen @ 00:11"
    assert [n.name for n in bylines.meta_names(text)] == ["lesezeichen"]
    raw = "Ins neue Jahr\n\n" + text + "\nTags: Neujahr\n\n" + STORY
    a = op.parse(raw)
    assert [x.name for x in a.authors] == ["lesezeichen"]
    assert a.authors[0].span is not None
    assert a.authors[0].span.slice(raw) == "lesezeichen"


def test_initials_in_a_byline_expand_to_the_licence_holder() -> None:
    raw = (
        "Nach langer Zeit\n\nPosted by DT in Tagebuch\n\n"
        + STORY
        + "Ein Hundetagebuch von Dora Tannert steht unter einer Creative Commons Lizenz.\n"
    )
    a = op.parse(raw)
    assert [x.name for x in a.authors] == ["Dora Tannert"]
    assert a.authors[0].span is not None
    assert a.authors[0].span.slice(raw) == "Dora Tannert"
    raw = "Nach langer Zeit\n\nPosted by DT in Tagebuch\n\n" + STORY
    assert [x.name for x in op.parse(raw).authors] == ["DT"]


def test_sign_off_over_the_footnotes() -> None:
    long_story = STORY * 4
    raw = (
        "The ferry stays\n\n"
        + long_story
        + "Denis Clairon\n\n(1) These figures come from the council's own survey.\n"
    )
    assert [x.name for x in op.parse(raw).authors] == ["Denis Clairon"]
    raw = "The ferry stays\n\n" + long_story + "Angela Merk\n\nPolitik\n"
    assert op.parse(raw).authors == ()


def test_about_the_author_line() -> None:
    assert names("About the Author - Florina Ionescu") == ["Florina Ionescu"]
    assert names("Über den Autor: Jan Roeh") == ["Jan Roeh"]


def test_a_list_of_posts_is_no_byline() -> None:
    raw = (
        "How to grow a lemon tree\n\nRecent Posts\n\nOctober 30, 2020 Kate Mayer\n\n"
        "Plant care guide\n\nRead More\nOctober 28, 2020 Kate Mayer\n\nAnother guide\n\n"
        "Read More\n" + STORY + "About the Author - Florina Ionescu\n\n"
        "Hi! My name is Florina and I have been a plant lover for years.\n"
    )
    assert [x.name for x in op.parse(raw).authors] == ["Florina Ionescu"]


def test_meta_line_over_the_article_names_a_given_name_alone() -> None:
    doc = _classified(
        "Katzenspielzeug\n\n1. Februar 2022 Steffi Kaufratgeber, Katzen, Spielzeug 0\n\n"
        "23.01.2022 - Dorothea Wierer darf noch jubeln\n\n" + STORY,
        [
            ("TITLE", "t"),
            ("DATELINE", "date line"),
            ("DATELINE", "date line"),
            ("BODY", "prose"),
            ("BODY", "prose"),
        ],
    )
    authors, _ = bylines.read_authors(doc)  # type: ignore[arg-type]
    assert [a.name for a in authors] == ["Steffi"]
    doc = _classified(
        "Biathlon\n\n23.01.2022 - Dorothea Wierer darf noch jubeln\n\n" + STORY,
        [("TITLE", "t"), ("DATELINE", "date line"), ("BODY", "prose"), ("BODY", "prose")],
    )
    authors, _ = bylines.read_authors(doc)  # type: ignore[arg-type]
    assert authors == []


def test_press_contact_box_with_an_honorific() -> None:
    raw = (
        "The ferry stays\n\n"
        + STORY * 3
        + "Pressekontakt\nDr. Tim Lohmer\nPressesprecher Fährstrom AG\nTel.: 0211 779\n\n"
        "Diesen Artikel teilen\n"
    )
    a = op.parse(raw)
    assert [(x.name, x.roles) for x in a.authors] == [("Tim Lohmer", ("Dr.",))]


def test_department_is_not_part_of_a_name() -> None:
    assert not looks_like_name("Karin J. Schmitz Abteilung Öffentlichkeitsarbeit")


def test_outlet_profile_keeps_a_name_alone_under_the_title() -> None:
    raw = (
        "Download\n\nThe quiet arithmetic of the energy transition\nZhou Xiaoming\n\n"
        + STORY
        + "The article reflects the author's opinions and not necessarily the views of CGTN.\n"
    )
    a = op.parse(raw, profile="cgtn")
    assert [x.name for x in a.authors] == ["Zhou Xiaoming"]
    raw = "Home\n\nThe quiet arithmetic\nHarbour Policy\n\n" + STORY
    assert op.parse(raw).authors == ()


def _author_box_page(bio: str) -> str:
    # Al Jazeera's shape: title, dek, the name over a line stating their post, the date;
    # at the end the author box again
    return (
        "Why ferries matter more than bridges | Opinions | Al Jazeera\n"
        "Opinion|Transport\n"
        "Why ferries matter more than bridges\n"
        "A bridge takes ten years to build. A ferry can start next month.\n"
        "Kofi Mensah\n"
        "Transport economist based in Accra\n"
        "Published On 3 Mar 2024\n"
        "3 Mar 2024\n"
        "Every government in the region has a bridge on its wish list, and every one of "
        "them has been on the list for a decade or more.\n\n"
        "Ferries, meanwhile, are cheap, quick to start and easy to move when a town grows "
        "in a direction nobody planned for.\n\n"
        "The views expressed in this article are the author's own and do not necessarily "
        "reflect Al Jazeera's editorial stance.\n\n"
        "Kofi Mensah\n"
        "Transport economist based in Accra\n" + bio + "Source: Al Jazeera\n"
    )


def test_role_line_under_the_name_gives_the_authors_role_and_place() -> None:
    a = op.parse(_author_box_page(""))
    assert [x.name for x in a.authors] == ["Kofi Mensah"]
    assert a.authors[0].roles == ("Transport economist",)
    assert a.authors[0].location == "Accra"


def test_role_line_and_bio_give_the_role_once() -> None:
    bio = "Kofi Mensah is a transport economist who writes on ports and roads in Ghana.\n"
    a = op.parse(_author_box_page(bio))
    assert a.authors[0].bio is not None
    assert a.authors[0].roles == ("Transport economist",)


@pytest.mark.parametrize("line", ["+ FOLLOW", "Energie & Umwelt"])
def test_a_button_or_section_under_the_name_is_not_a_role(line: str) -> None:
    page = _author_box_page("").replace("Transport economist based in Accra\n", line + "\n", 1)
    a = op.parse(page)
    assert [x.name for x in a.authors] == ["Kofi Mensah"]
    assert a.authors[0].roles == ()
    assert a.authors[0].location is None


def _expert_page(line: str) -> str:
    # a news portal's shape: the title, its dek, the writer's post and name alone on a
    # line, a blank, the date, then the article
    return (
        "Mieten oder kaufen: Was lohnt sich für wen? - Ratgeber\n\n"
        "Ratgeber\n\n"
        "Mieten oder kaufen: Was lohnt sich für wen?\n\n"
        "Neue Wohnung: Mieten oder kaufen: Was lohnt sich für wen?\n\n"
        "Teilen\n\n"
        f"{line}\n\n"
        "Freitag, 06.07.2018, 10:29\n\n"
        "Mieten, finanzieren oder kaufen? Wer eine neue Wohnung sucht, hat mehrere "
        "Möglichkeiten, und jede bringt ihre Vor- und Nachteile mit sich.\n\n"
        "Rund die Hälfte der Haushalte wohnt zur Miete. Doch der Weg in die eigenen vier "
        "Wände ist meist mit einigen Vorbereitungen und Überlegungen verbunden.\n\n"
        "Da es beim Kauf um beträchtliche Summen geht, sollte die Entscheidung über die "
        "Finanzierung gut überlegt sein, und ein Vergleich der Angebote lohnt sich.\n"
    )


def test_a_writers_post_before_a_name_near_the_title_is_the_byline() -> None:
    a = op.parse(_expert_page("Portal-Experte Tobias Kranich"))
    assert [x.name for x in a.authors] == ["Tobias Kranich"]
    assert a.authors[0].roles == ("Portal-Experte",)


def test_another_post_before_a_name_near_the_title_is_not_the_byline() -> None:
    # a minister is who the article is about, not who wrote it
    a = op.parse(_expert_page("Bauministerin Klara Geywitz"))
    assert a.authors == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am 13. November 2019 Von Jonas In Aktuell", ("Jonas", None)),
        ("By Jane Roe In Politics", ("Jane Roe", None)),
        ("By Jane Roe in Berlin", ("Jane Roe", "Berlin")),
    ],
)
def test_capital_in_after_the_name_opens_the_category(
    text: str, expected: tuple[str, str | None]
) -> None:
    read = parse_byline(text)
    assert [(x.name, x.location) for x in read] == [expected]
