"""Score body extraction on whole-page text dumps (trafilatura's evaluation pages).

Usage::

    python benchmarks/eval_body.py [DATA_DIR] [--limit N] [--show-misses K]

``DATA_DIR`` is the ``trafilatura-eval`` folder (default: ``$OPINIONPIECE_DATA/
trafilatura-eval`` or ``../shared/datasets/trafilatura-eval``). It holds ``dumps/*.txt``
(each page as ``html_text.extract_text`` keeps it) and ``evaldata.json`` whose ``with``
snippets must appear in the article body and whose ``without`` snippets must not.

Scoring, exactly: the body is ``article.text`` (the body paragraphs joined). Every
snippet and the body are compared after collapsing each run of white space to one
space. ``with`` = share of all ``with`` snippets found in their page's body; ``without``
= share of all ``without`` snippets absent from it. Pages are pooled (micro average).
The same numbers for the whole dump as "body" are printed as the floor.

The headline figures are ``with_headings`` / ``without_headings``: the body as a reader
sees it, each paragraph under its subheading (:func:`body_with_headings`). Subheadings
are part of an article's body, and trafilatura's gold counts them (about a hundred
``with`` snippets are subheadings), so the paragraphs alone under-count what was found;
in exchange every chrome line wrongly taken for a subheading counts against
``without_headings``, which is therefore the stricter of the two ``without`` figures.

Also printed, not a headline figure: ``with_article`` / ``without_article``, the
standfirst (dek) over that body. The parser gives the standfirst its own role and field,
while trafilatura's gold counts it as body text (about twenty ``with`` snippets are
standfirsts), so this line shows how much of the remaining gap is that difference of
taxonomy rather than text left out.

``--show-misses K`` prints the first K snippets missed (``with``) or leaked (``without``)
under the headline measure; ``--by-reason`` groups all of them by the role and reason of
the block that holds them (``before``/``after``/``in`` the body), to see which rule to fix.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

import opinionpiece

_WS = re.compile(r"\s+")
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


def _norm(text: str) -> str:
    return _WS.sub(" ", _INVISIBLE.sub("", text)).strip()


def body_with_headings(article: opinionpiece.Article) -> str:
    """The main text as a reader sees it: each paragraph under its subheading."""
    out: list[str] = []
    last: str | None = None
    for p in article.paragraphs:
        if p.heading is not None and p.heading != last:
            out.append(p.heading)
            last = p.heading
        out.append(p.text)
    return "\n\n".join(out)


def article_text(article: opinionpiece.Article) -> str:
    """The standfirst (when there is one) over :func:`body_with_headings`."""
    head = [article.standfirst] if article.standfirst else []
    return "\n\n".join([*head, body_with_headings(article)])


def _where(article: opinionpiece.Article, snippet: str) -> tuple[str, str, str]:
    """The role and reason of the block holding ``snippet`` (or its start), and where
    that block lies: before, in or after the body.
    """
    blocks = [b for b in article.blocks if b.role is not opinionpiece.Role.BLANK]
    inside = [i for i, b in enumerate(blocks) if b.role in _BODY_ROLES]
    texts = [_norm(b.text) for b in blocks]
    for key in (snippet, snippet[:40]):
        for i, text in enumerate(texts):
            if key and key in text:
                where = (
                    "in"
                    if inside and inside[0] <= i <= inside[-1]
                    else "before"
                    if inside and i < inside[0]
                    else "after"
                )
                return blocks[i].role.value, blocks[i].reason or "", where
    return "-", "spans blocks or not in the dump", "-"


_BODY_ROLES = frozenset({opinionpiece.Role.BODY, opinionpiece.Role.HEADING})


def default_dir() -> Path:
    """The data folder from the environment, or the shared checkout beside the repo."""
    env = os.environ.get("OPINIONPIECE_DATA")
    if env:
        return Path(env) / "trafilatura-eval"
    return Path(__file__).resolve().parent.parent.parent / "shared/datasets/trafilatura-eval"


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and print the scores."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data_dir", nargs="?", type=Path, default=default_dir())
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show-misses", type=int, default=0)
    ap.add_argument("--by-reason", action="store_true")
    args = ap.parse_args(argv)
    facts = json.loads((args.data_dir / "evaldata.json").read_text(encoding="utf-8"))
    counts = {
        k: [0, 0]
        for k in (
            "with",
            "without",
            "with_headings",
            "without_headings",
            "with_article",
            "without_article",
            "with_floor",
            "without_floor",
        )
    }
    misses: list[tuple[str, str, str]] = []
    reasons: Counter[tuple[str, str, str, str]] = Counter()
    seconds = 0.0
    nbytes = 0
    items = list(facts.items())
    if args.limit:
        items = items[: args.limit]
    for _url, fact in items:
        raw = (args.data_dir / fact["dump"]).read_text(encoding="utf-8")
        nbytes += len(raw.encode("utf-8"))
        t0 = time.perf_counter()
        article = opinionpiece.parse(raw)
        seconds += time.perf_counter() - t0
        bodies = {
            "": _norm(article.text),
            "_headings": _norm(body_with_headings(article)),
            "_article": _norm(article_text(article)),
            "_floor": _norm(raw),
        }
        for snippet in fact.get("with") or []:
            s = _norm(snippet)
            for suffix, body in bodies.items():
                counts["with" + suffix][1] += 1
                counts["with" + suffix][0] += s in body
            if s not in bodies["_headings"]:
                misses.append(("with", fact["dump"], s))
                if args.by_reason:
                    reasons[("with", *_where(article, s))] += 1
        for snippet in fact.get("without") or []:
            s = _norm(snippet)
            for suffix, body in bodies.items():
                counts["without" + suffix][1] += 1
                counts["without" + suffix][0] += s not in body
            if s in bodies["_headings"]:
                misses.append(("without", fact["dump"], s))
                if args.by_reason:
                    reasons[("without", *_where(article, s))] += 1
    n = len(items)
    print(
        f"pages: {n}; parse: {seconds:.2f} s ({n / seconds:.0f} pages/s, "
        f"{nbytes / seconds / 1e6:.1f} MB/s)"
    )
    for key in counts:
        got, total = counts[key]
        print(f"{key:14} {got / max(total, 1):.3f}  ({got}/{total})")
    if args.by_reason:
        for (kind, role, reason, where), count in reasons.most_common():
            print(f"  {count:5} {kind:8} {where:7} {role:12} {reason}")
    if args.show_misses:
        for kind, dump, s in misses[: args.show_misses]:
            print(f"  miss {kind:8} {dump}: {s[:90]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
