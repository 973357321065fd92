"""Every script in ``examples/`` runs on the bundled sample data (issue 10).

Each script runs as a reader would run it, ``python examples/NAME.py``, in a fresh
process and a scratch working folder, and its output is checked against what the
bundled data holds.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CORPUS = EXAMPLES / "corpus"

#: The scripts this module runs; a new script must be added here (and tested).
SCRIPTS = {"demo", "custom_profile", "parse_folder", "quoted_speakers", "html_view"}


def run(name: str, *args: str | Path, cwd: Path) -> str:
    """Run ``examples/NAME.py`` with this interpreter; return its standard output."""
    env = {**os.environ, "MPLBACKEND": "Agg", "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run(
        [sys.executable, str(EXAMPLES / f"{name}.py"), *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == "", proc.stderr
    return proc.stdout


def test_every_example_is_tested() -> None:
    assert {p.stem for p in EXAMPLES.glob("*.py")} == SCRIPTS


def test_demo(tmp_path: Path) -> None:
    out = run("demo", EXAMPLES / "sample_cgtn.txt", cwd=tmp_path)
    summary, _, payload = out.partition("\n\n")
    assert "Title:      Rivers without borders: Why water diplomacy matters now" in summary
    assert "Author:     Amara Okonkwo-Lindqvist" in summary
    assert "Outlet:     CGTN (profile cgtn)" in summary
    data = json.loads(payload)
    assert data["title"] == "Rivers without borders: Why water diplomacy matters now"


def test_custom_profile(tmp_path: Path) -> None:
    out = run("custom_profile", cwd=tmp_path)
    assert "outlet:  Harbour Ledger (profile harbour-ledger)" in out
    assert "author:  Marta Kowalczyk (location Gdansk)" in out
    assert "disclaimer: The Ledger takes no position on dredging contracts." in out


def test_parse_folder(tmp_path: Path) -> None:
    out = run("parse_folder", CORPUS, "tables", cwd=tmp_path)
    n = len(list(CORPUS.glob("*.txt")))
    assert out.count("parsed: ") == n
    assert f"articles: {n} rows" in out
    with (tmp_path / "tables" / "articles.csv").open(encoding="utf-8", newline="") as f:
        articles = list(csv.DictReader(f))
    assert len(articles) == n
    assert {a["outlet"] for a in articles} >= {"CGTN", "China Daily", "Al Jazeera"}
    with (tmp_path / "tables" / "quotes.csv").open(encoding="utf-8", newline="") as f:
        quotes = list(csv.DictReader(f))
    assert f"quotes: {len(quotes)} rows" in out
    assert {q["article_id"] for q in quotes} <= {a["id"] for a in articles}
    assert "Elena Marsh" in {q["speaker"] for q in quotes}
    for table in ("authors", "captions", "boilerplate"):
        assert (tmp_path / "tables" / f"{table}.csv").is_file()


def test_parse_folder_parquet(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    run("parse_folder", CORPUS, "out", "--parquet", cwd=tmp_path)
    table = pq.read_table(tmp_path / "out" / "articles.parquet")
    assert table.num_rows == len(list(CORPUS.glob("*.txt")))


def test_quoted_speakers(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    out = run("quoted_speakers", CORPUS, tmp_path / "chart.png", cwd=tmp_path)
    lines = out.splitlines()
    # Elena Marsh is quoted in three of the bundled articles, five times in all
    # (once as "Marsh", resolved to her full name).
    assert lines[0].split() == ["5", "quotes", "in", "3", "articles", "Elena", "Marsh"]
    assert "Ravi Menon" in lines[1]
    counts = [int(line.split()[0]) for line in lines if line.split()[1] == "quotes"]
    assert counts == sorted(counts, reverse=True)
    png = (tmp_path / "chart.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(png) > 5_000


def test_html_view(tmp_path: Path) -> None:
    pytest.importorskip("markupsafe")
    out = run("html_view", EXAMPLES / "sample_cgtn.txt", "view.html", cwd=tmp_path)
    assert "Rivers without borders" in out
    page = (tmp_path / "view.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "Somchai Vongsa" in page
    assert f"page: {len(page)} characters" in out
