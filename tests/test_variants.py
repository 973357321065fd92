"""Outlet variants: shapes of real scraped pages that differ from each outlet's usual one.

The dumps here are invented, in the shapes described in the outlet notes.
"""

from __future__ import annotations

import opinionpiece as op
from opinionpiece.model import Role


def _roles(article: op.Article) -> dict[str, str]:
    src = article.source
    return {" ".join(b.span.slice(src).split()): b.role.value for b in article.blocks}


CHROME = "Home\nWorld\nOpinion\nSport\nVideo\nMore\n"
PROSE = (
    "The council approved the plan after a long debate about its cost and its timing.\n\n"
    "Residents who spoke at the meeting asked for a clear date and a public report.\n\n"
    "The first phase starts in the spring, and the second one a year later.\n"
)


def test_name_under_the_dek_printed_again_at_the_end_is_the_byline() -> None:
    raw = (
        "Rivers need room to flood | Opinions | Al Jazeera\n"
        + CHROME
        + "Rivers need room to flood\n"
        + "Levees push the water onto the next town downstream instead of stopping it.\n"
        + "Nadia Karimi\nHydrologist based in Cairo\n"
        + "Published On 2 May 2024\n"
        + PROSE
        + "\nNadia Karimi\nHydrologist based in Cairo\n"
        + "Nadia Karimi is a hydrologist who studies river basins in North Africa.\n"
        + "Advertisement\n"
    )
    article = op.parse(raw)
    assert [a.name for a in article.authors] == ["Nadia Karimi"]
    assert article.standfirst == (
        "Levees push the water onto the next town downstream instead of stopping it."
    )
    assert article.paragraphs[0].text.startswith("The council approved")
    roles = _roles(article)
    assert roles["Hydrologist based in Cairo"] == Role.BOILERPLATE.value


def test_a_repeated_short_line_that_is_no_name_stays_chrome() -> None:
    raw = (
        "Rivers need room to flood | Opinions | Al Jazeera\n"
        + CHROME
        + "Rivers need room to flood\n"
        + "Levees push the water onto the next town downstream instead of stopping it.\n"
        + "Save this article\nPublished On 2 May 2024\n"
        + PROSE
        + "\nSave this article\nAdvertisement\n"
    )
    article = op.parse(raw)
    assert article.authors == ()
    assert article.paragraphs[0].text.startswith("Levees push")
    assert "Save this article" not in " ".join(p.text for p in article.paragraphs)


def test_two_names_joined_by_and_under_the_title_are_the_byline() -> None:
    raw = (
        "Download\n"
        "Opinion 16:15, 07-Oct-2026\n"
        "Small farms can feed big cities\n"
        "Liu Wen and Mark Bell\n"
        "Share Copied\n"
        "Editor's note: Liu Wen is a research fellow at Zhejiang University. Mark Bell is a"
        " senior lecturer at the University of Leeds. The article reflects the authors'"
        " opinions and not necessarily the views of CGTN.\n" + PROSE
    )
    article = op.parse(raw)
    assert article.title == "Small farms can feed big cities"
    assert [a.name for a in article.authors] == ["Liu Wen", "Mark Bell"]


def test_a_scientist_bio_over_the_standfirst_is_a_note() -> None:
    raw = (
        "Why sanctions fail – RT World News\n"
        "Home\nWorld News\nOp-ed\n"
        "Why sanctions fail\n"
        "Marko Ilic is a Belgrade-based political scientist who writes on the Balkans.\n"
        "Economic pressure tends to unite a country behind its leaders.\n"
        "Marko Ilic\n5 Jun, 2025 09:12\n\n" + PROSE + "\nThe statements, views and opinions"
        " expressed in this column are solely those of the author and do not necessarily"
        " represent those of RT.\n"
    )
    article = op.parse(raw)
    assert article.standfirst == "Economic pressure tends to unite a country behind its leaders."
    assert article.editor_note is not None
    assert article.editor_note.bio is not None
    assert article.editor_note.bio.startswith("Marko Ilic is a Belgrade-based")
    assert article.paragraphs[0].text.startswith("The council approved")


def test_an_authors_box_gives_each_author_with_post_and_institution() -> None:
    raw = (
        "Why libraries should lend tools\n"
        "Published: June 9, 2025 2:14pm BST\n"
        "Authors\n"
        "Tom Ashby\n"
        "Lecturer in Sustainable Design, University of Northbridge\n"
        "Priya Nair\n"
        "Research Fellow in Circular Economy, Westfield University\n\n"
        "Disclosure statement\n"
        "The authors do not work for, consult, own shares in or receive funding from any"
        " company or organisation that would benefit from this article, and have disclosed"
        " no relevant affiliations beyond their academic appointment.\n\n" + PROSE
    )
    article = op.parse(raw)
    assert article.outlet == "The Conversation"
    assert [a.name for a in article.authors] == ["Tom Ashby", "Priya Nair"]
    assert article.authors[0].affiliations == ("University of Northbridge",)
    assert article.authors[1].roles == ("Research Fellow in Circular Economy",)
    assert article.editor_note is not None
    assert article.editor_note.disclaimer is not None
    assert article.editor_note.disclaimer.startswith("The authors do not work for")
    assert article.paragraphs[0].text.startswith("The council approved")


def test_ein_kommentar_von_is_a_byline_not_a_comment_section() -> None:
    raw = (
        "Kommentar\n"
        "Die Stadt braucht mehr Bänke\n"
        "Ein Kommentar von Sabine Krüger\n"
        "Veröffentlicht am 3. Dezember 2025\n\n"
        "Wer in der Innenstadt eine Pause machen will, findet kaum einen Platz zum Sitzen.\n\n"
        "Die Stadt hat im letzten Jahr viele Bänke abgebaut, weil sie reparaturbedürftig waren.\n\n"
        "Neue Bänke kosten wenig und machen die Straßen für alle freundlicher.\n"
    )
    article = op.parse(raw)
    assert [a.name for a in article.authors] == ["Sabine Krüger"]
    assert article.title == "Die Stadt braucht mehr Bänke"
    assert len(article.paragraphs) == 3


def test_three_comments_still_open_a_comment_section() -> None:
    raw = "Ein Titel hier\n\n" + PROSE + "\nEin Kommentar zu „Ein Titel hier“\n\nGut gesagt.\n"
    article = op.parse(raw)
    assert article.paragraphs[-1].text.startswith("The first phase")


def test_site_name_at_the_end_of_the_title_line_is_evidence() -> None:
    raw = "Congress should stop funding bridges | Fox News\nPolitics\n\n" + PROSE
    assert op.parse(raw).outlet == "Fox News"
    raw = "Libraries are the last free rooms | The Guardian\nOpinion\n\n" + PROSE
    assert op.parse(raw).outlet == "The Guardian"


def test_a_long_line_with_no_stop_under_the_headline_and_over_the_byline_is_the_dek() -> None:
    raw = (
        "Support the Guardian\nNews\nOpinion\nSport\n"
        "When councils close a library, they close a town's living room\n"
        "Library closures save little money and cost a great deal of the public life"
        " that keeps small towns together\n"
        "Helen Marsh\n"
        "Sun 12 Oct 2025 09.00 BST\n\n" + PROSE
    )
    article = op.parse(raw)
    assert article.title == "When councils close a library, they close a town's living room"
    assert article.standfirst is not None
    assert article.standfirst.startswith("Library closures save little money")
    assert [a.name for a in article.authors] == ["Helen Marsh"]


def test_a_short_line_under_the_headline_is_no_dek() -> None:
    raw = (
        "Support the Guardian\nNews\nOpinion\n"
        "When councils close a library, they close a town's living room\n"
        "Helen Marsh\n"
        "Sun 12 Oct 2025 09.00 BST\n\n" + PROSE
    )
    article = op.parse(raw)
    assert article.title == "When councils close a library, they close a town's living room"
    assert article.standfirst is None


def test_a_sentence_over_a_credit_alone_is_one_caption() -> None:
    raw = (
        "Cities should measure the shade\nBy Wang Jun\n\n"
        + PROSE
        + "\nA resident shelters from the sun under an umbrella in Chongqing.\nPhoto: Xinhua\n\n"
        + "Planners could require shade maps for every new street, as they require drains.\n"
    )
    article = op.parse(raw)
    assert [(c.text, c.credit, len(c.spans)) for c in article.captions] == [
        ("A resident shelters from the sun under an umbrella in Chongqing.", "Xinhua", 2)
    ]
    assert len(article.paragraphs) == 4
    assert not any(p.text.startswith("A resident") for p in article.paragraphs)


def test_a_paragraph_glued_to_the_next_lines_is_no_caption_over_a_credit() -> None:
    raw = (
        "Cities should measure the shade\nBy Wang Jun\n"
        "The council approved the plan after a long debate about its cost.\n"
        "Illustration: Liu Rui/GT\n"
        "Residents who spoke at the meeting asked for a clear date and a report.\n"
        "The first phase starts in the spring, and the second one a year later.\n"
    )
    article = op.parse(raw)
    assert [c.credit for c in article.captions] == ["Liu Rui/GT"]
    assert article.paragraphs[0].text.startswith("The council approved")


def test_an_end_bio_about_the_person_a_labelled_byline_names_is_a_note() -> None:
    raw = (
        "Meinung\n"
        "Warum Schulen mehr Platz für Bewegung brauchen\n"
        "Ein Gastbeitrag von Dr. Miriam Albers\n"
        "Veröffentlicht am 14. März 2026\n\n"
        "Kinder sitzen in der Schule mehr als fünf Stunden am Tag, und in vielen Pausenhöfen"
        " ist kaum Platz zum Laufen.\n\n"
        "Studien zeigen, dass kurze Bewegungspausen die Konzentration verbessern.\n\n"
        "Die Länder sollten bei jedem Schulneubau Bewegungsflächen vorschreiben.\n\n"
        "Miriam Albers ist Sportwissenschaftlerin an der Universität Kassel.\n"
    )
    article = op.parse(raw)
    assert [a.name for a in article.authors] == ["Miriam Albers"]
    assert article.editor_note is not None
    assert article.editor_note.bio == (
        "Miriam Albers ist Sportwissenschaftlerin an der Universität Kassel."
    )
    assert len(article.paragraphs) == 3
