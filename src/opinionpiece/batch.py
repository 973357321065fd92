"""Parse many inputs in order, in parallel, with bounded memory.

:func:`parse_many` takes paths, ``(id, text)`` pairs or :class:`Document` records (as
read by :func:`iter_files`, :func:`read_jsonl` and :func:`read_csv`) and yields one
:class:`Result` per article, in input order. Work goes to one process per core by
default; only a bounded window of inputs is in flight at any time, so a corpus of
millions streams through in constant memory. An input that cannot be read or decoded
is a failed :class:`Result` (``on_error="record"``), never a silent skip.
"""

from __future__ import annotations

import csv
import fnmatch
import io
import json
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePath
from typing import IO, TYPE_CHECKING, Any, Literal

import attrs

from .errors import InputError
from .model import Article
from .pipeline import parse
from .reading import decode
from .split import split as split_text

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = [
    "Document",
    "Input",
    "OnError",
    "Result",
    "iter_files",
    "parse_many",
    "read_csv",
    "read_jsonl",
]

#: What to do with an input that cannot be read: yield a failed :class:`Result`
#: (``"record"``), raise :class:`~opinionpiece.InputError` (``"raise"``) or leave it out
#: (``"skip"``).
OnError = Literal["record", "raise", "skip"]


@attrs.frozen(kw_only=True)
class Document:
    """One input: text in memory, or a file to read, under a stable ``id``.

    Exactly one of ``text`` and ``path`` is read: ``text`` when it is set, else the file
    at ``path``. A document that is already known to be broken (a malformed JSONL line)
    carries ``error`` (an exception class name) and ``message`` instead.

    .. versionadded:: 0.1.0
    """

    id: str
    text: str | None = None
    path: str | None = None
    error: str | None = None
    message: str | None = None


@attrs.frozen(kw_only=True)
class Result:
    """The outcome for one article: the parsed ``article`` or why there is none.

    ``id`` is the input's id; when an input is a multi-document export cut by
    :func:`~opinionpiece.split`, each article's id is the input id with ``#1``, ``#2``, …
    appended. ``error`` is the exception class name and ``message`` its text.

    .. versionadded:: 0.1.0
    """

    id: str
    path: str | None = None
    article: Article | None = None
    error: str | None = None
    message: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the input was read and parsed."""
        return self.article is not None


#: What :func:`parse_many` takes: a path (``str`` or path-like: a *file name*, never the
#: text itself), an ``(id, text)`` pair, or a :class:`Document`.
Input = str | os.PathLike[str] | tuple[str, str] | Document

_Kind = Literal["article", "record", "jsonld", "markdown", "text", "rows"]


@attrs.frozen(kw_only=True)
class _Options:
    kind: _Kind = "article"
    split: bool = True
    encoding: str | None = None
    profile: str | None = None
    indent: int | None = None


@attrs.frozen(kw_only=True)
class _Task:
    """A document to read and parse, or (``record``) a stored JSONL record to load.

    ``skip`` holds the ids of articles already written (a resumed run).
    """

    doc: Document
    skip: frozenset[str] = frozenset()
    record: bytes | None = None


@attrs.frozen(kw_only=True)
class _Outcome:
    """One article's outcome from a worker: a payload shaped by ``_Options.kind``."""

    id: str
    path: str | None
    payload: Any = None
    error: str | None = None
    message: str | None = None


class _ReadFailure(Exception):
    def __init__(self, error: str, message: str) -> None:
        super().__init__(message)
        self.error = error
        self.message = message


def _as_document(item: Input) -> Document:
    if isinstance(item, Document):
        return item
    if isinstance(item, tuple):
        if len(item) != 2 or not isinstance(item[0], str) or not isinstance(item[1], str):
            raise TypeError("an (id, text) input must be a pair of str")
        return Document(id=item[0], text=item[1])
    if isinstance(item, (str, os.PathLike)):
        name = os.fspath(item)
        return Document(id=PurePath(name).as_posix(), path=name)
    raise TypeError(f"cannot parse an input of type {type(item).__name__}")


def _load(doc: Document, encoding: str | None) -> str:
    if doc.error is not None:
        raise _ReadFailure(doc.error, doc.message or doc.error)
    if doc.text is not None:
        return doc.text
    if doc.path is None:
        raise _ReadFailure("ValueError", "the document has neither text nor path")
    try:
        with open(doc.path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise _ReadFailure(
            type(exc).__name__, f"{doc.path}: cannot read: {exc.strerror or exc}"
        ) from None
    try:
        return decode(data, encoding=encoding, path=doc.path)
    except InputError as exc:
        name = "UnicodeDecodeError" if exc.offset is not None else "LookupError"
        raise _ReadFailure(name, str(exc)) from None


def _payload(opts: _Options, id_: str, path: str | None, article: Article) -> Any:
    kind = opts.kind
    if kind == "article":
        return article
    if kind == "record":
        from .serialize import to_dict

        record = {"id": id_, "path": path, "article": to_dict(article)}
        return json.dumps(record, ensure_ascii=False, indent=opts.indent)
    if kind == "jsonld":
        from .jsonld import to_jsonld

        record = {"id": id_, "path": path, "article": to_jsonld(article, id=id_)}
        return json.dumps(record, ensure_ascii=False, indent=opts.indent)
    if kind in ("markdown", "text"):
        from .render import render

        return render(article, "markdown" if kind == "markdown" else "text")
    from .tables import article_rows

    return article_rows(id_, path, article)


def _decoded(data: bytes, id_: str, encoding: str | None) -> Document:
    """A document of bytes read elsewhere (standard input), or one that failed."""
    try:
        return Document(id=id_, text=decode(data, encoding=encoding, path=id_))
    except InputError as exc:
        name = "UnicodeDecodeError" if exc.offset is not None else "LookupError"
        return Document(id=id_, error=name, message=str(exc))


def _load_record(task: _Task, opts: _Options) -> list[_Outcome]:
    from .serialize import from_dict

    doc = task.doc
    assert task.record is not None
    try:
        record = json.loads(task.record)
        if not isinstance(record, dict) or not isinstance(record.get("article"), dict):
            raise ValueError("not an opinionpiece record (no 'article' object)")
        id_ = str(record.get("id", doc.id))
        path = record.get("path")
        path = path if isinstance(path, str) else None
        article = from_dict(record["article"])
    except Exception as exc:  # noqa: BLE001 - any bad record is reported, not raised
        return [_Outcome(id=doc.id, path=doc.path, error=type(exc).__name__, message=str(exc))]
    return [_Outcome(id=id_, path=path, payload=_payload(opts, id_, path, article))]


def _process(task: _Task, opts: _Options) -> list[_Outcome]:
    if task.record is not None:
        return _load_record(task, opts)
    doc = task.doc
    try:
        text = _load(doc, opts.encoding)
    except _ReadFailure as exc:
        return [_Outcome(id=doc.id, path=doc.path, error=exc.error, message=exc.message)]
    pieces = list(split_text(text)) if opts.split else []
    if len(pieces) <= 1:
        if doc.id in task.skip:
            return []
        article = parse(text, profile=opts.profile, path=doc.path)
        payload = _payload(opts, doc.id, doc.path, article)
        return [_Outcome(id=doc.id, path=doc.path, payload=payload)]
    out: list[_Outcome] = []
    for number, (_, piece) in enumerate(pieces, start=1):
        part_id = f"{doc.id}#{number}"
        if part_id in task.skip:
            continue
        article = parse(piece, profile=opts.profile, path=doc.path)
        payload = _payload(opts, part_id, doc.path, article)
        out.append(_Outcome(id=part_id, path=doc.path, payload=payload))
    return out


def _process_chunk(chunk: list[_Task], opts: _Options) -> list[list[_Outcome]]:
    return [_process(task, opts) for task in chunk]


def _quiet_worker() -> None:
    """Leave Ctrl-C to the parent, which stops the pool and keeps what was written."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _default_jobs() -> int:
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _chunks(tasks: Iterable[_Task], size: int) -> Iterator[list[_Task]]:
    chunk: list[_Task] = []
    for task in tasks:
        chunk.append(task)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _run(
    tasks: Iterable[_Task],
    opts: _Options,
    *,
    jobs: int | None,
    chunksize: int = 8,
) -> Iterator[list[_Outcome]]:
    """Yield each task's outcomes, in task order, from ``jobs`` worker processes.

    At most ``4 * jobs`` chunks are in flight, so memory stays bounded however long the
    input is; a consumer that stops early cancels the rest.
    """
    n = _default_jobs() if jobs is None or jobs <= 0 else jobs
    if n == 1:
        for task in tasks:
            yield _process(task, opts)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=n, mp_context=context, initializer=_quiet_worker)
    pending: deque[Future[list[list[_Outcome]]]] = deque()
    try:
        for chunk in _chunks(tasks, chunksize):
            pending.append(pool.submit(_process_chunk, chunk, opts))
            while len(pending) >= 4 * n:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def parse_many(
    inputs: Iterable[Input],
    *,
    jobs: int | None = None,
    on_error: OnError = "record",
    split: bool = True,
    encoding: str | None = None,
    profile: str | None = None,
    chunksize: int = 8,
) -> Iterator[Result]:
    """Parse many inputs and yield one :class:`Result` per article, in input order.

    Inputs stream: only a bounded window of them is read and parsed ahead of the
    consumer. With ``jobs`` above 1 the work runs in that many processes (started with
    ``spawn``, so a script that calls this must guard its entry point with
    ``if __name__ == "__main__":``).

    Args:
        inputs: Paths (``str`` or path-like: file names, not texts), ``(id, text)``
            pairs, or :class:`Document` records, in any mix.
        jobs: Worker processes; ``None`` or 0 for one per available core, 1 to work in
            this process.
        on_error: For an input that cannot be read or decoded: ``"record"`` yields a
            failed :class:`Result` (``ok`` false, ``error`` and ``message`` set),
            ``"raise"`` raises :class:`~opinionpiece.InputError`, ``"skip"`` leaves it out.
        split: Cut multi-document exports into articles with :func:`~opinionpiece.split`
            (ids ``ID#1``, ``ID#2``, …).
        encoding: The encoding of files (default: UTF-8, or UTF-16/32 with a BOM).
        profile: The name of an outlet profile to use instead of detecting one.
        chunksize: Inputs sent to a worker at a time.

    Yields:
        One result per article, in the order of the inputs.

    Raises:
        InputError: with ``on_error="raise"``, at the first input that cannot be read.
        TypeError: an input of an unsupported type.
        ValueError: an unknown ``on_error``.

    Example:
        >>> results = parse_many([("a", "A title\\n\\nBy Jane Doe\\n\\nThe text.\\n")], jobs=1)
        >>> [(r.id, r.article.title) for r in results]
        [('a', 'A title')]

    .. versionadded:: 0.1.0
    """
    if on_error not in ("record", "raise", "skip"):
        raise ValueError(f"on_error must be 'record', 'raise' or 'skip', not {on_error!r}")
    opts = _Options(kind="article", split=split, encoding=encoding, profile=profile)
    tasks = (_Task(doc=_as_document(item)) for item in inputs)
    for outcomes in _run(tasks, opts, jobs=jobs, chunksize=chunksize):
        for o in outcomes:
            if o.error is None:
                yield Result(id=o.id, path=o.path, article=o.payload)
            elif on_error == "raise":
                raise InputError(f"{o.error}: {o.message}", path=o.path)
            elif on_error == "record":
                yield Result(id=o.id, path=o.path, error=o.error, message=o.message)


# --------------------------------------------------------------------------- readers


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def iter_files(root: str | os.PathLike[str], *, glob: str = "*.txt") -> Iterator[Document]:
    """The files under ``root`` whose names match ``glob``, as documents, sorted by path.

    A file ``root`` is one document whose id is the path as given. A directory is
    walked recursively (hidden entries skipped, links to directories not followed) and
    each id is the path relative to ``root``, with ``/`` separators. Whatever matches
    ``glob`` but cannot be read — a dangling link, a link to a directory, a directory
    named like a file (it matches ``glob`` and has an extension) — is still yielded, so
    that reading it fails and is reported.

    Args:
        root: A file or a directory.
        glob: A shell pattern matched against file names (``fnmatch``).

    Yields:
        Documents with ``path`` set, in a stable order.

    .. versionadded:: 0.1.0
    """
    top = os.fspath(root)
    if not os.path.isdir(top):
        yield Document(id=PurePath(top).as_posix(), path=top)
        return
    yield from _walk(Path(top), Path(top), glob)


def _walk(top: Path, here: Path, glob: str) -> Iterator[Document]:
    try:
        entries = sorted(os.scandir(here), key=lambda e: e.name)
    except OSError as exc:
        rel = here.relative_to(top).as_posix()
        yield Document(
            id=rel, path=str(here), error=type(exc).__name__, message=f"{here}: {exc.strerror}"
        )
        return
    for entry in entries:
        if _is_hidden(entry.name):
            continue
        path = Path(entry.path)
        rel = path.relative_to(top).as_posix()
        matches = fnmatch.fnmatch(entry.name, glob)
        if entry.is_dir(follow_symlinks=False):
            if matches and PurePath(entry.name).suffix:
                yield Document(id=rel, path=entry.path)  # fails on read: a directory
            yield from _walk(top, path, glob)
        elif matches:
            yield Document(id=rel, path=entry.path)


def _open_binary(source: str | os.PathLike[str] | IO[bytes]) -> tuple[IO[bytes], str, bool]:
    if isinstance(source, (str, os.PathLike)):
        name = os.fspath(source)
        return open(name, "rb"), name, True
    return source, getattr(source, "name", "<stream>"), False


def _open_or_report(
    source: str | os.PathLike[str] | IO[bytes], name: str | None
) -> tuple[IO[bytes], str, bool] | Document:
    """Open a corpus file, or the failed :class:`Document` that reports why it can't be."""
    try:
        fh, default_name, close = _open_binary(source)
    except OSError as exc:
        label = name or os.fspath(source)  # type: ignore[arg-type]
        return Document(
            id=label, path=label, error=type(exc).__name__, message=f"{label}: {exc.strerror}"
        )
    return fh, name or default_name, close


def read_jsonl(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    text_field: str = "text",
    id_field: str | None = None,
    name: str | None = None,
) -> Iterator[Document]:
    """Documents from a JSON Lines corpus: one JSON object per line.

    Each non-blank line is a record; its text is ``record[text_field]`` and its id
    ``record[id_field]`` (turned into a string), or ``NAME:LINE`` without an id field.
    A line that is not valid UTF-8 or JSON, or lacks a field, becomes a document with
    ``error`` set, so that it is reported and the rest goes on.

    Args:
        source: A file name or a binary stream.
        text_field: The field holding the article text.
        id_field: The field holding the record's id.
        name: The name used in ids and error messages (default: the file name).

    Yields:
        One document per non-blank line, in order.

    .. versionadded:: 0.1.0
    """
    opened = _open_or_report(source, name)
    if isinstance(opened, Document):
        yield opened
        return
    fh, label, close = opened
    try:
        for number, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            yield _json_record(raw, number, label, text_field, id_field)
    finally:
        if close:
            fh.close()


def _json_record(
    raw: bytes, number: int, label: str, text_field: str, id_field: str | None
) -> Document:
    where = f"{label}:{number}"
    try:
        record = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
    except UnicodeDecodeError as exc:
        return Document(
            id=where, path=label, error="UnicodeDecodeError", message=f"{where}: {exc.reason}"
        )
    except json.JSONDecodeError as exc:
        return Document(id=where, path=label, error="JSONDecodeError", message=f"{where}: {exc}")
    return _from_record(record, where, label, text_field, id_field)


def _from_record(
    record: Any, where: str, label: str, text_field: str, id_field: str | None
) -> Document:
    if not isinstance(record, dict):
        return Document(
            id=where, path=label, error="TypeError", message=f"{where}: the record is not an object"
        )
    id_ = where
    if id_field is not None:
        value = record.get(id_field)
        if value is None or value == "":
            return Document(
                id=where, path=label, error="KeyError", message=f"{where}: no {id_field!r} field"
            )
        id_ = str(value)
    text = record.get(text_field)
    if not isinstance(text, str):
        problem = "no" if text is None else "a non-text"
        return Document(
            id=id_, path=label, error="KeyError", message=f"{where}: {problem} {text_field!r} field"
        )
    return Document(id=id_, text=text, path=label)


def read_csv(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    text_field: str = "text",
    id_field: str | None = None,
    name: str | None = None,
    delimiter: str = ",",
) -> Iterator[Document]:
    """Documents from a CSV corpus with a header row (UTF-8, with or without BOM).

    The text is the ``text_field`` column and the id the ``id_field`` column, or
    ``NAME:ROW`` (1-based data row) without one. Cells may be of any size. A row with
    undecodable bytes or a missing cell becomes a document with ``error`` set.

    Args:
        source: A file name or a binary stream.
        text_field: The column holding the article text.
        id_field: The column holding the record's id.
        name: The name used in ids and error messages (default: the file name).
        delimiter: The field separator.

    Yields:
        One document per data row, in order.

    .. versionadded:: 0.1.0
    """
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
    opened = _open_or_report(source, name)
    if isinstance(opened, Document):
        yield opened
        return
    fh, label, close = opened
    text = io.TextIOWrapper(fh, encoding="utf-8-sig", errors="surrogateescape", newline="")
    try:
        reader = csv.DictReader(text, delimiter=delimiter)
        number = 0
        while True:
            number += 1
            where = f"{label}:{number}"
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield Document(id=where, path=label, error="csv.Error", message=f"{where}: {exc}")
                continue
            if any(_has_surrogates(v) for v in row.values() if isinstance(v, str)):
                yield Document(
                    id=where,
                    path=label,
                    error="UnicodeDecodeError",
                    message=f"{where}: the row is not valid UTF-8",
                )
                continue
            yield _from_record(row, where, label, text_field, id_field)
    finally:
        text.detach()
        if close:
            fh.close()


def _has_surrogates(value: str) -> bool:
    if value.isascii():
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
