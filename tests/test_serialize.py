"""JSON and dict round trips."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import opinionpiece as op

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
