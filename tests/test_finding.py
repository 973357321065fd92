"""Finding the article inside a whole-page dump: main text, title, edges, subheadings."""

from __future__ import annotations

from pathlib import Path

import pytest

import opinionpiece as op
from opinionpiece.classify import _language_weight, _nav_like, densest_run
from opinionpiece.datelines import find_dateline
from opinionpiece.rules import unspaced_words
from opinionpiece.titles import main_part, same_title

PAGE = (Path(__file__).resolve().parent / "fixtures" / "whole_page.txt").read_text(encoding="utf-8")


@pytest.fixture
def page() -> op.Article:
    return op.parse(PAGE)


def test_main_text_only(page: op.Article) -> None:
    assert [p.text[:30] for p in page.paragraphs] == [
        "Floating docks are spreading a",
        "Each dock costs less than a si",
        "Local officials say the saving",
        '"We stopped waiting for the ri',
    ]


def test_comments_and_teasers_are_chrome(page: op.Article) -> None:
    chrome = {b.text: b.reason for b in page.boilerplate}
    assert chrome["12 Comments"] == "section barrier"
    assert chrome["Related articles"] == "section barrier"
    comment = next(t for t in chrome if t.startswith("I grew up"))
    assert chrome[comment] == "prose outside the main text"
    assert "Storm closes the mountain pass for a second day" in chrome
    assert all(b.reason for b in page.boilerplate)


def test_title_is_the_repeat_of_the_page_title(page: op.Article) -> None:
    assert page.title == "Floating docks bring river towns back to life"
    assert page.title_span is not None
    # the repeat under the menus, not the <title>-like first line
    assert page.title_span.start > PAGE.index("\n")
    assert [a.name for a in page.authors] == ["Aino Virtanen"]


def test_subheading(page: op.Article) -> None:
    assert [p.heading for p in page.paragraphs] == [
        None,
        None,
        "What the money buys",
        "What the money buys",
    ]
    roles = {b.text: b.role for b in page.blocks}
    assert roles["What the money buys"] is op.Role.HEADING


def test_page_title_without_repeat_loses_site_name() -> None:
    text = PAGE.replace("Floating docks bring river towns back to life\nBy", "By").replace(
        "Farmers market moves to the old station\nBy", "By"
    )
    a = op.parse(text)
    assert a.title == "Floating docks bring river towns back to life"
    assert a.title_span is not None
    assert a.title_span.start == 0
    assert a.title_span.slice(text) == a.title


def test_standfirst_and_dateline() -> None:
    text = (
        "The long road back for river towns\n\n"
        "Cheap floating docks are doing what decades of dredging could not.\n\n"
        "By Aino Virtanen\n\n"
        "LONDON – Floating docks are spreading along the middle reaches of the river this "
        "year, and the towns that installed them early are busier.\n\n"
        "Each dock costs less than a single season of dredging, officials say.\n"
    )
    a = op.parse(text)
    assert a.title == "The long road back for river towns"
    assert a.standfirst == "Cheap floating docks are doing what decades of dredging could not."
    assert a.dateline == "LONDON"
    assert a.paragraphs[0].text.startswith("LONDON – Floating docks")
    assert len(a.paragraphs) == 2


def test_first_paragraph_is_not_a_standfirst_without_evidence() -> None:
    text = (
        "A plain headline\n\n"
        "The first paragraph is a sentence of the body and nothing else here.\n\n"
        "The second paragraph follows it, as body paragraphs do.\n"
    )
    a = op.parse(text)
    assert a.standfirst is None
    assert len(a.paragraphs) == 2


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("LONDON – The pandemic has changed", "LONDON"),
        ("BEIJING, May 9 (Xinhua) -- China on Monday", "BEIJING, May 9 (Xinhua)"),
        ("NEW YORK (AP) — Stocks fell", "NEW YORK (AP)"),
        ("(CNN) — The president said", "(CNN)"),
        ("Berlin (dpa) - Die Regierung hat", "Berlin (dpa)"),
        ("NATO – the alliance has grown", None),
        ("Relations between Moscow and Beijing", None),
        ("US-China ties - What next", None),
    ],
)
def test_datelines(text: str, found: str | None) -> None:
    assert find_dateline(text) == found


def test_densest_run() -> None:
    assert densest_run([-1, 2, 3, -1, 4, -9, 5]) == (1, 4, 8)
    assert densest_run([-1, -2])[2] == 0
    assert densest_run([]) == (0, -1, 0.0)


@pytest.mark.parametrize(
    ("line", "main"),
    [
        (
            "Deutschlandtakt: Flixbus attackiert Bahn - Wirtschaft - SZ.de",
            "Deutschlandtakt: Flixbus attackiert Bahn",
        ),
        ("Site | A long headline about the river towns", "A long headline about the river towns"),
        ("A headline with no site", None),
    ],
)
def test_main_part(line: str, main: str | None) -> None:
    assert main_part(line) == main


def test_same_title() -> None:
    assert same_title(
        "Floating docks bring river towns back to life",
        "Floating Docks Bring River Towns Back to Life!",
    )
    assert not same_title("Floating docks", "A completely different headline")


def test_two_word_title_above_a_byline() -> None:
    a = op.parse("A title\n\nBy Jane Doe\n\nThe first paragraph of the piece, as written.\n")
    assert a.title == "A title"
    assert [x.name for x in a.authors] == ["Jane Doe"]


def test_headline_printed_without_its_kicker_is_the_title() -> None:
    text = (
        "The long decline of the river towns in the valley: Floating docks bring them back to life"
        " - The Valley Courier\n"
        "Home\nNews\nOpinion\nSport\n"
        "Floating docks bring them back to life\n"
        "Floating docks are spreading along the middle reaches of the river, and the towns "
        "that installed them early are already busier than those that waited.\n"
        "Each dock costs less than a single season of dredging, officials in three towns "
        "said this week, and can be towed to a new berth when the river moves.\n"
    )
    a = op.parse(text)
    assert a.title == "Floating docks bring them back to life"
    assert a.title_span is not None
    assert a.title_span.start > text.index("\n")


def test_short_line_trailing_the_article_is_not_a_subheading() -> None:
    text = (
        "A headline here\n\nThe first paragraph of the piece, written as ordinary prose.\n\n"
        "Editor's note: Jane Roe is a writer. The views expressed are her own.\n\n"
        "Read the Planet\n"
    )
    last = [b for b in op.parse(text).blocks if b.role is not op.Role.BLANK][-1]
    assert last.text == "Read the Planet"
    assert last.role is op.Role.BOILERPLATE
    assert last.reason == "short line after the body"


# --- several runs of prose: which one is the article, and where it ends -------------------

_ARTICLE = (
    "The council voted on Tuesday to keep the old ferry running for another decade, "
    "after a long campaign by the people who use it every morning to reach the mainland.\n"
    "The ferry carries about four hundred passengers a day in summer and half as many in "
    "winter, and its crew has argued for years that a bridge would cost far more than it saves.\n"
    "Officials said the repairs to the hull will begin in the spring and last until the end "
    "of the season, while a smaller boat covers the crossing on the busiest days of the week.\n"
)

_COMMENTS = "".join(
    f"Reader {k} says:\n"
    f"I have taken this ferry for {k + 10} years of my life and I think the council made the right "
    "choice, because the bridge they talked about would have changed the island for good "
    "and nobody here wanted that to happen to the place where we grew up.\n"
    for k in range(8)
)


_COMMENTS_4 = "".join(_COMMENTS.splitlines(keepends=True)[:8])


def _body(text: str) -> str:
    return " ".join(p.text for p in op.parse(text).paragraphs)


def _under_the_article(line: str, tail: str = "") -> str:
    """A page with `line` under the article's last paragraph, then `tail`."""
    return "Ferry to keep running\n" + _ARTICLE + line + "\n" + tail


def _reasons(article: op.Article) -> dict[str, str | None]:
    return {b.text: b.reason for b in article.blocks}


def _assert_chrome_pattern_under_the_article(line: str, tail: str = "") -> None:
    a = op.parse(_under_the_article(line, tail))
    assert _reasons(a)[line] == "chrome pattern"
    assert line not in a.text


def test_long_comments_below_a_comment_barrier_do_not_win() -> None:
    text = (
        "Ferry to keep running\nHome\nNews\n" + _ARTICLE + "{ 8 comments… add one }\n" + _COMMENTS
    )
    body = _body(text)
    assert body.startswith("The council voted on Tuesday")
    assert "Reader" not in body
    assert "grew up" not in body
    blocks = {b.text: b for b in op.parse(text).blocks}
    assert blocks["{ 8 comments… add one }"].reason == "section barrier"


@pytest.mark.parametrize(
    "line",
    [
        "Auch interessant:",
        "Schreibe einen Kommentar Antworten abbrechen",
        "35 Comments »",
        "Das könnte dich auch interessieren",
        "Lea también",
        "Die meistgelesenen Artikel bei Example.de",
    ],
)
def test_section_barriers_with_marks_and_tails(line: str) -> None:
    text = _under_the_article(line, _COMMENTS)
    reasons = _reasons(op.parse(text))
    assert reasons[line] == "section barrier"


def test_a_link_under_a_label_is_chrome() -> None:
    link = "Lesen Sie auch: Die Fähre fährt weiter, der Streit um die Brücke nicht"
    lines = _ARTICLE.splitlines()
    text = "Ferry to keep running\n" + "\n".join([*lines[:2], link, lines[2]]) + "\n"
    a = op.parse(text)
    assert _reasons(a)[link] == "chrome pattern"
    assert len(a.paragraphs) == 3


def test_prose_after_a_break_in_the_page_is_cut_when_light() -> None:
    bio = (
        "Jane Roe writes about islands and the boats that connect them, and she lives on "
        "one of them with her two cats.\n"
    )
    more = _ARTICLE.replace("ferry", "boat").replace("council", "town")
    text = "Ferry to keep running\n" + _ARTICLE + more + "Share\nTwitter\n" + bio
    body = _body(text)
    assert "The council voted" in body
    assert "Officials said the repairs" in body
    assert "two cats" not in body


def test_an_earlier_run_half_as_strong_is_the_article() -> None:
    menu = "Home\nNews\nSport\nCulture\nWeather\nJobs\nCars\nHomes\nTravel\nPuzzles\n"
    text = "Ferry to keep running\n" + _ARTICLE + menu + _COMMENTS_4
    body = _body(text)
    assert body.startswith("The council voted")
    assert "grew up" not in body


def test_a_table_of_figures_inside_the_article_stays_in_the_body() -> None:
    lines = _ARTICLE.splitlines()
    table = ["Passengers per day", "Summer: 400", "Winter: 200", "Cars: 35", "Bikes: 60"]
    text = "Ferry to keep running\n" + "\n".join([lines[0], *table, *lines[1:]]) + "\n"
    roles = {b.text: (b.role, b.reason) for b in op.parse(text).blocks}
    for row in table[1:]:
        assert roles[row] == (op.Role.BODY, "run of content lines")


def test_a_menu_inside_the_run_is_still_chrome() -> None:
    lines = _ARTICLE.splitlines()
    menu = ["Politics", "Economy", "Culture", "Sport"]
    text = "Ferry to keep running\n" + "\n".join([lines[0], *menu, *lines[1:]]) + "\n"
    roles = {b.text: b.role for b in op.parse(text).blocks}
    assert all(roles[m] is op.Role.BOILERPLATE for m in menu)


def test_a_numbered_list_does_not_split_the_article() -> None:
    ranking = [f"{k:02d}. Singer Number{k}" for k in range(1, 41)]
    intro = (
        "I am not much of a fan these days, but I listened to a lot of this music when I was "
        "at school, and this list brought most of it back.\n"
        "The magazine asked its readers and a panel of critics to rank the voices of the "
        "last fifty years, and the result starts many arguments among my friends.\n"
        "Here is the full list as the magazine printed it, from the first place down.\n"
    )
    text = (
        "The forty best singers\nHome\nAbout\nThe forty best singers\nby Jo on May 4\n"
        + intro
        + "\n".join(ranking)
        + "\nTweet\n{ 8 comments… add one }\n"
        + _COMMENTS_4
    )
    body = _body(text)
    assert "I am not much of a fan" in body
    assert "01. Singer Number1" in body
    assert "40. Singer Number40" in body
    assert "Reader" not in body


@pytest.mark.parametrize("line", ["Kommentar von", "Antworten", "Comments are welcome here"])
def test_comment_words_without_a_count_are_not_barriers(line: str) -> None:
    text = _under_the_article(line, _COMMENTS_4)
    reasons = _reasons(op.parse(text))
    assert reasons[line] != "section barrier"


def test_a_short_post_between_its_headline_and_a_barrier_is_the_body() -> None:
    text = (
        "Nothing to do is also a choice | Notes\n"
        "Notes\n"
        "Nothing to do is also a choice\n"
        "June 14, 2013 at 20:51\n"
        "“I know I am drunk…”\n"
        "– “Then do not say it”\n"
        "– “Ok.”\n"
        "Share this:\nTwitter\nFacebook\n"
        "Related posts\n"
        "Leave a comment Cancel reply\n"
        "Notify me of new comments by email, and of every reply that is written to them.\n"
        "Notify me of new posts by email, so that you never miss one of them again.\n"
    )
    body = _body(text)
    assert "I know I am drunk" in body
    assert "Then do not say it" in body
    assert "Notify me" not in body


@pytest.mark.parametrize(
    "line",
    [
        "Foto: Jane Roe / Example Agency",
        "Photo by Jane Roe on Unsplash",
        "Boats in the harbour (REUTERS/Jane Roe)",
    ],
)
def test_a_credit_line_between_paragraphs_is_not_a_subheading(line: str) -> None:
    lines = _ARTICLE.splitlines()
    text = "Ferry to keep running\n" + "\n".join([*lines[:2], line, lines[2]]) + "\n"
    a = op.parse(text)
    block = next(b for b in a.blocks if b.text == line)
    assert block.role is op.Role.CAPTION
    assert all(p.heading != line for p in a.paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "This entry was posted in Allgemein. Bookmark the permalink.",
        "Tags: ferries, islands, council",
        "Sign up for our newsletter to get the best stories of the week in your inbox.",
    ],
)
def test_post_meta_and_newsletter_calls_are_chrome(line: str) -> None:
    _assert_chrome_pattern_under_the_article(line)


def test_an_ingredient_list_under_a_label_joins_the_recipe() -> None:
    text = (
        "Almond biscuits\nHome\nRecipes\n"
        "Ingredients:\n300 g flour\n½ tsp cinnamon\nalmonds\n200 g sugar\n"
        "Method:\n"
        "Put all the ingredients into a bowl and knead them into a smooth dough with the "
        "hooks of the mixer, then let it rest for an hour in a cool place.\n"
        "Roll the dough out on a floured surface, cut out any shapes you like and bake "
        "them for about fifteen minutes until they are golden.\n"
    )
    body = _body(text)
    assert "300 g flour" in body
    assert "½ tsp cinnamon" in body


@pytest.mark.parametrize(
    "line",
    [
        "Rezept drucken",
        "Zurück zum Lexikon",
        "getaggt mit: Grundeinkommen, Piraten",
        "Plant Care Newsletter",
        "Hinterlasse eine Antwort",
        "Schon gelesen?",
    ],
)
def test_more_chrome_phrases(line: str) -> None:
    text = _under_the_article(line, _COMMENTS_4)
    a = op.parse(text)
    block = next(b for b in a.blocks if b.text == line)
    assert block.role is op.Role.BOILERPLATE
    assert line not in a.text


def test_a_lede_without_its_full_stop_above_a_share_widget_joins_the_body() -> None:
    text = (
        "Ferry to keep running all winter - River News\n"
        "Home\nNews\nSport\n"
        "Ferry to keep running all winter\n"
        "Twice this year the ferry stopped in the cold, but from December a second crew "
        "keeps it running\n"
        "Did you like the article?\n"
        "Share with friends\n"
        "The council voted on Tuesday to fund the crew for three winters, after a petition "
        "signed by more than two thousand people who cross the river every week.\n"
        "The ferry carries about four hundred passengers a day in winter, most of them "
        "pupils and workers on their way to the town on the other bank.\n"
    )
    body = _body(text)
    assert body.startswith("Twice this year the ferry stopped in the cold")
    assert "The council voted on Tuesday" in body


def test_a_headline_line_short_of_a_full_stop_is_not_taken_into_the_body() -> None:
    text = (
        "Ferry to keep running all winter - River News\n"
        "Home\nNews\nSport\n"
        "Ferry to keep running all winter\n"
        "The town pays for a second crew\n"
        "Share with friends\n"
        "The council voted on Tuesday to fund the crew for three winters, after a petition "
        "signed by more than two thousand people who cross the river every week.\n"
        "The ferry carries about four hundred passengers a day in winter, most of them "
        "pupils and workers on their way to the town on the other bank.\n"
    )
    assert "second crew" not in _body(text)


def test_the_site_name_repeated_in_the_footer_is_not_the_headline() -> None:
    prose = (
        "The council voted on Tuesday to fund a second ferry crew for three winters, after a "
        "petition signed by more than two thousand people who cross the river every week. "
    )
    article = "".join(f"Paragraph {i}. {prose}\n" for i in range(8))
    text = (
        "Ferry to keep running all winter | Riverside\n"
        "Home\nNews\n"
        "Will the ferry keep running?\n" + article + "Share options\nRiverside\nAbout Us\n"
        "Garden Weekly this link opens in a new tab Home Cooking this link opens in a new tab "
        "Travel Today this link opens in a new tab Family Life this link opens in a new tab "
        "Pet World this link opens in a new tab\n"
        "Riverside is part of the Riverside Media Group. Copyright 2026. All of the sites of "
        "the group are registered trademarks of the group in the country.\n"
    )
    body = _body(text)
    assert "Paragraph 0." in body
    assert "Paragraph 7." in body


def test_a_caption_after_the_first_paragraph_does_not_make_it_a_standfirst() -> None:
    text = (
        "Ferry to keep running all winter\n"
        "The council voted on Tuesday to fund a second crew, so the ferry will run every day "
        "this winter.\n"
        "The ferry at the town pier in March. Foto: Anna Berg\n"
        "The ferry carries about four hundred passengers a day in winter, most of them "
        "pupils and workers on their way to the town on the other bank.\n"
        "A petition signed by more than two thousand people who cross the river every week "
        "asked the council to keep it running through the cold months.\n"
    )
    a = op.parse(text)
    assert a.standfirst is None
    assert a.paragraphs[0].text.startswith("The council voted on Tuesday")


@pytest.mark.parametrize(
    "line",
    [
        "Bitte aktivieren Sie JavaScript in Ihrem Browser, um alle Funktionen zu nutzen.",
        "Please enable JavaScript to view the comments powered by Disqus.",
        "Javascript deaktiviert",
        "Your browser does not support javascript",
    ],
)
def test_a_javascript_notice_is_chrome(line: str) -> None:
    a = op.parse("Ferry to keep running\n" + line + "\n" + _ARTICLE)
    block = next(b for b in a.blocks if b.text == line)
    assert block.role is op.Role.BOILERPLATE
    assert line not in a.text


def test_prose_about_javascript_is_not_chrome() -> None:
    line = (
        "Writing less inline JavaScript made the pages lighter, and we had to be more "
        "careful with the style sheets we wrote for every new template."
    )
    assert line in _body("Ferry to keep running\n" + line + "\n" + _ARTICLE)


_PARA = (
    "The council voted on Tuesday to fund a second ferry crew for three winters, after a "
    "petition signed by more than two thousand people who cross the river every week.\n"
)


def test_a_list_of_long_phrases_under_a_label_stays_in_the_body() -> None:
    text = (
        "Ferry to keep running\n" + _PARA + "What the crew does\n"
        "checks the engine and the ropes before the first crossing\n"
        "keeps a log of every passenger on board the ferry\n"
        "closes the ramp when the river runs too high for a safe landing\n"
        "Tickets\n" + _PARA.replace("Tuesday", "Monday")
    )
    body = _body(text)
    assert "keeps a log of every passenger" in body
    assert "closes the ramp when the river runs too high" in body


def test_a_menu_of_single_words_between_paragraphs_stays_chrome() -> None:
    text = (
        "Ferry to keep running\n" + _PARA + "News\nSport\nWeather\nTickets\n"
        "Timetables of the ferry\n" + _PARA.replace("Tuesday", "Monday")
    )
    body = _body(text)
    assert "Sport" not in body
    assert "Timetables of the ferry" not in body


def test_a_subtitle_without_full_stop_between_title_and_text_is_kept() -> None:
    text = (
        "Second crew for the ferry - River News\n"
        "Home\nNews\n"
        "Second crew for the ferry\n"
        "The next crossings in March with a new timetable for the pupils\n"
        + _PARA
        + _PARA.replace("Tuesday", "Monday")
    )
    a = op.parse(text)
    # kept over the text (as the first paragraph's heading), not set aside as chrome
    assert (
        a.paragraphs[0].heading == "The next crossings in March with a new timetable for the pupils"
    )


def test_the_line_starting_the_first_sentence_joins_the_body() -> None:
    text = (
        "Ferry to keep running\nHome\nNews\n"
        "The poster contest for children\n"
        "takes place for the sixth time this year, and children between six and twelve are "
        "invited to draw the ferry and the river as they see them.\n" + _PARA
    )
    assert _body(text).startswith("The poster contest for children takes place")


def test_a_caption_over_a_credit_above_the_text_stays_out_of_the_body() -> None:
    text = (
        "Home\nNews\nPress\n"
        "Global: ferries must keep running through the winter\n"
        "Protest of the ferry campaign at the pier in London (archive)\n"
        "© Anna Berg/Getty Images\n" + _PARA + _PARA.replace("Tuesday", "Monday")
    )
    a = op.parse(text)
    assert a.title == "Global: ferries must keep running through the winter"
    assert "Protest of the ferry campaign" not in _body(text)


def test_a_table_under_a_lead_in_after_the_last_paragraph_joins_the_body() -> None:
    text = (
        "Ferry to keep running\n" + _ARTICLE + "The timetable for the winter has these crossings:\n"
        "Monday to Friday 06:30 08:00 17:30\n"
        "Saturday 08:00 12:00 16:00\n"
        "Sunday 10:00 16:00\n"
        "Share\nTwitter\nFacebook\n"
    )
    body = _body(text)
    assert "The timetable for the winter has these crossings:" in body
    assert "Saturday 08:00 12:00 16:00" in body
    assert "Twitter" not in body


@pytest.mark.parametrize(
    "tail",
    [
        # a lead-in with nothing under it announces a link or a picture, not text
        "Read the council's decision here:\nShare\nTwitter\n",
        # a share bar's call is not a lead-in
        "Share this:\nTwitter\nFacebook\n",
    ],
)
def test_a_lead_in_with_no_list_under_it_stays_out_of_the_body(tail: str) -> None:
    text = "Ferry to keep running\n" + _ARTICLE + tail
    body = _body(text)
    assert tail.splitlines()[0] not in body


@pytest.mark.parametrize(
    "line",
    [
        "War der Artikel hilfreich?",
        "Hat Ihnen der Beitrag gefallen? Jetzt teilen!",
        "Did you enjoy this article?",
        "Liked this story? Share it with your friends!",
    ],
)
def test_a_question_about_the_article_under_it_is_chrome(line: str) -> None:
    _assert_chrome_pattern_under_the_article(line)


def test_a_question_about_an_article_inside_the_text_is_not_chrome() -> None:
    line = "Why did the article about the ferry anger so many readers? Nobody could say."
    text = _under_the_article(line, _PARA)
    assert line in _body(text)


def test_a_lede_of_paragraph_length_over_the_byline_is_not_a_standfirst() -> None:
    lede = (
        "Floating docks are spreading along the middle reaches of the river this year, and "
        "the towns that installed them early are busier than they have been for decades, "
        "with ferries, markets, cafés and boat hire all back on the water again."
    )
    text = (
        "The long road back for river towns\n\n" + lede + "\n\nBy Aino Virtanen\n\n"
        "Each dock costs less than a single season of dredging, officials say, and the "
        "councils that bought them early have already paid them off.\n"
    )
    a = op.parse(text)
    assert a.standfirst is None
    assert a.paragraphs[0].text == lede


@pytest.mark.parametrize(
    ("tail", "sign_off"),
    [
        ("Liebe Grüße\n", "Liebe Grüße"),
        ("Have a lovely Sunday!\nx Anna\n", "x Anna"),
        ("Cheers, Ann Berg\n", "Cheers, Ann Berg"),
    ],
)
def test_the_writers_sign_off_under_the_last_paragraph_joins_the_text(
    tail: str, sign_off: str
) -> None:
    text = "Ferry to keep running\n" + _ARTICLE + tail + "Share\nTwitter\nFacebook\n"
    a = op.parse(text)
    assert a.paragraphs[-1].text == sign_off
    assert "Twitter" not in a.text


def test_a_teaser_under_a_lead_in_is_not_a_sign_off() -> None:
    text = (
        "Ferry to keep running\n" + _ARTICLE + "Try our timetable for the winter:\n"
        "Your timetable\nTimetables\nTickets\n"
    )
    assert "Your timetable" not in _body(text)


def test_a_paragraph_ending_in_words_after_a_slash_is_not_a_caption() -> None:
    line = (
        "The first docks were ordered in March. They were built at the old yard between "
        "Hochheim / Rheingau in the spring."
    )
    text = _under_the_article(line, _PARA)
    a = op.parse(text)
    assert {b.text: b.role for b in a.blocks}[line] is op.Role.BODY
    # a real credit after a slash still makes a caption
    credit = "The ferry at the pier in the morning fog. /Anna Berg"
    a = op.parse(_under_the_article(credit, _PARA))
    assert {b.text: b.role for b in a.blocks}[credit] is op.Role.CAPTION


@pytest.mark.parametrize(
    "line",
    [
        "To view the full story, please subscribe to The River Times.",
        "Subscribe now to our e-edition for the full story.",
        "Please understand that comments are moderated and it is not always possible to "
        "publish all that have been submitted.",
        "Para comentar debes registrarte y completar los datos generales.",
        "Follow The River Times on Twitter and Instagram @RiverTimes and on Facebook.",
        "Síguenos en Telegram, Instagram, Facebook y Twitter",
        "¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.",
        "For the latest stories and breaking news updates download the River Times app.",
        "Advertising disclosure: We may receive compensation for some of the links below.",
        "This post may contain affiliate links, which means we earn a little at no cost to you.",
        "Submit your letter to the editor via this form.",
        "This site is protected by reCAPTCHA and the Google Privacy Policy applies.",
        "Never miss the latest news by signing up to our newsletter.",
        "Sign up to get the best content of the week delivered to your inbox.",
        "Unterstützen Sie unsere Arbeit mit einem Abo oder einer Spende.",
        "Jede kleine Spende hilft uns, unabhängig zu berichten.",
        "Enter your email address to follow this blog and receive notifications of new posts "
        "by email.",
        "Mit der Anmeldung stimme ich der Verarbeitung meiner Daten zu.",
        "4 Min Read",
        "Lesedauer: 8 Min.",
        "Verpasse keine News zu Fähren und Häfen",
        "Get the Most Popular River Stories in a Weekly Newsletter",
        "Teile diesen Beitrag auf",
        "If you enjoyed reading this post, please consider supporting the blog.",
        "Like it? Share it!",
        "Get the River Times daily edition by email and never miss our top stories",
        "Instant access to the full article PDF.",
        "Du willst nichts mehr verpassen?",
        "Kommentieren Sie hier",
        "Pressemitteilung als PDF",
        "iStock.com / Anna Berg",
        "Sie lesen gern Beispiel.de?",
        "VEA TAMBIÉN: El ferry seguirá funcionando todo el año",
        "MIRA: El alcalde visita el puerto de la isla",
        "PUEDES VER: ¿Qué es el ferry y para qué sirve?",
        "Dieses Interview als PDF herunterladen",
        "Den Artikel mit anderen teilen/diskutieren:",
        "Wählen Sie Ihren Zugang und lesen Sie weiter:",
        "Haben Sie das Gesuchte nicht gefunden?",
        "We rely on your support to make local news available to all",
        "Jetzt für Fähren-News anmelden",
        "Auch auf beispiel.de",
        "View the discussion thread.",
        "View the discussion thread. blog comments powered by Disqus",
        "Follow Jane Roe on:",
        "21 minutes - 4312 words",
        "For the latest stories download the River Times apps for iOS and Android.",
        "Get the best stories straight to your inbox with the River newsletter.",
        "Get the latest news direct to your phone with the River Times app.",
        "Lust auf mehr? Lass dir die besten Geschichten jede Woche in deinen Posteingang liefern.",
        "Missing out on the latest? Enter your email below to receive future announcements.",
    ],
)
def test_calls_and_notices_of_news_sites_are_chrome(line: str) -> None:
    _assert_chrome_pattern_under_the_article(line, _COMMENTS_4)


@pytest.mark.parametrize(
    "line",
    [
        "Readers who subscribe to the paper follow the ferry story closely every week.",
        "The council said that comments on the plan are still welcome until the end of May.",
        "The crew said the timetable is sent to your inbox once you register at the pier.",
        "Passengers can download the timetable from the harbour office before the ferry leaves.",
    ],
)
def test_prose_about_subscribers_and_comments_is_not_chrome(line: str) -> None:
    text = _under_the_article(line, _PARA)
    assert line in _body(text)


def test_a_short_last_sentence_over_a_follow_line_stays_in_the_text() -> None:
    text = (
        "Ferry to keep running\n\n" + _ARTICLE.replace("\n", "\n\n") + "Pure stubbornness.\n\n"
        "Follow Ann Berg on Twitter @annberg.\n"
    )
    a = op.parse(text)
    assert a.paragraphs[-1].text == "Pure stubbornness."
    assert "Follow Ann Berg" not in a.text


@pytest.mark.parametrize(
    "line", ["Teilen Sie dies mit", "Wird geladen", "Quellenangaben:", "Originalpublikation"]
)
def test_more_share_and_widget_lines_are_chrome(line: str) -> None:
    text = _under_the_article(line, _COMMENTS_4)
    a = op.parse(text)
    assert _reasons(a)[line] == "chrome line"


@pytest.mark.parametrize(
    "line",
    [
        "Weitere aktuelle Themen aus der Arbeitswelt",
        "Themenrelevante Nachrichten",
        "Über den Autor/ die Autorin",
        "Über die Autoren",
        "About the authors",
        "Zur Autorin",
    ],
)
def test_more_related_headers_are_barriers(line: str) -> None:
    text = _under_the_article(line, _PARA)
    a = op.parse(text)
    assert _reasons(a)[line] == "section barrier"


def test_a_lead_in_closing_a_run_of_short_lines_stays_over_its_paragraph() -> None:
    text = (
        "Ferry to keep running\n" + _ARTICLE + "Ferries\nBridges\nTunnels\n"
        "And the timetable for the winter looks like this:\n"
        + _ARTICLE.replace("The ", "This year the ").replace("Officials", "Engineers")
    )
    body = _body(text)
    assert "And the timetable for the winter looks like this:" in body
    assert "Bridges" not in body


@pytest.mark.parametrize(
    ("line", "nav"),
    [
        ("Apple (87)", True),
        ("Reisen und Urlaub (1234)", True),
        ("The Garden · Derek Jarman (1990)", False),  # a year: a title, not a count
        ("Mead A fermented beverage. Keg Honey (1)", False),  # a sentence inside
        ("Preheat the oven to 180 degrees (2)", False),
    ],
)
def test_a_category_link_with_its_post_count_reads_as_navigation(line: str, nav: bool) -> None:
    assert _nav_like(line, frozenset()) is nav


def test_a_long_line_of_unspaced_script_is_not_navigation() -> None:
    prose = "新华社北京电记者今天在这里报道了这个城市的发展情况和未来计划"
    assert unspaced_words(prose) == len(prose) // 2
    assert not _nav_like(prose, frozenset())
    assert _nav_like("首页", frozenset())  # a short label still is


_BIO = (
    "Jane is the co-founder of a small island newspaper and has written about ferries, "
    "harbours and the people who work on them for twenty years.\n"
)


@pytest.mark.parametrize("label", ["Author", "AUTOR", "Autorin"])
def test_the_bio_in_an_author_box_under_the_text_is_not_the_text(label: str) -> None:
    more = _ARTICLE.replace("ferry", "boat").replace("council", "town")
    text = "Ferry to keep running\n" + _ARTICLE + more + label + "\nJane Roe\n" + _BIO + "Tags\n"
    body = _body(text)
    assert "Officials said the repairs" in body
    assert "co-founder" not in body
    # a bio naming the writer in full is still the author's bio
    a = op.parse(text.replace("Jane is", "Jane Roe is"))
    assert [(x.name, (x.bio or "")[:12]) for x in a.authors] == [("Jane Roe", "Jane Roe is ")]


def test_an_author_label_over_the_text_does_not_cut_it() -> None:
    more = _ARTICLE.replace("ferry", "boat").replace("council", "town")
    text = "Ferry to keep running\nAuthor\nJane Roe\n" + _ARTICLE + more
    body = _body(text)
    assert body.startswith("The council voted")
    assert "The town voted" in body


def test_an_author_row_of_a_fact_box_is_not_an_author_box() -> None:
    more = _ARTICLE.replace("ferry", "boat").replace("council", "town")
    text = "Ferry to keep running\n" + _ARTICLE + "Autor:\nJane Roe\n" + more
    assert "The town voted" in _body(text)


def _between(*lines: str) -> dict[str, tuple[op.Role, str]]:
    parts = _ARTICLE.splitlines()
    text = "Ferry to keep running\n" + "\n".join([parts[0], *lines, *parts[1:]]) + "\n"
    return {b.text: (b.role, b.reason) for b in op.parse(text).blocks}


def test_two_short_lines_between_paragraphs_are_a_teaser_not_subheadings() -> None:
    roles = _between("New harbour plan", "Ferry tickets to cost more from May")
    assert roles["New harbour plan"][0] is op.Role.BOILERPLATE
    assert roles["Ferry tickets to cost more from May"] == (
        op.Role.BOILERPLATE,
        "pair of short lines",
    )
    # one short line between paragraphs is still a subheading
    assert _between("What the crew says")["What the crew says"][0] is op.Role.HEADING


def test_a_teaser_with_its_kicker_over_a_subheading_keeps_the_subheading() -> None:
    roles = _between("Harbour plan delayed: the town waits another year", "A new crew")
    assert roles["Harbour plan delayed: the town waits another year"][0] is op.Role.BOILERPLATE
    assert roles["A new crew"][0] is op.Role.HEADING


@pytest.mark.parametrize(
    "pair",
    [
        ("Foto und Styling: Jane Roe", "A new crew"),
        ("The old ferry / Photo by Jane Roe on Unsplash", "A new crew"),
        ("Caring for the boat", "1. Check the ropes"),
    ],
)
def test_a_credit_or_a_numbered_step_is_not_a_teaser_pair(pair: tuple[str, str]) -> None:
    roles = _between(*pair)
    assert roles[pair[1]][1] != "pair of short lines"
    assert roles[pair[0]][1] != "pair of short lines"


@pytest.mark.parametrize(
    "line",
    [
        "The old ferry at the pier in winter. (jroe / iStock.com)",
        "Der Hafen im Winter © Jane Roe/pixelio.de",
        "The Harbour, the pier, Bild via",
    ],
)
def test_a_short_line_with_a_stock_credit_between_paragraphs_is_a_caption(line: str) -> None:
    assert _between(line)[line] == (op.Role.CAPTION, "credit line between paragraphs")


@pytest.mark.parametrize(
    "line",
    [
        "Abbildung 4: Die Fähre am Pier im Winter, kurz vor der Abfahrt zum Festland.",
        "Figure 2. The ferry at the pier in winter, shortly before it leaves for the mainland.",
        "Vergrößern Die Fähre am Pier im Winter, kurz vor der Abfahrt zum Festland.",
    ],
)
def test_a_numbered_figure_caption_inside_the_text_is_a_caption(line: str) -> None:
    roles = _between(line)
    assert roles[line] == (op.Role.CAPTION, "numbered figure caption")


def test_a_paragraph_naming_a_figure_is_not_a_caption() -> None:
    line = "As figure 2 shows, the ferry carries more passengers in summer than in winter."
    assert _between(line)[line][0] is op.Role.BODY


def test_long_prose_of_an_unspaced_script_weighs_as_running_language() -> None:
    clause = "记者今天在这里报道了这个城市的发展情况"
    prose = "，".join([clause] * 10) + "。"
    assert _language_weight(prose) == 1.0
    assert _language_weight("Home News Sport Culture Weather Jobs Cars Homes Travel") < 1.0
