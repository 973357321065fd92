"""render(): the clean article as text or Markdown (issue 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

import opinionpiece as op

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "sample_cgtn.txt"


def test_text_rendering_of_the_sample() -> None:
    out = op.render(op.parse_file(SAMPLE))
    lines = out.split("\n\n")
    assert lines[0] == "Rivers without borders: Why water diplomacy matters now"
    assert lines[1] == "By Amara Okonkwo-Lindqvist"
    assert lines[2].startswith("Editor's note: Amara Okonkwo-Lindqvist is a researcher")
    assert lines[3] == (
        "When six countries share a single river, every dam becomes a diplomatic event."
    )
    # Each caption once, where it first stood, with its credit; chrome gone.
    caption = "Fishing boats rest on the exposed riverbed near Pakse, southern Laos, April 2, 2025."
    assert out.count(caption) == 1
    assert f"{caption} /Xinhua" in lines
    assert "Search Trends" not in out
    assert "Follow CGTN" not in out
    assert out.endswith("the cost of its absence.\n")


def test_text_rendering_parses_back_to_the_same_article() -> None:
    article = op.parse_file(SAMPLE)
    again = op.parse(op.render(article))
    assert again.title == article.title
    assert [a.name for a in again.authors] == [a.name for a in article.authors]
    assert [p.text for p in again.paragraphs] == [p.text for p in article.paragraphs]
    assert [(c.text, c.credit) for c in again.captions] == [
        (c.text, c.credit) for c in article.captions
    ]


def test_markdown_rendering() -> None:
    out = op.render(op.parse_file(SAMPLE), "markdown")
    assert out.startswith("# Rivers without borders: Why water diplomacy matters now\n\n")
    assert "\n*By Amara Okonkwo-Lindqvist*\n" in out
    assert "\n> **Editor's note:** Amara Okonkwo-Lindqvist" in out
    assert (
        "*Technicians check a water-level gauge on a tributary in Yunnan Province, "
        "May 9, 2025.* — VCG Photo"
    ) in out


def test_markdown_subheadings_and_escapes() -> None:
    article = op.Article(
        source="x" * 40,
        title="T",
        paragraphs=(
            op.Paragraph(text="1. Not a list", span=op.Span(start=0, end=5), heading="Part one"),
            op.Paragraph(text="# not a heading", span=op.Span(start=6, end=9), heading="Part one"),
            op.Paragraph(text="a_b *c*", span=op.Span(start=10, end=12), heading="Part two"),
        ),
    )
    assert op.render(article, "markdown") == (
        "# T\n\n## Part one\n\n1\\. Not a list\n\n\\# not a heading\n\n"
        "## Part two\n\na\\_b \\*c\\*\n"
    )
    assert op.render(article) == (
        "T\n\nPart one\n\n1. Not a list\n\n# not a heading\n\nPart two\n\na_b *c*\n"
    )


def test_end_note_and_credit_only_caption() -> None:
    article = op.Article(
        source="y" * 60,
        title="T",
        authors=(op.Author(name="Ann Lee"), op.Author(name="Bo Chen"), op.Author(name="Cy Diaz")),
        paragraphs=(op.Paragraph(text="Body.", span=op.Span(start=0, end=5)),),
        editor_note=op.EditorNote(
            text="The author is a writer.", spans=(op.Span(start=40, end=50),)
        ),
        captions=(
            op.Caption(
                text="", credit="provided to China Daily", spans=(op.Span(start=30, end=35),)
            ),
        ),
    )
    assert op.render(article) == (
        "T\n\nBy Ann Lee, Bo Chen and Cy Diaz\n\nBody.\n\n[Photo: provided to China Daily]\n\n"
        "Editor's note: The author is a writer.\n"
    )


def test_empty_article_and_bad_format() -> None:
    assert op.render(op.parse("")) == ""
    with pytest.raises(ValueError, match="unknown format"):
        op.render(op.parse("x"), "html")  # type: ignore[arg-type]
