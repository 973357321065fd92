"""Render the annotated HTML view of a parse: every block with its role, quotes marked.

Usage: python examples/html_view.py [PATH] [OUT.html]

PATH defaults to the bundled sample (``examples/sample_cgtn.txt``) and OUT to
``sample.html``; open the file in a browser. The page is one offline file with no
script: the input rendered block by block (chrome greyed with its reason), quotes
highlighted with speaker and cue, captions with their credits, diagnostics where they
point. Needs markupsafe (``pip install 'opinionpiece[html]'``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import opinionpiece
from opinionpiece.html import write_view

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    """Entry point."""
    path = Path(argv[1]) if len(argv) > 1 else HERE / "sample_cgtn.txt"
    out = Path(argv[2]) if len(argv) > 2 else Path("sample.html")

    article = opinionpiece.parse_file(path)
    page = opinionpiece.to_html(article)  # the whole page, as a string
    print(f"{article.title}: {len(article.blocks)} blocks, {len(article.quotes)} quotes")
    print(f"page: {len(page)} characters")
    written = write_view(article, out)  # or write it to a file
    print(f"view: {written}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
