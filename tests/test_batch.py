"""parse_many and the corpus readers (issue 7)."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

import opinionpiece as op

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "sample_cgtn.txt"
EXPORT = ROOT / "tests" / "fixtures" / "chinadaily_database_export.txt"
SAMPLE_TITLE = "Rivers without borders: Why water diplomacy matters now"
EXPORT_TITLE = "River towns find new life with floating docks"


def _texts(n: int) -> list[tuple[str, str]]:
    return [
        (f"doc{i}", f"Title number {i}\n\nBy Jane Doe\n\nParagraph {i} of the text.\n")
        for i in range(n)
    ]


def test_pairs_paths_and_documents_in_input_order() -> None:
    inputs: list[op.batch.Input] = [
        ("first", "Title one\n\nBy Ann Lee\n\nSome text.\n"),
        SAMPLE,
        op.Document(id="third", text="Title three\n\nBody.\n"),
        str(SAMPLE),
    ]
    results = list(op.parse_many(inputs, jobs=1))
    assert [r.id for r in results] == ["first", SAMPLE.as_posix(), "third", SAMPLE.as_posix()]
    assert all(r.ok for r in results)
    assert results[0].article is not None
    assert results[0].article.title == "Title one"
    assert results[1].article is not None
    assert results[1].article.title == SAMPLE_TITLE
    assert results[1].path == str(SAMPLE)


def test_two_processes_keep_the_order_and_equal_one_process() -> None:
    texts = _texts(40)
    one = list(op.parse_many(texts, jobs=1))
    two = list(op.parse_many(texts, jobs=2, chunksize=3))
    assert [r.id for r in two] == [f"doc{i}" for i in range(40)]
    assert two == one


def test_failures_are_recorded_raised_or_skipped(tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00\x80")
    missing = tmp_path / "missing.txt"
    inputs = [junk, ("ok", "A title\n\nText.\n"), missing]
    recorded = list(op.parse_many(inputs, jobs=1))
    assert [(r.id, r.ok, r.error) for r in recorded] == [
        (junk.as_posix(), False, "UnicodeDecodeError"),
        ("ok", True, None),
        (missing.as_posix(), False, "FileNotFoundError"),
    ]
    assert recorded[0].message is not None
    assert "byte 0" in recorded[0].message
    skipped = list(op.parse_many(inputs, jobs=1, on_error="skip"))
    assert [r.id for r in skipped] == ["ok"]
    with pytest.raises(op.InputError, match="UnicodeDecodeError"):
        list(op.parse_many(inputs, jobs=1, on_error="raise"))
    with pytest.raises(ValueError, match="on_error"):
        list(op.parse_many(inputs, on_error="ignore"))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="int"):
        list(op.parse_many([3], jobs=1))  # type: ignore[list-item]


def test_exports_split_into_numbered_articles() -> None:
    export = EXPORT.read_text(encoding="utf-8")
    text = "".join(f"  {i} of 2 DOCUMENTS\n\n{export}\n" for i in (1, 2))
    results = list(op.parse_many([("x", text)], jobs=1))
    assert [r.id for r in results] == ["x#1", "x#2"]
    assert [r.article.title for r in results if r.article] == [EXPORT_TITLE] * 2
    whole = list(op.parse_many([("x", text)], jobs=1, split=False))
    assert [r.id for r in whole] == ["x"]


def test_iter_files_walks_sorted_and_keeps_what_cannot_be_read(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two\n\nText.\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("One\n\nText.\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not matched", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / "folder.txt").mkdir()
    os.symlink(tmp_path / "gone", tmp_path / "dangling.txt")
    docs = list(op.iter_files(tmp_path))
    assert [d.id for d in docs] == ["a.txt", "b/two.txt", "dangling.txt", "folder.txt"]
    results = {r.id: r.error for r in op.parse_many(docs, jobs=1)}
    assert results == {
        "a.txt": None,
        "b/two.txt": None,
        "dangling.txt": "FileNotFoundError",
        "folder.txt": "IsADirectoryError",
    }
    assert [d.id for d in op.iter_files(tmp_path / "a.txt")] == [(tmp_path / "a.txt").as_posix()]


def test_read_jsonl_records_and_bad_lines() -> None:
    data = (
        b'{"key": 7, "body": "A title\\n\\nText."}\n'
        b"\n"
        b"{not json\n"
        b'{"key": 9}\n'
        b'{"body": "no key"}\n'
        b"[1, 2]\n"
        b'{"key": "z", "body": "caf\xe9"}\n'
    )
    docs = list(op.read_jsonl(io.BytesIO(data), text_field="body", id_field="key", name="c.jsonl"))
    assert [(d.id, d.error) for d in docs] == [
        ("7", None),
        ("c.jsonl:3", "JSONDecodeError"),
        ("9", "KeyError"),
        ("c.jsonl:5", "KeyError"),
        ("c.jsonl:6", "TypeError"),
        ("c.jsonl:7", "UnicodeDecodeError"),
    ]
    assert docs[0].text == "A title\n\nText."
    plain = list(op.read_jsonl(io.BytesIO(b'{"text": "x"}\n'), name="p.jsonl"))
    assert [d.id for d in plain] == ["p.jsonl:1"]


def test_read_csv_with_big_cells_and_bad_rows(tmp_path: Path) -> None:
    big = "Long title\n\n" + "word " * 40_000
    path = tmp_path / "c.csv"
    rows = [["id", "text"], ["r1", big], ["r2", "Short\n\nText."], ["", "no id"]]
    import csv

    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    with open(path, "ab") as fh:
        fh.write(b'r4,"caf\xe9"\r\n')
    docs = list(op.read_csv(path, id_field="id"))
    assert [(d.id, d.error) for d in docs] == [
        ("r1", None),
        ("r2", None),
        (f"{path}:3", "KeyError"),
        (f"{path}:4", "UnicodeDecodeError"),
    ]
    assert docs[0].text == big


def test_results_stream_lazily() -> None:
    consumed: list[int] = []

    def gen():  # type: ignore[no-untyped-def]
        for i in range(1000):
            consumed.append(i)
            yield (f"d{i}", "T\n\nx.\n")

    stream = op.parse_many(gen(), jobs=2, chunksize=2)
    first = next(stream)
    assert first.id == "d0"
    # A bounded window only: 4 chunks per worker of 2 inputs, not the whole input.
    assert len(consumed) <= 4 * 2 * 2 + 2
    stream.close()


def test_record_json_is_deterministic() -> None:
    a = [json.dumps(op.to_dict(r.article)) for r in op.parse_many([SAMPLE], jobs=1) if r.article]
    b = [json.dumps(op.to_dict(r.article)) for r in op.parse_many([SAMPLE], jobs=1) if r.article]
    assert a == b


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_write_tables_leaves_nothing_half_written(tmp_path: Path, fmt: str) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    from opinionpiece.tables import article_rows, write_tables

    def rows():  # type: ignore[no-untyped-def]
        yield article_rows("a", None, op.parse("Title\n\nBy Ann Lee\n\nBody text.\n"))
        raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError, match="interrupted"):
        write_tables(rows(), tmp_path / "t", format=fmt)  # type: ignore[arg-type]
    assert list((tmp_path / "t").iterdir()) == []
    counts = write_tables(
        [article_rows("a", None, op.parse("Title\n\nBy Ann Lee\n\nBody text.\n"))],
        tmp_path / "t",
        format=fmt,  # type: ignore[arg-type]
    )
    assert counts == {"articles": 1, "authors": 1, "quotes": 0, "captions": 0, "boilerplate": 0}
    assert sorted(p.name for p in (tmp_path / "t").iterdir()) == sorted(
        f"{n}.{fmt}" for n in counts
    )
