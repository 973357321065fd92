"""Speed, sixth round: every shortcut gives the answer of the plain computation."""

from __future__ import annotations

import pickle

import attrs
import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from opinionpiece import bylines, classify, notes, profiles, rules
from opinionpiece import segment as segment_module
from opinionpiece.model import Role
from opinionpiece.normalize import collapse_ws, make_view
from opinionpiece.profiles import Profile, ProfileRegistry
from opinionpiece.rules import Decision
from opinionpiece.segment import Unit, segment

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


# ------------------------------------------------------------------ units, decisions


@given(
    st.integers(0, 10**6),
    st.integers(0, 10**6),
    st.integers(0, 10**6),
    st.text(max_size=20),
    st.booleans(),
    st.integers(1, 50),
)
def test_unit_builder_gives_the_constructed_unit(
    index: int, a: int, b: int, text: str, gap: bool, lines: int
) -> None:
    start, end = min(a, b), max(a, b)
    plain = Unit(index=index, start=start, end=end, text=text, gap_before=gap, lines=lines)
    built = segment_module._unit(index, start, end, text, gap, lines)
    assert type(built) is Unit
    assert built == plain
    assert hash(built) == hash(plain)
    assert repr(built) == repr(plain)
    assert pickle.loads(pickle.dumps(built)) == plain
    assert segment_module._unit(index, start, end, text, gap) == attrs.evolve(plain, lines=1)


def test_unit_builder_sets_every_field() -> None:
    # a field added to Unit must be added to the builder
    assert [f.name for f in attrs.fields(Unit)] == [
        "index",
        "start",
        "end",
        "text",
        "gap_before",
        "lines",
    ]


def test_segment_units_equal_constructed_units() -> None:
    text = (
        "Title\n\nBy Jo Lee\nStaff\n\n"
        + ("The wrapped line of a long paragraph goes on " * 2 + "\n") * 3
    )
    units = segment(make_view(text))
    assert len(units) >= 3
    assert any(u.lines > 1 for u in units)
    for u in units:
        assert u == Unit(
            index=u.index,
            start=u.start,
            end=u.end,
            text=u.text,
            gap_before=u.gap_before,
            lines=u.lines,
        )


def test_shared_decisions_are_frozen_values() -> None:
    # one instance serves many units: it must not be changeable
    shared = [
        classify._SECTION_BARRIER,
        classify._CHROME_LINE,
        classify._CHROME_PATTERN,
        classify._PROSE,
        classify._OUTSIDE_MAIN_TEXT,
        classify._BEFORE_ARTICLE,
        classify._AFTER_ARTICLE,
    ]
    for d in shared:
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            d.reason = "changed"  # type: ignore[misc]
    assert Decision(role=Role.BODY, reason="prose") == classify._PROSE
    assert Decision(role=Role.BOILERPLATE, reason="before the article") == classify._BEFORE_ARTICLE


# ------------------------------------------------------------------------ byline rule


def test_byline_triples_are_every_ascii_opening() -> None:
    # `may_open_byline` turns away a text whose first three characters are ASCII and not
    # a triple of `_BYLINE_TRIPLES`: by `regex`'s partial matching, no text opening with
    # such a triple can match (every ASCII triple whose first two characters can open a
    # match is tried, in every case; a triple opening otherwise cannot either)
    pattern = bylines._BYLINE_START
    ascii_chars = [chr(c) for c in range(128)]
    pairs = [a + b for a in ascii_chars for b in ascii_chars]
    open_pairs = [p for p in pairs if pattern.match(p, partial=True) is not None]
    assert {p.lower() for p in open_pairs} == bylines._BYLINE_PAIRS
    found = set()
    for pair in open_pairs:
        for c in ascii_chars:
            triple = pair + c
            opens = pattern.match(triple, partial=True) is not None
            assert bylines.may_open_byline(triple) or not opens, triple
            if opens:
                found.add(triple.lower())
    assert found == bylines._BYLINE_TRIPLES  # and no more than needed
    # two characters: the pairs, as before; one or none: never
    for pair in pairs:
        if not bylines.may_open_byline(pair):
            assert pattern.match(pair, partial=True) is None, pair
    for short in [*ascii_chars, ""]:
        assert not bylines.may_open_byline(short)
        assert pattern.match(short) is None, short


_OPENING_BITS = ["By", "by", "BY", "The", "them", "Text", "von", " ", ":", "\t", "ſ", "K", "é"]
_OPENING_BITS += ["Written", " by", "author", "Autor", "Posted", "Word", "s", "x", "\u00a0"]


@given(joined(_OPENING_BITS, max_size=6))
def test_byline_opening_gate_never_rejects_a_match(text: str) -> None:
    if bylines._BYLINE_START.match(text) is not None:
        assert bylines.may_open_byline(text)


def test_byline_opening_gate_turns_away_common_openings() -> None:
    for line in ("In the news", "Read more", "Breaking news", "Terms of use", "Sports"):
        assert not bylines.may_open_byline(line), line
    for line in ("By Jane Roe", "Text: Jo Lee", "Themenstarter X", "Words by Al", "von Max"):
        assert bylines.may_open_byline(line), line
        assert bylines._BYLINE_START.match(line) is not None, line


def test_field_separator_marks_are_the_pattern_on_every_code_point() -> None:
    pattern = bylines._FIELD_SEPARATOR
    for cp in range(0x110000):
        c = chr(cp)
        assert bylines._has_field_separator(c) == (pattern.search(c) is not None), hex(cp)
    assert bylines._has_field_separator("a // b")
    assert not bylines._has_field_separator("a / b /")


@given(joined(["|", "•", "·", "∙", "/", "//", " ", "a", "Jo Lee", "\n", "∕"], max_size=8))
def test_field_separator_matches_the_pattern(text: str) -> None:
    assert bylines._has_field_separator(text) == (bylines._FIELD_SEPARATOR.search(text) is not None)


# ------------------------------------------------------------------------ word count


def test_plain_text_holds_no_unspaced_script() -> None:
    # `word_count` skips the unspaced-script count on text of ASCII and general
    # punctuation only (what `_NOT_ASCII_OR_PUNCTUATION` does not find)
    for cp in range(0x2100):
        c = chr(cp)
        if 0xD800 <= cp <= 0xDFFF or rules._NOT_ASCII_OR_PUNCTUATION.search(c):
            continue
        assert rules._UNSPACED.search(c) is None, hex(cp)


@given(joined(["Newsletter", "a", " ", "—", "“", "漢字", "ไทย", "x" * 30, ".", "かな"], max_size=8))
def test_word_count_matches_the_plain_count(text: str) -> None:
    words = len(rules._WORD.findall(text)) if len(text) < 400 else len(text.split())
    if words * 8 < len(text):
        words = max(words, rules.unspaced_words(text))
    assert rules.word_count.__wrapped__(text) == words


# ------------------------------------------------------------------ disclaimer keywords

_DISCLAIMER_BITS = ["own", "OWN", "only", "Meinung", "ſolely", "necessarily", " ", "d", "x"]
_DISCLAIMER_BITS += ["reflect", "REPRESENT", "funding", "ansicht", "ß", "İ", "ﬀ", "k", "\n"]


@given(joined(_DISCLAIMER_BITS, max_size=12))
def test_disclaimer_keyword_search_is_the_loop(text: str) -> None:
    for profile in [ProfileRegistry.default().generic, *ProfileRegistry.default()]:
        compiled = profiles.compile_profile(profile)
        keys = compiled.disclaimer_keywords
        assert keys is not None
        assert compiled.disclaimer_keys_re is not None
        low = text.casefold()
        assert (compiled.disclaimer_keys_re.search(low) is not None) == any(k in low for k in keys)
        # without a keyword, never (the runs of an alternative hold one)
        if notes.may_be_disclaimer(text, compiled):
            assert any(k in low for k in keys)
        long = text * 20  # (over 100 characters when not empty: the loop)
        if notes.may_be_disclaimer(long, compiled):
            assert any(k in long.casefold() for k in keys)


def test_disclaimer_gate_keeps_disclaimers() -> None:
    compiled = profiles.compile_profile(ProfileRegistry.default().generic)
    line = "The views are her own."
    assert compiled.disclaimer_re is not None
    assert compiled.disclaimer_re.fullmatch(line)
    assert notes.may_be_disclaimer(line, compiled)
    assert not notes.may_be_disclaimer("Sign up", compiled)


# ---------------------------------------------------------------------------- segment


def test_white_space_but_the_space_is_unprintable() -> None:
    # `_collapsed` keeps a printable line without two spaces in a row as it is: every
    # character `str.split()` splits on but the space must be unprintable
    for cp in range(0x110000):
        c = chr(cp)
        if len(f"a{c}b".split()) == 2 and c != " ":
            assert not c.isprintable(), hex(cp)


@given(
    joined(
        ["a", " ", "  ", "\t", "\u00a0", "\u2003", "\x1c", "\u200b", "\xad", "é", "b"], max_size=10
    )
)
def test_collapsed_is_collapse_ws(text: str) -> None:
    line = text.strip()
    assert segment_module._collapsed(line) == collapse_ws(line)


_FORMULA_BITS = ["The views ", "expressed ", "in this article ", "are ", "the author's ", "own"]
_FORMULA_BITS += ["do not ", "necessarily ", "reflect ", "those of ", "CGTN", "China Daily", "."]
_FORMULA_BITS += ["Die Meinung ", "muss nicht ", "der ", "Redaktion ", "only ", "solely ", "ſ"]
_FORMULA_BITS += ["İ", "NOT ", "RT", "receives funding from ", "x", "  ", "\u00a0", "opinions "]


@given(joined(_FORMULA_BITS, max_size=14))
def test_disclaimer_runs_never_reject_a_match(text: str) -> None:
    registry = ProfileRegistry.default()
    for profile in [registry.generic, *registry]:
        compiled = profiles.compile_profile(profile)
        assert compiled.disclaimer_re is not None
        if compiled.disclaimer_re.match(text) or compiled.disclaimer_re.fullmatch(text):
            assert notes.may_be_disclaimer(text, compiled), (profile.name, text)


def test_disclaimer_runs_are_per_alternative() -> None:
    registry = ProfileRegistry.default()
    compiled = profiles.compile_profile(registry.get("cnn"))
    assert ("are", "own") in compiled.disclaimer_runs
    for line in (
        "The views expressed in this commentary are solely those of the author.",
        "The opinions expressed are his own.",
        "Die Meinung des Autors muss nicht der Meinung der Redaktion entsprechen.",
    ):
        assert compiled.disclaimer_re is not None
        assert compiled.disclaimer_re.fullmatch(line), line
        assert notes.may_be_disclaimer(line, compiled), line
    # a keyword alone (`only`, `own`) no longer sends the line to the patterns
    assert not notes.may_be_disclaimer("Only two of them came down to the town.", compiled)
