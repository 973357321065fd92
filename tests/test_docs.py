"""Every code sample in the documentation runs (issue 10).

Three sources, one test per sample:

- the ```python blocks of ``README.md`` and ``docs/*.md`` (MyST), collected by Sybil: a
  block of ``>>>`` lines is a doctest whose output is checked, any other block is run as
  a script. The blocks of one page share a namespace, in page order, as a reader would
  type them. A page can skip a block that cannot run here (a remote cluster) with a
  ``% skip: next`` comment line before it;
- the ``>>>`` examples in the docstrings of every module of the package (stdlib doctest).

The pages run in a scratch folder laid out like the folder a reader works in:
``examples/`` (a copy of the bundled examples), ``scraped/`` and ``corpus/`` (the bundled
sample corpus), ``export.jsonl`` and ``export.csv`` (the corpus as exports), and
``articles.jsonl`` and ``tables/`` as ``opinionpiece parse`` and ``opinionpiece tables``
would have written them. Each page's namespace starts with ``text`` (the bundled sample
dump, ``examples/sample_cgtn.txt``) and ``article`` (its parse), and ``__name__`` set to
``"__main__"`` so that guarded script blocks run.
"""

from __future__ import annotations

import contextlib
import csv
import doctest
import importlib
import json
import pkgutil
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from sybil import Sybil
from sybil.example import Example
from sybil.parsers.myst import PythonCodeBlockParser, SkipParser

import opinionpiece

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _setup(namespace: dict[str, Any]) -> None:
    text = (EXAMPLES / "sample_cgtn.txt").read_text(encoding="utf-8")
    namespace.update(__name__="__main__", text=text, article=opinionpiece.parse(text))


SYBIL = Sybil(
    parsers=[PythonCodeBlockParser(doctest_optionflags=FLAGS), SkipParser()],
    setup=_setup,
)


def _page_examples() -> list[Any]:
    params = []
    for page in PAGES:
        rel = page.relative_to(ROOT).as_posix()
        for index, example in enumerate(SYBIL.parse(page).examples()):
            params.append(pytest.param(rel, index, id=f"{rel}:{example.line}"))
    return params


class _Page:
    """One page's examples, evaluated in order in one namespace."""

    def __init__(self, path: Path) -> None:
        self.document = SYBIL.parse(path)
        self.examples: list[Example] = list(self.document.examples())
        assert SYBIL.setup is not None
        SYBIL.setup(self.document.namespace)
        self.next = 0

    def evaluate(self, index: int) -> None:
        __tracebackhide__ = True
        # Blocks before this one ran under their own tests; run any that a selection
        # (pytest -k) left out, so that the names they define exist. Their failures are
        # reported by their own tests.
        while self.next < index:
            with contextlib.suppress(Exception):  # reported by that block's own test
                self.examples[self.next].evaluate()
            self.next += 1
        self.next = index + 1
        self.examples[index].evaluate()


@pytest.fixture(scope="session")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scratch folder with the files the docs' samples name."""
    from opinionpiece.tables import article_rows, write_tables

    root = tmp_path_factory.mktemp("docs")
    shutil.copytree(EXAMPLES, root / "examples", ignore=shutil.ignore_patterns("__pycache__"))
    corpus = EXAMPLES / "corpus"
    for name in ("scraped", "corpus"):
        shutil.copytree(corpus, root / name)
    files = sorted(corpus.glob("*.txt"))
    texts = [(f.stem, f.read_text(encoding="utf-8")) for f in files]
    with (root / "export.jsonl").open("w", encoding="utf-8") as out:
        for uid, body in texts:
            out.write(json.dumps({"uid": uid, "body": body}) + "\n")
    with (root / "export.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "text"])
        writer.writerows(texts)
    results = list(opinionpiece.parse_many(opinionpiece.iter_files(root / "scraped"), jobs=1))
    assert results
    assert all(r.ok for r in results)
    with (root / "articles.jsonl").open("w", encoding="utf-8") as out:
        for r in results:
            assert r.article is not None
            record = {"id": r.id, "path": r.path, "article": opinionpiece.to_dict(r.article)}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    rows = [article_rows(r.id, r.path, r.article) for r in results if r.article is not None]
    write_tables(rows, root / "tables", format="parquet")  # pyarrow: the `all` extra
    return root


_PAGES: dict[str, _Page] = {}


# dask's Parquet writer calls a pandas method that pandas 3.1 deprecates (a third-party
# warning, not ours); the page's ``to_parquet`` sample still works.
@pytest.mark.filterwarnings("ignore:The inplace keyword in DataFrame:DeprecationWarning")
@pytest.mark.parametrize(("page", "index"), _page_examples())
def test_docs_sample(page: str, index: int, workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(workdir)
    if page not in _PAGES:
        _PAGES[page] = _Page(ROOT / page)
    _PAGES[page].evaluate(index)


def _docstring_tests() -> list[Any]:
    finder = doctest.DocTestFinder()
    params = []
    modules = pkgutil.walk_packages(opinionpiece.__path__, "opinionpiece.")
    names = ["opinionpiece", *sorted(m.name for m in modules)]
    for name in names:
        if name.endswith("__main__"):  # importing it would run the command
            continue
        try:
            module = importlib.import_module(name)
        except ImportError as exc:  # an optional extra that is not installed
            params.append(pytest.param(None, id=name, marks=pytest.mark.skip(str(exc))))
            continue
        for test in finder.find(module):
            if test.examples:
                params.append(pytest.param(test, id=test.name))
    return params


@pytest.mark.parametrize("test", _docstring_tests())
def test_docstring_examples(test: doctest.DocTest) -> None:
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    report: list[str] = []
    result = runner.run(test, out=report.append, clear_globs=False)
    if result.attempted == 0:
        pytest.skip("every example is marked +SKIP")
    assert result.failed == 0, "".join(report)


def test_every_page_is_collected() -> None:
    """The samples are found: the parser still understands the pages."""
    params = _page_examples()
    assert len(params) >= 15
    assert any(p.values[0] == "README.md" for p in params)


def test_format_page_lists_every_key() -> None:
    """docs/format.md's tables name every key the schema has, and no other."""
    page = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    schema = opinionpiece.json_schema()
    documented = set(re.findall(r"^\| `(\w+)` \|", page, re.MULTILINE))
    assert documented == set(schema["properties"])
    for name, definition in schema["$defs"].items():
        for key in definition.get("properties", {}):
            row = re.search(rf"^\| {_object_label(name)} \| (.*)$", page, re.MULTILINE)
            assert row is not None, name
            assert f"`{key}`" in row[1], (name, key)


def _object_label(class_name: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r" \1", class_name).lower()


#: Fence languages that are not run: shell sessions, program output, data, other tools.
NOT_PYTHON = {"sh", "console", "text", "json", "sql", "toml", "yaml", "html", "csv"}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_fence_is_run_or_marked_as_not_python(page: Path) -> None:
    """A code fence is ```python (run), a directive, or a language that is not Python.

    Python under another name (```py, ```pycon, a bare fence) would be shown but never
    run; this keeps such blocks from slipping past the sample tests.
    """
    fence: str | None = None  # the backticks of the open fence, if inside one
    for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
        match = re.match(r"^(`{3,})(.*)$", line)
        if match is None:
            continue
        ticks, info = match[1], match[2].strip()
        if fence is not None:
            if ticks.startswith(fence) and not info:  # closes the open fence
                fence = None
            continue
        fence = ticks
        language = info.split()[0] if info else ""
        assert language == "python" or language.startswith("{") or language in NOT_PYTHON, (
            f"{page.name}:{number}: ```{info}"
        )
