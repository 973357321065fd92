"""Tidy tables of parsed articles: articles, authors, quotes, captions, boilerplate.

One row per article in ``articles``; one row per author, quote, caption and boilerplate
block in the other tables, each keyed by ``article_id``. The column names and types are
fixed (:data:`TABLES`), so tables from several runs stack. Lists inside a cell (an
author's roles and affiliations) are joined with ``"; "``. Dates are ISO 8601 strings.
Offsets (``start``, ``end``) are :class:`~opinionpiece.Span` offsets into the article's
``source``.

CSV goes through the standard library; Parquet needs ``pyarrow`` (the ``tables``
extra), imported only when Parquet is written.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

from .model import Article

__all__ = ["TABLES", "Column", "Row", "article_rows", "write_tables"]

#: The name and type of a column (``"string"`` or ``"int64"``; strings may be null).
Column = tuple[str, Literal["string", "int64"]]
#: The values of one row of a table, in column order.
Row = tuple[Any, ...]

#: The table schemas, in the order the tables are written.
TABLES: Mapping[str, tuple[Column, ...]] = {
    "articles": (
        ("id", "string"),
        ("path", "string"),
        ("title", "string"),
        ("outlet", "string"),
        ("published", "string"),
        ("language", "string"),
        ("n_authors", "int64"),
        ("n_paragraphs", "int64"),
        ("n_quotes", "int64"),
        ("n_captions", "int64"),
        ("text", "string"),
    ),
    "authors": (
        ("article_id", "string"),
        ("position", "int64"),
        ("name", "string"),
        ("roles", "string"),
        ("affiliations", "string"),
        ("location", "string"),
        ("bio", "string"),
    ),
    "quotes": (
        ("article_id", "string"),
        ("position", "int64"),
        ("text", "string"),
        ("speaker", "string"),
        ("speaker_title", "string"),
        ("cue", "string"),
        ("kind", "string"),
        ("start", "int64"),
        ("end", "int64"),
    ),
    "captions": (
        ("article_id", "string"),
        ("position", "int64"),
        ("text", "string"),
        ("credit", "string"),
        ("occurrences", "int64"),
        ("start", "int64"),
        ("end", "int64"),
    ),
    "boilerplate": (
        ("article_id", "string"),
        ("position", "int64"),
        ("text", "string"),
        ("reason", "string"),
        ("start", "int64"),
        ("end", "int64"),
    ),
}


def _join(values: Iterable[str]) -> str | None:
    joined = "; ".join(values)
    return joined or None


def article_rows(id: str, path: str | None, article: Article) -> dict[str, list[Row]]:
    """Every table's rows for one article.

    Args:
        id: The article's id (the ``article_id`` of the child rows).
        path: The file it was read from, if any.
        article: The parsed article.

    Returns:
        A row list per table name of :data:`TABLES`.

    .. versionadded:: 0.1.0
    """
    published = article.published.isoformat() if article.published is not None else None
    out: dict[str, list[Row]] = {
        "articles": [
            (
                id,
                path,
                article.title,
                article.outlet,
                published,
                article.language,
                len(article.authors),
                len(article.paragraphs),
                len(article.quotes),
                len(article.captions),
                article.text,
            )
        ],
        "authors": [
            (id, i, a.name, _join(a.roles), _join(a.affiliations), a.location, a.bio)
            for i, a in enumerate(article.authors)
        ],
        "quotes": [
            (id, i, q.text, q.speaker, q.speaker_title, q.cue, q.kind, q.span.start, q.span.end)
            for i, q in enumerate(article.quotes)
        ],
        "captions": [
            (
                id,
                i,
                c.text,
                c.credit,
                len(c.spans),
                c.spans[0].start if c.spans else None,
                c.spans[0].end if c.spans else None,
            )
            for i, c in enumerate(article.captions)
        ],
        "boilerplate": [
            (id, i, b.text, b.reason, b.span.start, b.span.end)
            for i, b in enumerate(article.boilerplate)
        ],
    }
    return out


class _CsvSink:
    def __init__(self, path: Path, columns: tuple[Column, ...]) -> None:
        self.fh = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed in close()
        self.writer = csv.writer(self.fh)
        self.writer.writerow([name for name, _ in columns])

    def write(self, rows: list[Row]) -> None:
        self.writer.writerows(["" if v is None else v for v in row] for row in rows)

    def close(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()

    def abandon(self) -> None:
        self.fh.close()


class _ParquetSink:
    _BATCH = 2000

    def __init__(self, path: Path, columns: tuple[Column, ...]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.pa = pa
        types = {"string": pa.string(), "int64": pa.int64()}
        self.schema = pa.schema([(name, types[kind]) for name, kind in columns])
        self.writer = pq.ParquetWriter(str(path), self.schema)
        self.buffer: list[Row] = []

    def write(self, rows: list[Row]) -> None:
        self.buffer.extend(rows)
        if len(self.buffer) >= self._BATCH:
            self._flush()

    def _flush(self) -> None:
        columns = list(zip(*self.buffer, strict=True))
        arrays = [
            self.pa.array(list(col), type=field.type)
            for col, field in zip(columns, self.schema, strict=True)
        ]
        self.writer.write_table(self.pa.Table.from_arrays(arrays, schema=self.schema))
        self.buffer = []

    def close(self) -> None:
        if self.buffer:
            self._flush()
        self.writer.close()

    def abandon(self) -> None:
        self.buffer = []
        self.writer.close()


def write_tables(
    rows: Iterable[dict[str, list[Row]]],
    directory: str | os.PathLike[str],
    *,
    format: Literal["csv", "parquet"] = "csv",
) -> dict[str, int]:
    """Stream table rows into ``directory`` as one file per table, written atomically.

    Each table goes to a hidden temporary file first and is renamed into place when all
    rows are written, so an interrupted run leaves no half-written table.

    Args:
        rows: Per-article row lists, as from :func:`article_rows`.
        directory: Where to write ``articles.csv`` (or ``.parquet``) and the others; made
            if missing.
        format: ``"csv"`` (standard library) or ``"parquet"`` (needs ``pyarrow``).

    Returns:
        The number of rows written per table.

    Raises:
        ModuleNotFoundError: Parquet was asked for and ``pyarrow`` is not installed.

    .. versionadded:: 0.1.0
    """
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    suffix = ".csv" if format == "csv" else ".parquet"
    sinks: dict[str, _CsvSink | _ParquetSink] = {}
    parts: dict[str, Path] = {}
    counts = dict.fromkeys(TABLES, 0)
    try:
        for name, columns in TABLES.items():
            parts[name] = out / f".{name}{suffix}.part"
            sinks[name] = (
                _CsvSink(parts[name], columns)
                if format == "csv"
                else _ParquetSink(parts[name], columns)
            )
        for per_article in rows:
            for name, table_rows in per_article.items():
                sinks[name].write(table_rows)
                counts[name] += len(table_rows)
        while sinks:
            sinks.popitem()[1].close()
        for name, part in parts.items():
            os.replace(part, out / f"{name}{suffix}")
    finally:
        for sink in sinks.values():  # only after a failure
            sink.abandon()
        for part in parts.values():
            if part.exists():
                part.unlink()
    return counts


def iter_rows(
    results: Iterable[tuple[str, str | None, Article]],
) -> Iterator[dict[str, list[Row]]]:
    """Rows for each ``(id, path, article)``; see :func:`article_rows`."""
    for id_, path, article in results:
        yield article_rows(id_, path, article)
