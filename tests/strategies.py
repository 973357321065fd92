"""Hypothesis strategies for article-shaped text with adversarial pieces."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st


def joined(bits: Sequence[str], *, max_size: int, min_size: int = 0) -> st.SearchStrategy[str]:
    """Strings of `min_size` to `max_size` of `bits` end to end: the inputs on which the
    tests of the cheap pre-checks compare a pre-check with the full pattern it guards."""
    return st.lists(st.sampled_from(bits), min_size=min_size, max_size=max_size).map("".join)


WORDS = st.sampled_from(
    [
        "the",
        "minister",
        "said",
        "that",
        "water",
        "policy",
        "river",
        "cooperation",
        "Xi's",
        "'90s",
        "authors'",
        "data",
        "agreement",
        "Beijing",
        "Moscow",
        "\xa0",
        "“",
        "”",
        '"',
        "‘",
        "’",
        "«",
        "»",
        "„",
        "「",
        "」",
        "—",
        "–",
        ",",
        ".",
        "?",
        "!",
        "(",
        ")",
        "/Xinhua",
    ]
)

sentence = st.lists(WORDS, min_size=1, max_size=30).map(lambda ws: " ".join(ws).strip() + ".")
paragraph = st.lists(sentence, min_size=1, max_size=5).map(" ".join)
quote_para = st.tuples(sentence, st.sampled_from(["said Xi", "she told reporters", ""])).map(
    lambda t: f'"{t[0]}," {t[1]}.'
)
caption = sentence.map(lambda s: f"{s} /Xinhua")
note = sentence.map(
    lambda s: (
        f"Editor's note: {s} The article reflects the author's opinions and not "
        "necessarily the views of CGTN."
    )
)
chrome = st.sampled_from(
    ["Download", "Share Copied", "Search Trends", "Follow CGTN on:", "{{#contents.0.videos}}"]
)
title = st.lists(WORDS, min_size=2, max_size=10).map(" ".join)
name = st.sampled_from(
    ["Hannan Hussain", "Jane Doe", "By Ma Si and Hu Meidong", "BY BALEW DEMISSIE"]
)
line_end = st.sampled_from(["\n", "\r\n", "\r", "\r\r\n", "\n\n", "\n \n", "\u2028"])

piece = st.one_of(paragraph, quote_para, caption, note, chrome, title, name, st.text(max_size=40))


@st.composite
def article_text(draw: st.DrawFn) -> str:
    """Article-shaped text: chrome, title, name, note, paragraphs, captions, mixed ends."""
    parts = [draw(chrome), draw(title), draw(name), draw(note)]
    parts += draw(st.lists(piece, min_size=0, max_size=12))
    if draw(st.booleans()):
        cap = draw(caption)
        parts.insert(draw(st.integers(0, len(parts))), cap)
        parts.insert(draw(st.integers(0, len(parts))), cap)
    out = ""
    for part in parts:
        out += part + draw(line_end)
    if draw(st.booleans()):
        out = out.rstrip()
    return out


# ----------------------------------------------------------------------------- hostile input

#: Characters that scraped dumps carry and that the view must handle: NUL and other C0
#: controls, DEL, C1 controls, zero-width and format characters, the BOM, soft hyphen,
#: Unicode line/paragraph separators, and lone surrogates (a ``str`` may hold them).
HOSTILE_CHARS = (
    "\x00",
    "\x01",
    "\x07",
    "\x08",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x1f",
    "\x7f",
    "\x85",
    "\x9f",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u00ad",
    "\u2028",
    "\u2029",
    "\ud800",
    "\udfff",
    "\udc80",
    "\ufffd",
    "\U0001f600",
    "\u0301",
)
hostile_char = st.sampled_from(HOSTILE_CHARS)
#: Every line end a dump may use, the odd ones included.
hostile_line_end = st.sampled_from(
    ["\n", "\r\n", "\r", "\r\r\n", "\n\n", "\r\r", "\u2028", "\u2029", "\x85", "\x0c", "\n\x00\n"]
)
#: Pieces a broken template or scraper leaves: runs of marks, credits, byline-like and
#: note-like lines, chrome, and random Unicode.
adversarial_piece = st.one_of(
    st.integers(1, 60).map(lambda n: '"' * n),
    st.integers(1, 30).map(lambda n: "“”" * n),
    st.integers(1, 30).map(lambda n: "'" * n),
    st.sampled_from(["/Xinhua", "[Photo/VCG]", "Photo: AFP", "LI MIN/CHINA DAILY", "/"]),
    st.sampled_from(["By", "By ", "and", ", and John Roe", "| China Daily |", "Von"]),
    st.sampled_from(["Editor's note:", "The author is", "Editor’s note: ."]),
    chrome,
    st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=30),
    st.lists(hostile_char, min_size=1, max_size=8).map("".join),
)


@st.composite
def hostile_text(draw: st.DrawFn) -> str:
    """Article-shaped text with hostile characters, odd line ends and broken pieces
    spliced in at random places (inside words and lines too)."""
    text = draw(article_text())
    for _ in range(draw(st.integers(0, 8))):
        at = draw(st.integers(0, len(text)))
        piece = draw(st.one_of(hostile_char, hostile_line_end, adversarial_piece))
        text = text[:at] + piece + text[at:]
    return text


# ----------------------------------------------------------------------------- well formed

_LOWER = st.sampled_from(
    [
        "water",
        "policy",
        "river",
        "cooperation",
        "agreement",
        "data",
        "villages",
        "ministers",
        "basin",
        "flood",
        "warnings",
        "season",
        "fishing",
        "catches",
        "stations",
        "protocol",
        "neighbours",
        "planning",
        "trust",
        "figures",
    ]
)
_GLUE = st.sampled_from(["the", "of", "and", "to", "in", "for", "with", "on", "that", "is"])
_CAP = st.sampled_from(
    ["Mekong", "Vientiane", "Danube", "Nile", "Laos", "Yunnan", "Pakse", "Asia", "Europe"]
)
_PERSON = st.sampled_from(
    [
        "Jane Doe",
        "John Roe",
        "Amara Okonkwo",
        "Le Thi Hoa",
        "Somchai Vongsa",
        "Ma Si",
        "Hannah Berg",
    ]
)
_AGENCY = st.sampled_from(["Xinhua", "VCG Photo", "AFP", "Reuters", "CFP"])


def _sentence(words: list[str]) -> str:
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


prose_sentence = st.lists(st.one_of(_LOWER, _GLUE, _GLUE, _CAP), min_size=8, max_size=18).map(
    _sentence
)
quoted_sentence = st.tuples(
    st.lists(st.one_of(_LOWER, _GLUE), min_size=5, max_size=12).map(_sentence),
    _PERSON,
    st.sampled_from(["said", "told reporters", "added"]),
).map(lambda t: f'"{t[0][:-1]}," {t[1]} {t[2]}.')
well_formed_paragraph = st.lists(
    st.one_of(prose_sentence, prose_sentence, quoted_sentence), min_size=1, max_size=4
).map(" ".join)
well_formed_caption = st.tuples(
    st.lists(st.one_of(_LOWER, _GLUE, _CAP), min_size=5, max_size=12).map(_sentence), _AGENCY
).map(lambda t: f"{t[0]} /{t[1]}")
well_formed_title = st.tuples(
    _LOWER, st.lists(st.one_of(_LOWER, _GLUE, _CAP), max_size=6), st.one_of(_LOWER, _CAP)
).map(lambda t: " ".join([t[0].capitalize(), *t[1], t[2]]))


@st.composite
def well_formed_article(draw: st.DrawFn) -> str:
    """A clean, well-formed article: title, byline, optional editor's note, prose and
    quote paragraphs, captions with credits, blank lines between, one line end style.

    For such input, parsing :func:`~opinionpiece.render`'s output gives back the same
    title, authors, paragraphs, quotes and captions (the idempotence property).
    """
    authors = draw(st.lists(_PERSON, min_size=1, max_size=2, unique=True))
    parts = [draw(well_formed_title), "By " + " and ".join(authors)]
    if draw(st.booleans()):
        parts.append(
            f"Editor's note: {authors[0]} is a researcher on water policy. The article "
            "reflects the author's opinions and not necessarily the views of CGTN."
        )
    body = draw(st.lists(well_formed_paragraph, min_size=2, max_size=8, unique=True))
    captions = draw(st.lists(well_formed_caption, max_size=2, unique=True))
    for cap in captions:
        body.insert(draw(st.integers(1, len(body) - 1)), cap)
    end = draw(st.sampled_from(["\n\n", "\r\n\r\n"]))
    return end.join(parts + body) + end[: len(end) // 2]
