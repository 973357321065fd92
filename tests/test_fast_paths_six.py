"""Speed, sixth round: every shortcut gives the answer of the plain computation."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from opinionpiece import profiles
from opinionpiece.profiles import Profile, ProfileRegistry

from .strategies import joined

# ------------------------------------------------------------- profile detection plan


def _all_evidence(registry: ProfileRegistry) -> tuple[str, ...]:
    return tuple(p for profile in registry for p in profile.evidence)


def test_plan_keys_are_parts_of_required_runs() -> None:
    # a key is looked for in place of the runs: it must be in every text a match is in,
    # which holds for a required run and any part of one
    patterns = _all_evidence(ProfileRegistry.default())
    plan = profiles._check_plan(patterns)
    assert set(plan) == set(patterns)
    for pattern in patterns:
        runs = profiles._required_runs(pattern)[0]
        assert set(runs) <= set(plan[pattern])  # every run is still looked for
        for key in plan[pattern]:
            assert any(key in run for run in runs), (pattern, key)


def test_plan_puts_the_shared_outlet_name_first() -> None:
    plan = profiles._check_plan(_all_evidence(ProfileRegistry.default()))
    keys = plan[r"opinions@cgtn\.com"]
    assert keys.index("cgtn") < keys.index("opinions@cgtn.com")
    assert plan[r"\(China\s+Daily\s+\d{1,2}/\d{1,2}/\d{4}\s*+page\s*+\d{1,3}\)"][0] == "china"
    assert plan[r"\bcnn\.com\b"][:2] == ("com", "cnn")


_PLAN_BITS = [
    "China",
    r"\s+",
    "Daily",
    r"\.com",
    "cgtn",
    "CGTN",
    "(?:at|on)",
    "opinion",
    "s?",
    "@",
    "/",
    r"\b",
    "|",
    " ",
]
_PLAN_TEXT = [
    "china",
    "CHINA",
    "chİna",
    "daily",
    "Daily",
    "cgtn",
    ".com",
    "opinion",
    "@",
    "/",
    " ",
    "\n",
    "ſ",
    "K",
]


@given(
    st.lists(joined(_PLAN_BITS, max_size=6, min_size=1), min_size=1, max_size=5),
    joined(_PLAN_TEXT, max_size=12),
)
def test_detection_with_the_plan_matches_full_search(patterns: list[str], text: str) -> None:
    valid = []
    for pattern in patterns:
        try:
            profiles._compiled(pattern)
        except regex.error:
            continue
        valid.append(pattern)
    registry = ProfileRegistry()
    for i, pattern in enumerate(valid):
        registry.register(Profile(name=f"p{i}", outlet=f"P{i}", evidence=(pattern, *valid[:i])))
    plan = profiles._check_plan(_all_evidence(registry))
    folded = profiles._folded(text)
    for pattern in valid:
        m = profiles._compiled(pattern).search(text)
        if m is not None and folded is not None:
            assert profiles._may_match(pattern, folded, {}, plan[pattern])
    # the chosen profile and its evidence: those of the full searches
    best, best_found = registry.generic, ()
    for profile in registry:
        full = tuple(
            m.group() for p in profile.evidence if (m := profiles._compiled(p).search(text))
        )
        if len(full) > len(best_found):
            best, best_found = profile, full
    assert registry.detect(text) == (best, best_found)


def test_detection_plan_follows_registration() -> None:
    registry = ProfileRegistry.default()
    text = "Read more at dailyplanet.example today."
    assert registry.detect(text)[0].name == "generic"
    registry.register(Profile(name="planet", outlet="Planet", evidence=(r"dailyplanet\.example",)))
    assert registry.detect(text) == (registry.get("planet"), ("dailyplanet.example",))
