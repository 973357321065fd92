"""The examples in the docstrings of the corpus modules run (issue 7)."""

from __future__ import annotations

import doctest
import importlib
import sys

import pytest

MODULES = ["batch", "jsonld", "render", "schema", "split"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    importlib.import_module(f"opinionpiece.{name}")
    module = sys.modules[f"opinionpiece.{name}"]  # the module, not the function it exports
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
