"""Hostile and broken input: never crash, never hang, never lose text, always say why.

Property tests over hostile and well-formed article text, the input edges (bytes,
encodings, files), every hostile character class one by one, and the time budget.
"""

from __future__ import annotations

import codecs
import importlib
import pkgutil
import sys
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import given

import opinionpiece as op
from opinionpiece import budget as budget_mod
from opinionpiece import lexicon, profiles
from opinionpiece.budget import Budget, default_budget
from opinionpiece.normalize import collapse_ws, make_view
from opinionpiece.quotes import extract_quotes

from .strategies import hostile_text, well_formed_article
from .test_properties import check

# ----------------------------------------------------------------------------- properties


def full_check(article: op.Article) -> None:
    """Every invariant of a parse: tiling, spans inside and matching, JSON round trip."""
    check(article)
    src = article.source
    for a in article.authors:
        if a.span is not None:
            raw = collapse_ws(make_view(a.span.slice(src)).text)
            assert raw.casefold() == a.name.casefold()
    for d in article.diagnostics:
        if d.span is not None:
            assert 0 <= d.span.start <= d.span.end <= len(src)
    for b in article.blocks:
        assert b.text == collapse_ws(make_view(b.span.slice(src)).text) or b.role is op.Role.BLANK


@given(hostile_text())
def test_hostile_text_never_raises_tiles_and_round_trips(text: str) -> None:
    article = op.parse(text)
    assert article.source == text  # kept exactly, hostile characters and all
    full_check(article)
    assert all(d.code != "OP900" for d in article.diagnostics)


@given(hostile_text())
def test_hostile_parse_is_deterministic(text: str) -> None:
    first, second = op.parse(text), op.parse(text)
    assert first == second
    assert op.to_json(first) == op.to_json(second)


def _facts(article: op.Article) -> tuple[object, ...]:
    return (
        article.title,
        [a.name for a in article.authors],
        [p.text for p in article.paragraphs],
        [q.text for q in article.quotes],
        [(c.text, c.credit) for c in article.captions],
    )


@given(well_formed_article())
def test_parsing_the_rendering_gives_the_same_article(text: str) -> None:
    article = op.parse(text)
    assert article.title is not None
    assert article.authors
    rendered = op.render(article)
    again = op.parse(rendered)
    assert _facts(again) == _facts(article)
    # and rendering is a fixed point from there on
    assert op.render(again) == rendered


@given(well_formed_article())
def test_well_formed_articles_read_as_written(text: str) -> None:
    article = op.parse(text)
    full_check(article)
    byline = next(line for line in text.splitlines() if line.startswith("By "))
    assert [a.name for a in article.authors] == byline[3:].split(" and ")
    captions = [line for line in text.splitlines() if " /" in line]
    assert [f"{c.text} /{c.credit}" for c in article.captions] == list(dict.fromkeys(captions))
    assert not [d for d in article.diagnostics if d.severity is not op.Severity.INFO]


# ----------------------------------------------------------------------------- characters

CLEAN = (
    "Rivers without borders\n\nBy Jane Doe\n\n"
    "Ministers from the upstream states met in Vientiane to sign the water protocol.\n\n"
    '"We are not asking anyone to give up sovereignty," she told reporters.\n'
)


@pytest.mark.parametrize(
    ("name", "old", "new"),
    [
        ("CR-only line ends", "\n", "\r"),
        ("CR CR LF line ends", "\n", "\r\r\n"),
        ("CRLF line ends", "\n", "\r\n"),
        ("line separators", "\n", "\u2028"),
        ("paragraph separators", "\n", "\u2029"),
        ("next-line characters", "\n", "\x85"),
        ("form feeds", "\n", "\x0c"),
    ],
)
def test_odd_line_ends_read_like_newlines(name: str, old: str, new: str) -> None:
    text = CLEAN.replace(old, new)
    article, clean = op.parse(text), op.parse(CLEAN)
    assert article.source == text
    assert _facts(article) == _facts(clean), name
    full_check(article)
    # spans are exact in the raw text
    assert article.paragraphs[0].span.slice(text).startswith("Ministers from")
    assert article.paragraphs[0].span.slice(text).endswith("water protocol.")
    assert article.quotes[0].span.slice(text) == (
        '"We are not asking anyone to give up sovereignty,"'
    )


@pytest.mark.parametrize(
    ("name", "char", "shown_as"),
    [
        ("zero-width space", "\u200b", ""),
        ("word joiner", "\u2060", ""),
        ("byte-order mark", "\ufeff", ""),
        ("soft hyphen", "\u00ad", ""),
        ("NUL", "\x00", " "),
        ("escape", "\x1b", " "),
        ("bell", "\x07", " "),
        ("DEL", "\x7f", " "),
        ("no-break space", "\u00a0", " "),
    ],
)
def test_invisible_and_control_characters_inside_words(name: str, char: str, shown_as: str) -> None:
    text = CLEAN.replace("Vientiane", f"Vien{char}tiane").replace("Rivers", f"Riv{char}ers")
    article = op.parse(text)
    assert article.source == text, name
    full_check(article)
    assert article.title == f"Riv{shown_as}ers without borders"
    para = article.paragraphs[0]
    assert f"Vien{shown_as}tiane" in para.text
    assert para.span.slice(text).startswith("Ministers from")
    assert char in para.span.slice(text)
    assert [a.name for a in article.authors] == ["Jane Doe"]


@pytest.mark.parametrize("surrogate", [chr(0xD800), chr(0xDFFF), chr(0xDC80)])
def test_lone_surrogates_are_kept_and_serialize(surrogate: str) -> None:
    text = CLEAN.replace("water protocol", f"water{surrogate} protocol")
    article = op.parse(text)
    assert article.source == text
    assert surrogate in article.paragraphs[0].text
    full_check(article)  # includes the JSON round trip


def test_nul_bytes_everywhere() -> None:
    text = "\x00".join(CLEAN)
    article = op.parse(text)
    assert article.source == text
    full_check(article)
    assert "".join(b.span.slice(text) for b in article.blocks) == text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00",
        "\ufeff",
        "\u200b" * 50,
        "\r" * 100,
        "\r\r\n" * 40,
        "\u2028\u2029" * 30,
        '"' * 501,
        "“" * 300 + "”" * 299,
        "'" * 300,
        "«" * 200,
        "\ud800\n" * 50,
        "/Xinhua\n" * 200,
        "By\n" * 200,
        "Editor's note:" * 50,
        "a" * 5000,
    ],
)
def test_degenerate_documents(text: str) -> None:
    article = op.parse(text)
    assert article.source == text
    full_check(article)
    assert all(d.code != "OP900" for d in article.diagnostics)


# ----------------------------------------------------------------------------- bytes

TEXT = "Ein Titel über Flüsse\n\nVon Jürgen Roß\n\n„Das Wasser gehört allen“, sagte sie.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), None),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), None),
        (TEXT.encode("utf-16"), None),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), None),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), None),
        (TEXT.encode("utf-32"), None),
        (codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"), None),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_parse_bytes_decodes(data: bytes, encoding: str | None) -> None:
    article = op.parse_bytes(data, encoding=encoding)
    assert article.source == TEXT
    assert article.title == "Ein Titel über Flüsse"
    assert [a.name for a in article.authors] == ["Jürgen Roß"]
    assert not any(d.code == "OP111" for d in article.diagnostics)


def test_parse_bytes_accepts_bytearray_and_memoryview() -> None:
    data = TEXT.encode("utf-8")
    assert op.parse_bytes(bytearray(data)).source == TEXT
    assert op.parse_bytes(memoryview(data)).source == TEXT


def test_cp1252_export_needs_its_encoding() -> None:
    data = "“Quoted,” she said – 5 €.\n".encode("cp1252")
    with pytest.raises(op.InputError) as info:
        op.parse_bytes(data, path="old/export.txt")
    assert str(info.value) == (
        "old/export.txt: cannot decode as utf-8: invalid start byte (at byte 0)"
    )
    assert info.value.path == "old/export.txt"
    assert info.value.offset == 0
    assert op.parse_bytes(data, encoding="cp1252").source == "“Quoted,” she said – 5 €.\n"


def test_invalid_utf8_names_the_byte_offset(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_bytes(b"A good line\n\nthen \xff\xfe junk\n")
    with pytest.raises(op.InputError) as info:
        op.parse_file(path)
    assert info.value.offset == 18
    assert str(info.value) == f"{path}: cannot decode as utf-8: invalid start byte (at byte 18)"


def test_broken_utf16_names_the_byte_offset() -> None:
    data = "Title\n".encode("utf-16") + b"\x00\xd8" + "x\n".encode("utf-16-le")
    with pytest.raises(op.InputError, match=r"cannot decode as utf-16: .* \(at byte 14\)"):
        op.parse_bytes(data)


def test_unknown_encoding() -> None:
    with pytest.raises(op.InputError, match="unknown encoding 'no-such-codec'"):
        op.parse_bytes(b"text", encoding="no-such-codec")


def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.raises(op.InputError, match=r"missing\.txt: cannot read file: No such file"):
        op.parse_file(missing)


def test_wrong_types_are_type_errors() -> None:
    with pytest.raises(TypeError, match="decode bytes first"):
        op.parse(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="takes bytes, not str"):
        op.parse_bytes("text")  # type: ignore[arg-type]


def test_parse_file_accepts_str_and_path(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"))
    assert op.parse_file(path) == op.parse_file(str(path))
    assert op.parse_file(path).source == TEXT


def test_auto_encoding_records_the_choice() -> None:
    data = TEXT.encode("cp1252")
    article = op.parse_bytes(data, encoding="auto")
    info = [d for d in article.diagnostics if d.code == "OP111"]
    assert len(info) == 1
    assert info[0].severity is op.Severity.INFO
    assert info[0].message.startswith("read as cp125")  # cp1252 or its twin cp1250
    assert info[0].message.endswith("(detected)")
    assert [a.name for a in article.authors] == ["Jürgen Roß"]
    utf8 = op.parse_bytes(TEXT.encode("utf-8"), encoding="auto")
    assert [d.message for d in utf8.diagnostics if d.code == "OP111"] == ["read as utf-8 (default)"]
    bom = op.parse_bytes(TEXT.encode("utf-16"), encoding="auto")
    assert [d.message for d in bom.diagnostics if d.code == "OP111"] == [
        "read as utf-16 (byte-order mark)"
    ]


def test_auto_encoding_without_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "charset_normalizer", None)
    with pytest.raises(ImportError, match=r"pip install 'opinionpiece\[detect\]'"):
        op.parse_bytes(TEXT.encode("cp1252"), encoding="auto")
    # valid UTF-8 never needs the detector
    assert op.parse_bytes(TEXT.encode("utf-8"), encoding="auto").source == TEXT


# ----------------------------------------------------------------------------- budget


def test_default_budget() -> None:
    assert default_budget(0) == 2.0
    assert default_budget(1_000_000) == pytest.approx(27.0)


@pytest.mark.parametrize("bad", [-1, "fast", True])
def test_bad_budgets_are_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="budget"):
        op.parse("text", budget=bad)  # type: ignore[arg-type]


def test_budget_reads_the_clock_every_n_calls(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[int] = []

    def clock() -> float:
        reads.append(1)
        return 0.0

    monkeypatch.setattr(budget_mod.time, "monotonic", clock)
    b = Budget(10.0, every=100)
    assert len(reads) == 1
    assert not any(b.over("loop") for _ in range(1000))
    assert len(reads) == 11
    assert Budget(None).over("loop") is False


def test_budget_runs_out_and_stays_out(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [0.0]
    monkeypatch.setattr(budget_mod.time, "monotonic", lambda: now[0])
    b = Budget(1.0, every=1)
    assert not b.over("stage one")
    now[0] = 2.0
    assert b.over("stage two")
    now[0] = 0.0
    assert b.check("stage three")
    assert b.exceeded
    assert b.where == "stage two"


def test_zero_budget_keeps_everything_as_body() -> None:
    article = op.parse(CLEAN, budget=0)
    full_check(article)
    [warning] = [d for d in article.diagnostics if d.code == "OP120"]
    assert warning.severity is op.Severity.WARNING
    assert warning.message.startswith("the time budget of 0 s ran out during segmentation")
    assert [p.text for p in article.paragraphs] == [
        "Rivers without borders",
        "By Jane Doe",
        "Ministers from the upstream states met in Vientiane to sign the water protocol.",
        '"We are not asking anyone to give up sovereignty," she told reporters.',
    ]
    assert article.quotes == ()
    with pytest.raises(op.ParseError, match="OP120"):
        op.parse(CLEAN, budget=0, strict=True)


def test_budget_running_out_during_classification(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [
        f"Paragraph {i} says something about the water policy of the basin states."
        if i % 2
        else f"Item {i}"
        for i in range(600)
    ]
    calls = [0]

    def clock() -> float:  # one second passes per read of the clock
        calls[0] += 1
        return float(calls[0])

    monkeypatch.setattr(budget_mod.time, "monotonic", clock)
    # reads: 1 at the start (deadline 3.5), 2 after segmentation, 3 at unit 256,
    # 4 at unit 512: out of time, units 512 to 599 are not looked at
    article = op.parse("\n\n".join(lines), budget=2.5)
    full_check(article)
    [warning] = [d for d in article.diagnostics if d.code == "OP120"]
    assert "during classification" in warning.message
    assert [p.text for p in article.paragraphs] == lines  # nothing lost: all body
    reasons = [b.reason for b in article.blocks if b.role is op.Role.BODY]
    assert reasons[:4] == ["time budget ran out", "prose", "time budget ran out", "prose"]
    assert reasons[512:] == ["time budget ran out"] * 88
    assert article.quotes == ()


def test_budget_stops_quote_extraction() -> None:
    text = " ".join(f'"Quote number {i}," she said.' for i in range(50))
    view = make_view(text)
    spent = Budget(0.0)
    spent.check("before")  # already out of time
    quotes, diags = extract_quotes(view, [(0, len(view.text))], budget=spent)
    assert quotes == ()
    assert diags == ()
    quotes, _ = extract_quotes(view, [(0, len(view.text))], budget=Budget(None))
    assert len(quotes) == 50


def test_budget_none_is_unlimited() -> None:
    assert op.parse(CLEAN, budget=None) == op.parse(CLEAN)


# ----------------------------------------------------------------------------- linearity


def test_name_lookback_is_bounded() -> None:
    """A speaker's full name is looked for at most 30 000 characters back."""
    filler = "The talks went on for many hours without a result. " * 700  # 36 400 chars
    text = (
        "Water talks\n\nBy Jane Doe\n\n"
        "Deputy Minister Le Thi Hoa arrived in Vientiane on Monday for the talks.\n\n"
        f"{filler}\n\n"
        '"We signed," Hoa said.\n'
    )
    assert [q.speaker for q in op.parse(text).quotes] == ["Hoa"]
    near = text.replace(filler, filler[:2000])
    assert [q.speaker for q in op.parse(near).quotes] == ["Le Thi Hoa"]


def test_inherited_speakers_resolve_along_the_chain() -> None:
    from opinionpiece.quotes import _Attr, _Mention, _source

    said = _Mention(0, 3, "Somchai Vongsa", None, "name")
    found = [_Attr(mention=said), *(_Attr(inherited_from=i) for i in range(5))]
    roots: dict[int, int] = {}
    assert _source(found, 4, roots) == 0
    assert roots == {4: 0, 3: 0, 2: 0, 1: 0}
    assert _source(found, 5, roots) == 0  # through the remembered chain
    assert _source(found, 0, roots) == 0
    text = 'Water talks\n\nBy Jane Doe\n\nSomchai Vongsa said: "We will act now."\n\n' + "".join(
        f'"This is full sentence number {i} of the same speech."\n\n' for i in range(30)
    )
    assert {q.speaker for q in op.parse(text).quotes} == {"Somchai Vongsa"}


def test_authors_read_off_notes_are_capped() -> None:
    names = [
        f"{a} {b}"
        for a in ("Anna", "Berta", "Carla", "Dora", "Emma")
        for b in ("Lind", "Moor", "Nolte", "Ostrow", "Pauli")
    ]
    text = "Water talks\n\nThe talks on the river went on for hours without any result.\n\n"
    text += "".join(f"Editor's note: {name} is a researcher.\n\n" for name in names)
    article = op.parse(text)
    assert [a.name for a in article.authors] == names[:20]


# ----------------------------------------------------------------------------- patterns


def _all_patterns() -> dict[str, regex.Pattern[str]]:
    """Every compiled pattern of the parser: module constants, profiles, lexicon."""
    found: dict[str, regex.Pattern[str]] = {}
    for info in pkgutil.iter_modules(op.__path__):
        if info.name in ("dask", "cli", "_cli", "tables", "__main__"):
            continue  # optional extras, no patterns of the parser
        module = importlib.import_module(f"opinionpiece.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, regex.Pattern):
                found[f"{info.name}.{name}"] = value
    for profile in profiles.ProfileRegistry.default():
        compiled = profiles.compile_profile(profile)
        for field in ("chrome_re", "barrier_re", "disclaimer_re", "note_label_re"):
            value = getattr(compiled, field)
            if value is not None:
                found[f"{profile.name}.{field}"] = value
    pats = lexicon.patterns()
    for field in ("nominal", "nominal_rev", "after_speaker", "auxiliary", "pronoun", "elision"):
        found[f"lexicon.{field}"] = getattr(pats, field)
    return found


#: Runs that make a backtracking pattern blow up: repeated letters, capitals, spaces,
#: full stops, marks, initials, name-like and cue-like words.
_RUNS = ("a", "A", " ", ".", '"', "1", "Aa ", "a ", "A. ", "By ", "the ", "/", "- ", ", a ")
_RUNS += ("cookies website ", "views are not ", "de ", "A'", "at Aa ", "\n", "“", "A-a")


@pytest.mark.parametrize(("name", "pattern"), sorted(_all_patterns().items()))
def test_no_pattern_backtracks_catastrophically(name: str, pattern: regex.Pattern[str]) -> None:
    """Anchored, as the parser uses them, on 1 000-character runs: a ``regex`` timeout
    of one second is far above the microseconds a linear pattern needs."""
    for run in _RUNS:
        text = run * (1000 // len(run)) + "\x00"
        pattern.match(text, timeout=1.0)
        pattern.fullmatch(text, timeout=1.0)


def test_large_inputs_pause_the_cyclic_collector_and_restore_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gc

    from opinionpiece import pipeline

    seen: list[bool] = []
    real = pipeline._parse

    def spy(*args: Any, **kwargs: Any) -> op.Article:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "_parse", spy)
    large = "A line of text that repeats.\n" * (pipeline._GC_PAUSE_FROM // 20)
    assert gc.isenabled()
    op.parse("A short article.\n")
    op.parse(large)
    assert seen == [True, False]
    assert gc.isenabled()
    gc.disable()
    try:
        op.parse(large)
        assert not gc.isenabled()  # a caller that keeps it off keeps it off
    finally:
        gc.enable()
    assert seen == [True, False, False]
