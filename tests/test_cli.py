"""The opinionpiece command, run for real in a subprocess (issue 7)."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "sample_cgtn.txt"
EXPORT = ROOT / "tests" / "fixtures" / "chinadaily_database_export.txt"
CASES = sorted((ROOT / "tests" / "cases").glob("*.txt"))
SAMPLE_TITLE = "Rivers without borders: Why water diplomacy matters now"
EXPORT_TITLE = "River towns find new life with floating docks"


def run(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "opinionpiece", *args],
        cwd=cwd,
        input=stdin.decode("utf-8") if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )


def lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A directory of good articles plus a binary file, a dangling link and a folder.txt."""
    top = tmp_path / "corpus"
    (top / "cases").mkdir(parents=True)
    (top / "sample.txt").write_bytes(SAMPLE.read_bytes())
    for case in CASES[:3]:
        (top / "cases" / case.name).write_bytes(case.read_bytes())
    export = EXPORT.read_text(encoding="utf-8")
    (top / "export.txt").write_text(
        "".join(f"   {i} of 2 DOCUMENTS\n\n{export}\n" for i in (1, 2)), encoding="utf-8"
    )
    (top / "junk.txt").write_bytes(bytes(range(256)) * 4)
    os.symlink(top / "nowhere.txt", top / "dangling.txt")
    (top / "folder.txt").mkdir()
    (top / "README.md").write_text("not an input", encoding="utf-8")
    return top


GOOD_IDS = [
    *(f"cases/{c.name}" for c in CASES[:3]),
    "export.txt#1",
    "export.txt#2",
    "sample.txt",
]
BAD = {
    "dangling.txt": "FileNotFoundError",
    "folder.txt": "IsADirectoryError",
    "junk.txt": "UnicodeDecodeError",
}


def test_parse_a_directory_records_and_failures(corpus: Path) -> None:
    cwd = corpus.parent
    done = run("parse", "corpus", "-o", "out.jsonl", "--jobs", "2", cwd=cwd)
    assert done.returncode == 1, done.stderr
    records = lines(cwd / "out.jsonl")
    assert [r["id"] for r in records] == GOOD_IDS
    assert all(list(r) == ["id", "path", "article"] for r in records)
    by_id = {r["id"]: r for r in records}
    assert by_id["sample.txt"]["path"] == "corpus/sample.txt"
    assert by_id["sample.txt"]["article"]["title"] == SAMPLE_TITLE  # type: ignore[index]
    assert by_id["export.txt#2"]["article"]["title"] == EXPORT_TITLE  # type: ignore[index]
    errors = lines(cwd / "out.jsonl.errors.jsonl")
    assert {e["id"]: e["error"] for e in errors} == BAD
    assert all(list(e) == ["id", "path", "error", "message"] for e in errors)
    assert "3 failed" in done.stderr
    assert not list(cwd.glob("*.part"))

    # Byte-identical from run to run, whatever the number of processes.
    again = run("parse", "corpus", "-o", "again.jsonl", "--jobs", "1", cwd=cwd)
    assert again.returncode == 1
    assert (cwd / "again.jsonl").read_bytes() == (cwd / "out.jsonl").read_bytes()


def test_all_parsed_exits_0_and_glob_selects(corpus: Path) -> None:
    cwd = corpus.parent
    done = run("parse", "corpus/cases", "corpus/sample.txt", "-o", "ok.jsonl", "-j", "1", cwd=cwd)
    assert done.returncode == 0, done.stderr
    assert [r["id"] for r in lines(cwd / "ok.jsonl")] == [
        *(c.name for c in CASES[:3]),
        "corpus/sample.txt",
    ]
    assert (cwd / "ok.jsonl.errors.jsonl").read_text(encoding="utf-8") == ""
    md = run("parse", "corpus", "--glob", "*.md", "-j", "1", cwd=cwd)
    assert md.returncode == 0
    assert [json.loads(x)["id"] for x in md.stdout.splitlines()] == ["README.md"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["parse"], "Missing argument"),
        (["parse", "x.txt", "--resume"], "--resume needs -o OUT"),
        (["parse", "x.txt", "--format", "text", "--to", "jsonld"], "--to jsonld needs"),
        (["parse", "x.txt", "--format", "yaml"], "Invalid value for '--format'"),
        (["parse", "x.txt", "--jobs", "-1"], "Invalid value for '-j'"),
        (["parse", "x.txt", "-o", "nowhere/out.jsonl"], "its folder does not exist"),
        (["tables", "x.txt"], "Missing option '-o'"),
        (["frobnicate"], "No such command"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    done = run(*args, cwd=tmp_path)
    assert done.returncode == 2
    assert message in done.stderr


def test_standard_input_and_formats(tmp_path: Path) -> None:
    text = run("parse", "-", "--format", "text", cwd=tmp_path, stdin=SAMPLE.read_bytes())
    assert text.returncode == 0
    assert text.stdout.startswith(f"{SAMPLE_TITLE}\n\nBy Amara Okonkwo-Lindqvist\n\n")
    md = run("parse", "-", "--format", "markdown", cwd=tmp_path, stdin=SAMPLE.read_bytes())
    assert md.stdout.startswith(f"# {SAMPLE_TITLE}\n")
    array = run("parse", "-", "--format", "json", cwd=tmp_path, stdin=SAMPLE.read_bytes())
    records = json.loads(array.stdout)
    assert [r["id"] for r in records] == ["-"]
    assert records[0]["path"] is None
    jsonld = run("parse", "-", "--to", "jsonld", cwd=tmp_path, stdin=SAMPLE.read_bytes())
    record = json.loads(jsonld.stdout)
    assert record["article"]["@type"] == "OpinionNewsArticle"
    assert record["article"]["headline"] == SAMPLE_TITLE


def test_jsonl_corpus_with_a_malformed_line(tmp_path: Path) -> None:
    good = {"uid": "a1", "body": SAMPLE.read_text(encoding="utf-8")}
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps(good)
        + "\n"
        + '{"uid": "a2", "body": "unterminated\n'
        + json.dumps({"uid": "a3"})
        + "\n",
        encoding="utf-8",
    )
    done = run(
        "parse", "corpus.jsonl", "--input-format", "jsonl", "--text-field", "body",
        "--id-field", "uid", "-o", "out.jsonl", cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 1
    assert [r["id"] for r in lines(tmp_path / "out.jsonl")] == ["a1"]
    errors = lines(tmp_path / "out.jsonl.errors.jsonl")
    assert [(e["id"], e["error"]) for e in errors] == [
        ("corpus.jsonl:2", "JSONDecodeError"),
        ("a3", "KeyError"),
    ]


def test_csv_corpus(tmp_path: Path) -> None:
    with open(tmp_path / "c.csv", "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["text", "n"], [SAMPLE.read_text(encoding="utf-8"), "1"]])
    done = run("parse", "c.csv", "--input-format", "csv", "--format", "text", cwd=tmp_path)
    assert done.returncode == 0
    assert done.stdout.startswith(SAMPLE_TITLE)


def test_resume_drops_a_half_written_line_and_finishes(corpus: Path) -> None:
    cwd = corpus.parent
    assert run("parse", "corpus", "-o", "full.jsonl", "-j", "1", cwd=cwd).returncode == 1
    full = (cwd / "full.jsonl").read_bytes().splitlines(keepends=True)
    # An interrupted run: two records written, the third cut in the middle.
    (cwd / "out.jsonl.part").write_bytes(b"".join(full[:2]) + full[2][:100])
    done = run("parse", "corpus", "-o", "out.jsonl", "--resume", "-j", "2", cwd=cwd)
    assert done.returncode == 1
    assert "dropped a half-written last record" in done.stderr
    assert "2 already done" in done.stderr
    assert (cwd / "out.jsonl").read_bytes() == b"".join(full)
    assert not (cwd / "out.jsonl.part").exists()
    assert {e["id"] for e in lines(cwd / "out.jsonl.errors.jsonl")} == set(BAD)
    # Resuming a finished output with one more input appends only that input.
    (corpus / "cases" / "new.txt").write_text(
        "New title\n\nBy Ann Lee\n\nText.\n", encoding="utf-8"
    )
    more = run("parse", "corpus", "-o", "out.jsonl", "--resume", cwd=cwd)
    ids = [r["id"] for r in lines(cwd / "out.jsonl")]
    assert ids == [*GOOD_IDS, "cases/new.txt"]
    assert f"{len(GOOD_IDS)} already done" in more.stderr


def test_kill_and_resume_gives_every_input_exactly_once(tmp_path: Path) -> None:
    top = tmp_path / "many"
    top.mkdir()
    sources = [SAMPLE, *CASES]
    for i in range(600):
        (top / f"{i:04d}.txt").write_bytes(sources[i % len(sources)].read_bytes())
    cmd = [sys.executable, "-m", "opinionpiece", "parse", "many", "-o", "out.jsonl", "-j", "2"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    log = open(tmp_path / "stderr.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(cmd, cwd=tmp_path, env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=log)  # fmt: skip
    part = tmp_path / "out.jsonl.part"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if part.exists() and part.stat().st_size > 200_000:
            break
        time.sleep(0.005)
    alive = proc.poll() is None
    if alive:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    log.close()
    assert alive, "ended before the kill: " + (tmp_path / "stderr.log").read_text()
    assert (tmp_path / "stderr.log").read_bytes() == b""
    assert not (tmp_path / "out.jsonl").exists()
    written = part.read_bytes().count(b"\n")
    assert 0 < written < 600
    done = run("parse", "many", "-o", "out.jsonl", "--resume", "-j", "2", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    ids = [r["id"] for r in lines(tmp_path / "out.jsonl")]
    assert ids == [f"{i:04d}.txt" for i in range(600)]


def test_tables_csv_from_records_and_from_text(corpus: Path) -> None:
    cwd = corpus.parent
    run("parse", "corpus", "-o", "out.jsonl", "-j", "1", cwd=cwd)
    done = run("tables", "out.jsonl", "-o", "tables", "--format", "csv", "-j", "1", cwd=cwd)
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in (cwd / "tables").iterdir())
    assert names == [
        "articles.csv", "authors.csv", "boilerplate.csv", "captions.csv", "errors.jsonl",
        "quotes.csv",
    ]  # fmt: skip
    with open(cwd / "tables" / "articles.csv", encoding="utf-8", newline="") as fh:
        articles = list(csv.DictReader(fh))
    assert [a["id"] for a in articles] == GOOD_IDS
    sample = articles[-1]
    assert (sample["title"], sample["outlet"], sample["published"]) == (
        SAMPLE_TITLE, "CGTN", "2026-03-14T09:30:00",
    )  # fmt: skip
    assert sample["n_paragraphs"] == "8"
    with open(cwd / "tables" / "captions.csv", encoding="utf-8", newline="") as fh:
        captions = [c for c in csv.DictReader(fh) if c["article_id"] == "sample.txt"]
    assert [(c["credit"], c["occurrences"]) for c in captions] == [
        ("Xinhua", "2"),
        ("VCG Photo", "2"),
    ]

    direct = run("tables", "corpus", "-o", "direct", "--format", "csv", "-j", "2", cwd=cwd)
    assert direct.returncode == 1  # the three bad inputs
    for name in ("articles", "authors", "quotes", "captions", "boilerplate"):
        assert (cwd / "direct" / f"{name}.csv").read_bytes() == (
            cwd / "tables" / f"{name}.csv"
        ).read_bytes()
    assert {e["id"] for e in lines(cwd / "direct" / "errors.jsonl")} == set(BAD)


def test_tables_parquet(corpus: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    cwd = corpus.parent
    done = run("tables", "corpus/sample.txt", "-o", "pq", cwd=cwd)
    assert done.returncode == 0, done.stderr
    authors = pq.read_table(cwd / "pq" / "authors.parquet").to_pylist()
    assert [(a["article_id"], a["name"], a["position"]) for a in authors] == [
        ("corpus/sample.txt", "Amara Okonkwo-Lindqvist", 0)
    ]
    assert str(pq.read_table(cwd / "pq" / "quotes.parquet").schema.field("start").type) == "int64"


def test_show_labels_the_roles(tmp_path: Path) -> None:
    done = run("show", str(SAMPLE), "--no-color", cwd=tmp_path)
    assert done.returncode == 0
    out = done.stdout
    assert f"     title  {SAMPLE_TITLE}" in out
    assert f"      title │ {SAMPLE_TITLE}" in out
    assert "    caption │ Fishing boats rest" in out
    assert "boilerplate │ Search Trends" in out
    assert "\x1b[" not in out
    coloured = run("show", str(SAMPLE), "--color", cwd=tmp_path)
    assert "\x1b[32m" in coloured.stdout  # captions in green
    missing = run("show", "nope.txt", cwd=tmp_path)
    assert missing.returncode == 1
    assert "nope.txt" in missing.stderr


def test_missing_cli_extra_says_so(tmp_path: Path) -> None:
    code = "import sys; sys.modules['click'] = None; from opinionpiece.cli import main; main()"
    done = subprocess.run(
        [sys.executable, "-c", code, "parse", "x"], capture_output=True, text=True, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )  # fmt: skip
    assert done.returncode == 2
    assert "pip install 'opinionpiece[cli]'" in done.stderr


def test_view_file_and_folder(tmp_path: Path) -> None:
    sample = ROOT / "examples" / "sample_cgtn.txt"
    one = run("view", str(sample), "-o", "page.html", cwd=tmp_path)
    assert one.returncode == 0, one.stderr
    page = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") or page.lower().startswith("<!doctype html>")
    assert "Rivers without borders" in page
    assert "<script" not in page
    site = run("view", str(ROOT / "examples" / "corpus"), "-o", "site", cwd=tmp_path)
    assert site.returncode == 0, site.stderr
    names = sorted(p.name for p in (tmp_path / "site").iterdir())
    assert "index.html" in names
    assert len(names) == 1 + len(list((ROOT / "examples" / "corpus").glob("*.txt")))
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert all(n in index for n in names if n != "index.html")


def test_view_missing_file_fails_cleanly(tmp_path: Path) -> None:
    res = run("view", str(tmp_path / "absent.txt"), cwd=tmp_path)
    assert res.returncode == 1
    assert "absent.txt" in res.stderr
    assert "Traceback" not in res.stderr
