"""The corpora the speed benchmarks run on.

* ``reference`` — the reference CGTN dump from ``../shared/seeds`` (skipped if absent);
* ``generated`` — varied layouts built from the project's own fixtures
  (``examples/*.txt`` and ``tests/cases/*.txt``), each in several line-end and chrome
  variants, so the corpus exists on every machine;
* ``pages`` — the first 200 whole-page dumps of ``trafilatura-eval`` and ``polnear`` —
  the first 200 PolNeAR dev texts, from the development data when present
  (``$OPINIONPIECE_DATA`` or ``../shared/datasets``).
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _data_dir() -> Path:
    env = os.environ.get("OPINIONPIECE_DATA")
    return Path(env) if env else SHARED / "datasets"


def _read(paths: list[Path]) -> list[str]:
    return [p.read_bytes().decode("utf-8", "replace") for p in paths]


def reference() -> list[str]:
    """The reference dump, once (empty when absent)."""
    path = SHARED / "seeds" / "000_c51e7cb932fc80fd.txt"
    return _read([path]) if path.is_file() else []


def generated() -> list[str]:
    """The project's own fixtures in several variants (always available)."""
    base = _read(
        sorted((ROOT / "examples").glob("*.txt")) + sorted((ROOT / "tests/cases").glob("*.txt"))
    )
    out: list[str] = []
    for text in base:
        unix = text.replace("\r\n", "\n")
        out += [
            unix,
            unix.replace("\n", "\r\n"),
            "Home\nNews\nOpinion\nShare\n" + unix + "\nRelated articles\nCopyright © 2026\n",
            unix.replace("\n\n", "\n"),
        ]
    return out


def pages(limit: int = 200) -> list[str]:
    """Whole-page dumps from trafilatura's evaluation set (empty when absent)."""
    folder = _data_dir() / "trafilatura-eval" / "dumps"
    return _read(sorted(folder.glob("*.txt"))[:limit]) if folder.is_dir() else []


def polnear(limit: int = 200) -> list[str]:
    """PolNeAR dev news texts (empty when absent)."""
    folder = _data_dir() / "polnear" / "dev" / "text"
    return _read(sorted(folder.glob("*.txt"))[:limit]) if folder.is_dir() else []


CORPORA = {"reference": reference, "generated": generated, "pages": pages, "polnear": polnear}
