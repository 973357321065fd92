"""The annotated HTML view: exact spans, escaping, contrast, files."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import opinionpiece as op
from opinionpiece import html as ophtml
from opinionpiece.model import (
    Article,
    Author,
    Block,
    Caption,
    Diagnostic,
    EditorNote,
    Paragraph,
    Quote,
    Role,
    Severity,
    Span,
)

from .html_tree import Node, parse_html, source_of
from .strategies import article_text

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "sample_cgtn.txt"

BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
PAYLOADS = (
    "<script>document.title='pwned'</script>",
    "<img src=x onerror=\"document.title='pwned'\">",
    '"><svg onload=alert(1)>',
    "' onmouseover='alert(1)' x='",
    '<a href="javascript:alert(1)">click</a>',
    "javascript:alert(1)",
    "&lt;script&gt; &amp &#x3C;script &#0; &#xD800; &bogus; &",
    "</div></article></main><iframe src=//evil.example>",
    "<!-- --><style>*{display:none}</style><base href=//evil.example/>",
    "\u202eevil\u202c \u2066iso\u2069 \u200f",
    "\x00nul \x07bell \x1b[31m \x7f \x85",
)
HOSTILE = " ".join(PAYLOADS)

ALLOWED_TAGS = {
    "#document", "html", "head", "meta", "title", "style", "body", "main", "article",
    "header", "section", "aside", "div", "span", "mark", "h1", "h2", "p", "a", "em", "br",
    "dl", "dt", "dd", "ol", "ul", "li", "code", "details", "summary", "table", "caption",
    "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRS = {
    "class", "id", "title", "href", "dir", "lang", "charset", "name", "content",
    "http-equiv", "aria-label", "aria-labelledby", "scope", "colspan", "data-op-source",
    "data-op-label", "data-op-char", "data-q", "data-d", "data-role",
}  # fmt: skip
SAFE_HREF = re.compile(r"#v[0-9a-f]{6}-[\w-]+|[A-Za-z0-9._~/%-]+")
SAFE_TOKEN = re.compile(r"[a-z][a-z0-9_-]*")


def assert_inert(markup: str) -> Node:
    """No element or attribute in ``markup`` comes from the input; no bidi control."""
    assert not any(ch in markup for ch in BIDI)
    root = parse_html(markup)
    styles = 0
    for node in root.iter():
        assert node.tag in ALLOWED_TAGS, node.tag
        for name, value in node.attrs:
            assert name in ALLOWED_ATTRS, name
            if name == "href":
                assert value is not None
                assert SAFE_HREF.fullmatch(value), value
            if name in ("class", "data-q", "data-d", "data-role", "id", "lang"):
                assert all(SAFE_TOKEN.fullmatch(t) for t in (value or "").split()), value
        if node.tag == "style":
            styles += 1
            assert "pwned" not in node.text()
            assert "evil" not in node.text()
    assert styles == 1
    return root


# -- exactness ------------------------------------------------------------------------


def text_of(root: Node) -> Node:
    """The element holding the source text."""
    return next(n for n in root.iter() if n.has("data-op-source"))


def small_article() -> Article:
    """A hand-built article: a quote across two paragraphs, a crossing diagnostic."""
    src = 'T\n\nA "b c\n\nd e" f\n'
    blocks = (
        Block(role=Role.TITLE, span=Span(start=0, end=1), text="T"),
        Block(role=Role.BLANK, span=Span(start=1, end=3), text=""),
        Block(role=Role.BODY, span=Span(start=3, end=9), text='A "b c', reason="prose"),
        Block(role=Role.BLANK, span=Span(start=9, end=11), text=""),
        Block(role=Role.BODY, span=Span(start=11, end=17), text='d e" f', reason="prose"),
        Block(role=Role.BLANK, span=Span(start=17, end=18), text=""),
    )
    return Article(
        source=src,
        title="T",
        title_span=Span(start=0, end=1),
        paragraphs=(
            Paragraph(text='A "b c', span=Span(start=3, end=9)),
            Paragraph(text='d e" f', span=Span(start=11, end=17)),
        ),
        quotes=(
            Quote(
                text="b c d e",
                span=Span(start=5, end=15),
                speaker="F. Name",
                speaker_span=Span(start=16, end=17),
                kind="full",
            ),
        ),
        blocks=blocks,
        diagnostics=(
            Diagnostic(code="OP999", message="crossing", span=Span(start=7, end=12)),
            Diagnostic(code="OP998", message="a point", span=Span(start=3, end=3)),
            Diagnostic(code="OP996", message="across the end", span=Span(start=13, end=16)),
            Diagnostic(code="OP997", message="no span", severity=Severity.INFO),
        ),
    )


def test_small_article_pieces_by_hand() -> None:
    article = small_article()
    markup = op.to_html(article)
    assert source_of(markup) == article.source
    root = assert_inert(markup)
    pieces = [n for n in root.iter() if n.tag == "mark" and n.get("data-q") == "q1"]
    # the quote is cut at block edges into three pieces, one quote id
    assert [p.source_text() for p in pieces] == ['"b c', "\n\n", 'd e"']
    assert [p.get("id") is not None for p in pieces] == [True, False, False]
    assert [("cont" in p.classes) for p in pieces] == [False, True, True]
    assert all("q-full" in p.classes for p in pieces)
    # the diagnostic crosses the quote's end: split again, nested inside
    diag = [n for n in text_of(root).iter() if "diag" in n.classes]
    assert [d.source_text() for d in diag] == [" c", "\n\n", "d", 'e"', " "]
    assert diag[0].get("title") == "OP999 warning: crossing"
    # OP996 starts inside the quote and ends after it: one piece inside, one outside
    assert [d.get("data-d") for d in diag[3:]] == ["d3", "d3"]
    assert [("cont" in d.classes) for d in diag[3:]] == [False, True]
    last_mark = pieces[-1]
    assert diag[3] in list(last_mark.iter())
    assert diag[4] not in list(last_mark.iter())
    # the point diagnostic is a label at offset 3, not part of the text
    point = [n for n in root.iter() if "diag-pt" in n.classes]
    assert len(point) == 1
    assert point[0].has("data-op-label")
    assert "OP998" in point[0].text()
    # the speaker is marked where it is, and listed with the quote
    who = [n for n in text_of(root).iter() if "who" in n.classes]
    assert [(w.source_text(), w.get("data-q")) for w in who] == [("f", "q1")]
    aside = next(n for n in root.iter() if n.tag == "aside")
    assert [w.text() for w in aside.iter() if "who" in w.classes] == ["F. Name"]
    # the blank block holding a diagnostic is shown; the others stay hidden
    blanks = [n for n in root.iter() if n.get("data-role") == "blank"]
    assert ["shown" in b.classes for b in blanks] == [False, True, False]


def test_reference_view_reconstructs_source() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    article = op.parse(text)
    markup = op.to_html(article)
    assert source_of(markup) == text
    root = assert_inert(markup)
    marks = [n for n in root.iter() if n.tag == "mark" and n.get("id")]
    assert len(marks) == len(article.quotes) > 0
    for q, m in zip(article.quotes, marks, strict=True):
        assert m.source_text() == q.span.slice(text)
    chrome = [n for n in root.iter() if n.get("data-role") == "boilerplate"]
    assert chrome
    assert all(n.children[0].has("data-op-label") for n in chrome)


def test_shared_reference_view(reference_text: str) -> None:
    article = op.parse(reference_text)
    markup = op.to_html(article)
    assert source_of(markup) == reference_text
    root = assert_inert(markup)
    labels = [n.text() for n in text_of(root).iter() if n.has("data-op-label")]
    assert labels[:6] == ["chrome · chrome line", "blank", "title", "blank", "byline", "blank"]
    assert labels.count("caption · credit: Xinhua · ×2") == 2
    assert "editor's note" in labels


@given(article_text() | st.text(st.characters(codec=None, exclude_categories=()), max_size=300))
def test_any_text_reconstructs(text: str) -> None:
    article = op.parse(text)
    assert source_of(op.to_html(article)) == text


def test_carriage_returns_and_controls_survive_exactly() -> None:
    text = "Title\r\n\r\nBy Jane Doe\r\n\r\nA \x00b\u202ec\r said \u2066x\u2069.\r\n\ud800"
    markup = op.to_html(op.parse(text))
    assert source_of(markup) == text
    assert "\r" not in markup
    assert "&#13;" in markup
    assert '<span class="ctl" data-op-char="202e"' in markup
    assert "⟨RLO⟩" in markup
    assert "\ud800" not in markup


# -- safety ---------------------------------------------------------------------------


def hostile_article() -> Article:
    dump = (
        f"Download {PAYLOADS[0]}\n\n"
        f"Title {HOSTILE}\n\n"
        f"By Jane Doe {PAYLOADS[1]}\n\n"
        f"Editor's note: Jane Doe is a writer {PAYLOADS[2]}. The article reflects the "
        f"author's opinions and not necessarily the views of CGTN.\n\n"
        f'"Quoted {HOSTILE} words here," said Jane Doe in the body of the piece.\n\n'
        f"A caption {PAYLOADS[3]} here. /Xinhua {PAYLOADS[4]}\n\n"
        f"Body paragraph {HOSTILE} with enough words to count as prose for the parser.\n"
    )
    a = op.parse(dump)
    span = Span(start=0, end=5)
    hostile_authors = (Author(name=HOSTILE, span=span, bio=HOSTILE, roles=(HOSTILE,)),)
    return attrs.evolve(
        a,
        title=HOSTILE,
        authors=hostile_authors,
        agencies=(HOSTILE,),
        outlet=HOSTILE,
        profile=HOSTILE,
        language=HOSTILE,
        standfirst=HOSTILE,
        dateline=HOSTILE,
        editor_note=EditorNote(text=HOSTILE, spans=(span,), bio=HOSTILE, disclaimer=HOSTILE),
        paragraphs=(Paragraph(text=HOSTILE, span=span, heading=HOSTILE), *a.paragraphs),
        quotes=(
            Quote(
                text=HOSTILE,
                span=Span(start=2, end=9),
                speaker=HOSTILE,
                speaker_span=span,
                cue=HOSTILE,
                cue_span=Span(start=6, end=9),
                kind=HOSTILE,
                speaker_title=HOSTILE,
            ),
            *a.quotes,
        ),
        captions=(Caption(text=HOSTILE, credit=HOSTILE, spans=(span, span)), *a.captions),
        blocks=tuple(attrs.evolve(b, reason=HOSTILE) for b in a.blocks),
        diagnostics=(
            Diagnostic(code=HOSTILE, message=HOSTILE, span=Span(start=3, end=30)),
            Diagnostic(code=HOSTILE, message=HOSTILE, span=Span(start=40, end=40)),
            Diagnostic(code=HOSTILE, message=HOSTILE),
            *a.diagnostics,
        ),
    )


@pytest.mark.parametrize("standalone", [True, False])
def test_hostile_input_in_every_field_stays_text(standalone: bool) -> None:
    article = hostile_article()
    markup = op.to_html(article, standalone=standalone, name=HOSTILE, index_href=HOSTILE)
    root = assert_inert(markup)
    assert source_of(markup) == article.source
    shown = root.text()
    # the payloads are visible as text (bidi controls as markers), never as markup
    for payload in PAYLOADS[:9]:
        assert payload in shown
    assert "⟨RLO⟩evil⟨PDF⟩" in shown
    assert not any(n.tag in {"script", "img", "svg", "iframe", "base"} for n in root.iter())


def test_hostile_index_and_href() -> None:
    article = hostile_article()
    markup = ophtml.index_html(
        [
            ("javascript:alert(1)", article),
            ophtml.IndexEntry(href=HOSTILE, name=HOSTILE, error=HOSTILE),
        ],
        title=HOSTILE,
    )
    root = assert_inert(markup)
    hrefs = [n.get("href") for n in root.iter() if n.tag == "a"]
    assert hrefs[0] == "javascript%3Aalert%281%29"
    assert ophtml._safe_href("//evil.example/x") == ".///evil.example/x"
    assert PAYLOADS[0] in root.text()


def test_missing_markupsafe_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    ophtml._escaper.cache_clear()
    monkeypatch.setitem(sys.modules, "markupsafe", None)
    try:
        with pytest.raises(ImportError, match=r"opinionpiece\[html\]"):
            op.to_html(small_article())
    finally:
        ophtml._escaper.cache_clear()


# -- colours --------------------------------------------------------------------------


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_contrast_formula_by_hand() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("mode", [0, 1], ids=["light", "dark"])
def test_palette_meets_wcag_aa(mode: int) -> None:
    low = {
        (fg, bg): round(contrast(ophtml.PALETTE[fg][mode], ophtml.PALETTE[bg][mode]), 2)
        for fg, bg in ophtml.CONTRAST_PAIRS
    }
    assert min(low.values()) >= 4.5, sorted(low.items(), key=lambda kv: kv[1])[:3]


def test_every_css_colour_pair_is_checked() -> None:
    css = ophtml._css(".v", ["q1"])
    fgs = {fg for fg, _ in ophtml.CONTRAST_PAIRS} | {f"role-{r.value}" for r in Role}
    bgs = {bg for _, bg in ophtml.CONTRAST_PAIRS}
    used_fg = set(re.findall(r"(?<![-\w])color:var\(--([\w-]+)", css)) - {"role", "sev"}
    used_bg = set(re.findall(r"background:var\(--([\w-]+)", css))
    assert used_fg <= fgs
    assert used_bg <= bgs
    assert {"info", "warning", "error"} <= fgs  # --sev stands for these


# -- notebooks and files --------------------------------------------------------------


def test_repr_html_is_a_scoped_fragment() -> None:
    article = op.parse_file(SAMPLE)
    fragment = article._repr_html_()
    assert fragment.startswith('<div class="opinionpiece-view v')
    assert "<!DOCTYPE" not in fragment
    assert "<script" not in fragment
    assert source_of(fragment) == article.source
    assert op.to_html(article, standalone=False) == fragment


def test_write_view_and_site(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "sub" / 'evil"<b>.txt').write_text(f"T\n\n{HOSTILE}\n", encoding="utf-8")
    (corpus / "bad.txt").write_bytes(b"caf\xe9\n")
    (corpus / ".hidden.txt").write_text("x", encoding="utf-8")

    one = ophtml.write_view(corpus / "a.txt", tmp_path / "out" / "a.html")
    assert one.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")

    index = ophtml.write_site(corpus, tmp_path / "site")
    assert index == tmp_path / "site" / "index.html"
    root = assert_inert(index.read_text(encoding="utf-8"))
    links = [n.get("href") for n in root.iter() if n.tag == "a"]
    assert links == ["a.html", "sub__evil_b_.html"]
    for link in links:
        view = (tmp_path / "site" / str(link)).read_text(encoding="utf-8")
        assert 'href="index.html"' in view
        assert_inert(view)
    rows = [n for n in root.iter() if n.tag == "tr"]
    assert len(rows) == 4  # header, a, bad (error), sub/evil
    assert "cannot decode" in root.text()
    assert "Sino-Russian" in root.text() or "CGTN" in root.text()
