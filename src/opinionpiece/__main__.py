"""``python -m opinionpiece``: the command line (see :mod:`opinionpiece.cli`)."""

from __future__ import annotations

from .cli import main

if __name__ == "__main__":
    main()
