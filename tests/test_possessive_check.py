"""The maintenance tool that finds possessive quantifiers losing matches."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
import regex

ROOT = Path(__file__).resolve().parent.parent


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "possessive_check", ROOT / "tools" / "possessive_check.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["possessive_check"] = module
    spec.loader.exec_module(module)
    return module


tool = _tool()


@pytest.mark.parametrize(
    ("pattern", "twin"),
    [
        (r"\S{1,200}+\.png", r"\S{1,200}\.png"),
        (r"a++b*+c?+", r"a+b*c?"),
        (r"(?>ab)(?:c)", r"(?:ab)(?:c)"),
        (r"[+*]\+\+[]+]", r"[+*]\+\+[]+]"),  # escaped and bracketed `+` are characters
        (r"(?i:x)?+", r"(?i:x)?"),
    ],
)
def test_greedy_twin(pattern: str, twin: str) -> None:
    assert tool.greedy(pattern) == twin
    regex.compile(tool.greedy(pattern))


def test_a_swallowing_run_loses_its_match() -> None:
    lines = ["photo.png", "photo.gif", "a line of prose"]
    full, found = tool.lost_matches(r"\S{1,200}+\.png", 0, lines)
    assert full == ["photo.png"]
    assert found == ["photo.png"]
    assert tool.lost_matches(r"\S{1,200}?\.png", 0, lines) == ([], [])


def test_the_package_patterns_keep_their_matches_on_the_fixtures() -> None:
    patterns = tool.package_patterns()
    assert len(patterns) > 100
    assert tool.main([str(ROOT / "tests" / "cases"), str(ROOT / "examples")]) == 0
