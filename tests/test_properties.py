"""Invariants over arbitrary text and article-shaped text (hypothesis)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import opinionpiece as op
from opinionpiece.normalize import collapse_ws, make_view

from .strategies import article_text

any_text = st.text(
    alphabet=st.characters(codec=None, exclude_categories=()), max_size=400
) | st.text(alphabet="ab \n\r\t\u00a0\u200b\"“”'’«»„「」/.:", max_size=200)


def check(article: op.Article) -> None:
    src = article.source
    # blocks tile the source: consecutive, no gap, no overlap
    assert "".join(src[b.span.start : b.span.end] for b in article.blocks) == src
    pos = 0
    for b in article.blocks:
        assert b.span.start == pos
        assert b.span.end >= b.span.start
        pos = b.span.end
    assert pos == len(src)
    # every span lies inside and its text matches
    for p in article.paragraphs:
        assert collapse_ws(make_view(src[p.span.start : p.span.end]).text) == p.text
    for c in article.captions:
        for s in c.spans:
            assert 0 <= s.start <= s.end <= len(src)
            assert c.text in collapse_ws(make_view(s.slice(src)).text)
    for q in article.quotes:
        assert 0 <= q.span.start < q.span.end <= len(src)
        assert not q.text or q.text.split()[0] in make_view(q.span.slice(src)).text
    for a in article.authors:
        if a.span is not None:
            assert a.span.end <= len(src)
    if article.title is not None:
        assert article.title_span is not None
        assert collapse_ws(make_view(article.title_span.slice(src)).text) == article.title
    # JSON round trip gives an equal object
    assert op.from_json(op.to_json(article)) == article


@given(any_text)
def test_arbitrary_text_never_raises_and_tiles(text: str) -> None:
    article = op.parse(text)
    check(article)
    assert all(d.code != "OP900" for d in article.diagnostics)


@given(article_text())
def test_article_shaped_text(text: str) -> None:
    article = op.parse(text)
    check(article)
    assert all(d.code != "OP900" for d in article.diagnostics)


@given(article_text())
def test_parse_is_deterministic(text: str) -> None:
    assert op.parse(text) == op.parse(text)
