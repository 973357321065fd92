"""Parse one article dump and print a readable summary, then the JSON.

Usage: python examples/demo.py PATH
"""

from __future__ import annotations

import sys

import opinionpiece


def summary(article: opinionpiece.Article) -> str:
    """A short human-readable account of what was found."""
    lines = [
        f"Title:      {article.title}",
        f"Outlet:     {article.outlet} (profile {article.profile})",
        f"Published:  {article.published}",
    ]
    for author in article.authors:
        lines.append(f"Author:     {author.name}")
        if author.bio:
            lines.append(f"  bio:      {author.bio}")
    if article.editor_note is not None:
        lines.append(f"Disclaimer: {article.editor_note.disclaimer}")
    lines.append(f"Paragraphs: {len(article.paragraphs)}")
    for p in article.paragraphs[:3]:
        lines.append(f"  - {p.text[:90]}")
    lines.append(f"Quotes:     {len(article.quotes)}")
    for q in article.quotes:
        lines.append(f"  - {q.text[:60]!r} -> {q.speaker} ({q.cue})")
    lines.append(f"Captions:   {len(article.captions)}")
    for c in article.captions:
        lines.append(f"  - [{c.credit}] x{len(c.spans)} {c.text[:70]}")
    lines.append(f"Chrome:     {[b.text for b in article.boilerplate]}")
    for d in article.diagnostics:
        lines.append(f"Diagnostic: {d.code} {d.severity.value}: {d.message}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Entry point."""
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    article = opinionpiece.parse_file(argv[1])
    print(summary(article))
    print()
    print(opinionpiece.to_json(article, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
