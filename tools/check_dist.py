"""Check a built sdist and wheel: the right files in, nothing stray, one version.

Usage: python tools/check_dist.py DIST_DIR

Run by ``make dist-check`` after ``python -m build`` and ``twine check``. Exits non-zero
and says what is wrong when a required file is missing from a distribution, a file that
must stay out is in it, or the version in a distribution's metadata is not
``opinionpiece.__version__`` (``CITATION.cff`` gives its release part: ``0.1.0`` for
``0.1.0.dev0``).
"""

from __future__ import annotations

import re
import sys
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path

import opinionpiece

SDIST_REQUIRED = [
    "pyproject.toml",
    "README.md",
    "LICENSE",
    "CHANGELOG.md",
    "CITATION.cff",
    "src/opinionpiece/__init__.py",
    "src/opinionpiece/py.typed",
    "docs/conf.py",
    "docs/index.md",
    "examples/sample_cgtn.txt",
    "tests/test_docs.py",
]
SDIST_REQUIRED_PREFIXES = ["examples/corpus/", "tests/cases/"]
WHEEL_REQUIRED = ["opinionpiece/__init__.py", "opinionpiece/py.typed"]
#: Path parts that must never be shipped.
FORBIDDEN_PARTS = {
    ".venv",
    ".git",
    "_build",
    "_generated",
    "__pycache__",
    ".pytest_cache",
    ".mypy_cache",
    ".ruff_cache",
    ".hypothesis",
    "dist",
    ".ci",
}


def problems(dist: Path) -> list[str]:
    """What is wrong with the one sdist and one wheel in ``dist``."""
    version = opinionpiece.__version__
    errors: list[str] = []
    sdists = sorted(dist.glob("opinionpiece-*.tar.gz"))
    wheels = sorted(dist.glob("opinionpiece-*.whl"))
    if len(sdists) != 1 or len(wheels) != 1:
        return [f"expected one sdist and one wheel in {dist}, found {sdists + wheels}"]
    with tarfile.open(sdists[0]) as tar:
        top = f"opinionpiece-{version}/"
        names = [m.name for m in tar.getmembers() if m.isfile()]
        if not all(n.startswith(top) for n in names):
            errors.append(f"sdist: files outside {top} (version mismatch?)")
        rel = {n.removeprefix(top) for n in names}
        cff = tar.extractfile(top + "CITATION.cff") if top + "CITATION.cff" in names else None
        cff_text = cff.read().decode() if cff else ""
        pkg_info = tar.extractfile(top + "PKG-INFO")
        meta = Parser().parsestr(pkg_info.read().decode() if pkg_info else "")
    errors += [f"sdist: {name} is missing" for name in SDIST_REQUIRED if name not in rel]
    errors += [
        f"sdist: nothing under {prefix}"
        for prefix in SDIST_REQUIRED_PREFIXES
        if not any(n.startswith(prefix) for n in rel)
    ]
    errors += [
        f"sdist: {n} must not be shipped" for n in rel if FORBIDDEN_PARTS & set(n.split("/"))
    ]
    if meta["Version"] != version:
        errors.append(f"sdist: version {meta['Version']}, not {version}")
    release = re.match(r"\d+(?:\.\d+)*", version)
    cited = re.search(r"^version:\s*[\"']?([^\s\"']+)", cff_text, re.MULTILINE)
    if cff_text and (cited is None or release is None or cited[1] != release[0]):
        errors.append(f"CITATION.cff: version {cited and cited[1]}, not {release and release[0]}")
    with zipfile.ZipFile(wheels[0]) as whl:
        wnames = set(whl.namelist())
        info = f"opinionpiece-{version}.dist-info/"
        wmeta = (
            Parser().parsestr(whl.read(info + "METADATA").decode())
            if info + "METADATA" in wnames
            else None
        )
    errors += [f"wheel: {name} is missing" for name in WHEEL_REQUIRED if name not in wnames]
    stray = [n for n in wnames if not n.startswith(("opinionpiece/", info))]
    errors += [f"wheel: {n} must not be shipped" for n in stray]
    if wmeta is None:
        errors.append(f"wheel: no {info}METADATA (version mismatch?)")
    else:
        if wmeta["Version"] != version:
            errors.append(f"wheel: version {wmeta['Version']}, not {version}")
        if wmeta["License-Expression"] != "MIT":
            errors.append(f"wheel: License-Expression {wmeta['License-Expression']!r}")
        classifiers = wmeta.get_all("Classifier") or []
        if not classifiers:
            errors.append("wheel: no classifiers")
        try:  # hatchling's own dependency; PyPI refuses unknown classifiers
            from trove_classifiers import classifiers as known
        except ImportError:
            known = set(classifiers)
        errors += [f"wheel: unknown classifier {c!r}" for c in classifiers if c not in known]
    return errors


def main(argv: list[str]) -> int:
    """Entry point."""
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    errors = problems(Path(argv[1]))
    for error in errors:
        print(f"dist-check: {error}", file=sys.stderr)
    if not errors:
        print(
            f"dist-check: sdist and wheel of opinionpiece {opinionpiece.__version__} are complete"
        )
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
