"""Record a hash of every parsed article, to prove a change leaves the output identical.

Usage::

    python benchmarks/snapshot.py OUT.json [DATA_DIR]
    python benchmarks/snapshot.py --compare A.json B.json

The first form parses the reference dump, the generated bench corpus (see
:mod:`corpora`), every PolNeAR text, every trafilatura-eval dump and one dump per
China Daily CSV row (built as in ``eval_fields.py``), and writes ``{name: sha256 of
to_json(article)}`` to ``OUT.json``. ``DATA_DIR`` defaults to ``$OPINIONPIECE_DATA`` or
``../shared/datasets``; missing parts are skipped. The second form lists the names
whose hashes differ between two snapshots and exits 1 if there are any.

Typical use: snapshot ``main`` and your branch on the same base, then compare.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpora
import eval_fields
import opinionpiece


def _texts(data: Path) -> Iterator[tuple[str, str]]:
    for i, text in enumerate(corpora.reference()):
        yield f"reference/{i}", text
    for i, text in enumerate(corpora.generated()):
        yield f"generated/{i}", text
    for split in ("train", "dev"):
        folder = data / "polnear" / split / "text"
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
            yield f"polnear/{split}/{path.name}", path.read_bytes().decode("utf-8", "replace")
    folder = data / "trafilatura-eval" / "dumps"
    for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
        yield f"trafilatura/{path.name}", path.read_bytes().decode("utf-8", "replace")
    folder = data / "chinadaily-mibrix"
    csv.field_size_limit(1 << 30)
    for path in sorted(folder.glob("*.csv")) if folder.is_dir() else []:
        with path.open(encoding="utf-8", newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                yield f"chinadaily/{path.stem}/{i}", eval_fields.cd_dump(row)[0]


def snapshot(data: Path) -> dict[str, str]:
    """``{name: sha256 hex of the article's JSON}`` for every text found."""
    out: dict[str, str] = {}
    for name, text in _texts(data):
        article = opinionpiece.parse(text, budget=None)
        out[name] = hashlib.sha256(opinionpiece.to_json(article).encode("utf-8")).hexdigest()
    return out


def compare(a: dict[str, str], b: dict[str, str]) -> list[str]:
    """The names whose hashes differ (or that only one side has)."""
    return sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))


def main(argv: list[str] | None = None) -> int:
    """Write a snapshot, or compare two."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--compare", nargs=2, metavar=("A", "B"))
    ap.add_argument("out", nargs="?")
    ap.add_argument("data", nargs="?")
    args = ap.parse_args(argv)
    if args.compare:
        a, b = (json.loads(Path(p).read_text()) for p in args.compare)
        diff = compare(a, b)
        for name in diff:
            print(name)
        print(f"{len(diff)} of {len(a.keys() | b.keys())} differ")
        return 1 if diff else 0
    if not args.out:
        ap.error("give OUT.json (or --compare A B)")
    env = os.environ.get("OPINIONPIECE_DATA")
    data = Path(args.data or env or corpora.SHARED / "datasets")
    snap = snapshot(data)
    Path(args.out).write_text(json.dumps(snap, indent=0, sort_keys=True) + "\n")
    print(f"{len(snap)} articles -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
