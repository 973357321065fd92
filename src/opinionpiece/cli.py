"""The ``opinionpiece`` command (also ``python -m opinionpiece``).

The commands live in :mod:`opinionpiece._cli` and need the ``cli`` extra (click and
tqdm); :func:`main` says so plainly, and exits with status 2, when it is missing.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["main"]

_MISSING = (
    "opinionpiece: the command line needs the 'cli' extra, which is not installed.\n"
    "Install it with:  pip install 'opinionpiece[cli]'\n"
)


def main(argv: Sequence[str] | None = None) -> None:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); exits the process.

    Exit status: 0 when every input was parsed, 1 when some failed, 2 for a usage
    error or a missing ``cli`` extra.
    """
    try:
        import click  # noqa: F401
    except ModuleNotFoundError:
        sys.stderr.write(_MISSING)
        raise SystemExit(2) from None
    from ._cli import cli

    cli.main(args=list(argv) if argv is not None else None, prog_name="opinionpiece")
