"""Splitting multi-document exports (issue 5): one piece per article, tiling the input."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import opinionpiece as op

EXPORT = (Path(__file__).parent / "fixtures" / "chinadaily_database_export.txt").read_text(
    encoding="utf-8"
)


def _lexis(n: int) -> str:
    docs = [f"                 {i} of {n} DOCUMENTS\n\n{EXPORT}\n" for i in range(1, n + 1)]
    return "Search: floating docks\n\n" + "".join(docs)


def test_one_article_is_one_piece_covering_it_all() -> None:
    pieces = list(op.split(EXPORT))
    assert pieces == [(op.Span(start=0, end=len(EXPORT)), EXPORT)]


def test_counter_lines_start_articles() -> None:
    text = _lexis(3)
    pieces = list(op.split(text))
    assert len(pieces) == 3
    # The search summary stays with the first piece; the others open on their counter.
    assert pieces[0][1].startswith("Search: floating docks")
    assert pieces[1][1].lstrip().startswith("2 of 3 DOCUMENTS")
    assert pieces[2][1].lstrip().startswith("3 of 3 DOCUMENTS")
    for span, piece in pieces:
        assert span.slice(text) == piece
    titles = [op.parse(piece).title for _, piece in pieces]
    assert titles == ["River towns find new life with floating docks"] * 3


def test_a_single_counter_line_is_one_article() -> None:
    text = "   1 of 1 DOCUMENT\n\n" + EXPORT
    assert [s for s, _ in op.split(text)] == [op.Span(start=0, end=len(text))]


def test_headline_fields_without_counters_cut_before_the_header_lines() -> None:
    second = EXPORT.replace("River towns", "Mountain towns")
    text = EXPORT + "\n\n" + second
    pieces = [piece for _, piece in op.split(text)]
    assert len(pieces) == 2
    # The copyright, outlet and date lines above HEADLINE: open the second article,
    # the page reference "(China Daily ... page9)" closes the first.
    assert pieces[0].rstrip().endswith("(China Daily 07/05/2019 page9)")
    assert pieces[1].startswith("Copyright 2019 China Daily Information Company")
    assert op.parse(pieces[1]).title == "Mountain towns find new life with floating docks"


def test_prose_that_mentions_documents_is_not_a_boundary() -> None:
    text = "A title\n\nHe read 3 of 10 documents before lunch.\n\nMore text.\n"
    assert len(list(op.split(text))) == 1


@given(st.lists(st.sampled_from(["x\n", "\n", "2 of 9 DOCUMENTS\n", "HEADLINE: h\n", "By A\n"])))
def test_pieces_tile_any_text(lines: list[str]) -> None:
    text = "".join(lines)
    pieces = list(op.split(text))
    assert "".join(piece for _, piece in pieces) == text
    pos = 0
    for span, piece in pieces:
        assert span.start == pos
        assert span.slice(text) == piece
        pos = span.end
    assert pos == len(text)
