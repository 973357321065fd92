"""See the parse: an annotated, self-contained HTML view of an :class:`~opinionpiece.Article`.

:func:`to_html` renders ``article.source`` block by block, each block labelled with its
role (chrome greyed and labelled with its reason), with quotes highlighted as ``<mark>``
elements nested inside the blocks by their spans, speakers and cues marked where they are,
the editor's note split into bio and disclaimer, captions with their credit and repeat
count, and diagnostics marked where they point. A side list repeats the quotes (speaker,
cue, kind), captions, the editor's note and the diagnostics.

The page is one file: inline CSS, no script at all, light and dark colour schemes from
``prefers-color-scheme`` (every text/background pair of :data:`PALETTE` listed in
:data:`CONTRAST_PAIRS` meets WCAG AA, 4.5:1). The source text is untrusted: every string is
escaped with :mod:`markupsafe`, no text from the input ever lands in a ``<script>`` element
or a URL attribute, and bidi controls (U+202A–U+202E, U+2066–U+2069 and the marks U+200E,
U+200F, U+061C) as well as other control characters are shown as visible markers, never
applied. Standalone pages also carry a ``Content-Security-Policy`` that forbids scripts.

Exactness: inside the element marked ``data-op-source`` the text content, ignoring elements
marked ``data-op-label`` and reading each ``data-op-char="HEX"`` marker as the character it
stands for, is ``article.source`` exactly.

Needs the ``html`` extra (``pip install 'opinionpiece[html]'``) for :mod:`markupsafe`.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import unicodedata
import urllib.parse
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

import attrs

from .errors import InputError, line_col
from .model import Article, Role, Span

__all__ = [
    "CONTRAST_PAIRS",
    "PALETTE",
    "IndexEntry",
    "index_html",
    "to_html",
    "write_site",
    "write_view",
]

_EXTRA_HINT = "pip install 'opinionpiece[html]'"


@functools.cache
def _escaper() -> Callable[[str], str]:
    """Return markupsafe's escape as ``str -> str``, or raise a clear ImportError."""
    try:
        import markupsafe
    except ImportError as exc:  # pragma: no cover - exercised by monkeypatching
        raise ImportError(
            f"opinionpiece.to_html needs markupsafe, from the 'html' extra: {_EXTRA_HINT}"
        ) from exc
    escape = markupsafe.escape

    def _esc(text: str) -> str:
        return str(escape(text))

    return _esc


# --------------------------------------------------------------------------------------
# Colours. One palette, two schemes; the test suite checks every pair in CONTRAST_PAIRS.

#: CSS custom property name -> (light colour, dark colour).
PALETTE: Mapping[str, tuple[str, str]] = {
    "bg": ("#ffffff", "#0d1117"),
    "fg": ("#1f2328", "#e6edf3"),
    "muted": ("#59636e", "#9ba3ad"),
    "rule": ("#d0d7de", "#30363d"),
    "chrome-bg": ("#f0f2f4", "#161b22"),
    "chrome-fg": ("#555d66", "#9ba3ad"),
    "quote-full": ("#ffe38a", "#4d3c00"),
    "quote-partial": ("#fff4c4", "#3a2f05"),
    "who": ("#0550ae", "#79c0ff"),
    "cue": ("#7531c8", "#d2a8ff"),
    "bio-bg": ("#dbeeff", "#0f2d57"),
    "disclaimer-bg": ("#ffe4e1", "#4d1519"),
    "credit": ("#116329", "#56d364"),
    "info": ("#0550ae", "#79c0ff"),
    "warning": ("#8a5a00", "#e3b341"),
    "error": ("#b3261e", "#ff7b72"),
    "ctl-fg": ("#a4161a", "#ffb1aa"),
    "ctl-bg": ("#ffe4e1", "#4d1519"),
    "link": ("#0550ae", "#79c0ff"),
    "focus": ("#bf3989", "#f778ba"),
    "role-title": ("#7531c8", "#d2a8ff"),
    "role-standfirst": ("#6639ba", "#bc8cff"),
    "role-byline": ("#0550ae", "#79c0ff"),
    "role-dateline": ("#0a6371", "#39c5cf"),
    "role-editor_note": ("#953800", "#ffa657"),
    "role-heading": ("#1f55c4", "#58a6ff"),
    "role-body": ("#1a7f37", "#56d364"),
    "role-caption": ("#116329", "#7ee787"),
    "role-boilerplate": ("#59636e", "#9ba3ad"),
    "role-blank": ("#59636e", "#9ba3ad"),
}

_TEXT_BACKGROUNDS_FOR = {
    "fg": ("bg", "chrome-bg", "quote-full", "quote-partial", "bio-bg", "disclaimer-bg"),
    "who": ("bg", "chrome-bg", "quote-full", "quote-partial", "bio-bg", "disclaimer-bg"),
    "cue": ("bg", "chrome-bg", "quote-full", "quote-partial", "bio-bg", "disclaimer-bg"),
    "credit": ("bg", "chrome-bg"),
    "chrome-fg": ("chrome-bg",),
    "muted": ("bg", "chrome-bg"),
    "ctl-fg": ("ctl-bg",),
    "link": ("bg",),
    "info": ("bg", "chrome-bg"),
    "warning": ("bg", "chrome-bg"),
    "error": ("bg", "chrome-bg"),
}

#: Every (text colour, background colour) pair the page uses, by palette name.
CONTRAST_PAIRS: tuple[tuple[str, str], ...] = (
    *((fg, bg) for fg, bgs in _TEXT_BACKGROUNDS_FOR.items() for bg in bgs),
    *((f"role-{role.value}", "bg") for role in Role if role is not Role.BOILERPLATE),
    ("role-boilerplate", "chrome-bg"),
)

_ROLE_NAMES: Mapping[str, str] = {
    "title": "title",
    "standfirst": "standfirst",
    "byline": "byline",
    "dateline": "dateline",
    "editor_note": "editor's note",
    "heading": "heading",
    "body": "body",
    "caption": "caption",
    "boilerplate": "chrome",
    "blank": "blank",
}

# --------------------------------------------------------------------------------------
# Characters never written as themselves: bidi controls are shown, not applied; other
# controls and lone surrogates would be dropped, replaced or refused by a browser.

_BIDI_NAMES: Mapping[int, str] = {
    0x061C: "ALM",
    0x200E: "LRM",
    0x200F: "RLM",
    0x202A: "LRE",
    0x202B: "RLE",
    0x202C: "PDF",
    0x202D: "LRO",
    0x202E: "RLO",
    0x2066: "LRI",
    0x2067: "RLI",
    0x2068: "FSI",
    0x2069: "PDI",
}
_SPECIAL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _char_short(ch: str) -> str:
    code = ord(ch)
    return _BIDI_NAMES.get(code, f"U+{code:04X}")


def _char_long(ch: str) -> str:
    code = ord(ch)
    name = unicodedata.name(ch, "control character")
    kind = "a bidi control" if code in _BIDI_NAMES else "an invisible character"
    return f"U+{code:04X} {name}: {kind}, shown here, not applied"


def _plain(text: str) -> str:
    """Escape ``text`` for an attribute or element, special characters as ``⟨RLO⟩``."""
    esc = _escaper()
    return esc(_SPECIAL.sub(lambda m: f"⟨{_char_short(m.group())}⟩", text))


def _marker(ch: str) -> str:
    return (
        f'<span class="ctl" data-op-char="{ord(ch):04x}" title="{_plain(_char_long(ch))}">'
        f"⟨{_char_short(ch)}⟩</span>"
    )


def _rich(text: str, *, exact: bool = False) -> str:
    """Escape ``text`` as element content, special characters as visible markers.

    With ``exact``, a carriage return is written as ``&#13;`` so that the browser's
    newline normalization does not lose it.
    """
    esc = _escaper()
    out: list[str] = []
    pos = 0
    for m in _SPECIAL.finditer(text):
        out.append(esc(text[pos : m.start()]))
        out.append(_marker(m.group()))
        pos = m.end()
    out.append(esc(text[pos:]))
    html = "".join(out)
    return html.replace("\r", "&#13;") if exact else html


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _safe_href(href: str) -> str:
    """A relative URL: percent-encoded so that no scheme (``javascript:``) survives.

    A leading ``//`` (another host) gets ``./`` in front: a path on this host.
    """
    quoted = urllib.parse.quote(href, safe="/._-~")
    return "./" + quoted if quoted.startswith("//") else quoted


# --------------------------------------------------------------------------------------
# Inline annotations nested inside blocks by their spans.


@attrs.define
class _Ann:
    """One inline element to open over ``[start, end)``; split into pieces when needed."""

    start: int
    end: int
    rank: int
    tag: str
    classes: str
    attributes: tuple[tuple[str, str], ...] = ()
    anchor: str | None = None
    pieces: int = 0

    def open(self) -> str:
        first = self.pieces == 0
        self.pieces += 1
        classes = self.classes if first else f"{self.classes} cont"
        parts = [f'<{self.tag} class="{classes}"']
        if first and self.anchor:
            parts.append(f' id="{self.anchor}"')
        parts.extend(f' {name}="{_plain(value)}"' for name, value in self.attributes)
        parts.append(">")
        return "".join(parts)

    def close(self) -> str:
        return f"</{self.tag}>"


def _nest(source: str, start: int, end: int, anns: Sequence[_Ann], points: Sequence[_Pt]) -> str:
    """Render ``source[start:end]`` with ``anns`` nested, splitting crossing ones."""
    items = [
        (max(a.start, start), min(a.end, end), a)
        for a in anns
        if max(a.start, start) < min(a.end, end)
    ]
    pts = sorted((p for p in points if start <= p.at <= end), key=lambda p: p.at)
    bounds = sorted({start, end, *(p.at for p in pts), *(x for s, e, _ in items for x in (s, e))})
    opening = sorted(items, key=lambda t: (t[0], -t[1], t[2].rank))
    out: list[str] = []
    stack: list[tuple[int, _Ann]] = []
    k = j = 0
    pos = start
    for b in bounds:
        if b > pos:
            out.append(_rich(source[pos:b], exact=True))
            pos = b
        reopen: list[tuple[int, _Ann]] = []
        ending = [i for i, (e, _) in enumerate(stack) if e == b]
        if ending:
            popped = stack[ending[0] :]
            del stack[ending[0] :]
            out.extend(a.close() for _, a in reversed(popped))
            reopen = [(e, a) for e, a in popped if e > b]
        while j < len(pts) and pts[j].at == b:
            out.append(pts[j].html)
            j += 1
        new: list[tuple[int, _Ann]] = []
        while k < len(opening) and opening[k][0] == b:
            new.append((opening[k][1], opening[k][2]))
            k += 1
        for e, a in sorted(reopen + new, key=lambda t: (-t[0], t[1].rank)):
            out.append(a.open())
            stack.append((e, a))
    return "".join(out)


@attrs.frozen
class _Pt:
    """A zero-width marker (a diagnostic pointing between characters)."""

    at: int
    html: str


def _loose(source: str, needle: str | None, within: Span, *, last: bool = False) -> Span | None:
    """Find normalized ``needle`` in ``source[within]``, any white space run matching any."""
    if not needle or not needle.split():
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in needle.split()))
    found = list(pattern.finditer(source, within.start, within.end))
    if not found:
        return None
    m = found[-1] if last else found[0]
    return Span(start=m.start(), end=m.end())


# --------------------------------------------------------------------------------------
# The page.


def _prefix(article: Article) -> str:
    return "v" + hashlib.sha1(article.source.encode("utf-8", "surrogatepass")).hexdigest()[:6]


def _css(root: str, quote_ids: Iterable[str] = ()) -> str:
    light = "".join(f"--{k}:{v[0]};" for k, v in PALETTE.items())
    dark = "".join(f"--{k}:{v[1]};" for k, v in PALETTE.items())
    roles = "".join(f"{root} .role-{r.value}{{--role:var(--role-{r.value})}}" for r in Role)
    hover = "".join(
        f'{root}:has([data-q~="{q}"]:hover) [data-q~="{q}"]'
        f"{{outline:2px solid var(--focus);outline-offset:1px}}"
        for q in quote_ids
    )
    return (
        f"{root}{{{light}color-scheme:light dark;color:var(--fg);background:var(--bg);"
        "font:16px/1.55 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
        "padding:1rem 1.25rem;border-radius:6px}"
        f"@media (prefers-color-scheme:dark){{{root}{{{dark}}}}}"
        f"{root} *{{box-sizing:border-box}}"
        f"{root} a{{color:var(--link)}}"
        f"{root} a:focus-visible{{outline:2px solid var(--focus)}}"
        f"{root} h1{{font-size:1.6rem;line-height:1.25;margin:.2rem 0 .6rem}}"
        f"{root} h2{{font-size:1.05rem;margin:1.2rem 0 .4rem}}"
        f"{root} .kicker,{root} .note{{color:var(--muted);font-size:.85rem;margin:0}}"
        f"{root} dl.meta{{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;"
        "margin:.4rem 0;font-size:.92rem}"
        f"{root} dl.meta dt{{color:var(--muted)}}{root} dl.meta dd{{margin:0}}"
        f"{root} .layout{{display:grid;grid-template-columns:minmax(0,1fr) minmax(16rem,24rem);"
        "gap:1.5rem;align-items:start}"
        f"@media (max-width:60rem){{{root} .layout{{grid-template-columns:minmax(0,1fr)}}}}"
        f"{root} .src{{margin:0}}"
        f"{root} .blk{{white-space:pre-wrap;overflow-wrap:anywhere;margin:.45rem 0;"
        "padding:.3rem .7rem;border-left:4px solid var(--role)}"
        f"{root} .blk>.op-label{{float:right;margin:0 0 .2rem .8rem}}"
        f"{root} .op-label{{font:600 .72rem/1.4 ui-monospace,SFMono-Regular,Menlo,monospace;"
        "color:var(--role,var(--muted));white-space:nowrap;user-select:none}"
        f"{root} .role-title{{font-size:1.3rem;font-weight:700}}"
        f"{root} .role-heading{{font-weight:700}}"
        f"{root} .role-byline,{root} .role-dateline{{font-style:italic}}"
        f"{root} .role-boilerplate{{color:var(--chrome-fg);background:var(--chrome-bg)}}"
        f"{root} .role-caption{{font-size:.92rem}}"
        f"{root} .role-blank{{display:none}}"
        f"{root} .role-blank.shown{{display:block}}"
        f"{root} mark.q{{color:var(--fg);background:var(--quote-partial);border-radius:2px}}"
        f"{root} mark.q-full{{background:var(--quote-full)}}"
        f"{root} .who{{color:var(--who);font-weight:700;text-decoration:underline}}"
        f"{root} .cue{{color:var(--cue);text-decoration:underline dotted}}"
        f"{root} .author{{color:var(--who);font-weight:700}}"
        f"{root} .bio{{background:var(--bio-bg)}}"
        f"{root} .disclaimer{{background:var(--disclaimer-bg)}}"
        f"{root} .credit{{color:var(--credit);font-weight:700}}"
        f"{root} .diag{{text-decoration:underline wavy var(--sev);text-underline-offset:3px}}"
        f"{root} .diag-pt{{color:var(--sev)}}"
        f"{root} .sev-info{{--sev:var(--info)}}{root} .sev-warning{{--sev:var(--warning)}}"
        f"{root} .sev-error{{--sev:var(--error)}}"
        f"{root} .sevname{{color:var(--sev);font-weight:700}}"
        f"{root} .ctl{{color:var(--ctl-fg);background:var(--ctl-bg);font:600 .75em/1 "
        "ui-monospace,monospace;border-radius:2px;padding:0 .1em}"
        f"{root} aside{{font-size:.9rem;border-left:1px solid var(--rule);padding-left:1rem;"
        "position:sticky;top:0;max-height:100vh;overflow:auto}"
        f"{root} aside ol,{root} aside ul{{padding-left:1.3rem;margin:.3rem 0}}"
        f"{root} aside li{{margin:.35rem 0}}"
        f"{root} code{{font-family:ui-monospace,SFMono-Regular,Menlo,monospace}}"
        f"{root} table{{border-collapse:collapse;width:100%;font-size:.92rem}}"
        f"{root} th,{root} td{{text-align:left;padding:.35rem .5rem;"
        "border-bottom:1px solid var(--rule);vertical-align:top}"
        f"{root} td.num,{root} th.num{{text-align:right}}"
        f"{root} details summary{{cursor:pointer}}"
        f"{roles}{hover}"
    )


def _tiles(article: Article) -> list[tuple[str, Span, str | None]]:
    """The blocks as (role, span, reason); one pseudo-block if they do not tile the source."""
    n = len(article.source)
    pos = 0
    ok = True
    for b in article.blocks:
        if b.span.start != pos or b.span.end > n:
            ok = False
            break
        pos = b.span.end
    if ok and pos == n:
        return [(b.role.value, b.span, b.reason) for b in article.blocks]
    if n == 0:
        return []
    return [("body", Span(start=0, end=n), "blocks do not tile the source")]


class _Builder:
    """Collects the annotations of one article and renders its view."""

    def __init__(self, article: Article, prefix: str) -> None:
        self.a = article
        self.p = prefix
        self.n = len(article.source)
        self.anns: list[_Ann] = []
        self.points: list[_Pt] = []
        self.quote_ids: list[str] = []
        self.diag_ids: list[str | None] = []
        self._collect()

    def _id(self, local: str) -> str:
        return f"{self.p}-{local}"

    def _add(
        self,
        span: Span | None,
        rank: int,
        classes: str,
        attributes: tuple[tuple[str, str], ...],
        *,
        tag: str = "span",
        anchor: str | None = None,
    ) -> _Ann | None:
        """Add an inline element over ``span`` (clipped to the source), if not empty."""
        if span is None or min(span.start, self.n) >= min(span.end, self.n):
            return None
        ann = _Ann(
            start=span.start,
            end=min(span.end, self.n),
            rank=rank,
            tag=tag,
            classes=classes,
            attributes=attributes,
            anchor=anchor,
        )
        self.anns.append(ann)
        return ann

    def _collect(self) -> None:
        a = self.a
        shared: dict[tuple[str, Span], _Ann] = {}

        def speaker_or_cue(kind: str, span: Span | None, qid: str, tip: str) -> None:
            """One element per distinct span, listing every quote it belongs to."""
            if span is not None and (kind, span) in shared:
                ann = shared[kind, span]
                names = dict(ann.attributes)
                names["data-q"] += f" {qid}"
                names["title"] += f"; {tip}"
                ann.attributes = tuple(names.items())
                return
            added = self._add(span, 3, kind, (("data-q", qid), ("title", tip)))
            if span is not None and added is not None:
                shared[kind, span] = added

        for i, q in enumerate(a.quotes, 1):
            qid = f"q{i}"
            self.quote_ids.append(qid)
            who = q.speaker or "no speaker found"
            if q.speaker and q.speaker_title:
                who = f"{q.speaker} ({q.speaker_title})"
            tip = f"Quote {i} ({q.kind}) · speaker: {who}" + (f" · cue: {q.cue}" if q.cue else "")
            kind = "full" if q.kind == "full" else "partial"
            attributes = (("data-q", qid), ("title", tip))
            self._add(q.span, 2, f"q q-{kind}", attributes, tag="mark", anchor=self._id(qid))
            speaker_or_cue("who", q.speaker_span, qid, f"speaker of quote {i}: {who}")
            speaker_or_cue("cue", q.cue_span, qid, f"cue of quote {i}: {q.cue or ''}")
        for author in a.authors:
            self._add(author.span, 3, "author", (("title", f"author: {author.name}"),))
        note = a.editor_note
        if note is not None:
            for kind, text in (("bio", note.bio), ("disclaimer", note.disclaimer)):
                label = "bio (editor's note)" if kind == "bio" else "disclaimer (editor's note)"
                found = (_loose(a.source, text, span) for span in note.spans)
                self._add(next((f for f in found if f), None), 0, kind, (("title", label),))
        for cap in a.captions:
            for span in cap.spans:
                credit = _loose(a.source, cap.credit, span, last=True)
                self._add(credit, 1, "credit", (("title", f"credit: {cap.credit}"),))
        for i, d in enumerate(a.diagnostics, 1):
            if d.span is None:
                self.diag_ids.append(None)
                continue
            did = self._id(f"d{i}")
            self.diag_ids.append(did)
            sev = d.severity.value
            tip = f"{d.code} {sev}: {d.message}"
            attributes = (("data-d", f"d{i}"), ("title", tip))
            if self._add(d.span, 4, f"diag sev-{sev}", attributes, anchor=did) is None:
                self.points.append(
                    _Pt(
                        at=min(d.span.start, self.n),
                        html=(
                            f'<span class="op-label diag-pt sev-{sev}" data-op-label id="{did}"'
                            f' title="{_plain(tip)}">⚑{_plain(d.code)}</span>'
                        ),
                    )
                )

    # -- blocks ------------------------------------------------------------------------

    def _label(self, role: str, span: Span, reason: str | None, para: dict[Span, int]) -> str:
        name = _ROLE_NAMES.get(role, role)
        extra = ""
        if role == "body" and span in para:
            extra = f" ¶{para[span]}"
        elif role == "caption":
            for cap in self.a.captions:
                if any(s.overlaps(span) or s == span for s in cap.spans):
                    if cap.credit:
                        extra += f" · credit: {cap.credit}"
                    if len(cap.spans) > 1:
                        extra += f" · ×{len(cap.spans)}"
                    break
        elif role == "boilerplate" and reason:
            extra = f" · {reason}"
        tip = f"role: {name}" + (f" · why: {reason}" if reason else "")
        return (
            f'<span class="op-label" data-op-label title="{_plain(tip)}">'
            f"{_plain(name + extra)}</span>"
        )

    def blocks_html(self) -> str:
        para = {p.span: i for i, p in enumerate(self.a.paragraphs, 1)}
        tiles = _tiles(self.a)
        out: list[str] = []
        last = len(tiles) - 1
        pending = sorted(self.anns, key=lambda ann: ann.start)
        points = sorted(self.points, key=lambda pt: pt.at)
        live: list[_Ann] = []
        k = j = 0
        for i, (role, span, reason) in enumerate(tiles):
            # sweep: only the annotations overlapping this block are looked at
            while k < len(pending) and pending[k].start < span.end:
                live.append(pending[k])
                k += 1
            live = [ann for ann in live if ann.end > span.start]
            end_pt = span.end + (1 if i == last else 0)
            pts: list[_Pt] = []
            while j < len(points) and points[j].at < end_pt:
                pts.append(points[j])
                j += 1
            has_diag = bool(pts) or any(ann.classes.startswith("diag") for ann in live)
            classes = f"blk role-{role}" + (" shown" if role == "blank" and has_diag else "")
            inner = _nest(self.a.source, span.start, span.end, live, pts)
            out.append(
                f'<div class="{classes}" id="{self._id(f"b{i + 1}")}" data-role="{role}"'
                f' dir="auto">{self._label(role, span, reason, para)}{inner}</div>'
            )
        return "".join(out)

    # -- header and side list ----------------------------------------------------------

    def header_html(self, name: str | None, index_href: str | None) -> str:
        a = self.a
        rows: list[tuple[str, str]] = []
        if name:
            rows.append(("file", f"<code>{_rich(name)}</code>"))
        if a.outlet:
            rows.append(("outlet", _rich(a.outlet)))
        if a.authors:
            people = []
            for au in a.authors:
                bits = [au.name, *au.roles]
                people.append(
                    f'<span class="author">{_rich(au.name)}</span>'
                    + (f" ({_rich(', '.join(bits[1:]))})" if len(bits) > 1 else "")
                )
            rows.append(("authors", "; ".join(people)))
        if a.agencies:
            rows.append(("agencies", _rich(", ".join(a.agencies))))
        if a.published is not None:
            rows.append(("published", _rich(a.published.isoformat())))
        if a.dateline:
            rows.append(("dateline", _rich(a.dateline)))
        if a.profile:
            rows.append(("profile", f"<code>{_rich(a.profile)}</code>"))
        if a.language:
            rows.append(("language", f"<code>{_rich(a.language)}</code>"))
        speakers = sum(1 for q in a.quotes if q.speaker)
        counts = (
            f"{len(a.paragraphs)} paragraphs · {len(a.quotes)} quotes ({speakers} with a "
            f"speaker) · {len(a.captions)} captions · {len(a.boilerplate)} chrome blocks · "
            f"{len(a.diagnostics)} diagnostics"
        )
        rows.append(("counts", counts))
        meta = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
        back = (
            f'<p class="kicker"><a href="{_plain(_safe_href(index_href))}">← corpus index</a></p>'
            if index_href
            else ""
        )
        title = _rich(a.title) if a.title else "<em>(no title found)</em>"
        return (
            f'<header>{back}<p class="kicker">opinionpiece · annotated parse</p>'
            f'<h1 id="{self._id("title")}">{title}</h1><dl class="meta">{meta}</dl>'
            f"{self._legend()}</header>"
        )

    def _legend(self) -> str:
        items = "".join(
            f'<li class="role-{r.value}"><span class="op-label">{_plain(_ROLE_NAMES[r.value])}'
            "</span></li>"
            for r in Role
            if r is not Role.BLANK
        )
        marks = (
            '<li><mark class="q q-full">full quote</mark></li>'
            '<li><mark class="q">partial quote</mark></li>'
            '<li><span class="who">speaker</span></li><li><span class="cue">cue</span></li>'
            '<li><span class="bio">bio</span></li>'
            '<li><span class="disclaimer">disclaimer</span></li>'
            '<li><span class="credit">credit</span></li>'
            '<li><span class="diag sev-warning">diagnostic</span></li>'
            '<li><span class="ctl">⟨RLO⟩</span> invisible or bidi character, not applied</li>'
        )
        return (
            '<details class="note"><summary>Legend</summary>'
            f'<ul class="legend">{items}{marks}</ul>'
            "<p>Hover a quote for its speaker and cue. Blank lines are hidden.</p></details>"
        )

    def aside_html(self) -> str:
        a = self.a
        parts: list[str] = []
        # Quotes.
        if a.quotes:
            items = []
            for i, q in enumerate(a.quotes, 1):
                qid = f"q{i}"
                who = (
                    f'<span class="who">{_rich(q.speaker)}</span>'
                    if q.speaker
                    else '<span class="note">no speaker</span>'
                )
                if q.speaker and q.speaker_title:
                    who += f", {_rich(q.speaker_title)}"
                cue = f' · <span class="cue">{_rich(q.cue)}</span>' if q.cue else ""
                items.append(
                    f'<li id="{self._id("ql-" + qid)}" data-q="{qid}">'
                    f'<a href="#{self._id(qid)}">“{_rich(_short(q.text))}”</a><br>'
                    f"{who}{cue} · {_rich(q.kind)}</li>"
                )
            parts.append(self._section("Quotes", f"<ol>{''.join(items)}</ol>"))
        # Editor's note.
        note = a.editor_note
        if note is not None:
            rows = []
            if note.bio:
                rows.append(f'<dt>bio</dt><dd><span class="bio">{_rich(note.bio)}</span></dd>')
            if note.disclaimer:
                rows.append(
                    "<dt>disclaimer</dt>"
                    f'<dd><span class="disclaimer">{_rich(note.disclaimer)}</span></dd>'
                )
            if not rows:
                rows.append(f"<dt>text</dt><dd>{_rich(note.text)}</dd>")
            parts.append(self._section("Editor's note", f'<dl class="meta">{"".join(rows)}</dl>'))
        # Captions.
        if a.captions:
            tiles = _tiles(a)
            items = []
            for cap in a.captions:
                first = cap.spans[0] if cap.spans else None
                link = ""
                for bi, (_, span, _) in enumerate(tiles, 1):
                    if first is not None and span.overlaps(first):
                        link = f' <a href="#{self._id(f"b{bi}")}">(see)</a>'
                        break
                credit = (
                    f' — <span class="credit">{_rich(cap.credit)}</span>'
                    if cap.credit
                    else ' — <span class="note">no credit</span>'
                )
                times = f" · ×{len(cap.spans)}" if len(cap.spans) > 1 else ""
                items.append(f"<li>{_rich(_short(cap.text))}{credit}{times}{link}</li>")
            parts.append(self._section("Captions", f"<ul>{''.join(items)}</ul>"))
        # Diagnostics.
        if a.diagnostics:
            items = []
            for d, did in zip(a.diagnostics, self.diag_ids, strict=True):
                sev = d.severity.value
                where = ""
                if d.span is not None and did is not None:
                    line, col = line_col(a.source, d.span.start)
                    where = f' <a href="#{did}">line {line}:{col}</a>'
                items.append(
                    f'<li class="sev-{sev}"><code>{_rich(d.code)}</code> '
                    f'<span class="sevname">{sev}</span> {_rich(d.message)}{where}</li>'
                )
            parts.append(self._section("Diagnostics", f"<ol>{''.join(items)}</ol>"))
        if not parts:
            parts.append('<p class="note">No quotes, captions, note or diagnostics.</p>')
        return f'<aside aria-label="Parse summary">{"".join(parts)}</aside>'

    def _section(self, title: str, body: str) -> str:
        sid = self._id("s-" + re.sub(r"[^a-z]+", "-", title.lower()).strip("-"))
        return f'<section aria-labelledby="{sid}"><h2 id="{sid}">{title}</h2>{body}</section>'


_LANG = re.compile(r"[a-z]{2,3}")


def to_html(
    article: Article,
    *,
    standalone: bool = True,
    name: str | None = None,
    index_href: str | None = None,
) -> str:
    """Render the annotated view of ``article`` as HTML.

    Args:
        article: A parsed article.
        standalone: Return a whole document (``<!DOCTYPE html>``, a ``<head>`` with the
            inline stylesheet and a Content-Security-Policy forbidding scripts). With
            ``False``, return a fragment for notebooks: one ``<div>`` holding its own
            ``<style>``, scoped to the view.
        name: The source file name to show in the header, if any.
        index_href: A relative link back to a corpus index page, if any.

    Returns:
        The HTML as a string. Every string read from the input is escaped.

    Raises:
        ImportError: markupsafe (the ``html`` extra) is not installed.

    .. versionadded:: 0.1.0
    """
    _escaper()
    prefix = _prefix(article)
    b = _Builder(article, prefix)
    lang = article.language if article.language and _LANG.fullmatch(article.language) else None
    lang_attr = f' lang="{lang}"' if lang else ""
    body = (
        f"{b.header_html(name, index_href)}"
        f'<div class="layout"><section class="text" aria-labelledby="{prefix}-s-text">'
        f'<h2 id="{prefix}-s-text">Text, block by block</h2>'
        f'<div class="src" data-op-source{lang_attr}>{b.blocks_html()}</div></section>'
        f"{b.aside_html()}</div>"
    )
    if not standalone:
        css = _css(f".opinionpiece-view.{prefix}", b.quote_ids)
        return (
            f'<div class="opinionpiece-view {prefix}"><style>{css}</style>'
            f"<article>{body}</article></div>"
        )
    css = _css("body", b.quote_ids)
    page_title = _plain(article.title or "untitled") + " · opinionpiece view"
    return _page(page_title, css, f"<main><article>{body}</article></main>")


_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'"


def _page(title: str, css: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="color-scheme" content="light dark">\n'
        '<meta name="generator" content="opinionpiece">\n'
        f"<title>{title}</title>\n<style>{css}</style>\n</head>\n<body>\n{body}\n</body>\n"
        "</html>\n"
    )


# --------------------------------------------------------------------------------------
# The corpus index and the file helpers.


@attrs.frozen(kw_only=True)
class IndexEntry:
    """One row of the corpus index page.

    ``href`` is the relative link to the article's view (percent-encoded when written, so
    it can never carry a scheme); ``name`` the source file name shown; ``article`` the
    parsed article, or ``None`` with ``error`` saying why the file could not be read.

    .. versionadded:: 0.1.0
    """

    href: str
    name: str
    article: Article | None = None
    error: str | None = None


def index_html(
    entries: Iterable[IndexEntry | tuple[str, Article]], *, title: str = "opinionpiece corpus"
) -> str:
    """Render a corpus index page listing articles and linking each view.

    Args:
        entries: :class:`IndexEntry` rows, or ``(href, article)`` pairs.
        title: The page heading.

    Returns:
        The whole self-contained HTML document, with one table row per article giving
        title, outlet, authors, publication date and counts (paragraphs, quotes, captions,
        chrome blocks, diagnostics).

    Raises:
        ImportError: markupsafe (the ``html`` extra) is not installed.

    .. versionadded:: 0.1.0
    """
    _escaper()
    rows: list[str] = []
    count = 0
    for raw in entries:
        entry = (
            raw
            if isinstance(raw, IndexEntry)
            else IndexEntry(href=raw[0], name=raw[0], article=raw[1])
        )
        count += 1
        name = f"<code>{_rich(entry.name)}</code>"
        a = entry.article
        if a is None:
            rows.append(
                f'<tr><td class="num">{count}</td><td>{name}</td>'
                f'<td colspan="8" class="sev-error"><span class="sevname">error</span> '
                f"{_rich(entry.error or 'not parsed')}</td></tr>"
            )
            continue
        link = f'<a href="{_plain(_safe_href(entry.href))}">'
        link += f"{_rich(a.title) if a.title else '<em>(no title)</em>'}</a><br>{name}"
        warn = sum(1 for d in a.diagnostics if d.severity.value != "info")
        cells = (
            f'<td class="num">{count}</td><td>{link}</td><td>{_rich(a.outlet or "")}</td>'
            f"<td>{_rich(', '.join(au.name for au in a.authors))}</td>"
            f"<td>{_rich(a.published.isoformat() if a.published else '')}</td>"
            f'<td class="num">{len(a.paragraphs)}</td><td class="num">{len(a.quotes)}</td>'
            f'<td class="num">{len(a.captions)}</td><td class="num">{len(a.boilerplate)}</td>'
            f'<td class="num">{len(a.diagnostics)}'
            + (f' <span class="sev-warning sevname">({warn} ⚠)</span>' if warn else "")
            + "</td>"
        )
        rows.append(f"<tr>{cells}</tr>")
    head = "".join(
        (f'<th scope="col" class="num">{h}</th>' if n else f'<th scope="col">{h}</th>')
        for h, n in (
            ("#", True),
            ("Title", False),
            ("Outlet", False),
            ("Authors", False),
            ("Published", False),
            ("Paragraphs", True),
            ("Quotes", True),
            ("Captions", True),
            ("Chrome", True),
            ("Diagnostics", True),
        )
    )
    body = (
        f'<main><header><p class="kicker">opinionpiece · corpus index</p>'
        f'<h1>{_rich(title)}</h1><p class="note">{count} articles</p></header>'
        f'<table><caption class="note">Each title links to its annotated view.</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></main>"
    )
    return _page(_plain(title), _css("body"), body)


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path


def write_view(
    source: str | os.PathLike[str] | Article,
    out_path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    index_href: str | None = None,
) -> Path:
    """Parse a file (or take an article) and write its standalone view.

    Args:
        source: A path to a text dump (read with :func:`~opinionpiece.parse_file`) or an
            already parsed :class:`~opinionpiece.Article`.
        out_path: Where to write the HTML file; parent directories are created.
        encoding: The file's encoding, if not UTF-8/BOM-detected.
        index_href: A relative link back to a corpus index, if any.

    Returns:
        The path written.

    Raises:
        InputError: the file cannot be read or decoded.
        ImportError: markupsafe (the ``html`` extra) is not installed.

    .. versionadded:: 0.1.0
    """
    _escaper()
    name: str | None = None
    if isinstance(source, Article):
        article = source
    else:
        from .reading import parse_file

        name = os.path.basename(os.fspath(source))
        article = parse_file(source, encoding=encoding)
    return _write(Path(out_path), to_html(article, name=name, index_href=index_href))


_SLUG = re.compile(r"[^A-Za-z0-9._-]+")


def _slug(rel: str, taken: set[str]) -> str:
    base = _SLUG.sub("_", rel.replace("/", "__")).lstrip(".")[:120] or "article"
    base = base.rsplit(".", 1)[0] if base.endswith(".txt") else base
    slug, n = base, 1
    while slug.lower() in taken or slug.lower() == "index":
        n += 1
        slug = f"{base}-{n}"
    taken.add(slug.lower())
    return slug + ".html"


def write_site(
    source: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    pattern: str = "*.txt",
    encoding: str | None = None,
    title: str | None = None,
) -> Path:
    """Write one view per article and an ``index.html`` linking them.

    Args:
        source: A directory (searched recursively for ``pattern``, hidden files skipped)
            or an iterable of file paths.
        out_dir: The output directory (created); views are written next to the index.
        pattern: The glob for files in a directory.
        encoding: The files' encoding, if not UTF-8/BOM-detected.
        title: The index page heading (default: the directory name).

    Returns:
        The path of ``index.html``. A file that cannot be read is listed with its error
        instead of failing the whole site.

    Raises:
        ImportError: markupsafe (the ``html`` extra) is not installed.

    .. versionadded:: 0.1.0
    """
    _escaper()
    from .reading import parse_file

    out = Path(out_dir)
    if isinstance(source, (str, os.PathLike)):
        root = Path(source)
        if root.is_dir():
            files = sorted(
                p
                for p in root.rglob(pattern)
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(root).parts)
            )
            rels = [p.relative_to(root).as_posix() for p in files]
            heading = title or root.resolve().name or "opinionpiece corpus"
        else:
            files, rels = [root], [root.name]
            heading = title or "opinionpiece corpus"
    else:
        files = [Path(p) for p in source]
        rels = [p.name for p in files]
        heading = title or "opinionpiece corpus"
    taken: set[str] = set()
    entries: list[IndexEntry] = []
    for path, rel in zip(files, rels, strict=True):
        href = _slug(rel, taken)
        try:
            article = parse_file(path, encoding=encoding)
        except InputError as exc:
            entries.append(IndexEntry(href=href, name=rel, error=str(exc)))
            continue
        _write(out / href, to_html(article, name=rel, index_href="index.html"))
        entries.append(IndexEntry(href=href, name=rel, article=article))
    return _write(out / "index.html", index_html(entries, title=heading))
