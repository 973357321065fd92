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

from collections.abc import Sequence

from .bylines import byline_rule, looks_like_name
from .captions import caption_rule
from .dates import dateline_rule
from .model import Role
from .notes import note_rule
from .profiles import CompiledProfile, line_key
from .rules import Decision, Rule, ends_sentence, is_prose, is_sentence, word_count
from .segment import Unit

__all__ = ["LOCAL_RULES", "classify"]


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


def _rule_prose(unit: Unit, profile: CompiledProfile) -> Decision | None:
    if is_prose(unit.text):
        return Decision(role=Role.BODY, reason="prose")
    return None


#: The local rules, in order. The first rule that returns a decision wins.
LOCAL_RULES: tuple[tuple[str, Rule], ...] = (
    ("chrome", _rule_chrome),
    ("note", note_rule),
    ("caption", caption_rule),
    ("byline", byline_rule),
    ("dateline", dateline_rule),
    ("prose", _rule_prose),
)


def _is_short_sentence(text: str) -> bool:
    return ends_sentence(text) and word_count(text) >= 2 and text[:1] != "("


def _is_title_shaped(text: str) -> bool:
    words = word_count(text)
    return 2 <= words <= 40 and len(text) <= 300 and not text.endswith((",", ";"))


def _is_heading_shaped(text: str) -> bool:
    words = word_count(text)
    return 1 <= words <= 15 and len(text) <= 120 and not ends_sentence(text)


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
