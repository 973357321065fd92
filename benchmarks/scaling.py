"""Scaling proof: parse time and peak memory per input byte, 1 KB … 50 MB, per input shape.

Shapes (each generated at every size):

``article``
    ordinary article text: the bundled sample's head, then its body paragraphs over and
    over (quotes, captions, bylines and all) — the reference cost;
``long_line``
    one line with no line break at all (prose words, commas and quotation marks);
``quotes``
    nothing but ``"`` characters;
``captions``
    the same caption with its credit, repeated (100 000 times at about 10 MB);
``bylines``
    byline-like lines (``By Jane Doe and John Roe``), one after the other;
``unicode``
    random Unicode (all planes, controls and marks included) with a line break every
    one to six characters;
``speakers``
    (extra) quote paragraphs, each attributed to a different, never-seen speaker;
``fragments``
    (extra) byline fragments (``and John Roe``) alone between blank lines;
``continued``
    (extra) one attributed quote, then quote paragraphs that each go on with its speaker;
``notes``
    (extra) editor's note lines, each about a different person.

Every (shape, size) runs in a fresh child process, so the peak memory of one parse is
not hidden by an earlier one: the child builds the text, resets the kernel's peak RSS
mark (``/proc/self/clear_refs``), parses with the time budget switched off and reports
the CPU time (``time.process_time``, which other processes on a busy machine disturb
far less than wall time), the wall time and the peak RSS growth. Inputs up to 1 MB are
parsed several times and the fastest run is kept. A size whose projected memory (from
the shape's memory per byte at the sizes before) would not fit in the available memory
is skipped and reported as such. The report gives, per shape, the cost per byte at each size, the
ratio of the 1 MB / 10 MB / 50 MB cost to the 100 KB cost (**must stay within 2x**:
linear time), the cost relative to ``article`` at the same size (**must stay within
20x**), and the peak memory per input byte.

Run: ``make scaling`` or ``.venv/bin/python benchmarks/scaling.py [--max-mb 10]
[--shapes article,quotes]``. Exit status 1 when a bound is broken.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "sample_cgtn.txt"

KB = 1_000
MB = 1_000_000
SIZES = (1 * KB, 10 * KB, 100 * KB, 1 * MB, 10 * MB, 50 * MB)
#: Sizes whose cost is compared with the 100 KB cost of the same shape.
CHECKED = (1 * MB, 10 * MB, 50 * MB)
MAX_SLOPE = 2.0
MAX_VS_ARTICLE = 20.0


def _fill(pieces: Callable[[], str], n: int) -> str:
    out: list[str] = []
    size = 0
    while size < n:
        piece = pieces()
        out.append(piece)
        size += len(piece)
    return "".join(out)[:n]


def article(n: int) -> str:
    """The sample article's head, then its body paragraphs repeated."""
    src = SAMPLE.read_text(encoding="utf-8")
    head, _, body = src.partition("When six")
    paras = [p for p in ("When six" + body).split("\n\n") if p.strip()][:-2]
    it = iter(range(10**12))
    return head + _fill(lambda: paras[next(it) % len(paras)] + "\n\n", max(0, n - len(head)))


def long_line(n: int) -> str:
    """One line of prose words, commas and quotation marks, no line break at all."""
    rnd = random.Random(2)
    words = 'the minister said that water policy matters, and "cooperation" is key.'.split()
    return _fill(lambda: rnd.choice(words) + " ", n)


def quotes(n: int) -> str:
    """Nothing but straight double quotation marks."""
    return '"' * n


def captions(n: int) -> str:
    """One caption with its credit, repeated (blank line between)."""
    line = "Fishing boats rest on the exposed riverbed near Pakse, April 2, 2025. /Xinhua\n\n"
    return _fill(lambda: line, n)


def bylines(n: int) -> str:
    """Byline-shaped lines, one after another with no blank line."""
    rnd = random.Random(4)
    names = ("Jane Doe", "John Roe", "Ma Si", "Hu Meidong", "BALEW DEMISSIE", "Le Thi Hoa")
    return _fill(lambda: f"By {rnd.choice(names)} and {rnd.choice(names)}\n", n)


def unicode(n: int) -> str:
    """Random code points of every plane (surrogates included), a line break every 1-6."""
    rnd = random.Random(3)

    def piece() -> str:
        k = rnd.randint(1, 6)
        return (
            "".join(
                chr(rnd.choice((rnd.randint(0, 0x2FFF), rnd.randint(0, 0x10FFFF))))
                for _ in range(k)
            )
            + "\n"
        )

    return _fill(piece, n)


def speakers(n: int) -> str:
    """Quote paragraphs, each attributed to a different speaker (names never repeat)."""
    rnd = random.Random(5)

    def word() -> str:
        return "".join(rnd.choice("bcdfghklmnprstvz") + rnd.choice("aeiou") for _ in range(4))

    head = "Water talks resume\n\nBy Jane Doe\n\n"
    return head + _fill(
        lambda: (
            f'"We will act on the policy now," said Minister {word().title()} {word().title()}.\n\n'
        ),
        max(0, n - len(head)),
    )


def fragments(n: int) -> str:
    """Byline fragments alone between blank lines, inside an article."""
    prose = "A sentence of prose that is long enough to count as a paragraph of the body.\n\n"
    return prose + _fill(lambda: "and John Roe\n\n", max(0, n - 2 * len(prose))) + prose


def continued(n: int) -> str:
    """One attributed quote, then quote paragraphs that inherit its speaker, one by one."""
    head = 'Water talks\n\nBy Jane Doe\n\nSomchai Vongsa said: "We will act now."\n\n'
    it = iter(range(10**12))
    return head + _fill(
        lambda: f'"This is full sentence number {next(it)} of the same speech."\n\n',
        max(0, n - len(head)),
    )


def notes(n: int) -> str:
    """Editor's note lines, each about a different (made-up) person."""
    rnd = random.Random(6)

    def word() -> str:
        return "".join(rnd.choice("bcdfghklmnprstvz") + rnd.choice("aeiou") for _ in range(3))

    head = "Water talks\n\nThe talks on the river went on for hours without any result.\n\n"
    return head + _fill(
        lambda: f"Editor's note: {word().title()} {word().title()} is a researcher.\n\n",
        max(0, n - len(head)),
    )


SHAPES: dict[str, Callable[[int], str]] = {
    "article": article,
    "long_line": long_line,
    "quotes": quotes,
    "captions": captions,
    "bylines": bylines,
    "unicode": unicode,
    "speakers": speakers,
    "fragments": fragments,
    "continued": continued,
    "notes": notes,
}


def _rss_kb(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def child(shape: str, size: int) -> dict[str, float]:
    """Measure one parse in this (fresh) process."""
    import gc
    import resource

    import opinionpiece

    opinionpiece.parse('Warm up\n\nBy Jane Doe\n\nA first paragraph, "quoted", she said.\n')
    text = SHAPES[shape](size)
    repeats = 5 if size <= 100 * KB else 3 if size <= MB else 1
    best = float("inf")
    wall = float("inf")
    peak = 0.0
    for _ in range(repeats):
        gc.collect()
        before = _rss_kb("VmRSS")
        reset = False
        try:
            Path("/proc/self/clear_refs").write_text("5")
            reset = True
        except OSError:
            pass
        base_max = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t0, c0 = time.perf_counter(), time.process_time()
        article = opinionpiece.parse(text, budget=None)
        elapsed = time.process_time() - c0
        wall = min(wall, time.perf_counter() - t0)
        hwm = _rss_kb("VmHWM") if reset else None
        if hwm is not None and before is not None:
            grown = max(0, hwm - before) * 1024
        else:  # no /proc: growth of the process's peak (a lower bound)
            grown = max(0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base_max) * 1024
        best = min(best, elapsed)
        peak = max(peak, float(grown))
        del article
    return {"seconds": best, "wall": wall, "peak": peak, "chars": float(len(text))}


def measure(shape: str, size: int, timeout: float) -> dict[str, float] | None:
    """Run :func:`child` in a fresh interpreter; ``None`` when it fails or times out."""
    cmd = [sys.executable, __file__, "--child", shape, str(size)]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-2000:])
        return None
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def available_memory() -> float | None:
    """Bytes of memory available to a new process (``MemAvailable``), if known."""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                return float(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def _fmt_size(n: int) -> str:
    return f"{n // MB} MB" if n >= MB else f"{n // KB} KB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--max-mb", type=float, default=50.0, help="largest input (MB)")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated shapes")
    parser.add_argument("--timeout", type=float, default=3600.0, help="per-run limit (s)")
    parser.add_argument("--json", type=Path, help="also write the raw numbers here")
    parser.add_argument("--child", nargs=2, metavar=("SHAPE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child[0], int(args.child[1]))))
        return 0

    shapes = [s for s in args.shapes.split(",") if s]
    unknown = [s for s in shapes if s not in SHAPES]
    if unknown:
        parser.error(f"unknown shape(s): {', '.join(unknown)}")
    if "article" not in shapes:
        shapes.insert(0, "article")
    sizes = [s for s in SIZES if s <= args.max_mb * MB]
    results: dict[str, dict[int, dict[str, float] | None]] = {}
    print(
        f"{'shape':<10} {'size':>6} {'cpu s':>9} {'wall s':>9} {'µs/byte':>8} {'mem B/B':>8}",
        flush=True,
    )
    for shape in shapes:
        results[shape] = {}
        per_byte_mem = 0.0
        for size in sizes:
            free = available_memory()
            need = 1.5 * per_byte_mem * size + 8 * size  # peak growth, the text, margin
            if free is not None and per_byte_mem and need > 0.8 * free:
                print(
                    f"{shape:<10} {_fmt_size(size):>6}    skipped: needs about "
                    f"{need / 1e9:.1f} GB, {free / 1e9:.1f} GB available",
                    flush=True,
                )
                results[shape][size] = None
                continue
            r = measure(shape, size, args.timeout)
            results[shape][size] = r
            if r is None:
                print(f"{shape:<10} {_fmt_size(size):>6}    failed or timed out", flush=True)
                continue
            us = r["seconds"] / r["chars"] * 1e6
            mem = r["peak"] / r["chars"]
            if size >= MB:
                per_byte_mem = max(per_byte_mem, mem)
            print(
                f"{shape:<10} {_fmt_size(size):>6} {r['seconds']:9.3f} {r['wall']:9.3f} "
                f"{us:8.2f} {mem:8.1f}",
                flush=True,
            )

    def per_byte(shape: str, size: int) -> float | None:
        r = results.get(shape, {}).get(size)
        return None if r is None else r["seconds"] / r["chars"] * 1e6

    ok = True
    checked = [s for s in CHECKED if s in sizes]
    print()
    head = " ".join(f"{'x@' + _fmt_size(s):>9}" for s in checked)
    vs = " ".join(f"{'vs art@' + _fmt_size(s):>12}" for s in (100 * KB, *checked) if s in sizes)
    print(f"{'shape':<10} {'µs/B@100KB':>10} {head} {vs} {'mem B/B':>11}")
    for shape in shapes:
        base = per_byte(shape, 100 * KB)
        cells: list[str] = []
        for s in checked:
            cost = per_byte(shape, s)
            if cost is None or base is None:
                cells.append(f"{'n/a':>9}")
                ok = False
                continue
            ratio = cost / base
            ok &= ratio <= MAX_SLOPE
            cells.append(f"{ratio:8.2f}{'!' if ratio > MAX_SLOPE else ' '}")
        rel: list[str] = []
        for s in (100 * KB, *checked):
            if s not in sizes:
                continue
            cost, ref = per_byte(shape, s), per_byte("article", s)
            if cost is None or ref is None:
                rel.append(f"{'n/a':>12}")
                continue
            factor = cost / ref
            ok &= factor <= MAX_VS_ARTICLE
            rel.append(f"{factor:11.2f}{'!' if factor > MAX_VS_ARTICLE else ' '}")
        # RSS moves in pages and arenas: only inputs of 1 MB and more say much
        floor = min(MB, max(sizes))
        mems = [
            r["peak"] / r["chars"]
            for size, r in results[shape].items()
            if r is not None and size >= floor
        ]
        base_s = f"{base:10.2f}" if base is not None else f"{'n/a':>10}"
        print(f"{shape:<10} {base_s} {' '.join(cells)} {' '.join(rel)} {max(mems or [0]):11.1f}")
    print()
    print(
        f"bounds: cost per byte within {MAX_SLOPE:g}x of the 100 KB cost of the same shape; "
        f"within {MAX_VS_ARTICLE:g}x of ordinary article text — "
        + ("all met" if ok else "BROKEN (marked !)")
    )
    if args.json:
        args.json.write_text(
            json.dumps({k: {str(s): r for s, r in v.items()} for k, v in results.items()}, indent=1)
        )
    return 0 if ok else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
