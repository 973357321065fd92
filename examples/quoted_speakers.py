"""Find the most-quoted speakers in a corpus and plot them as a bar chart.

Usage: python examples/quoted_speakers.py [FOLDER] [OUT.png]

FOLDER defaults to the bundled sample corpus (``examples/corpus``) and the chart to
``quoted_speakers.png``. Needs matplotlib (``pip install 'opinionpiece[plot]'``); the
chart is drawn off screen (the Agg backend), so it works on a server too.

Each quote has a resolved ``speaker``: a short name (``Marsh``) is resolved to the fullest
earlier mention in the article (``Elena Marsh``), and ``he``/``she`` to the nearest
fitting speaker. A speaker is counted once per quote, and the number of articles that
quote them is shown beside the count.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import opinionpiece

HERE = Path(__file__).resolve().parent


def count_speakers(folder: Path) -> tuple[Counter[str], Counter[str]]:
    """Quotes per speaker, and articles per speaker, over every ``*.txt`` in ``folder``."""
    quotes: Counter[str] = Counter()
    articles: Counter[str] = Counter()
    for result in opinionpiece.parse_many(opinionpiece.iter_files(folder)):
        if result.article is None:
            print(f"failed: {result.id}: {result.message}", file=sys.stderr)
            continue
        speakers = [q.speaker for q in result.article.quotes if q.speaker]
        quotes.update(speakers)
        articles.update(set(speakers))
    return quotes, articles


def plot(top: list[tuple[str, int]], out: Path) -> Path:
    """Draw a horizontal bar chart of ``(speaker, count)`` pairs into ``out`` (PNG)."""
    import matplotlib

    matplotlib.use("Agg")  # no display needed
    import matplotlib.pyplot as plt

    names = [name for name, _ in reversed(top)]
    counts = [n for _, n in reversed(top)]
    fig, ax = plt.subplots(figsize=(6, 0.5 * len(top) + 1.2))
    ax.barh(names, counts, color="#3b6ea5")
    ax.set_xlabel("quotes")
    ax.set_title("Most-quoted speakers")
    ax.xaxis.get_major_locator().set_params(integer=True)
    fig.tight_layout()
    fig.savefig(out, dpi=100)
    plt.close(fig)
    return out


def main(argv: list[str]) -> int:
    """Entry point."""
    folder = Path(argv[1]) if len(argv) > 1 else HERE / "corpus"
    out = Path(argv[2]) if len(argv) > 2 else Path("quoted_speakers.png")
    quotes, articles = count_speakers(folder)
    top = quotes.most_common(10)
    for name, n in top:
        print(f"{n:3d} quotes in {articles[name]} articles  {name}")
    if not top:
        print("no attributed quotes found")
        return 1
    print(f"chart: {plot(top, out)}")
    return 0


if __name__ == "__main__":  # parse_many starts worker processes: keep this guard
    raise SystemExit(main(sys.argv))
