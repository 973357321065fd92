"""List the package's patterns whose possessive quantifiers lose matches.

A possessive quantifier (``x++``, ``x*+``, ``x{1,40}+``) or an atomic group keeps a
pattern linear, but it never gives back what it took: ``\\S{1,200}+\\.png`` swallows the
extension and matches nothing. This tool collects every pattern the package's modules
hold and every registered profile compiles to, builds its greedy twin (the
same pattern with every possessive quantifier and atomic group made ordinary) and
reports the patterns whose twin matches a line they do not, over the lines of the text
files given::

    .venv/bin/python tools/possessive_check.py DUMP.txt [DIR ...] [--lines 20000]

A report is not always a bug (a label must not give back its colon), but every
``fullmatch lost`` entry is worth a look: the rules use ``fullmatch`` on whole lines.
Exit status 1 when a pattern loses a match.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import random
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs
import regex

ROOT = Path(__file__).resolve().parent.parent


def greedy(pattern: str) -> str:
    """``pattern`` with its possessive quantifiers and atomic groups made ordinary.

    >>> greedy(r"\\S{1,200}+\\.(?:png|gif)")
    '\\\\S{1,200}\\\\.(?:png|gif)'
    >>> greedy(r"[+*]++\\+(?>ab)")
    '[+*]+\\\\+(?:ab)'
    """
    out: list[str] = []
    i, n, in_class = 0, len(pattern), False
    while i < n:
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
            out.append(c)
            i += 1
            continue
        if c == "[":
            in_class = True
            out.append(c)
            i += 1
            for opener in "^]":  # `[^…`, and a `]` first in a class is a character
                if i < n and pattern[i] == opener:
                    out.append(opener)
                    i += 1
            continue
        if pattern.startswith("(?>", i):
            out.append("(?:")
            i += 3
            continue
        quantifier = c in "+*}" or (c == "?" and not (out and out[-1] == "("))
        if quantifier and pattern[i + 1 : i + 2] == "+":
            out.append(c)
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def package_patterns() -> list[tuple[str, int]]:
    """Every (pattern, flags) held by the package's modules and compiled profiles."""
    sys.path.insert(0, str(ROOT / "src"))
    import opinionpiece
    from opinionpiece import profiles

    found: dict[tuple[str, int], None] = {}

    def take(value: object) -> None:
        if isinstance(value, regex.Pattern):
            found[(value.pattern, value.flags)] = None
        elif isinstance(value, tuple):
            for item in value:
                take(item)

    for info in pkgutil.iter_modules(opinionpiece.__path__, "opinionpiece."):
        for value in vars(importlib.import_module(info.name)).values():
            take(value)
    for profile in profiles.ProfileRegistry.default():
        compiled = profiles.compile_profile(profile)
        for field in attrs.fields(type(compiled)):
            take(getattr(compiled, field.name))
    return list(found)


def lines_of(paths: list[Path]) -> Iterator[str]:
    for path in paths:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            for line in f.read_text(encoding="utf-8", errors="replace").splitlines():
                line = " ".join(line.split())
                if 0 < len(line) <= 400:
                    yield line


def lost_matches(pattern: str, flags: int, lines: list[str]) -> tuple[list[str], list[str]]:
    """The lines the greedy twin fullmatches / searches and ``pattern`` does not."""
    twin = greedy(pattern)
    if twin == pattern:
        return [], []
    p, g = regex.compile(pattern, flags), regex.compile(twin, flags)
    full = [x for x in lines if g.fullmatch(x) and not p.fullmatch(x)]
    found = [x for x in lines if g.search(x) and not p.search(x)]
    return full, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path, help="text files or directories")
    parser.add_argument("--lines", type=int, default=20_000, help="lines to try (a sample)")
    args = parser.parse_args(argv)
    lines = sorted(set(lines_of(args.paths)))
    random.Random(1).shuffle(lines)
    lines = lines[: args.lines]
    bad = 0
    for pattern, flags in package_patterns():
        full, found = lost_matches(pattern, flags, lines)
        if full or found:
            bad += 1
            print(f"{pattern[:200]!r}")
            print(f"  fullmatch lost {len(full)}: {[x[:80] for x in full[:3]]}")
            print(f"  search lost    {len(found)}: {[x[:80] for x in found[:3]]}")
    print(f"{bad} pattern(s) lose matches over {len(lines)} lines")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
