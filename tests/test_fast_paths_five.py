"""Speed, fifth round: every shortcut gives the answer of the plain computation."""

from __future__ import annotations

import sys

from hypothesis import given

from opinionpiece import classify, titles
from opinionpiece.model import Role
from opinionpiece.normalize import make_view
from opinionpiece.profiles import ProfileRegistry, compile_profile
from opinionpiece.segment import segment

from .strategies import joined

# ------------------------------------------------------------------------------ chrome


def test_casefold_folds_each_character_alone() -> None:
    # `chrome_of_text` looks for the keywords in the case-folded join of the units: a
    # unit's case-folded text must be a part of it, so folding may not depend on the
    # characters around (no final-sigma rule, as `str.lower` has); every code point,
    # after a letter, a space and a capital sigma and before them
    chars = [chr(c) for c in range(sys.maxunicode + 1)]
    for context in ("a", " ", "Σ", "ß"):
        text = context + context.join(chars) + context
        folded = context.casefold()
        assert text.casefold() == folded + folded.join(c.casefold() for c in chars) + folded


_LINE_BITS = [
    "Sign up for our ",
    "newsletter",
    "NEWSLETTER",
    "Cookies",
    " help us improve the website",
    "All Rights Reserved",
    "rights\n",
    "reserved",
    "Enjoyed this article",
    "?",
    "Follow us on Twitter",
    "The minister said the policy worked.",
    "Support our journalism",
    "subscri",
    "be to read the full story",
    "\n",
    "\n\n",
    " ",
    "ß",
    "İ",
    "x" * 30,
    "y" * 300,
]


@given(joined(_LINE_BITS, max_size=12))
def test_chrome_of_text_decides_every_unit_alike(text: str) -> None:
    # the profile narrowed to the keywords of the text gives every unit of it the
    # decision the whole profile gives
    profile = compile_profile(ProfileRegistry.default().generic)
    units = segment(make_view(text))
    narrowed = classify.chrome_of_text(units, profile)
    for unit in units:
        assert classify._local_decision(unit, narrowed) == classify._local_decision(
            unit, profile
        ), unit.text


@given(joined(_LINE_BITS, max_size=12))
def test_chrome_of_text_keeps_every_key_a_unit_holds(text: str) -> None:
    profile = compile_profile(ProfileRegistry.default().generic)
    units = segment(make_view(text))
    narrowed = classify.chrome_of_text(units, profile)
    for unit in units:
        if len(unit.text) > 600:
            continue
        low = unit.text.casefold()
        for keyed, kept in (
            (profile.chrome_containing, narrowed.chrome_containing),
            (profile.chrome_asking, narrowed.chrome_asking),
        ):
            for entry in keyed:
                if entry[0] in low and (keyed is profile.chrome_containing or "?" in low):
                    assert entry in kept, (entry[0], unit.text)


def test_chrome_of_text_drops_absent_keys() -> None:
    profile = compile_profile(ProfileRegistry.default().generic)
    units = segment(make_view("The minister said the policy worked.\nSign up for our newsletter"))
    narrowed = classify.chrome_of_text(units, profile)
    assert [key for key, _ in narrowed.chrome_containing] == ["sign up", "newsletter"]
    assert narrowed.chrome_asking == ()  # no question mark in the text
    decision = classify._rule_chrome(units[1], narrowed)
    assert decision is not None
    assert decision.reason == "chrome pattern"
    # the rest of the profile is the same
    assert narrowed.chrome_re is profile.chrome_re
    assert narrowed.chrome_lines is profile.chrome_lines


def test_classify_uses_the_keys_of_the_text_alone() -> None:
    # a chrome line whose keyword is in the text is still found by `classify`
    profile = compile_profile(ProfileRegistry.default().generic)
    text = (
        "Water deal signed\n\n"
        + "The minister said the river policy worked well for the region and its farmers. " * 3
        + "\n\nAll rights reserved by the publisher 2026\n"
    )
    units = segment(make_view(text))
    decisions = classify.classify(units, profile)
    last = decisions[-1]
    assert last.role is Role.BOILERPLATE


# ------------------------------------------------------------------------ page anchor


def _anchor(text: str) -> int | None:
    profile = compile_profile(ProfileRegistry.default().generic)
    units = segment(make_view(text))
    decisions = [classify._local_decision(u, profile) for u in units]
    return classify._find_anchor(units, decisions)


_PROSE = (
    "The council voted on Tuesday to build the new bridge over the river, and the "
    "mayor said the work would start in the spring after a long debate.\n"
)


def test_anchor_skips_trails_and_domains_after_the_key_test() -> None:
    # the shape tests (a domain name, a breadcrumb trail) now run only on a line whose
    # key matches a part of the page title: they still turn those lines away
    head = "River bridge approved by the council | Valley News"
    trail = f"{head}\nHome » News » River bridge approved by the council\n" + _PROSE * 3
    assert _anchor(trail) is None
    domain = f"{head}\nRiver-Bridge-Approved-By-The-Council.de\n" + _PROSE * 3
    assert _anchor(domain) is None
    plain = f"{head}\nMenu\nRiver bridge approved by the council\n" + _PROSE * 3
    assert _anchor(plain) == 2
    both = (
        f"{head}\nHome » News » River bridge approved by the council\n"
        "River bridge approved by the council\n" + _PROSE * 3
    )
    assert _anchor(both) == 2


_KEY_BITS = ["river", " ", "bridge", "council", "a", "ab", "x" * 7, "1", "ö", "ss", "ß"]


@given(joined(_KEY_BITS, max_size=6), joined(_KEY_BITS, max_size=6))
def test_same_keys_hold_one_another(a: str, b: str) -> None:
    # `_find_anchor` asks `same_key` only of keys one of which holds the other
    a, b = titles.title_key(a), titles.title_key(b)
    if titles.same_key(a, b):
        assert a in b or b in a
    assert titles.same_key(a, b) == titles.same_key(b, a)


def test_anchor_found_among_many_lines_of_its_length() -> None:
    # the parts that fit a key length are worked out once per length: lines of the same
    # length as the headline, before it, do not hide it
    head = "River bridge approved by the council | Valley News"
    others = "".join(f"River bridge approved by the counci{c}\n" for c in "bcdefg")
    text = f"{head}\n{others}River bridge approved by the council\n" + _PROSE * 3
    assert _anchor(text) == 7
