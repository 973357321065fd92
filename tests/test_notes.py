"""Author notes: labels, end notes, bio/disclaimer split, bios given to authors."""

from __future__ import annotations

import pytest

import opinionpiece as op
from opinionpiece.notes import (
    bio_affiliations,
    bio_roles,
    bio_subject,
    split_note,
    split_sentences,
)
from opinionpiece.profiles import (
    AL_JAZEERA,
    CGTN,
    CHINA_DAILY,
    CNN,
    GENERIC,
    GLOBAL_TIMES,
    RT,
    THE_CONVERSATION,
    Profile,
    compile_profile,
)

BODY = (
    "Floating docks are spreading along the coast this year, and the towns that built them "
    "early are now busier than the towns that waited for dredging.\n\n"
    "Each dock costs less than a season of dredging, and it can be moved when the river shifts "
    "its bed, which it does every few years in the delta.\n\n"
)


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


@pytest.mark.parametrize(
    ("profile", "sentence"),
    [
        (CHINA_DAILY, "The views don't necessarily reflect those of China Daily."),
        (CHINA_DAILY, "The views do not necessarily represent those of China Daily."),
        (
            AL_JAZEERA,
            "The views expressed in this article are the author's own and do not necessarily "
            "reflect Al Jazeera's editorial stance.",
        ),
        (CNN, "The opinions expressed in this commentary are solely those of the author."),
        (CNN, "The opinions expressed in this commentary are his own."),
        (
            RT,
            "The statements, views and opinions expressed in this column are solely those of the "
            "author and do not necessarily represent those of RT.",
        ),
        (
            THE_CONVERSATION,
            "Jane Roe does not work for, consult, own shares in or receive funding from any "
            "company or organisation that would benefit from this article, and has disclosed "
            "no relevant affiliations beyond their academic appointment.",
        ),
        (GENERIC, "The views expressed here do not necessarily reflect those of the paper."),
        (GENERIC, "The opinions expressed in this commentary are solely those of the author."),
    ],
)
def test_disclaimer_formulas(profile: Profile, sentence: str) -> None:
    _, bio, disclaimer = split_note(sentence, compile_profile(profile))
    assert disclaimer == sentence
    assert bio is None


def test_provenance_is_neither_bio_nor_disclaimer() -> None:
    text, bio, disclaimer = split_note(
        "Editor's note: The following column first appeared in the Daily Planet.",
        compile_profile(GENERIC),
    )
    assert text == "The following column first appeared in the Daily Planet."
    assert bio is None
    assert disclaimer is None


@pytest.mark.parametrize(
    "tail",
    [
        "View more opinion at CNN.",
        "opinion@globaltimes.com.cn",
        "Follow her on Twitter @janeroe.",
        "Twitter: @janeroe",
    ],
)
def test_pointers_are_not_bio(tail: str) -> None:
    text, bio, _ = split_note(
        "Editor's note: Jane Roe is a professor of law at Lakeshore University. " + tail,
        compile_profile(GENERIC),
    )
    assert bio == "Jane Roe is a professor of law at Lakeshore University."
    assert text.endswith(tail)  # kept in the note's text


def test_bio_roles_and_affiliations() -> None:
    bio = (
        "Hana Reyes is a foreign affairs commentator and author. She is a visiting fellow at "
        "the University of Maryland, the U.S., and a former assistant researcher at Islamabad "
        "Policy Research Institute."
    )
    assert bio_roles(bio) == (
        "foreign affairs commentator",
        "author",
        "visiting fellow",
        "former assistant researcher",
    )
    assert bio_affiliations(bio) == (
        "University of Maryland",
        "Islamabad Policy Research Institute",
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jane Roe is a columnist for the Daily Planet.", "Jane Roe"),
        ("Dr Karl Ablin is a psychiatrist.", "Karl Ablin"),
        ("o Tom Beaver's next book, Winter Roads, is out in May.", "Tom Beaver"),
        ("John R Lott, Jr is a columnist for the Planet.", "John R Lott"),
        ("Republican Mark Ruiz represents Ohio in the Senate.", "Mark Ruiz"),
    ],
)
def test_bio_subject(text: str, name: str) -> None:
    found = bio_subject(text)
    assert found is not None
    assert found[0] == name
    assert text[found[1] : found[2]] == name


def test_end_note_attaches_to_the_single_author() -> None:
    raw = (
        "Ports that float\n\nBy Jane Roe\n\n" + BODY + "The author is a senior fellow at the "
        "Institute of Maritime Studies. The views don't necessarily reflect those of China "
        "Daily.\n"
    )
    a = op.parse(raw)
    assert a.outlet == "China Daily"
    (author,) = a.authors
    assert author.bio == "The author is a senior fellow at the Institute of Maritime Studies."
    assert author.roles == ("senior fellow",)
    assert author.affiliations == ("Institute of Maritime Studies",)
    assert a.editor_note is not None
    assert a.editor_note.disclaimer == "The views don't necessarily reflect those of China Daily."


def test_bios_split_between_two_authors() -> None:
    raw = (
        "Ports that float\n\nBy Jane Roe and Omar Haddad\n\n" + BODY + "The authors are "
        "researchers. Jane Roe is a professor at Delta University. Omar Haddad is an analyst "
        "at the Harbor Institute. He writes on trade.\n"
    )
    a = op.parse(raw)
    roe, haddad = a.authors
    assert roe.bio == "Jane Roe is a professor at Delta University."
    assert roe.affiliations == ("Delta University",)
    assert haddad.bio == "Omar Haddad is an analyst at the Harbor Institute. He writes on trade."
    assert haddad.affiliations == ("Harbor Institute",)


def test_name_is_a_columnist_at_the_end() -> None:
    raw = (
        "Why ports matter\n\n" + BODY + "Jane Roe is a columnist for the Daily Planet and the "
        "author of three books on shipping.\n"
    )
    a = op.parse(raw)
    assert [x.name for x in a.authors] == ["Jane Roe"]
    assert a.authors[0].bio is not None
    assert a.authors[0].bio.startswith("Jane Roe is a columnist")
    assert "columnist" in a.authors[0].roles
    assert len(a.paragraphs) == 2
    assert a.editor_note is not None
    assert a.editor_note.disclaimer is None


def test_a_body_sentence_about_someone_is_not_a_bio() -> None:
    raw = (
        "Why ports matter\n\nBy Jane Roe\n\n"
        + BODY
        + (
            "Mark Penn is a model of humility and restraint, and that is rarer than it should "
            "be in our politics today.\n"
        )
    )
    a = op.parse(raw)
    assert a.editor_note is None
    assert len(a.paragraphs) == 3


def test_top_note_cnn() -> None:
    raw = (
        "What the ports tell us\n\nEditor's Note: Jane Roe is a professor of economics at Delta "
        "University. The opinions expressed in this commentary are solely those of the "
        "author.\n\n(CNN) " + BODY
    )
    a = op.parse(raw)
    assert a.outlet == "CNN"
    assert a.editor_note is not None
    assert a.editor_note.bio == "Jane Roe is a professor of economics at Delta University."
    assert a.editor_note.disclaimer == (
        "The opinions expressed in this commentary are solely those of the author."
    )
    assert [x.name for x in a.authors] == ["Jane Roe"]


def test_global_times_profile_is_detected() -> None:
    raw = (
        "Ports that float\n\nPublished: Feb 17, 2026 10:37 AM\n\n" + BODY + "The author is a "
        "research fellow. opinion@globaltimes.com.cn\n"
    )
    a = op.parse(raw)
    assert a.outlet == "Global Times"
    assert a.profile == GLOBAL_TIMES.name


def test_german_disclaimer_formula() -> None:
    raw = (
        "Fähren im Winter\n\nVon Lena Ohm\n\n"
        "Anmerkung der Redaktion: Lena Ohm ist freie Autorin in Kiel. Der Beitrag gibt die "
        "Meinung der Autorin wieder und nicht unbedingt die der Redaktion.\n\n"
        "Wer im Februar an der Küste unterwegs ist, sieht die kleinen Fährhäfen von ihrer "
        "stillen Seite, und manche Anleger liegen wochenlang leer.\n\n"
        "Die Betreiber nutzen die ruhigen Wochen für Reparaturen an Rampen und Pollern, bevor "
        "im April der Ausflugsverkehr wieder beginnt.\n"
    )
    note = op.parse(raw).editor_note
    assert note is not None
    assert note.bio == "Lena Ohm ist freie Autorin in Kiel."
    assert note.disclaimer == (
        "Der Beitrag gibt die Meinung der Autorin wieder und nicht unbedingt die der Redaktion."
    )


def test_end_bio_followed_by_a_history_line() -> None:
    raw = (
        "Night trains\n\nBy Ada Brook\n\n"
        "Ten years ago the last sleeper trains on the northern routes were cancelled, and few "
        "people expected them to return.\n\n"
        "Today four operators run overnight services again, and most cabins sell out weeks in "
        "advance during the summer.\n\n"
        "Ada Brook is a transport writer based in Lyon.\n\n"
        "This article was first published on 3 December 2025.\n"
    )
    a = op.parse(raw)
    assert a.editor_note is not None
    assert a.editor_note.bio == "Ada Brook is a transport writer based in Lyon."
    assert len(a.editor_note.spans) == 2
    assert [p.text[:9] for p in a.paragraphs] == ["Ten years", "Today fou"]


def test_bio_under_the_title_is_a_note_and_the_standfirst_follows() -> None:
    # RT prints the author's bio between the title and the standfirst
    text = (
        "Rivers do not read maps\n\n"
        "Jane Roe is a hydrologist and a senior fellow at the Delta Institute.\n\n"
        "Treaties written for a wetter century need a clause for dry years.\n\n"
        "Jane Roe\n\n"
        "For fifty years the two countries shared the river by a fixed formula, and the "
        "formula worked because the river kept its side of the bargain.\n\n"
        "That bargain is over. Dry years now come twice a decade, and each one turns a "
        "technical table into a diplomatic quarrel.\n"
    )
    a = op.parse(text)
    assert [x.name for x in a.authors] == ["Jane Roe"]
    assert a.editor_note is not None
    assert a.editor_note.bio == (
        "Jane Roe is a hydrologist and a senior fellow at the Delta Institute."
    )
    assert a.standfirst == "Treaties written for a wetter century need a clause for dry years."
    assert a.paragraphs[0].text.startswith("For fifty years")


def test_a_first_paragraph_about_someone_else_is_not_a_top_bio() -> None:
    text = (
        "Rivers do not read maps\n\n"
        "By Jane Roe\n\n"
        "John Smith is a farmer who has watched the river shrink for forty years, and he "
        "no longer plants in April.\n\n"
        "For fifty years the two countries shared the river by a fixed formula, and the "
        "formula worked because the river kept its side of the bargain.\n"
    )
    a = op.parse(text)
    assert a.paragraphs[0].text.startswith("John Smith is a farmer")


def test_author_box_under_the_article_holds_the_bio() -> None:
    text = (
        "Rivers do not read maps\n\n"
        "For fifty years the two countries shared the river by a fixed formula, and the "
        "formula worked because the river kept its side of the bargain.\n\n"
        "That bargain is over. Dry years now come twice a decade, and each one turns a "
        "technical table into a diplomatic quarrel.\n\n"
        "The views expressed in this article are the author's own and do not necessarily "
        "reflect Al Jazeera's editorial stance.\n\n"
        "Jane Roe\n"
        "Hydrologist based in Cairo\n"
        "Jane Roe is a hydrologist who writes on water and borders in North Africa.\n"
        "Advertisement\n"
    )
    a = op.parse(text)
    assert a.editor_note is not None
    assert a.editor_note.bio == (
        "Jane Roe is a hydrologist who writes on water and borders in North Africa."
    )
    assert [x.name for x in a.authors] == ["Jane Roe"]


def test_note_about_the_person_in_the_headline_is_not_the_authors_bio() -> None:
    raw = (
        "Harold Vance Picks Up His First Endorsements\n\n"
        "Two members of the council said on Wednesday that they back the candidate, "
        "the first to do so after a long and bitter primary season.\n\n"
        "Editor’s note: Harold Vance is a serial liar and a rampant xenophobe.\n"
    )
    assert op.parse(raw).authors == ()
    raw = (
        "The ferry must keep running\n\n"
        "Two members of the council said on Wednesday that they back the ferry, "
        "the first to do so after a long and bitter debate.\n\n"
        "Zora Quill is a co-host of the Harbour Politics podcast.\n"
    )
    assert [a.name for a in op.parse(raw).authors] == ["Zora Quill"]


LONG_BODY = (
    "Ten years ago the last sleeper trains on the northern routes were cancelled, and few "
    "people expected them to return after the operators sold their carriages abroad.\n\n"
    "Today four operators run overnight services again, and most cabins sell out weeks in "
    "advance during the summer, when families book the routes to the coast and the lakes.\n\n"
    "The new trains are slower than the planes they compete with, but they leave the city "
    "centre at night and arrive in the morning, and that is what their passengers pay for.\n\n"
)


def test_end_bio_naming_the_author_by_first_name_is_a_note() -> None:
    raw = (
        "Night trains are back\n\nBy Ada Brookfield\n\n" + LONG_BODY + "Ada is a rail "
        "editor at the site. Before that she spent ten years as a timetable planner.\n\n"
        "Read the latest from Ada Brookfield\n"
    )
    a = op.parse(raw)
    assert a.editor_note is not None
    assert a.editor_note.bio is not None
    assert a.editor_note.bio.startswith("Ada is a rail editor at the site.")
    assert a.paragraphs[-1].text.startswith("The new trains")
    assert a.authors[0].bio is not None
    assert "rail editor" in a.authors[0].roles


def test_first_person_bio_under_an_author_box_heading_is_a_note() -> None:
    raw = (
        "Nachtzüge sind zurück\n\n"
        "Vor zehn Jahren wurden die letzten Schlafwagen auf den nördlichen Strecken "
        "eingestellt, und kaum jemand rechnete damit, dass sie je zurückkehren würden.\n\n"
        "Heute fahren wieder vier Betreiber über Nacht, und die meisten Abteile sind im "
        "Sommer Wochen im Voraus ausgebucht, wenn Familien an die Küste und die Seen reisen.\n\n"
        "Die neuen Züge sind langsamer als die Flugzeuge, mit denen sie konkurrieren, aber "
        "sie fahren nachts aus der Innenstadt ab und kommen am Morgen an, und genau dafür "
        "bezahlen ihre Fahrgäste.\n\n"
        "Über Greta 312 Artikel\n\n"
        "Ich bin Greta, Bahnfahrerin aus Leidenschaft und seit zwanzig Jahren auf Reisen.\n\n"
        "Vorheriger\n"
    )
    a = op.parse(raw)
    assert a.editor_note is not None
    assert a.editor_note.text.startswith("Ich bin Greta, Bahnfahrerin")
    assert all("Ich bin Greta" not in p.text for p in a.paragraphs)


@pytest.mark.parametrize(
    "last",
    [
        # another person's first name: the article's last paragraph
        "Jonas is the one who still books a cabin every month, and he says it is cheaper "
        "than a hotel.",
        # the author's first name without a word of description: prose
        "Ada is tired of airports, and she will take the train to Lyon again next week.",
    ],
)
def test_first_name_paragraph_that_is_not_a_bio_stays_body(last: str) -> None:
    raw = "Night trains are back\n\nBy Ada Brookfield\n\n" + LONG_BODY + last + "\n"
    a = op.parse(raw)
    assert a.editor_note is None
    assert a.paragraphs[-1].text == last


def test_first_person_page_opening_is_not_an_end_bio() -> None:
    # a home page introducing its owner: no article above the `Ich bin …` paragraph
    raw = (
        "Kanzlei Beispiel\n\nWillkommen!\n\n"
        "Ich bin Greta Beispiel, Rechtsanwältin für Vertragsrecht. Ich berate kleine und "
        "mittlere Unternehmen bei Verträgen, Streitigkeiten und Gründungen.\n\n"
        "Stimmen zufriedener Mandanten\n"
    )
    a = op.parse(raw)
    assert a.editor_note is None


@pytest.mark.parametrize(
    ("head", "tail", "bio"),
    [
        # a first-person bio without the name, under an author box's heading
        (
            "By Greta\n\n",
            "About Greta\n\nHi, I'm a rail blogger and travel writer, and I have crossed "
            "Europe by sleeper every winter since 2010.\n\nLeave a comment\n",
            "Hi, I'm a rail blogger",
        ),
        # the writer's post under a byline printed after the article
        (
            "",
            "Von Ada Brookfield\n\nFreie Autorin in Lyon und Vorsitzende eines Vereins, der "
            "Nachtzüge zurück auf die Schiene bringen will.\n\nAlle Artikel\n",
            "Freie Autorin in Lyon",
        ),
    ],
)
def test_bio_under_the_article_is_the_note(head: str, tail: str, bio: str) -> None:
    a = op.parse("Night trains are back\n\n" + head + LONG_BODY + tail)
    assert a.editor_note is not None
    assert a.editor_note.text.startswith(bio)
    assert a.paragraphs[-1].text.startswith("The new trains")


def test_first_person_paragraph_without_a_box_heading_stays_body() -> None:
    last = "I'm a rail blogger too, and I have crossed Europe by sleeper every winter."
    raw = "Night trains are back\n\nBy Greta\n\n" + LONG_BODY + last + "\n"
    a = op.parse(raw)
    assert a.editor_note is None
    assert a.paragraphs[-1].text == last


def test_prose_under_a_byline_at_the_top_is_the_lede() -> None:
    first = "Autorin und Bahnfahrerin: so nennt sich die Frau, die seit zehn Jahren im Zug lebt."
    raw = "Night trains are back\n\nVon Ada Brookfield\n\n" + first + "\n\n" + LONG_BODY
    a = op.parse(raw)
    assert a.editor_note is None
    assert a.paragraphs[0].text == first


@pytest.mark.parametrize(
    ("bio", "is_bio"),
    [
        ("Ada Brookfield ist Leiterin des Reiseressorts und fährt jeden Winter Nachtzug.", True),
        # another person: the article's own paragraph
        ("Jonas Weber ist Leiter eines Reisebüros und verkauft jeden Winter Nachtzüge.", False),
    ],
)
def test_bio_of_the_author_over_one_more_last_paragraph(bio: str, is_bio: bool) -> None:
    raw = (
        "Night trains are back\n\nVon Ada Brookfield\n\n" + LONG_BODY + bio + "\n\n"
        "DIE BELIEBTESTEN PRODUKTE\n\n"
        "Der Wasserkocher mit 1,7 Litern kostet heute nur 29,99 Euro, und die Kaffeemühle "
        "aus Edelstahl gibt es für 39,99 Euro im Angebot.\n"
    )
    a = op.parse(raw)
    assert (a.editor_note is not None and a.editor_note.text == bio) is is_bio
    assert any(p.text == bio for p in a.paragraphs) is not is_bio
