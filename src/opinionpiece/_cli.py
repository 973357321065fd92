"""The click commands behind ``opinionpiece``: parse, tables, show, schema.

Imported only by :func:`opinionpiece.cli.main`, once click is known to be installed.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, Literal, TypeVar

import click

from . import __version__
from .batch import (
    Document,
    _decoded,
    _Options,
    _Outcome,
    _run,
    _Task,
    iter_files,
    read_csv,
    read_jsonl,
)

_InputFormat = Literal["auto", "text", "jsonl", "csv", "records"]
_DEFAULT_GLOB = {"text": "*.txt", "jsonl": "*.jsonl", "csv": "*.csv", "records": "*.jsonl"}

_ROLE_STYLE: dict[str, dict[str, Any]] = {
    "title": {"fg": "magenta", "bold": True},
    "standfirst": {"fg": "magenta"},
    "byline": {"fg": "cyan", "bold": True},
    "dateline": {"fg": "cyan"},
    "editor_note": {"fg": "yellow"},
    "heading": {"fg": "blue", "bold": True},
    "body": {},
    "caption": {"fg": "green"},
    "boilerplate": {"fg": "bright_black"},
}


# ------------------------------------------------------------------------ the inputs


def _records_file(path: str) -> bool:
    """Whether a ``.jsonl`` file holds ``opinionpiece parse`` records (first line peek)."""
    try:
        with open(path, "rb") as fh:
            for line in fh:
                if line.strip():
                    first = json.loads(line)
                    return isinstance(first, dict) and isinstance(first.get("article"), dict)
    except (OSError, ValueError):
        return False
    return False


def _record_tasks(source: IO[bytes], name: str) -> Iterator[_Task]:
    for number, line in enumerate(source, start=1):
        if line.strip():
            where = f"{name}:{number}"
            yield _Task(doc=Document(id=where, path=name), record=line)


def _corpus_docs(
    path: str, name: str, fmt: str, text_field: str, id_field: str | None
) -> Iterator[Document]:
    if fmt == "jsonl":
        return read_jsonl(path, text_field=text_field, id_field=id_field, name=name)
    return read_csv(path, text_field=text_field, id_field=id_field, name=name)


def _tasks(
    paths: Iterable[str],
    *,
    input_format: _InputFormat,
    glob: str | None,
    text_field: str,
    id_field: str | None,
    encoding: str | None,
) -> Iterator[_Task]:
    """Tasks for every input named on the command line, in order."""
    for arg in paths:
        fmt = input_format
        if arg == "-":
            stream = sys.stdin.buffer
            if fmt in ("auto", "text"):
                yield _Task(doc=_decoded(stream.read(), "-", encoding))
            elif fmt == "records":
                yield from _record_tasks(stream, "-")
            else:
                reader = read_jsonl if fmt == "jsonl" else read_csv
                for doc in reader(stream, text_field=text_field, id_field=id_field, name="-"):
                    yield _Task(doc=doc)
            continue
        if fmt == "auto":
            is_jsonl = os.path.isfile(arg) and arg.endswith(".jsonl")
            fmt = ("records" if _records_file(arg) else "jsonl") if is_jsonl else "text"
        pattern = glob or _DEFAULT_GLOB[fmt]
        for found in iter_files(arg, glob=pattern):
            if fmt == "text" or found.path is None or found.error is not None:
                yield _Task(doc=found)
                continue
            if not os.path.isfile(found.path):
                yield _Task(doc=found)  # fails on read, and is reported
            elif fmt == "records":
                with open(found.path, "rb") as fh:
                    yield from _record_tasks(fh, found.id)
            else:
                for doc in _corpus_docs(found.path, found.id, fmt, text_field, id_field):
                    yield _Task(doc=doc)


# ----------------------------------------------------------------------- the outputs


class _Sink:
    """Writes an output file atomically: into ``NAME.part``, renamed when finished.

    Writing to standard output (``name`` None) streams straight through.
    """

    def __init__(
        self, name: str | None, fmt: str, *, append: bool = False, stream: IO[str] | None = None
    ) -> None:
        self.name = name
        self.fmt = fmt
        self.count = 0
        self.part: str | None = None
        if name is None:
            self.fh: IO[str] = stream if stream is not None else sys.stdout
        else:
            self.part = name + ".part"
            self.fh = open(self.part, "a" if append else "w", encoding="utf-8", newline="\n")  # noqa: SIM115

    def write(self, payload: str) -> None:
        if self.fmt == "jsonl":
            self.fh.write(payload + "\n")
        elif self.fmt == "json":
            self.fh.write(("[\n" if self.count == 0 else ",\n") + payload)
        elif self.fmt == "markdown":
            self.fh.write(("" if self.count == 0 else "\n---\n\n") + payload)
        else:
            self.fh.write(("" if self.count == 0 else "\n" + "=" * 72 + "\n\n") + payload)
        self.count += 1

    def finish(self) -> None:
        if self.fmt == "json":
            self.fh.write("[]\n" if self.count == 0 else "\n]\n")
        self.fh.flush()
        if self.part is not None and self.name is not None:
            os.fsync(self.fh.fileno())
            self.fh.close()
            os.replace(self.part, self.name)

    def abort(self) -> None:
        """Stop, keeping what was written in ``NAME.part`` for ``--resume``."""
        self.fh.flush()
        if self.part is not None:
            self.fh.close()


def _record_id(line: bytes) -> str | None:
    """The ``id`` of a complete JSONL record line, or None if it is not one."""
    try:
        record = json.loads(line)
    except ValueError:
        return None
    if isinstance(record, dict) and isinstance(record.get("id"), str):
        return str(record["id"])
    return None


def _resume(output: str) -> tuple[set[str], int]:
    """Ids already in OUT (or OUT.part), after dropping a half-written last line.

    Returns the ids and the number of bytes dropped. A finished OUT is moved back to
    OUT.part, so that the run appends to it and renames it when done.
    """
    part = output + ".part"
    if not os.path.exists(part):
        if not os.path.exists(output):
            return set(), 0
        os.replace(output, part)
    done: set[str] = set()
    good = 0
    with open(part, "rb+") as fh:
        for line in fh:
            id_ = _record_id(line) if line.endswith(b"\n") else None
            if id_ is None:
                break
            done.add(id_)
            good += len(line)
        size = fh.seek(0, os.SEEK_END)
        fh.truncate(good)
    return done, size - good


def _failure_line(o: _Outcome) -> str:
    return json.dumps(
        {"id": o.id, "path": o.path, "error": o.error, "message": o.message}, ensure_ascii=False
    )


def _progress(enabled: bool | None, unit: str) -> Any:
    show = sys.stderr.isatty() if enabled is None else enabled
    if not show:
        return None
    try:
        from tqdm import tqdm
    except ModuleNotFoundError:
        return None
    return tqdm(unit=unit, file=sys.stderr, dynamic_ncols=True, mininterval=0.5)


# ----------------------------------------------------------------------- the commands


_F = TypeVar("_F", bound=Callable[..., Any])


def _input_options(default_format: str, choices: list[str]) -> Callable[[_F], _F]:
    formats = "text: article files; jsonl/csv: corpus files with a text column"
    if "records" in choices:
        formats += (
            "; records: JSONL written by 'opinionpiece parse'; auto: records or jsonl by content"
        )

    def decorate(func: _F) -> _F:
        options = [
            click.option(
                "--input-format",
                type=click.Choice(choices),
                default=default_format,
                show_default=True,
                help=formats + ".",
            ),
            click.option(
                "--text-field",
                default="text",
                show_default=True,
                help="The text column of a jsonl/csv corpus.",
            ),
            click.option(
                "--id-field",
                default=None,
                help="The id column of a jsonl/csv corpus (default: FILE:LINE).",
            ),
            click.option(
                "--glob",
                default=None,
                help="File name pattern in directories [default: *.txt; *.jsonl, *.csv].",
            ),
            click.option(
                "--encoding",
                default=None,
                help="Encoding of text files [default: UTF-8, or UTF-16/32 with a BOM].",
            ),
            click.option(
                "--profile", default=None, help="Use this outlet profile instead of detecting one."
            ),
            click.option(
                "--no-split", is_flag=True, help="Do not cut multi-document exports into articles."
            ),
            click.option(
                "-j",
                "--jobs",
                type=click.IntRange(min=0),
                default=0,
                help="Worker processes [default: one per core; 1 works in-process].",
            ),
            click.option(
                "--progress/--no-progress",
                default=None,
                help="Show a progress bar [default: on a terminal only].",
            ),
        ]
        for option in reversed(options):
            func = option(func)
        return func

    return decorate


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="opinionpiece")
def cli() -> None:
    """Turn raw scraped news text into typed, lossless article models."""


@cli.command("parse", short_help="Parse articles into JSONL records, JSON, Markdown or text.")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o", "--output", metavar="OUT", default=None, help="Output file [default: standard output]."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json", "markdown", "text"]),
    default="jsonl",
    show_default=True,
    help="jsonl: a record per line; json: an array of records; markdown/text: clean articles.",
)
@click.option(
    "--to",
    type=click.Choice(["opinionpiece", "jsonld"]),
    default="opinionpiece",
    show_default=True,
    help="The article in each record: the full model, or schema.org OpinionNewsArticle JSON-LD.",
)
@click.option(
    "--resume", is_flag=True, help="Skip inputs already in OUT and finish an interrupted run."
)
@_input_options("text", ["text", "jsonl", "csv"])
def parse_command(
    paths: tuple[str, ...],
    output: str | None,
    fmt: str,
    to: str,
    resume: bool,
    input_format: _InputFormat,
    text_field: str,
    id_field: str | None,
    glob: str | None,
    encoding: str | None,
    profile: str | None,
    no_split: bool,
    jobs: int,
    progress: bool | None,
) -> None:
    """Parse article files, directories (recursively) or corpus files; '-' reads standard input.

    \b
    Each article becomes a record {"id", "path", "article"}: the id is the file's path
    relative to the directory argument (or the path as given), or the corpus id field
    (else FILE:LINE); a multi-document export gives ID#1, ID#2, ... Inputs that cannot
    be read or decoded go to OUT.errors.jsonl (standard error without -o). Exit status:
    0 all parsed, 1 some failed, 2 usage error.
    """
    if output == "-":
        output = None
    if resume and (output is None or fmt != "jsonl"):
        raise click.UsageError("--resume needs -o OUT and --format jsonl")
    if to == "jsonld" and fmt not in ("jsonl", "json"):
        raise click.UsageError("--to jsonld needs --format jsonl or json")
    if output is not None and os.path.isdir(output):
        raise click.UsageError(f"-o {output}: is a directory; give a file name")
    if output is not None and not os.path.isdir(os.path.dirname(os.path.abspath(output))):
        raise click.UsageError(f"-o {output}: its folder does not exist")

    done: set[str] = set()
    if resume and output is not None:
        done, dropped = _resume(output)
        if dropped:
            click.echo(f"dropped a half-written last record ({dropped} bytes)", err=True)
    partial: dict[str, set[str]] = {}
    for id_ in done:
        base, sep, number = id_.rpartition("#")
        if sep and number.isdigit():
            partial.setdefault(base, set()).add(id_)

    kind: Any = {"markdown": "markdown", "text": "text"}.get(
        fmt, "jsonld" if to == "jsonld" else "record"
    )
    opts = _Options(
        kind=kind,
        split=not no_split,
        encoding=encoding,
        profile=profile,
        indent=2 if fmt == "json" else None,
    )
    counts = {"parsed": 0, "failed": 0, "skipped": len(done)}
    seen: set[str] = set()

    def tasks() -> Iterator[_Task]:
        for task in _tasks(
            paths,
            input_format=input_format,
            glob=glob,
            text_field=text_field,
            id_field=id_field,
            encoding=encoding,
        ):
            doc = task.doc
            if doc.id in seen:
                doc = Document(
                    id=doc.id,
                    path=doc.path,
                    error="DuplicateIdError",
                    message=f"{doc.id}: another input has the same id",
                )
                yield _Task(doc=doc)
                continue
            seen.add(doc.id)
            if doc.id in done:
                continue
            yield _Task(doc=doc, skip=frozenset(partial.get(doc.id, ())), record=task.record)

    out = _Sink(output, fmt, append=resume)
    errors = _Sink(output + ".errors.jsonl" if output else None, "jsonl", stream=sys.stderr)
    bar = _progress(progress, " articles")
    try:
        for outcomes in _run(tasks(), opts, jobs=jobs):
            for o in outcomes:
                if o.error is None:
                    out.write(o.payload)
                    counts["parsed"] += 1
                else:
                    errors.write(_failure_line(o))
                    counts["failed"] += 1
                if bar is not None:
                    bar.update(1)
    except KeyboardInterrupt:
        out.abort()
        errors.abort()
        click.echo("interrupted: run again with --resume to finish", err=True)
        raise SystemExit(130) from None
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(1) from None
    finally:
        if bar is not None:
            bar.close()
    out.finish()
    errors.finish()
    _summary(counts, output, progress)
    if counts["failed"]:
        raise SystemExit(1)


def _summary(counts: dict[str, int], output: str | None, progress: bool | None) -> None:
    if not counts["failed"] and not (progress or (progress is None and sys.stderr.isatty())):
        return
    text = f"{counts['parsed']} parsed, {counts['failed']} failed"
    if counts["skipped"]:
        text += f", {counts['skipped']} already done"
    if counts["failed"] and output:
        text += f" (see {output}.errors.jsonl)"
    click.echo(text, err=True)


@cli.command("tables", short_help="Write tidy tables as Parquet or CSV.")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o", "--output", "directory", metavar="DIR", required=True, help="The folder to write into."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["parquet", "csv"]),
    default="parquet",
    show_default=True,
    help="Parquet needs the 'tables' extra (pyarrow); CSV needs nothing.",
)
@_input_options("auto", ["auto", "text", "jsonl", "csv", "records"])
def tables_command(
    inputs: tuple[str, ...],
    directory: str,
    fmt: Literal["parquet", "csv"],
    input_format: _InputFormat,
    text_field: str,
    id_field: str | None,
    glob: str | None,
    encoding: str | None,
    profile: str | None,
    no_split: bool,
    jobs: int,
    progress: bool | None,
) -> None:
    """Write tidy tables (articles, authors, quotes, captions, boilerplate) into a directory.

    \b
    INPUT is what 'parse' takes, or the JSONL that 'parse' wrote (found by itself for
    .jsonl files with --input-format auto). Inputs that fail go to DIR/errors.jsonl.
    """
    from .tables import write_tables

    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ModuleNotFoundError:
            raise click.UsageError(
                "Parquet needs the 'tables' extra: pip install 'opinionpiece[tables]' "
                "(or use --format csv)"
            ) from None
    if os.path.exists(directory) and not os.path.isdir(directory):
        raise click.UsageError(f"-o {directory}: exists and is not a directory")
    os.makedirs(directory, exist_ok=True)
    opts = _Options(kind="rows", split=not no_split, encoding=encoding, profile=profile)
    errors = _Sink(os.path.join(directory, "errors.jsonl"), "jsonl")
    failed = 0
    bar = _progress(progress, " articles")

    def rows() -> Iterator[Any]:
        nonlocal failed
        tasks = _tasks(
            inputs,
            input_format=input_format,
            glob=glob,
            text_field=text_field,
            id_field=id_field,
            encoding=encoding,
        )
        for outcomes in _run(tasks, opts, jobs=jobs):
            for o in outcomes:
                if bar is not None:
                    bar.update(1)
                if o.error is None:
                    yield o.payload
                else:
                    failed += 1
                    errors.write(_failure_line(o))

    try:
        counts = write_tables(rows(), directory, format=fmt)
    finally:
        if bar is not None:
            bar.close()
    errors.finish()
    if failed or sys.stderr.isatty():
        summary = ", ".join(f"{n} {name}" for name, n in counts.items())
        click.echo(f"{summary}; {failed} failed", err=True)
    if failed:
        raise SystemExit(1)


@cli.command("show", short_help="Show how one file parses, roles coloured.")
@click.argument("file")
@click.option("--encoding", default=None, help="Encoding of the file [default: UTF-8].")
@click.option("--profile", default=None, help="Use this outlet profile instead of detecting one.")
@click.option("--color/--no-color", default=None, help="Colour the roles [default: on a terminal].")
def show_command(file: str, encoding: str | None, profile: str | None, color: bool | None) -> None:
    """Show how FILE parses: each block with its role, then the fields read from it."""
    from .model import Role
    from .pipeline import parse
    from .reading import decode
    from .split import split

    try:
        if file == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(file, "rb") as fh:
                data = fh.read()
        text = decode(data, encoding=encoding, path=file)
    except (OSError, ValueError) as exc:
        click.echo(f"opinionpiece show: {file}: {getattr(exc, 'strerror', None) or exc}", err=True)
        raise SystemExit(1) from None
    pieces = list(split(text))
    for number, (_, piece) in enumerate(pieces, start=1):
        if len(pieces) > 1:
            click.echo(click.style(f"── {file}#{number} " + "─" * 40, bold=True), color=color)
        article = parse(piece, profile=profile)
        facts = [
            ("title", article.title),
            ("authors", "; ".join(a.name for a in article.authors) or None),
            ("outlet", article.outlet),
            ("published", article.published.isoformat() if article.published else None),
            ("language", article.language),
            ("profile", article.profile),
        ]
        for label, value in facts:
            click.echo(
                f"{click.style(f'{label:>10}', bold=True)}  {value if value is not None else '—'}",
                color=color,
            )
        click.echo("", color=color)
        for block in article.blocks:
            if block.role is Role.BLANK:
                continue
            style = _ROLE_STYLE.get(block.role.value, {})
            label = click.style(f"{block.role.value:>11} │ ", **{**style, "bold": False})
            lines = block.span.slice(article.source).splitlines() or [""]
            for i, line in enumerate(lines):
                lead = label if i == 0 else " " * 11 + " │ "
                click.echo(lead + click.style(line, **style), color=color)
            if block.reason and block.role is Role.BOILERPLATE:
                click.echo(
                    " " * 11 + " │ " + click.style(f"({block.reason})", dim=True), color=color
                )
        click.echo("", color=color)
        for q in article.quotes:
            who = f" — {q.speaker}" if q.speaker else ""
            click.echo(f"{'quote':>10}  “{q.text}”{who}", color=color)
        for c in article.captions:
            click.echo(
                f"{'caption':>10}  {c.text} [{c.credit or '—'}] ×{len(c.spans)}", color=color
            )
        for d in article.diagnostics:
            click.echo(click.style(f"{d.code:>10}  {d.message}", fg="yellow"), color=color)


@cli.command("schema", short_help="Print the JSON Schema of a serialized article.")
def schema_command() -> None:
    """Print the JSON Schema of a serialized article (what to_dict writes)."""
    from .schema import json_schema

    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@cli.command("view", short_help="Write the annotated HTML view of a file or a folder.")
@click.argument("source")
@click.option(
    "-o",
    "--output",
    default=None,
    help="The HTML file to write (a FILE), or the folder of the site (a DIR) "
    "[default: FILE.html beside the file, or site/ for a folder].",
)
@click.option("--glob", "pattern", default="*.txt", show_default=True, help="Files in a folder.")
@click.option("--encoding", default=None, help="Encoding of the files [default: UTF-8].")
@click.option("--open", "open_it", is_flag=True, help="Open the page in a web browser.")
def view_command(
    source: str, output: str | None, pattern: str, encoding: str | None, open_it: bool
) -> None:
    """Write the annotated HTML view of SOURCE: a dump file, or a folder of them (then one
    page per file and an index.html linking them). The page is one self-contained file.
    """
    import webbrowser

    from .errors import InputError
    from .html import write_site, write_view

    try:
        if os.path.isdir(source):
            page = write_site(source, output or "site", pattern=pattern, encoding=encoding)
        else:
            page = write_view(source, output or source + ".html", encoding=encoding)
    except ImportError as exc:
        click.echo(f"opinionpiece view: {exc}", err=True)
        raise SystemExit(2) from None
    except (InputError, OSError) as exc:
        click.echo(f"opinionpiece view: {exc}", err=True)
        raise SystemExit(1) from None
    click.echo(str(page))
    if open_it:
        webbrowser.open(page.resolve().as_uri())
