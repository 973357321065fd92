"""Scale out with Dask: a bag of parsed articles and data frames with the table schemas.

Needs the ``dask`` extra (``pip install 'opinionpiece[dask]'``). The same code runs on
one machine (Dask's default scheduler, or a ``LocalCluster``) and on a cluster: connect
a ``distributed.Client`` first and every computation below goes to it.

>>> import opinionpiece.dask as opd                                    # doctest: +SKIP
>>> bag = opd.read_articles("corpus/**/*.txt")                         # doctest: +SKIP
>>> authors = opd.to_dataframe(bag, "authors")                         # doctest: +SKIP
>>> authors.groupby("name").size().nlargest(10).compute()              # doctest: +SKIP
"""

from __future__ import annotations

import glob as _glob
import os
from collections.abc import Iterable, Sequence
from typing import Any

from .batch import Document, Result, _Options, _process, _Task, iter_files
from .tables import TABLES, Row

__all__ = ["documents", "read_articles", "to_dataframe"]


def documents(
    paths_or_glob: str | os.PathLike[str] | Sequence[str | os.PathLike[str]], *, glob: str = "*.txt"
) -> list[Document]:
    """The documents named by files, directories (walked for ``glob``) or glob patterns.

    A pattern (``corpus/**/*.txt``) is expanded recursively and sorted; ids are the
    matched paths. A directory gives ids relative to it, a file its path as given.

    .. versionadded:: 0.1.0
    """
    items = [paths_or_glob] if isinstance(paths_or_glob, (str, os.PathLike)) else paths_or_glob
    out: list[Document] = []
    for item in items:
        name = os.fspath(item)
        if _glob.has_magic(name):
            matches = sorted(_glob.glob(name, recursive=True))
            out.extend(Document(id=m, path=m) for m in matches)
        else:
            out.extend(iter_files(name, glob=glob))
    return out


def _parse_partition(docs: Iterable[Document], split: bool, encoding: str | None) -> list[Result]:
    opts = _Options(kind="article", split=split, encoding=encoding)
    results: list[Result] = []
    for doc in docs:
        for o in _process(_Task(doc=doc), opts):
            if o.error is None:
                results.append(Result(id=o.id, path=o.path, article=o.payload))
            else:
                results.append(Result(id=o.id, path=o.path, error=o.error, message=o.message))
    return results


def read_articles(
    paths_or_glob: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    glob: str = "*.txt",
    split: bool = True,
    encoding: str | None = None,
    npartitions: int | None = None,
) -> Any:
    """A Dask bag of :class:`~opinionpiece.Result` objects, one per article.

    Files are read and parsed inside the Dask tasks, so only the file names travel to
    the workers. Inputs that cannot be read are failed results (``ok`` false), never
    dropped: filter them with ``bag.filter(lambda r: not r.ok)``.

    Args:
        paths_or_glob: A file, a directory, a glob pattern, or a list of them.
        glob: The file name pattern in directories.
        split: Cut multi-document exports into articles.
        encoding: The encoding of the files (default: UTF-8).
        npartitions: Partitions of the bag (default: about 100 files each).

    Returns:
        A ``dask.bag.Bag``; nothing is read until it is computed.

    .. versionadded:: 0.1.0
    """
    import dask.bag as db

    docs = documents(paths_or_glob, glob=glob)
    parts = npartitions or max(1, min(len(docs), -(-len(docs) // 100)))
    seeds = db.from_sequence(docs, npartitions=parts)
    return seeds.map_partitions(_parse_partition, split, encoding)


def _rows_partition(results: Iterable[Result], table: str) -> list[dict[str, Any]]:
    from .tables import article_rows

    names = [name for name, _ in TABLES[table]]
    out: list[dict[str, Any]] = []
    for r in results:
        if r.article is None:
            continue
        rows: list[Row] = article_rows(r.id, r.path, r.article)[table]
        out.extend(dict(zip(names, row, strict=True)) for row in rows)
    return out


def meta(table: str) -> Any:
    """An empty pandas frame with the columns and dtypes of ``table`` (see ``TABLES``)."""
    import pandas as pd

    dtypes = {"string": "string", "int64": "Int64"}
    return pd.DataFrame({name: pd.Series([], dtype=dtypes[kind]) for name, kind in TABLES[table]})


def to_dataframe(bag: Any, table: str = "articles") -> Any:
    """A Dask data frame of one table (``articles``, ``authors``, ``quotes``, …).

    The columns and types are those of :data:`opinionpiece.tables.TABLES`, the same as
    ``opinionpiece tables`` writes; failed results give no rows.

    Args:
        bag: A ``dask.bag.Bag`` from :func:`read_articles`.
        table: The table name.

    Returns:
        A lazy ``dask.dataframe.DataFrame``.

    Raises:
        KeyError: an unknown table name.

    .. versionadded:: 0.1.0
    """
    if table not in TABLES:
        raise KeyError(f"unknown table {table!r}: one of {', '.join(TABLES)}")
    empty = meta(table)
    rows = bag.map_partitions(_rows_partition, table)
    return rows.to_dataframe(meta=empty).astype(empty.dtypes.to_dict())
