"""The Dask integration on a local cluster (issue 7); skipped without the dask extra."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("pandas")
distributed = pytest.importorskip("distributed")

import opinionpiece.dask as opd  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "sample_cgtn.txt"
CASES = sorted((ROOT / "tests" / "cases").glob("*.txt"))


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sample.txt").write_bytes(SAMPLE.read_bytes())
    for case in CASES[:4]:
        (tmp_path / "sub" / case.name).write_bytes(case.read_bytes())
    (tmp_path / "junk.txt").write_bytes(b"\x80\x81\xc3\x28" * 10)
    os.symlink(tmp_path / "gone.txt", tmp_path / "dangling.txt")
    return tmp_path


def test_bag_of_results_on_a_local_cluster(client: object, corpus: Path) -> None:
    bag = opd.read_articles(corpus, npartitions=3)
    results = bag.compute()
    assert [r.id for r in results] == [
        "dangling.txt",
        "junk.txt",
        "sample.txt",
        *(f"sub/{c.name}" for c in CASES[:4]),
    ]
    failed = {r.id: r.error for r in results if not r.ok}
    assert failed == {"dangling.txt": "FileNotFoundError", "junk.txt": "UnicodeDecodeError"}
    assert bag.filter(lambda r: r.ok).count().compute() == 5


def test_dataframes_have_the_table_schemas(client: object, corpus: Path) -> None:
    from opinionpiece.tables import TABLES

    bag = opd.read_articles(str(corpus / "**" / "*.txt"))
    articles = opd.to_dataframe(bag, "articles")
    assert list(articles.columns) == [name for name, _ in TABLES["articles"]]
    frame = articles.compute()
    assert len(frame) == 5
    sample = frame[frame["id"].str.endswith("sample.txt")].iloc[0]
    assert sample["title"] == "Rivers without borders: Why water diplomacy matters now"
    assert sample["n_paragraphs"] == 8
    captions = opd.to_dataframe(bag, "captions").compute()
    assert sorted(captions[captions["article_id"].str.endswith("sample.txt")]["credit"]) == [
        "VCG Photo",
        "Xinhua",
    ]
    assert str(captions.dtypes["occurrences"]) == "Int64"
    with pytest.raises(KeyError, match="unknown table"):
        opd.to_dataframe(bag, "photos")
