"""Hypothesis strategies for article-shaped text with adversarial pieces."""

from __future__ import annotations

from hypothesis import strategies as st

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
