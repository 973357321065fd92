"""Golden cases: a fixture dump beside the facts read off it by hand.

Each ``tests/cases/NAME.txt`` has a ``NAME.facts.json`` listing what a reader sees in it.
The facts are written by hand, never generated from the parser's output.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import opinionpiece as op

CASES = Path(__file__).resolve().parent / "cases"
NAMES = sorted(p.stem for p in CASES.glob("*.txt"))


def load(name: str) -> tuple[op.Article, dict[str, Any]]:
    raw = (CASES / f"{name}.txt").read_bytes().decode("utf-8")
    facts = json.loads((CASES / f"{name}.facts.json").read_text(encoding="utf-8"))
    return op.parse(raw), facts


def test_cases_exist() -> None:
    assert len(NAMES) >= 4
    for name in NAMES:  # a case without facts would silently check nothing
        assert (CASES / f"{name}.facts.json").is_file()


@pytest.mark.parametrize("name", NAMES)
def test_facts(name: str) -> None:
    article, facts = load(name)
    # every case states these; the others are checked when the case states them
    assert article.title == facts["title"]
    assert [a.name for a in article.authors] == facts["authors"]
    assert len(article.paragraphs) == facts["paragraphs"]
    assert article.paragraphs[0].text.startswith(facts["first_paragraph"])
    assert article.paragraphs[-1].text.startswith(facts["last_paragraph"])
    if "outlet" in facts:
        assert article.outlet == facts["outlet"]
    if "published" in facts:
        assert article.published is not None
        assert article.published.isoformat() == facts["published"]
    note = article.editor_note
    if "disclaimer" in facts:
        assert (note.disclaimer if note else None) == facts["disclaimer"]
    if "bio" in facts:
        assert (note.bio if note else None) == facts["bio"]
    if "captions" in facts:
        assert [[c.credit, len(c.spans)] for c in article.captions] == facts["captions"]
    if "boilerplate" in facts:
        assert [b.text for b in article.boilerplate] == facts["boilerplate"]
    if "quotes" in facts:
        assert len(article.quotes) == facts["quotes"]
    if "standfirst" in facts:
        assert article.standfirst == facts["standfirst"]


@pytest.mark.parametrize("name", NAMES)
def test_lossless(name: str) -> None:
    article, _ = load(name)
    src = article.source
    assert "".join(b.span.slice(src) for b in article.blocks) == src
    for p in article.paragraphs:
        assert " ".join(p.span.slice(src).split()) == p.text
    assert op.from_json(op.to_json(article)) == article


@pytest.mark.parametrize("name", NAMES)
def test_line_end_variants_give_same_facts(name: str) -> None:
    raw = (CASES / f"{name}.txt").read_bytes().decode("utf-8").replace("\r\n", "\n")
    base = op.parse(raw)
    for variant in (raw.replace("\n", "\r\n"), raw.replace("\n", "\r"), raw.rstrip("\n")):
        other = op.parse(variant)
        assert other.title == base.title
        assert [p.text for p in other.paragraphs] == [p.text for p in base.paragraphs]
        assert [c.credit for c in other.captions] == [c.credit for c in base.captions]
        assert [b.text for b in other.boilerplate] == [b.text for b in base.boilerplate]
