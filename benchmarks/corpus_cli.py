"""Benchmark the corpus command line: articles/s with --jobs 1 and 2, peak memory, resume.

Generates N dumps (default 20 000) from the bundled sample and ``tests/cases/*.txt``,
varied (line ends, an extra paragraph, multi-document exports), then runs
``python -m opinionpiece parse DIR -o OUT --jobs J`` for each J and reports wall time,
articles per second, the speedup over one job and the peak resident memory of the whole
process tree (sampled from /proc). It checks that both runs write byte-identical
output, then kills a run with SIGKILL half way, finishes it with ``--resume`` and checks
that every article is in the output exactly once and that the output equals a clean run.

Run: ``make bench-corpus`` or ``.venv/bin/python benchmarks/corpus_cli.py [--n 20000]``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "examples" / "sample_cgtn.txt", *sorted((ROOT / "tests" / "cases").glob("*.txt"))]
EXPORT = ROOT / "tests" / "fixtures" / "chinadaily_database_export.txt"


def generate(top: Path, n: int) -> int:
    """Write ``n`` dumps under ``top`` (100 per folder); return the number of articles."""
    texts = [p.read_text(encoding="utf-8") for p in SOURCES]
    export = EXPORT.read_text(encoding="utf-8")
    articles = 0
    for i in range(n):
        folder = top / f"{i // 100:04d}"
        if i % 100 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        if i % 50 == 49:
            text = "".join(f"   {k} of 3 DOCUMENTS\n\n{export}\n" for k in (1, 2, 3))
            articles += 3
        else:
            text = texts[i % len(texts)]
            if i % 2:
                extra = f"Note {i}: the figures were revised on day {i % 28 + 1} of the month."
                text = text.rstrip("\n") + f"\n\n{extra}\n"
            if i % 3 == 0:
                text = text.replace("\r\n", "\n").replace("\n", "\r\n")
            articles += 1
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8", newline="")
    return articles


def _tree_rss(pid: int) -> int:
    """Resident memory in bytes of ``pid`` and all its descendants (Linux /proc)."""
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status", encoding="ascii") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
                        break
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children", encoding="ascii") as fh:
                    stack.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_cli(args: list[str], cwd: Path) -> tuple[float, int, int, float]:
    """Run the CLI; return wall seconds, peak tree RSS in bytes, exit code and CPU seconds."""
    cmd = [sys.executable, "-m", "opinionpiece", *args]
    cpu = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss(proc.pid))
        time.sleep(0.05)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"the CLI failed ({proc.returncode}): {err}")
    return wall, peak, proc.returncode, _children_cpu() - cpu


def kill_and_resume(cwd: Path, expected: bytes, jobs: int) -> str:
    """Kill a run half way with SIGKILL, resume it, and compare with a clean run."""
    out = cwd / "killed.jsonl"
    part = cwd / "killed.jsonl.part"
    cmd = [sys.executable, "-m", "opinionpiece", "parse", "corpus", "-o", out.name]
    proc = subprocess.Popen(
        [*cmd, "--jobs", str(jobs)],
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    half = len(expected) // 2
    while proc.poll() is None and not (part.exists() and part.stat().st_size >= half):
        time.sleep(0.01)
    if proc.poll() is not None:
        return "not measured: the run ended before the kill"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    data = part.read_bytes()
    written = data.count(b"\n")
    torn = not data.endswith(b"\n")
    subprocess.run([*cmd, "--resume", "--jobs", str(jobs)], cwd=cwd, check=False)
    final = out.read_bytes()
    ids = [json.loads(line)["id"] for line in final.splitlines()]
    once = len(ids) == len(set(ids))
    same = final == expected
    return (
        f"killed after {written} records (last line torn: {torn}); after --resume: "
        f"{len(ids)} records, each id once: {once}, equal to a clean run: {same}"
    )


def main() -> None:
    """Generate the corpus, run the benchmark and print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=20_000, help="dumps to generate")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--dir", type=Path, default=None, help="work here and keep the files")
    args = parser.parse_args()

    work = args.dir or Path(tempfile.mkdtemp(prefix="opinionpiece-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        corpus = work / "corpus"
        if corpus.exists():
            shutil.rmtree(corpus)
        t0 = time.perf_counter()
        n_articles = generate(corpus, args.n)
        print(
            f"generated {args.n} dumps ({n_articles} articles) in {time.perf_counter() - t0:.1f} s"
        )
        print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores")
        base: float | None = None
        outputs: dict[int, bytes] = {}
        for jobs in args.jobs:
            out = f"out-j{jobs}.jsonl"
            load = os.getloadavg()[0]
            wall, peak, code, cpu = run_cli(
                ["parse", "corpus", "-o", out, "--jobs", str(jobs)], work
            )
            outputs[jobs] = (work / out).read_bytes()
            count = outputs[jobs].count(b"\n")
            rate = count / wall
            base = base or rate
            print(
                f"--jobs {jobs}: {count} articles in {wall:.1f} s = {rate:.0f} articles/s, "
                f"speedup {rate / base:.2f}x, peak memory {peak / 2**20:.0f} MiB, exit {code}; "
                f"CPU {cpu:.1f} s ({count / cpu:.0f} articles per CPU-second), "
                f"load average before {load:.1f}"
            )
        first = outputs[args.jobs[0]]
        print(f"outputs byte-identical across --jobs: {all(o == first for o in outputs.values())}")
        print(f"output size {len(first) / 2**20:.0f} MiB")
        print("kill and resume: " + kill_and_resume(work, first, max(args.jobs)))
    finally:
        if args.dir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
