"""The benchmark and snapshot scripts (benchmarks/) on tiny inputs."""

from __future__ import annotations

import sys
from pathlib import Path

import opinionpiece
from opinionpiece import pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import bench
import snapshot

_TEXT = (
    "A title for the test\n\nBy Jane Roe\n\n"
    + "The minister said the plan would work, and that it would be done soon. " * 4
    + '\n\n"We will see," she said.\n'
)


def test_stage_shares_cover_the_parse_and_restore_the_pipeline() -> None:
    before = {name: getattr(pipeline, name) for name in ("classify", "extract_quotes")}
    detect = pipeline.ProfileRegistry.detect
    shares = bench._stage_shares([_TEXT], rounds=2)
    assert set(bench.STAGES) <= set(shares)
    assert all(0.0 <= v <= 1.0 for v in shares.values())
    assert abs(sum(shares.values()) - 1.0) < 0.05
    assert shares["classify"] > 0.0
    assert shares["extract: quotes"] > 0.0
    assert {name: getattr(pipeline, name) for name in before} == before
    assert pipeline.ProfileRegistry.detect is detect


def test_snapshot_compare_names_the_differences() -> None:
    a = {"x": "1", "y": "2"}
    assert snapshot.compare(a, dict(a)) == []
    assert snapshot.compare(a, {"x": "1", "y": "3", "z": "4"}) == ["y", "z"]


def test_snapshot_hashes_the_json(tmp_path: Path) -> None:
    (tmp_path / "trafilatura-eval" / "dumps").mkdir(parents=True)
    (tmp_path / "trafilatura-eval" / "dumps" / "a.txt").write_text(_TEXT, encoding="utf-8")
    snap = snapshot.snapshot(tmp_path)
    assert "trafilatura/a.txt" in snap
    again = snapshot.snapshot(tmp_path)
    assert again["trafilatura/a.txt"] == snap["trafilatura/a.txt"]
    assert opinionpiece.parse(_TEXT).paragraphs
