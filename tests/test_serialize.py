"""JSON and dict round trips."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import opinionpiece as op

from .strategies import article_text, hostile_text

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "sample_cgtn.txt"


def test_round_trip_equal() -> None:
    article = op.parse_file(SAMPLE)
    assert op.from_json(op.to_json(article)) == article
    assert op.from_dict(op.to_dict(article)) == article


def test_shape_of_output() -> None:
    article = op.parse_file(SAMPLE)
    data = json.loads(op.to_json(article))
    assert data["schema_version"] == op.SCHEMA_VERSION
    assert data["title_span"] == [article.title_span.start, article.title_span.end]
    assert data["blocks"][0]["role"] == "boilerplate"
    assert "text" not in data  # a property, not a field
    assert isinstance(data["published"], str)


@pytest.mark.parametrize(
    "when",
    [
        None,
        dt.date(2020, 5, 14),
        dt.datetime(2025, 12, 3, 7, 42),
        dt.datetime(2025, 12, 3, 7, 42, tzinfo=dt.timezone.utc),
    ],
)
def test_dates_round_trip(when: dt.date | None) -> None:
    article = op.Article(source="x", published=when)
    back = op.from_json(op.to_json(article))
    assert back.published == when
    assert type(back.published) is type(when)


def test_unknown_schema_version_is_refused() -> None:
    data = op.to_dict(op.parse("A title\n\nSome body text here."))
    data["schema_version"] = 99
    with pytest.raises(ValueError, match="schema_version"):
        op.from_dict(data)


def test_span_validation() -> None:
    with pytest.raises(ValueError, match="before start"):
        op.Span(start=5, end=2)
    with pytest.raises(ValueError, match=">= 0"):
        op.Span(start=-1, end=2)


def _plain_json(article: op.Article) -> str:
    """What ``to_json`` wrote before it had a writer of its own: ``json.dumps`` of the
    dict, lone surrogates escaped."""
    text = json.dumps(op.to_dict(article), ensure_ascii=False)
    return "".join(f"\\u{ord(c):04x}" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)


@settings(max_examples=60, deadline=None)
@given(st.one_of(article_text(), hostile_text()))
def test_compact_writer_is_json_dumps(text: str) -> None:
    """The block writer gives the very text ``json.dumps`` of the dict gives."""
    article = op.parse(text)
    assert op.to_json(article) == _plain_json(article)


def test_compact_writer_with_boilerplate_of_its_own() -> None:
    """An article built by hand whose ``boilerplate`` is not its chrome blocks: each
    list is written as it is."""
    article = op.parse("Home\nShare\n\nA title here\n\nSome body text, long enough to read.")
    extra = op.Block(role=op.Role.BOILERPLATE, span=op.Span(start=0, end=4), text='"Home"\n')
    for boilerplate in ((), (extra,), (*article.boilerplate, extra)):
        built = attrs.evolve(article, boilerplate=boilerplate)
        assert op.to_json(built) == _plain_json(built)
        assert op.from_json(op.to_json(built)) == built


def test_indented_json_is_the_same_document() -> None:
    article = op.parse_file(SAMPLE)
    assert json.loads(op.to_json(article, indent=2)) == json.loads(op.to_json(article))
