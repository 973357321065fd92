"""Stage 3: give every unit a role, by an ordered chain of named rules.

Two passes:

1. **Local rules** look at one unit at a time, in order; the first that fires decides
   (chrome, editor's note, caption, byline, dateline, prose). Each rule is a named
   function in :data:`LOCAL_RULES`; a profile switches rules off by name.
2. **Positional rules** place what is left: the title and bare-name byline above the
   body, subheadings between body paragraphs, and chrome before and after the article.

The result is one :class:`Decision` per unit: a role and the reason for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs
import regex

from .bylines import looks_like_name
from .captions import match_caption
from .dates import find_date
from .model import Role
from .notes import END_NOTE_RE
from .profiles import CompiledProfile, line_key
from .segment import Unit

__all__ = ["LOCAL_RULES", "Decision", "classify"]

_FLAGS = regex.VERSION1
_BYLINE_RE = regex.compile(
    r"\A(?:by|von|byline:|written by)\s++\p{Lu}[^|]{1,150}+(?:\|.{0,200}+)?+\Z",
    _FLAGS | regex.IGNORECASE,
)
_SENTENCE_END = regex.compile(r"[.!?…][\"”’')\]]*+\Z", _FLAGS)
_WORD = regex.compile(r"\w++", _FLAGS)


@attrs.frozen(kw_only=True)
class Decision:
    """The role given to one unit and why."""

    role: Role | None
    reason: str


Rule = Callable[[Unit, CompiledProfile], "Decision | None"]


def _word_count(text: str) -> int:
    return len(_WORD.findall(text, concurrent=False)) if len(text) < 400 else len(text.split())


def is_sentence(text: str) -> bool:
    """Whether ``text`` reads like a sentence of prose (ends like one, has words)."""
    return bool(_SENTENCE_END.search(text)) and _word_count(text) >= 4


def is_prose(text: str) -> bool:
    """Whether ``text`` is clearly article prose: a long sentence or a long line."""
    words = _word_count(text)
    return (words >= 8 and bool(_SENTENCE_END.search(text))) or words >= 25


def _rule_chrome(unit: Unit, profile: CompiledProfile) -> Decision | None:
    if line_key(unit.text) in profile.chrome_lines:
        return Decision(role=Role.BOILERPLATE, reason="chrome line")
    if (
        profile.chrome_re is not None
        and len(unit.text) <= 600
        and profile.chrome_re.fullmatch(unit.text)
    ):
        return Decision(role=Role.BOILERPLATE, reason="chrome pattern")
    return None


def _rule_note(unit: Unit, profile: CompiledProfile) -> Decision | None:
    if profile.note_label_re.match(unit.text):
        return Decision(role=Role.EDITOR_NOTE, reason="note label")
    if END_NOTE_RE.match(unit.text):
        return Decision(role=Role.EDITOR_NOTE, reason="author note")
    if (
        profile.disclaimer_re is not None
        and len(unit.text) <= 400
        and profile.disclaimer_re.fullmatch(unit.text)
    ):
        return Decision(role=Role.EDITOR_NOTE, reason="disclaimer")
    return None


def _rule_caption(unit: Unit, profile: CompiledProfile) -> Decision | None:
    if match_caption(unit.text) is not None:
        return Decision(role=Role.CAPTION, reason="credit")
    return None


def _rule_byline(unit: Unit, profile: CompiledProfile) -> Decision | None:
    if len(unit.text) <= 300 and _BYLINE_RE.match(unit.text) and not is_prose(unit.text):
        return Decision(role=Role.BYLINE, reason="byline form")
    return None


def _rule_dateline(unit: Unit, profile: CompiledProfile) -> Decision | None:
    if len(unit.text) > 80:
        return None
    found = find_date(unit.text)
    if found is None:
        return None
    s, e = found[1]
    rest = unit.text[:s] + unit.text[e:]
    if _word_count(rest) <= 4 and not _SENTENCE_END.search(unit.text):
        return Decision(role=Role.DATELINE, reason="date line")
    return None


def _rule_prose(unit: Unit, profile: CompiledProfile) -> Decision | None:
    if is_prose(unit.text):
        return Decision(role=Role.BODY, reason="prose")
    return None


#: The local rules, in order. The first rule that returns a decision wins.
LOCAL_RULES: tuple[tuple[str, Rule], ...] = (
    ("chrome", _rule_chrome),
    ("note", _rule_note),
    ("caption", _rule_caption),
    ("byline", _rule_byline),
    ("dateline", _rule_dateline),
    ("prose", _rule_prose),
)


def _is_short_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text)) and _word_count(text) >= 2 and text[:1] != "("


def _is_title_shaped(text: str) -> bool:
    words = _word_count(text)
    return 2 <= words <= 40 and len(text) <= 300 and not text.endswith((",", ";"))


def _is_heading_shaped(text: str) -> bool:
    words = _word_count(text)
    return 1 <= words <= 15 and len(text) <= 120 and not _SENTENCE_END.search(text)


def classify(units: Sequence[Unit], profile: CompiledProfile) -> list[Decision]:
    """Give every unit a role (``None`` roles never leave this function)."""
    decisions: list[Decision] = []
    for unit in units:
        decision: Decision | None = None
        for _name, rule in LOCAL_RULES:
            decision = rule(unit, profile)
            if decision is not None:
                break
        decisions.append(decision or Decision(role=None, reason="undecided"))

    n = len(units)
    body_idx = [i for i, d in enumerate(decisions) if d.role is Role.BODY]
    if not body_idx:
        # No clear prose: keep every undecided unit as body, except a title-shaped
        # first line when more follows.
        undecided = [i for i, d in enumerate(decisions) if d.role is None]
        if len(undecided) > 1 and _is_title_shaped(units[undecided[0]].text):
            decisions[undecided[0]] = Decision(role=Role.TITLE, reason="first line")
            undecided = undecided[1:]
        for i in undecided:
            decisions[i] = Decision(role=Role.BODY, reason="no clear prose; kept as body")
        return decisions

    first, last = body_idx[0], body_idx[-1]
    # Extend the body over sentence-like units right after the last prose unit.
    j = last + 1
    while j < n and (
        (decisions[j].role is None and is_sentence(units[j].text))
        or decisions[j].role in (Role.CAPTION, Role.BLANK)
    ):
        if decisions[j].role is None:
            decisions[j] = Decision(role=Role.BODY, reason="sentence after the body")
            last = j
        j += 1

    # ... and over sentence-like units right before the first one.
    j = first - 1
    while j >= 0 and decisions[j].role is None and _is_short_sentence(units[j].text):
        decisions[j] = Decision(role=Role.BODY, reason="sentence before the body")
        first = j
        j -= 1

    _place_head(units, decisions, first, profile)

    # Inside the body: undecided units are headings or body.
    for i in range(first, last + 1):
        if decisions[i].role is None:
            text = units[i].text
            if _is_heading_shaped(text) and units[i].gap_before:
                decisions[i] = Decision(role=Role.HEADING, reason="short line between paragraphs")
            else:
                decisions[i] = Decision(role=Role.BODY, reason="inside the body")
    # After the body: what is left is chrome.
    for i in range(last + 1, n):
        if decisions[i].role is None:
            decisions[i] = Decision(role=Role.BOILERPLATE, reason="after the article")
    return decisions


def _place_head(
    units: Sequence[Unit], decisions: list[Decision], first: int, profile: CompiledProfile
) -> None:
    """Find the title (and a bare-name byline) above the first body unit."""
    title_at: int | None = None
    # The title is the nearest title-shaped undecided unit above the body, skipping a
    # name line right under it (the byline) and notes, captions, datelines.
    i = first - 1
    pending_name: int | None = None
    while i >= 0:
        d = decisions[i]
        text = units[i].text
        if d.role is None:
            if (
                pending_name is None
                and profile.profile.bare_name_byline
                and looks_like_name(text)
                and i > 0
            ):
                pending_name = i
            elif _is_title_shaped(text):
                title_at = i
                break
            else:
                break
        i -= 1
    if title_at is None and pending_name is not None:
        # The name-shaped line was the only candidate: a short title, not a byline.
        title_at, pending_name = pending_name, None
    if title_at is not None:
        decisions[title_at] = Decision(role=Role.TITLE, reason="title above the body")
        if pending_name is not None:
            decisions[pending_name] = Decision(role=Role.BYLINE, reason="name under the title")
    for k in range(first):
        if decisions[k].role is None:
            decisions[k] = Decision(role=Role.BOILERPLATE, reason="before the article")
