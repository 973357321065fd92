"""Evaluate quote detection and speaker attribution on PolNeAR.

Usage::

    .venv/bin/python benchmarks/quotes_polnear.py DATA_DIR SPLIT [SPLIT ...] [-v|-vv|-vvv]
        [--all-quotes] [--fallback]

``-v`` lists false positives and negatives, ``-vv`` adds speaker errors, ``-vvv`` context.
``--all-quotes`` counts every detected quote as a prediction (detection alone).
``--fallback`` skips ``opinionpiece.parse`` and searches every blank-line paragraph after
the headline (isolates quote extraction from the core's block classification).

``DATA_DIR`` is the PolNeAR directory (``SPLIT/text/NAME.txt`` and
``SPLIT/attributions/NAME_ANNOTATOR.ann``).

Scoring
-------
* Gold quotes: every quoted run (opening mark to matching closing mark, marks included)
  inside an annotated ``Content`` that contains quotation marks, with the ``Source`` span of
  that attribution. A quote running over several paragraphs (each paragraph reopens, only
  the last closes) is one gold quote. A run counts as inside a Content when its opening or
  its closing mark lies inside one of the Content's pieces. Gold runs are found by the
  small independent scanner :func:`gold_runs` below, not by the library.
* When a text has several annotator files, the first by file name is used.
* Runs in the headline (the first line) are not scored: the headline is the article's
  title, not a body paragraph, and quotes are only searched in the body.
* Predictions: the quotes whose ``speaker`` is not None.
* A prediction matches a gold quote when their character IoU is >= 0.5 (greedy one-to-one,
  best IoU first). The speaker is right when ``speaker_span`` overlaps the gold Source.
* Reported: precision, recall, F1, speaker accuracy over matched pairs, and throughput of
  quote extraction alone and of the whole parse.
"""

from __future__ import annotations

import collections
import os
import sys
import time
from collections.abc import Callable, Sequence

from opinionpiece.model import Quote
from opinionpiece.normalize import View, make_view
from opinionpiece.quotes import extract_quotes

Piece = tuple[int, int]

# --------------------------------------------------------------------------- gold


def _read_ann(path: str) -> tuple[dict[str, tuple[str, list[Piece]]], list[dict[str, str]]]:
    """Read the T and E records of a brat standoff file (T text may span lines)."""
    spans: dict[str, tuple[str, list[Piece]]] = {}
    events: list[dict[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if "\t" not in line:
                continue  # continuation of a multi-line T text
            head, rest = line.split("\t", 1)
            if head.startswith("T") and head[1:].isdigit():
                meta = rest.split("\t", 1)[0]
                kind, offs = meta.split(" ", 1)
                pieces = [(int(a), int(b)) for a, b in (p.split() for p in offs.split(";"))]
                spans[head] = (kind, pieces)
            elif head.startswith("E") and head[1:].isdigit():
                roles = dict(part.split(":", 1) for part in rest.split())
                events.append(roles)
    return spans, events


def _paragraph_ranges(text: str) -> list[Piece]:
    """Blank-line separated chunks of ``text`` as (start, end) offsets, trimmed."""
    out: list[Piece] = []
    pos = 0
    n = len(text)
    while pos < n:
        nxt = text.find("\n\n", pos)
        end = n if nxt < 0 else nxt
        s, e = pos, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
        pos = end + 2 if nxt >= 0 else n
    return out


def gold_runs(text: str, paragraphs: Sequence[Piece]) -> list[Piece]:
    """Quoted runs (marks included) found by a deliberately simple scanner.

    Double marks pair left to right (straight marks open after white space or an opening
    bracket/dash, close otherwise); a paragraph that ends inside a run continues it when the
    next paragraph starts with an opening mark. Single curly/straight quotes form a run only
    outside double runs, opening at a word start (not before a digit) and closing at a word
    end before a non-letter.
    """
    runs: list[Piece] = []
    open_at: int | None = None
    for idx, (ps, pe) in enumerate(paragraphs):
        single_at: int | None = None
        i = ps - 1
        while i + 1 < pe:
            i += 1
            c = text[i]
            mark_at = i
            prev = text[i - 1] if i > ps else " "
            nxt = text[i + 1] if i + 1 < pe else " "
            if c == "'" and nxt == "'":  # '' is a double mark (ASCII typesetting)
                c = '"'
                i += 1
                nxt = text[i + 1] if i + 1 < pe else " "
            if c in '“"':
                is_open = c == "“" or prev.isspace() or prev in "([{—–-/"
                if open_at is None and is_open:
                    open_at = mark_at
                    single_at = None
                elif open_at is not None and (c == '"' or i <= ps + 1):
                    if i <= ps + 1 and open_at < ps:
                        continue  # reopening mark of a continued paragraph
                    runs.append((open_at, i + 1))
                    open_at = None
            elif c == "”":
                if open_at is not None:
                    runs.append((open_at, i + 1))
                    open_at = None
            elif open_at is None and c in "‘'" and single_at is None:
                if (prev.isspace() or prev in "([{—–-") and nxt.isalpha():
                    single_at = i
            elif open_at is None and c == "’" and single_at is not None and not nxt.isalpha():
                runs.append((single_at, i + 1))
                single_at = None
            if (
                c == "'"
                and open_at is None
                and single_at is not None
                and i != single_at
                and not nxt.isalpha()
                and prev.isalpha()
            ):
                runs.append((single_at, i + 1))
                single_at = None
        if open_at is not None:
            nxt_par = paragraphs[idx + 1] if idx + 1 < len(paragraphs) else None
            if nxt_par is None or text[nxt_par[0]] not in "“\"'":
                open_at = None  # unclosed: no gold run
    return runs


def load_gold(
    text: str, ann_path: str, paragraphs: Sequence[Piece]
) -> list[tuple[Piece, list[Piece]]]:
    """Gold quotes of one text: (run, source pieces)."""
    spans, events = _read_ann(ann_path)
    contents: list[tuple[list[Piece], list[Piece]]] = []
    for ev in events:
        cid = ev.get("Content")
        sid = ev.get("Source")
        if cid is None or cid not in spans:
            continue
        pieces = spans[cid][1]
        if not any(ch in text[a:b] for a, b in pieces for ch in "\"“”‘’'"):
            continue
        source = spans[sid][1] if sid is not None and sid in spans else []
        contents.append((pieces, source))
    gold: list[tuple[Piece, list[Piece]]] = []
    for run in gold_runs(text, paragraphs):
        for pieces, source in contents:
            if any(a <= run[0] < b or a < run[1] <= b for a, b in pieces):
                gold.append((run, source))
                break
    return gold


# --------------------------------------------------------------------------- prediction


def _have_parse() -> bool:
    try:
        from opinionpiece import parse  # noqa: F401
    except ImportError:
        return False
    return True


def quotes_via_fallback(text: str) -> tuple[Quote, ...]:
    """Until the core's parse exists: View + blank-line paragraphs (headline skipped)."""
    view = make_view(text)
    paragraphs = _paragraph_ranges(view.text)[1:]
    return extract_quotes(view, paragraphs)[0]


def quotes_via_parse(text: str) -> tuple[Quote, ...]:
    """The real pipeline: ``opinionpiece.parse(text).quotes``."""
    from opinionpiece import parse

    return tuple(parse(text).quotes)  # type: ignore[attr-defined]


def choose_pipeline(
    force_fallback: bool = False,
) -> tuple[str, Callable[[str], tuple[Quote, ...]]]:
    """Switch: use ``opinionpiece.parse`` when it is importable, else the fallback."""
    if _have_parse() and not force_fallback:
        return "opinionpiece.parse", quotes_via_parse
    return "fallback (make_view + blank-line paragraphs)", quotes_via_fallback


# --------------------------------------------------------------------------- scoring


def _iou(a: Piece, b: Piece) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def evaluate(
    data_dir: str,
    split: str,
    verbose: int = 0,
    all_quotes: bool = False,
    force_fallback: bool = False,
) -> dict[str, float]:
    """Score one split; return the metrics.

    With ``all_quotes`` every detected quote counts as a prediction (speaker or not): a
    diagnostic mode that measures detection alone.
    """
    base = os.path.join(data_dir, split)
    anns: dict[str, list[str]] = collections.defaultdict(list)
    for name in sorted(os.listdir(os.path.join(base, "attributions"))):
        if name.endswith(".ann"):
            anns[name[:-4].rsplit("_", 1)[0]].append(name)
    label, pipeline = choose_pipeline(force_fallback)
    tp = n_gold = n_pred = sp_ok = 0
    texts: list[str] = []
    for fname in sorted(os.listdir(os.path.join(base, "text"))):
        stem = fname[:-4]
        if not anns.get(stem):
            continue
        with open(os.path.join(base, "text", fname), encoding="utf-8") as fh:
            text = fh.read()
        texts.append(text)
        body = _paragraph_ranges(text)[1:]
        gold = load_gold(text, os.path.join(base, "attributions", anns[stem][0]), body)
        preds = [q for q in pipeline(text) if all_quotes or q.speaker is not None]
        n_gold += len(gold)
        n_pred += len(preds)
        pairs = sorted(
            (
                (_iou((p.span.start, p.span.end), g[0]), pi, gi)
                for pi, p in enumerate(preds)
                for gi, g in enumerate(gold)
                if p.span.start < g[0][1] and g[0][0] < p.span.end
            ),
            reverse=True,
        )
        used_p: set[int] = set()
        used_g: set[int] = set()
        for iou, pi, gi in pairs:
            if iou < 0.5 or pi in used_p or gi in used_g:
                continue
            used_p.add(pi)
            used_g.add(gi)
            tp += 1
            sspan = preds[pi].speaker_span
            ok = sspan is not None and any(
                sspan.start < b and a < sspan.end for a, b in gold[gi][1]
            )
            sp_ok += ok
            if verbose >= 2 and not ok:
                p = preds[pi]
                src = " ".join(text[a:b] for a, b in gold[gi][1])
                spk = p.speaker_span.slice(text) if p.speaker_span else None
                print(
                    f"SPK {stem}: {text[g0(gold[gi]) : g1(gold[gi])][:60]!r}"
                    f" gold={src!r} pred={spk!r}/{p.speaker!r} cue={p.cue!r}"
                )
                if verbose >= 3 and not ok:
                    g = gold[gi][0]
                    ctx = text[max(0, g[0] - 150) : g[1] + 80]
                    print("      " + ctx.replace("\n", " | "))
        if verbose >= 1:
            for pi, p in enumerate(preds):
                if pi not in used_p:
                    print(f"FP  {stem}: {p.span.slice(text)[:70]!r} spk={p.speaker!r}")
            for gi, g in enumerate(gold):
                if gi not in used_g:
                    src = " ".join(text[a:b] for a, b in g[1])
                    print(f"FN  {stem}: {text[g[0][0] : g[0][1]][:70]!r} src={src!r}")
                    if verbose >= 3:
                        ctx = text[max(0, g[0][0] - 150) : g[0][1] + 80]
                        print("      " + ctx.replace("\n", " | "))
    prec = tp / n_pred if n_pred else 0.0
    rec = tp / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    spk = sp_ok / tp if tp else 0.0

    # throughput: quote extraction alone (view and paragraphs prepared beforehand)
    prepared: list[tuple[View, list[Piece]]] = []
    for text in texts:
        view = make_view(text)
        prepared.append((view, _paragraph_ranges(view.text)[1:]))
    t0 = time.perf_counter()
    for view, paragraphs in prepared:
        extract_quotes(view, paragraphs)
    t_quotes = time.perf_counter() - t0
    t0 = time.perf_counter()
    for text in texts:
        pipeline(text)
    t_parse = time.perf_counter() - t0
    n = len(texts) or 1
    print(f"== {split}: {len(texts)} texts, pipeline: {label}")
    print(f"gold={n_gold} pred={n_pred} matched={tp}")
    print(f"precision={prec:.3f} recall={rec:.3f} F1={f1:.3f} speaker_accuracy={spk:.3f}")
    print(f"quote extraction: {n / t_quotes:.0f} articles/s, {1000 * t_quotes / n:.3f} ms/article")
    print(f"whole pipeline:   {n / t_parse:.0f} articles/s, {1000 * t_parse / n:.3f} ms/article")
    return {"precision": prec, "recall": rec, "f1": f1, "speaker_accuracy": spk}


def g0(g: tuple[Piece, list[Piece]]) -> int:
    """Start of a gold run."""
    return g[0][0]


def g1(g: tuple[Piece, list[Piece]]) -> int:
    """End of a gold run."""
    return g[0][1]


def main(argv: Sequence[str]) -> int:
    """Command line entry point."""
    args = [a for a in argv if not a.startswith("-")]
    verbose = sum(a.count("v") for a in argv if a.startswith("-v"))
    all_quotes = "--all-quotes" in argv
    force_fallback = "--fallback" in argv
    if len(args) < 2:
        print(__doc__)
        return 2
    for split in args[1:]:
        evaluate(args[0], split, verbose, all_quotes, force_fallback)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
