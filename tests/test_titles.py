"""Titles in whole-page dumps: the page title's repeat, its worded-otherwise variant,
the site's name kept out (synthetic pages in the shape of real dumps)."""

from __future__ import annotations

import pytest

import opinionpiece as op
from opinionpiece.titles import headline_end, kicker_end, shared_words, site_part

BODY = (
    "Floating docks are spreading along the middle reaches of the river, and the towns "
    "that installed them early are already busier than those that waited for dredging.\n"
    "Each dock costs less than a single season of dredging. It can also be towed to a new "
    "berth when the river shifts its bed, which happens every few years in the flats.\n"
    "Local officials say the savings have gone into roads that connect the docks with "
    "inland farms, so produce reaches the boats on the same day it is picked.\n"
)
MENU = "Home\nNews\nOpinion\nSport\nCulture\n"
FOOTER = "Share\nFacebook\nTwitter\nCopyright © 2026 The Valley Courier. All rights reserved.\n"


def page(first_line: str, head: str) -> str:
    """A whole-page dump: the <title>-like first line, a menu, the head, the body."""
    return f"{first_line}\n{MENU}{head}{BODY}{FOOTER}"


def title_of(text: str) -> str | None:
    a = op.parse(text)
    if a.title_span is not None:
        assert a.title_span.slice(text) == a.title
    return a.title


def test_repeat_above_the_article_not_the_logo() -> None:
    # `Headline | Site`: the site's name is printed first (the logo), the headline
    # right above the article.
    text = page(
        "Docks on the river | Valley Courier",
        "Valley Courier\nDocks on the river\nBy Aino Virtanen\n",
    )
    assert title_of(text) == "Docks on the river"


def test_one_word_headline_before_the_site_name() -> None:
    text = page("Unbefriedigt | Deviante Pfade", "Deviante Pfade\nUnbefriedigt\nBy Aino Virtanen\n")
    assert title_of(text) == "Unbefriedigt"


def test_site_name_first_then_the_headline() -> None:
    # `Site - Section - Headline`: the last part is the headline after all, since the
    # page prints it right above the article and never prints the first part.
    text = page(
        "Zoll online - Fachmeldungen - Verkündung des Gesetzes",
        "Sie sind hier:\nFachmeldungen\nVerkündung des Gesetzes\nDatum: 18.10.2021\n",
    )
    assert title_of(text) == "Verkündung des Gesetzes"


def test_headline_printed_twice_the_first_opens_the_article() -> None:
    # the article's head (headline, byline), then the headline again as a sticky header
    head = (
        "Docks bring river towns back to life\nBy Aino Virtanen\n"
        "Subscribe\nDocks bring river towns back to life\n"
    )
    text = page("Docks bring river towns back to life - Valley Courier", head)
    a = op.parse(text)
    assert a.title == "Docks bring river towns back to life"
    assert a.title_span is not None
    assert a.title_span.start == text.index("Docks bring river towns back to life\nBy")
    assert [x.name for x in a.authors] == ["Aino Virtanen"]


def test_headline_worded_otherwise_than_the_page_title() -> None:
    text = page(
        "Floating docks bring river towns back to life | The Valley Courier",
        "Latest\nStorm closes the mountain pass\nHow floating docks brought the river towns "
        "back\nBy Aino Virtanen\n",
    )
    assert title_of(text) == "How floating docks brought the river towns back"


def test_question_headline_read_as_prose_is_the_title() -> None:
    text = page(
        "Floating docks: river towns | The Valley Courier",
        "Latest\nWhy are the floating docks bringing the river towns back to life?\n12/01/2021\n",
    )
    assert title_of(text) == "Why are the floating docks bringing the river towns back to life?"


def test_headline_with_figures_above_the_article() -> None:
    # a line with figures above the prose is taken into the run as content; it is the
    # title all the same
    text = page(
        "6 floating docks for the river towns – 2023 | Valley Courier",
        "Anzeige\n6 floating docks that bring the river towns back\n",
    )
    assert title_of(text) == "6 floating docks that bring the river towns back"


def test_breadcrumb_is_no_title() -> None:
    text = page(
        "Politik im Überblick: Gericht lässt den Prozess weitergehen",
        "Home ›› Politik im Überblick ›› Politik\n14. Februar 2012\n",
    )
    assert title_of(text) != "Home ›› Politik im Überblick ›› Politik"


def test_name_under_a_longer_headline_is_no_title_variant() -> None:
    text = page(
        "Aino Virtanen writes about floating docks on the river | Valley Courier",
        "Latest\nAino Virtanen\n",
    )
    a = op.parse(text)
    assert a.title != "Aino Virtanen"


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("Deutschlandtakt: Flixbus attackiert Bahn - Wirtschaft - SZ.de", "SZ.de"),
        ("Docks on the river | Valley Courier", "Valley Courier"),
        ("Courier | Docks on the river", "Courier"),
        ("A headline with no site", None),
    ],
)
def test_site_part(line: str, site: str | None) -> None:
    assert site_part(line) == site


def test_shared_words() -> None:
    a = "Michael Bloomberg is having to answer questions about his past"
    b = "As his first debate nears, Bloomberg is having to answer about his past"
    assert shared_words(a, b) >= 0.5
    assert shared_words("Rezoning plan plagues Bronx", "Rezoning plan plagued Bronx") == 1.0
    assert shared_words("Floating docks", "Storm closes the mountain pass") == 0.0
    # one word in common is not enough
    assert shared_words("Docks", "Docks closed for winter") == 0.0


def test_short_headline_printed_again_and_again() -> None:
    # a two-word headline (a person, a product) printed in teasers as well is no site
    # name: the site's name is the other part of the page title
    text = page(
        "Will Smith - TV TODAY",
        "Will Smith\nStars\nWill Smith\nFilme\nWill Smith\nThe actor at a premiere last year\n",
    )
    assert title_of(text) == "Will Smith"


def test_section_printed_again_and_again_is_no_title() -> None:
    text = page(
        "Presidente inicia gira por Magallanes - Política - 24horas",
        "Política\nDeportes\nPolítica\nMundo\nPolítica\nBy Aino Virtanen\n",
    )
    assert title_of(text) != "Política"


def test_headline_and_subtitle_on_one_line() -> None:
    text = page(
        "Floating docks bring river towns back to life - Valley Courier",
        "Latest\nFloating docks bring river towns back to life Cheaper berths keep "
        "harbour trade afloat\nBy Aino Virtanen\n",
    )
    a = op.parse(text)
    assert a.title == "Floating docks bring river towns back to life"
    assert a.title_span is not None
    assert a.title_span.slice(text) == a.title
    assert a.title_span.start > text.index("\n")


def test_headline_end() -> None:
    page_line = "Docks bring river towns back to life - Courier"
    head = "Docks bring river towns back to life"
    text = "Docks bring river towns back to life Cheaper berths keep trade afloat"
    end = headline_end(text, head, page_line)
    assert end is not None
    assert text[:end] == head
    # the rest is in the page title too: one headline, not headline and subtitle
    assert headline_end(text, head, page_line + " Cheaper berths") is None
    # too little follows
    assert headline_end(head + " today", head, page_line) is None
    assert headline_end("Another line altogether here", head, page_line) is None


def test_headline_sharing_two_fifths_of_the_page_title() -> None:
    headline = "Houston's Aisha salon chain bans men from entering any of its 25 locations"
    text = page(
        "Houston salon bans men: Stranger seen pleasuring himself inside the Copperfield "
        "store | ABC13",
        f"Latest\n{headline}\nBy Aino Virtanen\n",
    )
    assert title_of(text) == headline


def test_repeated_page_title_to_the_last_line() -> None:
    # the page title printed again and again down to the very last line
    text = "Floating docks on the river - Courier\n" + "Floating docks on the river\n" * 30
    a = op.parse(text)
    assert all(d.code != "OP900" for d in a.diagnostics)


def test_walk_up_to_the_first_line_drops_its_site_parts() -> None:
    text = "Floating docks bring river towns back to life - The Valley Courier\nHome\nNews\n" + BODY
    a = op.parse(text)
    assert a.title == "Floating docks bring river towns back to life"
    assert a.title_span is not None
    assert a.title_span.start == 0


def test_menu_line_with_bars_is_no_title() -> None:
    text = page("Gumpfen", "Tach auch\nskip to main | skip to sidebar\n")
    assert title_of(text) == "Tach auch"


@pytest.mark.parametrize(
    "headline",
    [
        "Clinton wins the Democratic primary in New York.",
        "Republicans Finally Confirmed A Judge. Is This The End Of The Standoff?",
    ],
)
def test_plain_article_file_headline_with_a_full_stop(headline: str) -> None:
    text = (
        f"{headline}\n\n"
        "NEW YORK (AP) — The result came late in the evening, after a day of long lines "
        "at polling stations across the city and a last round of rallies.\n\n"
        "Turnout was higher than in the previous primary, officials said, and counting "
        "went on past midnight in several districts.\n"
    )
    a = op.parse(text)
    assert a.title == headline
    assert a.paragraphs[0].text.startswith("NEW YORK (AP)")


@pytest.mark.parametrize(
    "opening",
    [
        "It was a cold day. Nobody came.",  # two sentences, not in title case
        '"We will not move," she said.',  # a quote opens a story
    ],
)
def test_a_short_first_paragraph_is_not_taken_for_a_title(opening: str) -> None:
    text = (
        f"{opening}\n\n"
        "The farmers had waited since dawn for the trucks, and by noon the square was "
        "full of people who had driven in from the villages along the river.\n\n"
        "By evening the officials had agreed to meet them the following week.\n"
    )
    a = op.parse(text)
    assert a.title is None


@pytest.mark.parametrize(
    "junk",
    [
        "política de cookies",
        "+ Comments Leave a Comment",
        "In partnership with",
        "November 8 2023, 3:18 p.m.",
        "Protesters in the square (Photo: Reuters)",
        "Jane Roe, John Smith",
    ],
)
def test_shapes_a_headline_never_has(junk: str) -> None:
    from opinionpiece.classify import _not_a_headline

    assert _not_a_headline(junk)


@pytest.mark.parametrize(
    "headline",
    ["Floating docks bring river towns back", "iPhone sales slow in spring", "Penny"],
)
def test_headline_shapes_pass(headline: str) -> None:
    from opinionpiece.classify import _not_a_headline

    assert not _not_a_headline(headline)


def test_a_section_repeated_above_the_article_is_not_the_headline() -> None:
    page = (
        "Farmers plant later as the river runs dry | Environment | Valley Courier\n"
        "Home\nNews\nSport\n"
        "Environment\n"
        "The water that used to arrive in April now comes in June, after the reservoirs "
        "upstream have been filled, and the farmers plant later every year.\n"
        "Engineers on both sides agree on the numbers but not on who should pay for the "
        "change, and the old treaty says nothing about it.\n"
    )
    a = op.parse(page)
    assert a.title == "Farmers plant later as the river runs dry"


def test_a_long_last_part_is_the_headline_not_the_site_name() -> None:
    # `Kicker - Headline` with no site's name: a last part of five words or more is a
    # headline, and the one printed nearest above the article wins
    text = page(
        "Water talks in the valley - How the floating docks brought the river towns back",
        "Water talks in the valley\nHow the floating docks brought the river towns back\n",
    )
    assert title_of(text) == "How the floating docks brought the river towns back"


def test_a_short_last_part_is_still_the_site_name() -> None:
    text = page(
        "Floating docks bring river towns back to life - Valley Courier",
        "Floating docks bring river towns back to life\nValley Courier\n",
    )
    assert title_of(text) == "Floating docks bring river towns back to life"


def _variant(lines: list[str], roles: dict[int, tuple[op.Role, str]]) -> int | None:
    """`_title_variant` over one unit a line, undecided but for ``roles``; the article's
    prose is the last line."""
    from opinionpiece.classify import _title_variant
    from opinionpiece.normalize import make_view
    from opinionpiece.rules import Decision
    from opinionpiece.segment import segment

    units = segment(make_view("\n".join(lines) + "\n"))
    assert [u.text for u in units] == lines
    decisions = [Decision(role=None, reason="undecided") for _ in units]
    for k, (role, reason) in roles.items():
        decisions[k] = Decision(role=role, reason=reason)
    top = len(units) - 1
    decisions[top] = Decision(role=op.Role.BODY, reason="prose")
    return _title_variant(units, decisions, top, top)


PROSE = (
    "Floating docks are spreading along the middle reaches of the river, and the towns "
    "that installed them early are already busier than those that waited for dredging."
)


def test_headline_worded_otherwise_than_a_middle_part() -> None:
    # `Site Name - Headline -`: the headline is the middle part, printed above the
    # article in other words, and taken for a heading there
    lines = [
        "The Courier - Floating docks quickly bring the quiet river towns back to life - Blog",
        "English (United States)",
        "Info",
        "Docks – floating docks bring quiet river towns back to life in one summer",
        PROSE,
    ]
    heading = (op.Role.HEADING, "short line between paragraphs")
    assert _variant(lines, {3: heading}) == 3
    # the site's name alone shares no words with the line: no variant
    lines[0] = "The Courier - Valley Courier"
    assert _variant(lines, {3: heading}) is None


def test_truncated_page_title_read_as_prose_still_points_at_the_headline() -> None:
    # a long <title> cut off with `...` reads as prose outside the article; the full
    # headline printed right above the article shares its words
    lines = [
        "What changes on the river in 2026: the most important news for the towns...",
        "What we do",
        "Press release | Valley Council",
        "What changes on the river in 2026: all the news for the towns and farms at a glance",
        PROSE,
    ]
    teaser = (op.Role.BOILERPLATE, "prose outside the main text")
    assert _variant(lines, {0: teaser}) == 3
    # such a first line may be a teaser: a line far above the article does not count
    far = lines[:1] + lines[3:4] + ["Home", "News", "Sport", "Culture", "Info"] + lines[4:]
    assert _variant(far, {0: teaser}) is None


@pytest.mark.parametrize(
    "label",
    [
        "Síguenos en Google News",
        "Follow us on Google News",
        "Toggle navigation",
        "Zum Inhalt springen",
        "Las más leídas",
        "Startseite zurück zur Übersicht",
    ],
)
def test_a_page_control_between_headline_and_byline_is_no_title(label: str) -> None:
    text = (
        "Home\nNews\nOpinion\n"
        "Floating docks bring the river towns back to life\n"
        f"{label}\nBy Aino Virtanen\n{BODY}{FOOTER}"
    )
    assert title_of(text) == "Floating docks bring the river towns back to life"


def test_a_line_over_the_byline_beats_a_first_line_that_only_names_the_site() -> None:
    # the first line names the site and its motto; the headline is the line right over
    # the byline
    text = page(
        "Your paper since 1898 | Valley Courier",
        "Floating docks bring the river towns back\nBy Aino Virtanen\n",
    )
    assert title_of(text) == "Floating docks bring the river towns back"
    # with no byline or date under it, the line may be a teaser: the first line's headline
    text = page("Your paper since 1898 | Valley Courier", "Floating docks bring the towns back\n")
    assert title_of(text) == "Your paper since 1898"


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        # a label over the headline on its line: the page title holds the headline alone
        (
            "Press release of the harbour office : Docks bring river towns back to life",
            "Docks bring river towns back to life",
        ),
        (
            "Sie sind hier: > Docks bring river towns back to life",
            "Docks bring river towns back to life",
        ),
        # a quoted kicker is part of the headline as printed
        (
            '"Pure joy": Docks bring river towns back to life',
            '"Pure joy": Docks bring river towns back to life',
        ),
    ],
)
def test_label_before_the_headline_on_its_line(printed: str, title: str) -> None:
    text = page("Docks bring river towns back to life | Valley Courier", f"{printed}\n")
    assert title_of(text) == title


BANNER = (
    "These crawls are part of an effort to keep copies of pages as they were published, "
    "so that links to them from articles and books keep working for years to come.\n"
    "The archive hopes that references to these copies will replace links that would "
    "otherwise break, and it keeps adding sites to the list every month.\n"
)


def test_site_name_over_the_headline_under_a_prose_banner() -> None:
    # the densest prose is a banner above the page; the site's name and the headline are
    # both printed over the article: the headline, not the site's name, is the title
    text = (
        "Rebloggt von Aino: Floating docks on the river | Der Nesselsetzer\n"
        f"{BANNER}Startseite\nAbout\nDer Nesselsetzer\nNützliches und Idiotisches\n"
        "9. Dezember 2013\nRebloggt von Aino: Floating docks on the river\n"
        f"Posted by Nesselsetzer under Just For Fun\n{BODY}{FOOTER}"
    )
    assert title_of(text) == "Rebloggt von Aino: Floating docks on the river"


def test_section_over_the_headline_under_a_prose_banner() -> None:
    text = (
        "Floating docks bring the river towns back | Environnement | DW | 23.05.2011\n"
        f"{BANNER}Inhalt\nNews\nEnvironnement\nFloating docks bring the river towns back\n"
        f"{BODY}{FOOTER}"
    )
    assert title_of(text) == "Floating docks bring the river towns back"


def test_headline_naming_a_domain_is_no_domain() -> None:
    # `Site.ch - Section - Headline on Site.ch`: the last part ends with the site's
    # domain, yet has words before it: the headline
    text = page(
        "valley.ch - Outdoornews - Snow maps at high resolution on Valley.ch",
        "OutdoorNews\nEvents\nTools\nSnow maps at high resolution on Valley.ch\n",
    )
    assert title_of(text) == "Snow maps at high resolution on Valley.ch"
    # a domain after a mark is the site's name: `Headline - Subtitle : site.de`
    text = page(
        "Docks on the river - How the towns came back : valley.de",
        "Archiv\nDocks on the river\nHow the towns came back\nVon Aino Virtanen\n",
    )
    assert title_of(text) == "Docks on the river"


def test_page_title_repeat_taken_for_a_first_sentence() -> None:
    text = (
        "Les Français travaillent-ils trop peu ?\nsuccess\nfail\nPolitiques publiques\n"
        "6,90 euros\nLes Français travaillent-ils trop peu ?\n"
        f"{BODY}{FOOTER}"
    )
    a = op.parse(text)
    assert a.title == "Les Français travaillent-ils trop peu ?"
    assert a.title_span is not None
    assert a.title_span.start == text.index("Les Français travaillent-ils trop peu ?\n" + BODY[:9])


def test_headline_under_a_menu_entry_repeating_the_page_title() -> None:
    # `About Us - Site`: the page title names a menu entry; the headline is the longer
    # line under the menu, right over the text
    text = page(
        "About Us - Shabka",
        "Reviews\nAbout Us\nIn the News\nMeet the Team\nOur Partners\n"
        "The strategic Think & Do Tank\n",
    )
    assert title_of(text) == "The strategic Think & Do Tank"
    # a control between (`Zurück`) will do, and a German verb particle may end it
    text = page(
        "News - Eawag",
        "News-Plattform\nNews\nZurück\nAuf das erste Elektron kommt es an\n12. Januar 2022\n",
    )
    assert title_of(text) == "Auf das erste Elektron kommt es an"


def test_short_headline_over_its_subtitle_stays_the_title() -> None:
    # the repeat right over a longer line (its subtitle, a platform list), or printed
    # again under it, is the headline
    text = page("Bee Simulator | Valley Games", "Blog\nBee Simulator\nA game for the family\n")
    assert title_of(text) == "Bee Simulator"
    text = page(
        "Filmbüro Göttingen | Valley",
        "Kunst\nFilmbüro Göttingen\nFilmbüro Göttingen\nHollywood an der Leine: Die Filmstadt\n",
    )
    assert title_of(text) == "Filmbüro Göttingen"


def test_headline_taken_for_prose_over_a_byline() -> None:
    # the page title is another headline (no site parts); the line over the byline,
    # two sentences in Title Case, is the headline
    text = (
        "Why polarization is not our real problem\nNYMag.com\nNew York Magazine\n"
        "Intelligencer\nVulture\nconservatism May 16, 2020\n"
        "The GOP Is the Problem. Is Identity Politics the Solution?\nBy Eric Levitz\n"
        f"{BODY}{FOOTER}"
    )
    assert title_of(text) == "The GOP Is the Problem. Is Identity Politics the Solution?"
    # a first paragraph ending in a full stop over a date is no headline
    text = (
        "Floating docks | Valley Courier\nHome\nNews\nLatest\n"
        "The towns along the river are busy again this year.\n12/01/2021\n"
        f"{BODY}{FOOTER}"
    )
    assert title_of(text) != "The towns along the river are busy again this year."


def test_numbers_and_umlauts_count_as_shared_words() -> None:
    # `Blockhaus 3` shares the house's number with the page title, not `Blockhaus Typ 1`
    assert shared_words("Blockhaus 3", "Blockhaus Typ 3 in Ludorf") == 1.0
    assert shared_words("Blockhaus Typ 1", "Blockhaus Typ 3 in Ludorf") < 1.0
    assert shared_words("Mit meiner Tochter über die Pubertät", "Töchter in der Pubertät") == 1.0


def test_short_first_part_over_a_longer_part_is_a_kicker() -> None:
    # `Kicker | Headline - Site`: both printed over the article; the headline wins
    text = page(
        "Einheit der Woche | Lagen-Pyramide mit GA2 - Valley Swim",
        "Training\nEinheit der Woche\nLagen-Pyramide mit GA2\n",
    )
    assert title_of(text) == "Lagen-Pyramide mit GA2"


def test_domain_name_logo_is_no_repeat_of_the_site_part() -> None:
    # `site | Kicker: Headline`: the logo `site.de` is not the headline printed again
    text = page(
        "valleygames | Vorschauen: Anno 1800 Beta",
        "valleygames.de\nSuche nach...\nProdukte\n",
    )
    assert title_of(text) != "valleygames.de"


def test_line_worded_like_the_page_title_over_a_byline_beats_a_bare_repeat() -> None:
    # the page title's headline is printed again in a table of contents; the headline
    # as the page prints it over the article, worded otherwise, has the byline and date
    text = page(
        "Wärmepumpe im Altbau - Wann es sich lohnt | Valley Heizung",
        "Ratgeber\nEignet sich eine Wärmepumpe im Altbau?\nvon Alexander Rosenkranz\n"
        "09.03.2022\nInhalt\nVoraussetzungen für Wärmepumpen\nWärmepumpe im Altbau\n"
        "Studie zum Einsatz\n",
    )
    assert title_of(text) == "Eignet sich eine Wärmepumpe im Altbau?"
    # the repeat right over such a line is the headline over its subtitle
    text = page(
        "Docks bring river towns back to life | Valley Courier",
        "Region\nDocks bring river towns back to life\nRiver docks: towns come back to life\n"
        "Von Aino Virtanen\n19.10.19, 12:00 Uhr\n",
    )
    assert title_of(text) == "Docks bring river towns back to life"


def test_variant_over_a_date_beats_a_menu_entry() -> None:
    text = page(
        "Christmas Gift Guide | Valley Living | Jetzt entdecken!",
        "Wohnen\nGift Guides\nHaare\nBeauty\nMein cosy Home Gift Guide bei Westwing\n"
        "16.12.2022\nWohnen\n",
    )
    assert title_of(text) == "Mein cosy Home Gift Guide bei Westwing"


def test_a_time_sharing_numbers_with_the_page_title_is_no_headline() -> None:
    assert shared_words("Di, 10:19", "Regen gab es lange nicht : 31.10.2023, 10.19") == 0.0


def test_kicker_and_headline_on_one_line_under_the_repeat() -> None:
    # the page title repeated, then the kicker and the headline as the article prints
    # them on one line: the headline, without the kicker
    printed = "Kind krank Was Arbeitgeber über die Rechte von Eltern wissen müssen"
    text = page(
        "Kind krank: Was Arbeitgeber wissen müssen | Valley Business",
        f"Recht + Steuern\nKind krank: Was Arbeitgeber wissen müssen\n{printed}\n",
    )
    a = op.parse(text)
    assert a.title == "Was Arbeitgeber über die Rechte von Eltern wissen müssen"
    assert a.title_span is not None
    assert a.title_span.slice(text) == a.title
    text = page(
        "Vanlife in Schweden - Skandinavien im Wohnmobil | Valley Outdoor",
        "Touren\nVanlife in Schweden - Skandinavien im Wohnmobil\n"
        "Vanlife in Schweden Skandinavien im Wohnmobil erleben\n",
    )
    assert title_of(text) == "Skandinavien im Wohnmobil erleben"


def test_kicker_end() -> None:
    page_title = "Kind krank: Was Arbeitgeber wissen müssen | impulse"
    line = "Kind krank Was Arbeitgeber über die Rechte wissen müssen"
    assert kicker_end(line, page_title) == len("Kind krank ")
    # two words after the kicker are no headline
    assert kicker_end("Kind krank Was nun", page_title) is None
    assert kicker_end("Arbeitgeber müssen es wissen", page_title) is None


def test_german_headline_may_end_with_sich_or_a_particle() -> None:
    text = page(
        'Danni und Ennesto trennen sich: "Aus" | Valley Stars',
        'Promis\nDanni und Ennesto trennen sich: "Aus"\nPromis\n'
        "„Aus“: Danni und Ennesto trennen sich\n16. März 2021\n",
    )
    assert title_of(text) == "„Aus“: Danni und Ennesto trennen sich"


def test_headline_over_the_authors_names_beats_a_bare_repeat() -> None:
    # the page title repeated over a section label, the headline worded otherwise over
    # the authors' names (two names: one name alone may be a menu entry)
    text = page(
        "Ja, ich bin an Weihnachten Single. Problem damit? | Valley Mag",
        "Du liest gerade\nJa, ich bin an Weihnachten Single. Problem damit?\n"
        "Story aus Weihnachten\nIch habe es satt, an Weihnachten nach dem Single zu fragen\n"
        "Aino Virtanen, Elisabeth Kochan\n",
    )
    assert title_of(text) == "Ich habe es satt, an Weihnachten nach dem Single zu fragen"


def test_headline_over_a_byline_printed_again_beats_the_page_title() -> None:
    # the page title names the site; the headline over the byline is printed again in
    # a breadcrumb and a list of related articles
    text = (
        "Konrad-Adenauer-Stiftung - detail\nHome\nPublikationen\nLänderberichte\n"
        "Kommunalwahlen in Nordmazedonien\nPressestelle\nLänderberichte\n"
        "Kommunalwahlen in Nordmazedonien\nvon Daniel Braun, Davor Pasoski\n"
        f"{BODY}Weitere Berichte\nKommunalwahlen in Nordmazedonien\n{FOOTER}"
    )
    assert title_of(text) == "Kommunalwahlen in Nordmazedonien"


def test_headline_over_dek_and_date_above_the_authors_role() -> None:
    # headline, dek, date, author, the author's role, a credit, the text: the walk up
    # from the text meets the role first; the headline over the dek and date wins over
    # the page title
    text = (
        "California's Disasters Are a Warning - The Valley Courier\nIdeas\n"
        "How Can We Plan for the Future in California?\n"
        "The state's heat waves, blackouts, and fires offer a warning of our fossil-fuel "
        "future.\nAugust 23, 2020\nLeah C. Stokes\n"
        "Assistant professor of political science at UC Santa Barbara\nNoah Berger / AP\n"
        f"Share\nLink Copied\nFacebook\n{BODY}{FOOTER}"
    )
    assert title_of(text) == "How Can We Plan for the Future in California?"


def test_product_name_over_its_release_date_is_no_headline() -> None:
    head = "Leslie Clio präsentiert das Album 'Brave New Woman'"
    text = page(
        f"{head} | Valley Music",
        f"Leslie Clio\nBrave New Woman\nVeröffentlichung: 04.02.2022\nLabel: House of Clio\n"
        f"Genre: Pop\nBewertung\n{head}\n",
    )
    assert title_of(text) == head


def test_headline_worded_otherwise_under_a_section_repeat() -> None:
    # `Headline | section | Site`: the section printed over the article, and under it
    # the headline worded otherwise (a question, taken for prose)
    text = (
        "Cronograma Minedu 2022: ¿cuándo serán las vacaciones escolares? | respuestas | "
        "La Valle\nInicio\nPolítica\nrespuestas\n"
        "¿Cuándo serán las primeras vacaciones escolares del 2022, según el cronograma del "
        f"Minedu?\n{BODY}{FOOTER}"
    )
    assert title_of(text) == (
        "¿Cuándo serán las primeras vacaciones escolares del 2022, según el cronograma del Minedu?"
    )


def test_two_word_section_between_the_parts_is_no_headline() -> None:
    # `Kicker - Headline | Section | Site`: the section printed twice under the headline
    # is nearer the text, yet a section
    text = page(
        "Open Progress - Why floating docks beat dredging | Open Future | Valley Courier",
        "Search\nOpen Progress\nWhy floating docks beat dredging\n"
        "An interview with the harbour master, with an extract from her book\n"
        "Open Future\nOpen Future\nJun 18th 2018\nFacebook\nTwitter\n",
    )
    assert title_of(text) == "Why floating docks beat dredging"


def test_headline_reading_like_two_names_over_a_byline() -> None:
    # `Water Mekong and Mekong Mekong` reads like two names, yet the byline is under it
    text = (
        "Water Mekong and Mekong Mekong\n\nBy Jane Doe\n\n"
        "Water water water water water water water water.\n\n"
        "Water water water water water water water water water.\n"
    )
    assert title_of(text) == "Water Mekong and Mekong Mekong"


def test_line_under_a_breadcrumb_ending_with_it_is_the_title() -> None:
    # no repeat of the page title; the trail's last step printed under it
    text = (
        "Ausflugtipps Niederrhein und Ruhrgebiet\nStartseite\nEssen\nSuchen nach\n"
        "Sie sind hier: Startseite » Essen » Essen Teil 2 » Essen-Westviertel\n"
        "Essen-Westviertel\nÜbersicht\nEssen-Westviertel Blick auf das Theater\n"
        f"{BODY}{FOOTER}"
    )
    assert title_of(text) == "Essen-Westviertel"
    # a line that is not the trail's last step is no such title
    text = text.replace("Essen-Westviertel\nÜbersicht", "Essen-Nord\nÜbersicht")
    assert title_of(text) != "Essen-Nord"


def test_headline_over_a_section_printed_again_and_again() -> None:
    # the page title's one-word part is a section of the menus; the headline naming it
    # is printed right over it
    menu = "Schwimmen\nSynchronschwimmen\nWasserball\n"
    text = (
        "Synchronschwimmen - Aktuelles - Synchronschwimmen | Valley Schwimm-Verband\n"
        f"{menu}{menu}Verband\nKontakt\nPresse\nTermine\nArchiv\nKommende Events\n"
        "Levelpässe für das Synchronschwimmen können ab sofort bestellt werden\n"
        f"Synchronschwimmen\n01.02.2022 Kategorie: Verband\n{BODY}{FOOTER}"
    )
    assert title_of(text) == (
        "Levelpässe für das Synchronschwimmen können ab sofort bestellt werden"
    )
    # a line that does not name the section stays a line over it
    other = text.replace("für das Synchronschwimmen", "für alle")
    assert title_of(other) != "Levelpässe für alle können ab sofort bestellt werden"


def test_headline_over_a_long_dek_worded_like_the_page_title() -> None:
    # the dek shares the page title's words; the quotation right over it is the headline
    dek = (
        "Die Corona-Krise durch Big Data überwinden: zu schön, um wahr zu sein? "
        "Medienwissenschaftler Felix Stalder schätzt die Risiken und Nebenwirkungen ein"
    )
    text = page(
        "Big Data gegen Corona? Interview über Risiken und Nebenwirkungen",
        f"Thema – Corona\n„Es bricht eine andere Zeit der Datennutzung an“\n{dek}\n"
        "Interview: Julia Lauter\n31.03.2020\n",
    )
    assert title_of(text) == "„Es bricht eine andere Zeit der Datennutzung an“"
    # a kicker of three words over a long headline is no headline
    text = page(
        "Big Data gegen Corona? Interview über Risiken und Nebenwirkungen",
        f"Thema – Corona\nPresidente do Senado\n{dek}\nInterview: Julia Lauter\n31.03.2020\n",
    )
    assert title_of(text) == dek


def test_kicker_printed_with_its_mark_stays_in_the_headline() -> None:
    # `Kicker: Headline` as printed keeps its kicker; a kicker set off by a dash or a
    # colon is no run-together kicker
    page_title = "Skoda: Der lange Weg | Valley Auto"
    assert kicker_end("Skoda: Der lange Weg zum Strom", page_title) is None
    dashed = "Strong & Beautiful - Pamela Reif [Rezension]"
    assert kicker_end(dashed, "Strong & Beautiful - X") is None
    spaced = "Parité en Tunisie : Au-dessous de la moyenne"
    assert kicker_end(spaced, "Parité en Tunisie : X") is None
    text = page(
        "Skoda: Der lange Weg | Valley Auto",
        "Auto\nSkoda: Der lange Weg\nSkoda: Der lange Weg zum Strom\nVon Aino Virtanen\n",
    )
    assert title_of(text) != "Der lange Weg zum Strom"


def test_trail_fragment_and_dek_are_no_better_repeats() -> None:
    # a breadcrumb trail ending with the headline is no repeat of it
    text = page(
        "Volksbegehren zum Grundeinkommen gestartet - Valley Partei",
        "Team\nStart » Blogposts » Volksbegehren zum Grundeinkommen gestartet\n"
        "Volksbegehren zum Grundeinkommen gestartet\nVon Aino Virtanen\n",
    )
    assert title_of(text) == "Volksbegehren zum Grundeinkommen gestartet"
    # a dek over the byline, shorter than the repeat and not held in it, is no headline
    text = page(
        "iOS 13 will fix the FaceTime eye contact problem - The Valley",
        "Tech\niOS 13 will fix the FaceTime eye contact problem\nNew, 74 comments\n"
        "Fake eye contact for improved intimacy\nBy Jon Porter Jul 3, 2019\n",
    )
    assert title_of(text) == "iOS 13 will fix the FaceTime eye contact problem"
    # a reading time under a menu entry repeating the page title is no headline
    text = page(
        "Install Docker Engine | Docker Documentation",
        "Manuals\nDocker Engine\nInstall\nInstall Docker Engine\n"
        "Estimated reading time: 6 minutes\n",
    )
    assert title_of(text) != "Estimated reading time: 6 minutes"


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("The old pier at dawn (dr/spot)", True),
        ("Ferry keeps running (Foto: picture alliance/dpa)", True),
        ("Ferry keeps running (and the bridge waits)", False),
        ("Ferry keeps running (1/2) and more", False),
    ],
)
def test_a_line_ending_in_a_picture_credit_is_no_headline(line: str, credit: bool) -> None:
    from opinionpiece.classify import _NOT_HEADLINE

    assert (_NOT_HEADLINE.search(line) is not None) is credit
