"""The public API: parse, parse_file, strict mode, errors at the edges."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

import opinionpiece as op
from opinionpiece.errors import format_diagnostic, line_col

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "sample_cgtn.txt"


def test_public_names() -> None:
    for name in (
        "Article",
        "Author",
        "EditorNote",
        "Quote",
        "Caption",
        "Paragraph",
        "Block",
        "Span",
        "Diagnostic",
        "parse",
        "parse_file",
        "to_json",
        "from_json",
        "to_dict",
        "from_dict",
        "ParseError",
        "InputError",
    ):
        assert name in op.__all__
        assert hasattr(op, name)


@pytest.mark.parametrize("bad", [b"bytes", None, 12, ["list"]])
def test_parse_rejects_non_str(bad: object) -> None:
    with pytest.raises(TypeError, match="takes a str"):
        op.parse(bad)  # type: ignore[arg-type]


def test_empty_input() -> None:
    article = op.parse("")
    assert article.blocks == ()
    assert [d.code for d in article.diagnostics] == ["OP100"]


def test_strict_raises_with_every_problem(tmp_path: Path) -> None:
    text = "\n\nJust one line.\n"
    lenient = op.parse(text)
    codes = {d.code for d in lenient.diagnostics if d.severity is not op.Severity.INFO}
    assert codes
    with pytest.raises(op.ParseError) as info:
        op.parse(text, strict=True, path="dump.txt")
    assert {d.code for d in info.value.diagnostics} == codes
    assert "dump.txt:1:1: OP101" in str(info.value)


def test_strict_passes_clean_input() -> None:
    article = op.parse_file(SAMPLE, strict=True)
    assert article.title is not None


def test_diagnostic_positions() -> None:
    src = "ab\r\ncd\ref"
    assert line_col(src, 0) == (1, 1)
    assert line_col(src, 4) == (2, 1)
    assert line_col(src, 8) == (3, 2)
    d = op.Diagnostic(code="OP201", message="m", span=op.Span(start=5, end=6))
    assert format_diagnostic(d, src, "f.txt") == "f.txt:2:2: OP201 m"


@pytest.mark.parametrize(
    ("prefix", "codec"),
    [(b"", "utf-8"), (codecs.BOM_UTF8, "utf-8"), (b"", "utf-16"), (b"", "utf-32")],
)
def test_parse_file_encodings(tmp_path: Path, prefix: bytes, codec: str) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    path = tmp_path / "a.txt"
    path.write_bytes(prefix + text.encode(codec))
    article = op.parse_file(path)
    assert article.source == text
    assert article.title == op.parse(text).title


def test_undecodable_bytes_name_file_and_offset(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Title\n\nGood text \xff\xfe here.")
    with pytest.raises(op.InputError) as info:
        op.parse_file(path)
    assert info.value.offset == 17
    assert str(path) in str(info.value)
    assert "byte 17" in str(info.value)


def test_explicit_encoding(tmp_path: Path) -> None:
    path = tmp_path / "cp.txt"
    path.write_bytes("Caf\u00e9 society\n\nA paragraph \u2013 with a dash.".encode("cp1252"))
    assert op.parse_file(path, encoding="cp1252").source.startswith("Café")


def test_missing_file() -> None:
    with pytest.raises(op.InputError, match="cannot read file"):
        op.parse_file("/nonexistent/dir/x.txt")


def test_profile_by_name_and_unknown() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    assert op.parse(text, profile="generic").outlet is None
    assert op.parse(text, profile="cgtn").outlet == "CGTN"
    with pytest.raises(ValueError, match="unknown profile"):
        op.parse(text, profile="nope")


def test_user_profile_on_own_registry() -> None:
    text = (
        "Daily Planet\nA headline here\nClark Kent\n\n"
        "Body text of the story, long enough.\n\nRead the Planet\n"
    )
    mine = op.Profile(
        name="planet",
        outlet="Daily Planet",
        evidence=(r"Daily Planet",),
        chrome_lines=("Read the Planet", "Daily Planet"),
    )
    registry = op.ProfileRegistry.default()
    registry.register(mine)
    article = op.parse(text, registry=registry)
    assert article.outlet == "Daily Planet"
    assert article.profile == "planet"
    assert [b.text for b in article.boilerplate] == ["Daily Planet", "Read the Planet"]
    assert any(d.code == "OP110" for d in article.diagnostics)
    # the default registry is untouched
    assert op.parse(text).profile == "generic"


def test_internal_failure_becomes_diagnostic(monkeypatch: pytest.MonkeyPatch) -> None:
    import opinionpiece.pipeline as pipeline

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("synthetic")

    monkeypatch.setattr(pipeline, "classify", boom)
    article = op.parse("Some text.\nMore.")
    assert [d.code for d in article.diagnostics] == ["OP900"]
    assert "".join(b.span.slice(article.source) for b in article.blocks) == article.source


def test_diagnostics_table_in_docs_matches_codes() -> None:
    from opinionpiece.diagnostics import CODES

    page = (Path(__file__).resolve().parent.parent / "docs" / "diagnostics.md").read_text()
    documented = {line.split("`")[1] for line in page.splitlines() if line.startswith("| `")}
    assert documented == set(CODES)


def test_bad_profiles_are_refused_at_construction() -> None:
    with pytest.raises(ValueError, match="chrome_patterns: bad pattern"):
        op.Profile(name="x", chrome_patterns=("(unclosed",))
    with pytest.raises(ValueError, match="evidence: bad pattern"):
        op.Profile(name="x", evidence=("[",))
    with pytest.raises(TypeError, match="expected strings"):
        op.Profile(name="x", chrome_lines=(1, 2))  # type: ignore[arg-type]


def test_profile_fields_take_lists_and_single_strings() -> None:
    p = op.Profile(name="x", evidence="planet", chrome_lines=["Read the Planet"])  # type: ignore[arg-type]
    assert p.evidence == ("planet",)  # one pattern, not its characters
    assert p.chrome_lines == ("Read the Planet",)
    assert hash(p)  # usable as a cache key
    registry = op.ProfileRegistry.default()
    registry.register(op.Profile(name="x", outlet="X", evidence="planet"))  # type: ignore[arg-type]
    assert (
        op.parse(
            "Some title\n\nA first paragraph of ordinary prose, as written here.\n",
            registry=registry,
        ).outlet
        is None
    )


def test_the_generic_name_cannot_be_registered() -> None:
    with pytest.raises(ValueError, match="generic"):
        op.ProfileRegistry.default().register(op.Profile(name="generic", outlet="Mine"))


def test_odd_codecs_raise_input_error() -> None:
    with pytest.raises(op.InputError, match="punycode"):
        op.parse_bytes(b"abc\\x", encoding="punycode")


def test_json_of_a_source_with_lone_surrogates_is_writable_as_utf8() -> None:
    article = op.parse("Title\n\nBody \ud800 text of a paragraph that is long enough here.\n")
    text = op.to_json(article)
    text.encode("utf-8")
    assert op.from_json(text) == article


@pytest.mark.parametrize(
    "odd",
    [
        "\ud800\udc00",  # two lone surrogates that a JSON decoder would join
        "\udbff\udfff \U0001f600",  # the same, beside a real astral character
        "\U0001f600 \ud800",  # a real pair stays one character
        "\ud800\u2060\udc00",  # side by side only once the invisible word joiner is dropped
    ],
)
def test_json_keeps_lone_surrogates_apart(odd: str) -> None:
    article = op.parse(f"Title\n\nBody {odd} text of a paragraph that is long enough.\n")
    text = op.to_json(article)
    assert "\U0001f600" not in odd or "\U0001f600" in text  # astral characters stay raw
    back = op.from_json(text)
    assert back.source == article.source
    assert back == article
    assert op.from_json(text.encode("utf-8")) == article


def test_nan_budget_is_refused() -> None:
    with pytest.raises(ValueError, match="budget"):
        op.parse("text", budget=float("nan"))


def test_long_page_title_still_loses_its_site_name() -> None:
    text = (
        "Why river towns need docks" + " " * 380 + "| Section | Site.com\n\n"
        "A teaser headline sits here\n\n"
        "The first paragraph, as written, is long enough to count as prose here, yes.\n\n"
        "Another paragraph, as written, is long enough to count as prose here, yes.\n"
    )
    assert op.parse(text).title == "Why river towns need docks"


def test_json_escaped_by_another_writer_keeps_astral_characters() -> None:
    # a tool re-dumping our JSON with every non-ASCII character escaped writes real
    # astral characters as escaped pairs: they must read back as one character each
    article = op.parse("Title\n\nBody \U0001f600 text of a paragraph that is long enough.\n")
    again = json.dumps(json.loads(op.to_json(article)), ensure_ascii=True)
    assert "\\ud83d\\ude00" in again
    assert op.from_json(again) == article
