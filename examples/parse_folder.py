"""Parse a folder of article dumps into tidy tables (CSV, or Parquet with pyarrow).

Usage: python examples/parse_folder.py [FOLDER] [OUT_DIR] [--parquet]

FOLDER defaults to the bundled sample corpus (``examples/corpus``) and OUT_DIR to
``tables``. Every ``*.txt`` below FOLDER is parsed (one process per core), then the five
tables are written: ``articles``, ``authors``, ``quotes``, ``captions``, ``boilerplate``.
The same as ``opinionpiece tables FOLDER -o OUT_DIR --format csv`` on the command line.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import opinionpiece
from opinionpiece.tables import article_rows, write_tables

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    """Entry point."""
    args = [a for a in argv[1:] if not a.startswith("--")]
    folder = Path(args[0]) if args else HERE / "corpus"
    out_dir = Path(args[1]) if len(args) > 1 else Path("tables")
    fmt = "parquet" if "--parquet" in argv else "csv"

    rows = []
    for result in opinionpiece.parse_many(opinionpiece.iter_files(folder)):
        if not result.ok:  # unreadable or undecodable: say so, never skip in silence
            print(f"failed: {result.id}: {result.error}: {result.message}", file=sys.stderr)
            continue
        assert result.article is not None
        rows.append(article_rows(result.id, result.path, result.article))
        print(f"parsed: {result.id}: {result.article.title}")

    counts = write_tables(rows, out_dir, format=fmt)
    for table, n in counts.items():
        print(f"{table}: {n} rows -> {out_dir / f'{table}.{fmt}'}")

    if fmt == "csv":  # a look at one table, with nothing but the standard library
        with (out_dir / "quotes.csv").open(encoding="utf-8", newline="") as f:
            for row in list(csv.DictReader(f))[:3]:
                print(f"quote: {row['speaker']}: {row['text'][:60]}")
    return 0


if __name__ == "__main__":  # parse_many starts worker processes: keep this guard
    raise SystemExit(main(sys.argv))
