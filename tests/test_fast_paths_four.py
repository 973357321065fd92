"""Speed, fourth round: every shortcut gives the answer of the plain computation."""

from __future__ import annotations

import sys
from collections.abc import Iterable

import regex
from hypothesis import given

from opinionpiece import classify, dates, notes, profiles
from opinionpiece import vocabulary as voc
from opinionpiece.normalize import make_view
from opinionpiece.profiles import ProfileRegistry, compile_profile
from opinionpiece.segment import segment

from .strategies import joined

# ------------------------------------------------------------------------------ chrome


def test_chrome_patterns_grouped_by_key_lose_none() -> None:
    profile = compile_profile(ProfileRegistry.default().generic)
    for pairs, keyed in (
        (voc.CHROME_CONTAINING, profile.chrome_containing),
        (voc.CHROME_ASKING, profile.chrome_asking),
    ):
        grouped = sorted((key, p.pattern) for key, patterns, _ in keyed for p in patterns)
        assert grouped == sorted(pairs)


def test_question_mark_matches_only_itself() -> None:
    # the asking patterns are tried only on a line holding `?`: their `\?` (under the
    # flags they are compiled with) must match no other character
    mark = regex.compile(r"\?", regex.IGNORECASE | regex.VERSION1)
    found = [c for c in range(sys.maxunicode + 1) if mark.fullmatch(chr(c))]
    assert found == [ord("?")]


_ASKING_BITS = [
    "Hat Ihnen der ",
    "Artikel",
    "Beitrag",
    " gefallen",
    "Enjoyed this ",
    "article",
    "STORY",
    "post",
    "?",
    "？",
    "¿",
    " ",
    "Share it!",
    " Jetzt teilen.",
    "x",
]


@given(joined(_ASKING_BITS, max_size=8))
def test_asking_patterns_need_the_mark_and_the_key(text: str) -> None:
    profile = compile_profile(ProfileRegistry.default().generic)
    for key, patterns, _longest in profile.chrome_asking:
        for pattern in patterns:
            if pattern.fullmatch(text):
                assert "?" in text
                assert key in text.casefold()


@given(joined(_ASKING_BITS, max_size=8))
def test_chrome_rule_agrees_with_every_pattern(text: str) -> None:
    # the rule (grouped keys, the question-mark gate) decides exactly when one of the
    # chrome patterns, tried one by one, matches the whole line
    profile = compile_profile(ProfileRegistry.default().generic)
    line = " ".join(text.split())
    if not line or len(line) > 600:
        return
    units = segment(make_view(line))
    if len(units) != 1 or units[0].text != line:
        return
    plain = (profile.chrome_re is not None and profile.chrome_re.fullmatch(line)) or any(
        regex.compile(p, regex.IGNORECASE | regex.VERSION1).fullmatch(line)
        for _, p in (*voc.CHROME_CONTAINING, *voc.CHROME_ASKING)
    )
    decision = classify._rule_chrome(units[0], profile)
    fired = decision is not None and decision.reason == "chrome pattern"
    if decision is None or decision.reason == "chrome pattern":
        assert fired == bool(plain), line


_MOVED_BITS = [
    "Du willst ",
    "nichts mehr",
    "NICHTS MEHR",
    "nichtſ mehr",
    " verpassen",
    " versäumen",
    "?",
    "Pressemitteilung",
    " ",
    "als PDF",
    "ALS pdf",
    " herunterladen",
    ".",
    "x" * 30,
]


@given(joined(_MOVED_BITS, max_size=8))
def test_moved_chrome_patterns_need_their_keys(text: str) -> None:
    # the two patterns with a leading wildcard moved from the chrome alternation to the
    # keyword-gated ones: each match holds the keyword
    profile = compile_profile(ProfileRegistry.default().generic)
    for key, patterns, _longest in profile.chrome_containing:
        if key in ("nichts mehr", "als pdf"):
            for pattern in patterns:
                if pattern.fullmatch(text):
                    assert key in text.casefold(), text


def test_moved_chrome_lines_stay_chrome() -> None:
    profile = compile_profile(ProfileRegistry.default().generic)
    for line in ("Du willst nichts mehr verpassen?", "Pressemitteilung als PDF herunterladen"):
        decision = classify._rule_chrome(segment(make_view(line))[0], profile)
        assert decision is not None, line
        assert decision.reason == "chrome pattern", line


def test_liked_question_is_chrome_only_with_its_mark() -> None:
    profile = compile_profile(ProfileRegistry.default().generic)
    asked = segment(make_view("Hat Ihnen der Artikel gefallen?"))[0]
    decision = classify._rule_chrome(asked, profile)
    assert decision is not None
    assert decision.reason == "chrome pattern"
    told = segment(make_view("Hat Ihnen der Artikel gefallen."))[0]
    assert classify._rule_chrome(told, profile) is None


# ------------------------------------------------------------------------------- dates


def _gate_never_rejects(gated: Iterable[int], gate: regex.Pattern[str], text: str) -> None:
    """Wherever one of the gated date patterns finds a date in `text`, the gate finds one."""
    for i in gated:
        if dates._PATTERNS[i].search(text):
            assert gate.search(text), text


def test_month_first_patterns_end_with_the_day_and_year() -> None:
    # the gate is the very tail of each gated pattern (only `_TIME`, optional, after it)
    for i in dates._MONTH_FIRST:
        pattern = dates._PATTERNS[i].pattern
        assert pattern.endswith((dates._DAY_YEAR, dates._DAY_YEAR + dates._TIME)), i
        assert dates._PATTERNS[i].flags == dates._DAY_YEAR_RE.flags


_DATE_BITS = [
    "May",
    "Sept.",
    "SEPTEMBER",
    "März",
    "Fri ",
    "5:47 PM ET, ",
    " ",
    "\u00a0",
    "14",
    "1st",
    "3RD",
    ",",
    "2020",
    "20201",
    "x",
    "١٤",
]


@given(joined(_DATE_BITS, max_size=9))
def test_month_first_gate_never_rejects_a_match(text: str) -> None:
    _gate_never_rejects(dates._MONTH_FIRST, dates._DAY_YEAR_RE, text)


def test_month_first_dates_still_found() -> None:
    assert dates.find_date("Updated May 14, 2020 10:37 AM") is not None
    found = dates.find_date("By Jane Roe, 5:47 PM ET, Fri September 14, 2018")
    assert found is not None
    assert found[0].year == 2018
    assert dates.find_date("In May 2020 the council met") is None


# ------------------------------------------------------------------------------- notes


def test_one_sentence_patterns() -> None:
    for pattern in (*voc.DISCLAIMER_PATTERNS, r"The views of n['’]t X\.?", r"[^.]{0,9}\s\bx\.?+"):
        assert profiles._one_sentence(pattern), pattern
    for pattern in (
        r"a.b",
        r"a\Sb",
        r"[^,]x",
        r"a\.b",
        r"x[.]",
        r"\x2e",
        r"\N{FULL STOP}",
        r"\p{P}",
        r"a[^x]",
        r"[a[^.]]",
        r"\\.?",
        r"(?s)a.",
        r"\W",
    ):
        assert not profiles._one_sentence(pattern), pattern
    for profile in ProfileRegistry.default():
        compiled = compile_profile(profile)
        every = (*profile.disclaimers, *voc.DISCLAIMER_PATTERNS)
        assert compiled.disclaimer_one_sentence == all(map(profiles._one_sentence, every))


def test_no_other_character_stands_for_a_full_stop() -> None:
    # what `_one_sentence` relies on, under the flags the formulas are compiled with: `[^.]`
    # takes every character but the full stop, `\.` no other, and no letter of a formula
    # (case-folded, in full) holds one
    flags = regex.IGNORECASE | regex.VERSION1
    not_stop = regex.compile(r"[^.]", flags)
    stop = regex.compile(r"\.", flags)
    for c in map(chr, range(sys.maxunicode + 1)):
        if c == ".":
            assert not not_stop.fullmatch(c)
            assert stop.fullmatch(c)
        else:
            assert not_stop.fullmatch(c), hex(ord(c))
            assert not stop.fullmatch(c), hex(ord(c))
            assert "." not in c.casefold(), hex(ord(c))


_NOTE_BITS = [
    "The views expressed ",
    "are the author's own",
    " and do not necessarily reflect those of X",
    ".",
    ". ",
    "…",
    " only",
    "Meinung",
    " nicht unbedingt",
    "x",
]


@given(joined(_NOTE_BITS, max_size=7))
def test_disclaimers_never_hold_an_inner_full_stop(text: str) -> None:
    for profile in ProfileRegistry.default():
        compiled = compile_profile(profile)
        one = compiled.disclaimer_one_sentence and compiled.disclaimer_re is not None
        if one and compiled.disclaimer_re.fullmatch(text):  # type: ignore[union-attr]
            assert "." not in text[:-1], text


def test_disclaimer_lines_still_notes() -> None:
    profile = compile_profile(ProfileRegistry.default().generic)
    one = segment(make_view("The views expressed are the author's own."))[0]
    decision = notes.note_rule(one, profile)
    assert decision is not None
    assert decision.reason == "disclaimer"
    two = segment(make_view("He spoke. The views expressed are the author's own."))[0]
    assert notes.note_rule(two, profile) is None


def test_day_first_patterns_hold_the_day_and_month() -> None:
    # the day-first form with words (index 2) is built on the gate's tail; the other
    # (index 1) has the day's digits, one `-` or space and the month, which the gate's
    # first branch takes (no month name opens with white space or with `de` and a space)
    assert sorted(dates._DAY_FIRST) == [1, 2]
    assert dates._DAY_MONTH in dates._PATTERNS[2].pattern
    assert r"(?P<d>\d{1,2})[- ]" + dates._MONTH in dates._PATTERNS[1].pattern
    assert dates._PATTERNS[1].flags == dates._DAY_MONTH_RE.flags
    for name in dates.MONTHS:
        assert not name[:1].isspace()
        assert not regex.match(r"de\s", name, regex.IGNORECASE), name


_DAY_BITS = [
    "16:15, ",
    "07",
    "3",
    ".",
    "-",
    " ",
    " / ",
    "de ",
    "Oct",
    "Dezember",
    "mayo",
    "del ",
    "2026",
    "x",
    "\u00a0",
]


@given(joined(_DAY_BITS, max_size=9))
def test_day_first_gate_never_rejects_a_match(text: str) -> None:
    _gate_never_rejects(dates._DAY_FIRST, dates._DAY_MONTH_RE, text)


def test_day_first_dates_still_found() -> None:
    for text, year in (
        ("16:15, 07-Oct-2026", 2026),
        ("Wien, 3. Dezember 2025 – Die", 2025),
        ("4 de mayo del 2022", 2022),
        ("29 / Dezember / 2022", 2022),
    ):
        found = dates.find_date(text)
        assert found is not None, text
        assert found[0].year == year
