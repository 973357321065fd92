"""JSON Schema of to_dict output, schema_version migrations, and JSON-LD (issue 7)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest

import opinionpiece as op

ROOT = Path(__file__).resolve().parent.parent
INPUTS = [ROOT / "examples" / "sample_cgtn.txt", *sorted((ROOT / "tests" / "cases").glob("*.txt"))]


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = op.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_real_output_is_valid(validator: jsonschema.Draft202012Validator, path: Path) -> None:
    errors = list(validator.iter_errors(op.to_dict(op.parse_file(path))))
    assert errors == []


def test_schema_follows_the_model() -> None:
    schema = op.json_schema()
    fields = [a.name for a in attrs.fields(op.Article)]
    assert list(schema["properties"]) == ["schema_version", *fields]
    assert schema["required"] == ["schema_version", *fields]
    assert schema["$defs"]["Role"]["enum"] == [r.value for r in op.Role]
    assert schema["$defs"]["Span"]["maxItems"] == 2


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d.__setitem__("title", 3), "title"),
        (lambda d: d["blocks"][0].__setitem__("role", "sidebar"), "role"),
        (lambda d: d["paragraphs"][0].__setitem__("span", [1]), "span"),
        (lambda d: d.__setitem__("published", "14 March 2026"), "published"),
        (lambda d: d.__setitem__("extra", 1), "extra"),
        (lambda d: d.pop("authors"), "authors"),
        (lambda d: d.__setitem__("schema_version", 2), "schema_version"),
    ],
)
def test_wrong_shapes_are_rejected(
    validator: jsonschema.Draft202012Validator, change: Any, where: str
) -> None:
    data = op.to_dict(op.parse_file(INPUTS[0]))
    change(data)
    errors = list(validator.iter_errors(data))
    assert errors, where
    assert any(where in str([*e.absolute_path, e.message]) for e in errors)


def test_cli_schema_matches() -> None:
    import json
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "opinionpiece", "schema"], capture_output=True, text=True, check=True
    )
    assert json.loads(out.stdout) == op.json_schema()


# ------------------------------------------------------------------ migrations


def _as_version_0(data: dict[str, Any]) -> dict[str, Any]:
    """A synthetic older shape: spans as {"start", "end"}, authors as a list of names."""
    old = copy.deepcopy(data)
    old["schema_version"] = 0

    def spans(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: spans(v) for k, v in node.items()}
        if isinstance(node, list):
            if len(node) == 2 and all(isinstance(x, int) for x in node):
                return {"start": node[0], "end": node[1]}
            return [spans(x) for x in node]
        return node

    old = spans(old)
    old["authors"] = [a["name"] for a in data["authors"]]
    return old


def _upgrade_0_to_1(doc: dict[str, Any]) -> dict[str, Any]:
    def spans(node: Any) -> Any:
        if isinstance(node, dict):
            if set(node) == {"start", "end"}:
                return [node["start"], node["end"]]
            return {k: spans(v) for k, v in node.items()}
        if isinstance(node, list):
            return [spans(x) for x in node]
        return node

    new = spans(doc)
    new["authors"] = [
        {"name": n, "span": None, "bio": None, "roles": [], "affiliations": [], "location": None}
        for n in doc["authors"]
    ]
    return new


def test_an_older_version_upgrades_through_the_registry() -> None:
    article = op.Article(
        source="Title\n\nBy Ann Lee\n\nText.",
        title="Title",
        title_span=op.Span(start=0, end=5),
        authors=(op.Author(name="Ann Lee"),),
        paragraphs=(op.Paragraph(text="Text.", span=op.Span(start=18, end=23)),),
    )
    old = _as_version_0(op.to_dict(article))
    assert old["title_span"] == {"start": 0, "end": 5}
    with pytest.raises(ValueError, match="no upgrade from it"):
        op.from_dict(old)  # this release has no step from 0
    new = op.upgrade(old, migrations={0: _upgrade_0_to_1})
    assert new["schema_version"] == op.SCHEMA_VERSION
    assert op.from_dict(new) == article


def test_upgrade_runs_steps_in_order_and_refuses_the_future() -> None:
    steps = {
        1: lambda d: {**d, "trail": [*d.get("trail", []), 1]},
        2: lambda d: {**d, "trail": [*d["trail"], 2]},
    }
    out = op.upgrade({"schema_version": 1}, migrations=steps, target=3)
    assert out == {"schema_version": 3, "trail": [1, 2]}
    with pytest.raises(ValueError, match="reads up to 1"):
        op.upgrade({"schema_version": 2})
    with pytest.raises(ValueError, match="not an integer"):
        op.upgrade({"schema_version": "1"})
    assert dict(op.serialize.MIGRATIONS) == {}  # version 1 is the first


def test_current_version_round_trips_through_upgrade() -> None:
    article = op.parse_file(INPUTS[0])
    assert op.from_dict(op.upgrade(op.to_dict(article))) == article


# ------------------------------------------------------------------ JSON-LD


def test_jsonld_of_the_sample() -> None:
    doc = op.to_jsonld(op.parse_file(INPUTS[0]), id="a.txt")
    assert doc["@context"] == "https://schema.org"
    assert doc["@type"] == "OpinionNewsArticle"
    assert doc["identifier"] == "a.txt"
    assert doc["headline"] == "Rivers without borders: Why water diplomacy matters now"
    assert doc["author"][0]["name"] == "Amara Okonkwo-Lindqvist"
    assert doc["author"][0]["affiliation"][0] == {
        "@type": "Organization",
        "name": "Nordic Institute for Hydrology Studies",
    }
    assert doc["publisher"] == {"@type": "Organization", "name": "CGTN"}
    assert doc["datePublished"] == "2026-03-14T09:30:00"
    assert doc["articleBody"].startswith("When six countries share a single river")
    assert {
        "@type": "ImageObject",
        "caption": doc["associatedMedia"][1]["caption"],
        "creditText": "VCG Photo",
    } == doc["associatedMedia"][1]
    assert doc["backstory"].endswith("not necessarily the views of CGTN.")
