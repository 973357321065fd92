"""Speed benchmark: articles/s and MB/s per core, against a floor, with stage shares.

Usage::

    python benchmarks/bench.py [--rounds N] [--corpus NAME ...]

For each corpus (see :mod:`corpora`) it times, over ``N`` rounds each on one core:

* ``parse`` — :func:`opinionpiece.parse` of every text, end to end;
* ``floor`` — what any parser must pay: reading the text, splitting it into lines and
  one ``regex`` scan for quotation marks;
* ``json`` — :func:`opinionpiece.to_json` of the parsed articles;
* ``trafilatura`` — ``trafilatura.extract`` on an HTML rendering of the same texts
  (``<p>`` per line), only when trafilatura is installed.

Times are the process's CPU time: the cost on one core, which other load on a shared
machine disturbs far less than a wall clock. It reports the median and the spread
(min–max) of each, MB/s and articles/s, the ratio of ``parse`` to ``floor`` (machines
here are noisy: compare ratios, not absolute times between runs), the peak memory of
parsing the largest text (tracemalloc), and the share of parse time per pipeline stage
(each stage's calls timed over the same N passes).
"""

from __future__ import annotations

import argparse
import html
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpora
import opinionpiece
from opinionpiece import bylines, dates, language, pipeline, quotes, rules

_MARKS = regex.compile(r"[\"“”‘’«»„「」]")

#: pipeline stage -> the functions :mod:`opinionpiece.pipeline` calls for it (by their
#: names there; ``Class.method`` for a method)
STAGES: dict[str, tuple[str, ...]] = {
    "normalize": ("make_view",),
    "segment": ("segment",),
    "detect profile": ("ProfileRegistry.detect",),
    "classify": ("classify",),
    "settle bylines, notes": ("settle_bylines", "settle_notes"),
    "extract: bylines": ("read_authors", "chosen_byline_text"),
    "extract: notes": ("read_note", "attach_bios"),
    "extract: dates": ("read_published",),
    "extract: captions": ("read_captions",),
    "extract: quotes": ("extract_quotes",),
    "extract: language": ("_language",),
    "assemble": ("_blocks", "check_invariants"),
}


def floor(texts: list[str]) -> int:
    """Read, split into lines, scan for quote marks: the cost any parser pays."""
    n = 0
    for text in texts:
        lines = text.splitlines()
        n += len(lines) + len(_MARKS.findall(text))
    return n


#: The caches that remember answers per text (not the compiled patterns).
_TEXT_CACHES = (
    (rules, "word_count"),
    (rules, "ends_sentence"),
    (dates, "find_date"),
    (bylines, "_read_byline"),
    (bylines, "_last_title_part"),
    (language, "_remembered_words"),
    (quotes, "_mention_parts"),
)


def _clear_caches() -> None:
    """Forget per-text caches, so a round never profits from the round before."""
    for module, name in _TEXT_CACHES:
        cached = getattr(module, name, None)  # (an older version may lack one)
        if cached is not None and hasattr(cached, "cache_clear"):
            cached.cache_clear()


#: CPU time of this process: what one core spends, whatever else the machine runs (a
#: wall clock on a shared machine counts the time other processes take the core away).
_clock = time.process_time


def _time(fn: Callable[[], object], rounds: int) -> list[float]:
    fn()  # warm up (compiles patterns)
    out = []
    for _ in range(rounds):
        _clear_caches()
        t0 = _clock()
        fn()
        out.append(_clock() - t0)
    return out


def _stage_shares(texts: list[str], rounds: int = 1) -> dict[str, float]:
    """The share of parse time per stage: each stage's functions timed (CPU time) while
    every text is parsed ``rounds`` times. Timing the few stage calls leaves the rest undisturbed,
    where a profiler's cost per function call would inflate the stages that make many
    small calls."""
    spent = dict.fromkeys(STAGES, 0.0)
    patched: list[tuple[object, str, object]] = []

    def timed(stage: str, fn: Callable[..., object]) -> Callable[..., object]:
        def wrapper(*args: object, **kwargs: object) -> object:
            t0 = _clock()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[stage] += _clock() - t0

        return wrapper

    for stage, names in STAGES.items():
        for name in names:
            owner_name, _, attr = name.rpartition(".")
            owner = getattr(pipeline, owner_name) if owner_name else pipeline
            original = getattr(owner, attr, None)
            if original is None:
                continue  # (a name of another version of the pipeline)
            patched.append((owner, attr, original))
            setattr(owner, attr, timed(stage, original))
    try:
        t0 = _clock()
        for _ in range(rounds):
            _clear_caches()
            for t in texts:
                opinionpiece.parse(t)
        total = _clock() - t0
    finally:
        for owner, attr, original in reversed(patched):
            setattr(owner, attr, original)
    shares = {stage: (t / total if total else 0.0) for stage, t in spent.items()}
    shares["other"] = max(0.0, 1.0 - sum(shares.values()))
    return shares


def _trafilatura(texts: list[str]) -> Callable[[], object] | None:
    try:
        import trafilatura  # type: ignore[import-not-found]
    except ImportError:
        return None
    pages = [
        "<html><body><article>"
        + "".join(f"<p>{html.escape(line)}</p>" for line in t.splitlines() if line.strip())
        + "</article></body></html>"
        for t in texts
    ]
    return lambda: [trafilatura.extract(p) for p in pages]


def run(name: str, texts: list[str], rounds: int) -> None:
    """Benchmark one corpus and print its table."""
    size = sum(len(t.encode("utf-8")) for t in texts)
    articles = [opinionpiece.parse(t) for t in texts]
    rows: dict[str, list[float]] = {
        "parse": _time(lambda: [opinionpiece.parse(t) for t in texts], rounds),
        "floor": _time(lambda: floor(texts), rounds),
        "json": _time(lambda: [opinionpiece.to_json(a) for a in articles], rounds),
    }
    traf = _trafilatura(texts)
    if traf is not None:
        rows["trafilatura"] = _time(traf, max(1, rounds // 2))
    # peak memory of parsing the largest text alone (the pass keeps one article alive)
    largest = max(texts, key=len)
    tracemalloc.start()
    opinionpiece.parse(largest)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(f"\n== {name}: {len(texts)} articles, {size / 1e6:.2f} MB")
    print(f"{'step':12} {'median s':>9} {'spread s':>17} {'MB/s':>8} {'art/s':>9} {'ms/art':>8}")
    for step, times in rows.items():
        med = statistics.median(times)
        spread = f"{min(times):.4f}-{max(times):.4f}"
        print(
            f"{step:12} {med:9.4f} {spread:>17} {size / med / 1e6:8.2f} "
            f"{len(texts) / med:9.0f} {1000 * med / len(texts):8.3f}"
        )
    parse_med = statistics.median(rows["parse"])
    print(f"parse / floor: {parse_med / statistics.median(rows['floor']):.1f}x")
    if "trafilatura" in rows:
        print(f"trafilatura / parse: {statistics.median(rows['trafilatura']) / parse_med:.2f}x")
    per_byte = peak / max(len(largest.encode("utf-8")), 1)
    print(f"peak memory, largest text: {peak / 1e6:.1f} MB ({per_byte:.1f} B per input byte)")
    print("share of parse time per stage:")
    for stage, share in _stage_shares(texts, rounds).items():
        print(f"  {stage:22} {100 * share:5.1f} %")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks and print the tables."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--corpus", action="append", choices=sorted(corpora.CORPORA))
    args = ap.parse_args(argv)
    for name in args.corpus or list(corpora.CORPORA):
        texts = corpora.CORPORA[name]()
        if not texts:
            print(f"\n== {name}: not available here, skipped")
            continue
        run(name, texts, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
