"""Speed, fifth round: every shortcut gives the answer of the plain computation."""

from __future__ import annotations

import sys

import regex
from hypothesis import given
from hypothesis import strategies as st

from opinionpiece import bylines, classify, profiles, titles
from opinionpiece import vocabulary as voc
from opinionpiece.normalize import make_view
from opinionpiece.profiles import ProfileRegistry, compile_profile
from opinionpiece.segment import segment

from .strategies import joined

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


# ----------------------------------------------------------------------------- bylines


def test_byline_start_pairs_are_every_ascii_opening() -> None:
    # `may_open_byline` turns away a text whose first two characters are ASCII and not
    # a pair of `_BYLINE_PAIRS`: no text opening with such a pair can match, by
    # `regex`'s partial matching over every pair of ASCII characters; nor can a text of
    # one ASCII character or none
    pattern = bylines._BYLINE_START
    openings = [chr(a) + chr(b) for a in range(128) for b in range(128)]
    for opening in openings:
        if not bylines.may_open_byline(opening):
            assert pattern.match(opening, partial=True) is None, opening
    for short in [chr(a) for a in range(128)] + [""]:
        if not bylines.may_open_byline(short):
            assert pattern.match(short) is None, short
    # and the pairs are no more than needed
    found = {
        opening.lower()
        for opening in openings
        if len(opening) == 2 and pattern.match(opening, partial=True) is not None
    }
    assert found == bylines._BYLINE_PAIRS


def test_byline_start_pair_gate_keeps_bylines() -> None:
    for line in (
        "By Jane Roe",
        "VON Aino Virtanen",
        "Written by X",
        "Autorin: Uta Berg",
        "作者：李明",
    ):
        assert bylines.may_open_byline(line), line
        assert bylines._BYLINE_START.match(line) is not None, line
    for line in ("Bridge approved", "Valley News", "Home", "B"):
        assert not bylines.may_open_byline(line), line


# ----------------------------------------------------------------------------- segment

_SEGMENT_BITS = ["Headline", " ", "\t", "\n", "\n\n", "  \n", "word, ", "x" * 70, "end.", "and"]


@given(joined(_SEGMENT_BITS, max_size=30))
def test_units_are_their_lines_collapsed(text: str) -> None:
    # a chunk of one line becomes its unit without the wrap test: every unit is its
    # view range collapsed, opens on a non-space and follows a blank line (or the start)
    # exactly when it says so
    view = make_view(text)
    units = segment(view)
    for k, unit in enumerate(units):
        raw = view.text[unit.start : unit.end]
        assert unit.index == k
        assert unit.text == " ".join(raw.split())
        assert raw[:1].strip()
        assert raw[-1:].strip()
        before = view.text[units[k - 1].end if k else 0 : unit.start]
        blank = k == 0 or before.count("\n") >= 2
        assert unit.gap_before == blank, (before, unit)
        assert unit.lines == raw.count("\n") + 1


# ------------------------------------------------------------------------------ titles


def test_ascii_title_key_runs_are_letters_and_digits() -> None:
    # on ASCII text `title_key` lower-cases (what case folding does there) and joins the
    # runs of `[a-z0-9]`: the characters `[^\p{L}\p{N}]` leaves out, every one of them
    for cp in range(128):
        c = chr(cp)
        assert c.casefold() == c.lower()
        alnum = titles._NON_WORD.fullmatch(c.lower()) is None
        assert alnum == (titles._ASCII_RUN.fullmatch(c.lower()) is not None), repr(c)


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_ascii_title_key_is_the_plain_one(text: str) -> None:
    plain = titles._NON_WORD.sub(" ", text.casefold()).strip()
    assert titles.title_key(text) == plain


# ------------------------------------------------------------------------------ chrome


def test_longest_match_reads_the_widths() -> None:
    longest = profiles.longest_match
    assert longest("abc") == 3
    assert longest(r"a{0,5}+b?") == 6
    assert longest(r"(?:ab|c)\.?+") == 3
    assert longest(r"x(?=abcdef)\b") == 1
    assert longest(r".{0,80}?all rights reserved\.?+.{0,80}+") == 180
    for unbounded in (r"a+", r"\S++", r"straße", r"ﬁ", r"\p{L}", r"[[a-z]--[aeiou]]", r"(?"):
        assert longest(unbounded) == profiles.UNBOUNDED, unbounded


def test_every_character_folds_to_one_or_more() -> None:
    # a pattern character whose case folding is one character matches one character of
    # the text (the text's side folds each character to one or more): what lets the
    # parser's widths bound a case-insensitive match
    assert all(chr(c).casefold() for c in range(sys.maxunicode + 1))


_WIDE_BITS = [
    "All rights reserved",
    ".",
    "We use cookies",
    " on this website",
    "Sign up for our newsletter",
    "subscribe",
    " to read the full story",
    "Follow us on Twitter",
    "Comments are moderated",
    "x" * 40,
    "y" * 90,
    " ",
    "ß",
    "ﬁ",
]


@given(joined(_WIDE_BITS, max_size=14))
def test_no_chrome_match_is_longer_than_its_bound(text: str) -> None:
    profile = profiles.compile_profile(profiles.ProfileRegistry.default().generic)
    for _key, patterns, longest in (*profile.chrome_containing, *profile.chrome_asking):
        for pattern in patterns:
            if pattern.fullmatch(text):
                assert len(text) <= longest, (pattern.pattern, text)


def test_chrome_line_at_its_bound_is_still_chrome() -> None:
    # `… all rights reserved …` with eighty characters each side: 180, its bound
    profile = profiles.compile_profile(profiles.ProfileRegistry.default().generic)
    line = "x" * 79 + " all rights reserved." + "y" * 80
    assert len(line) == 180
    unit = segment(make_view(line))[0]
    decision = classify._rule_chrome(unit, profile)
    assert decision is not None
    assert decision.reason == "chrome pattern"
    assert classify._rule_chrome(segment(make_view(line + "y"))[0], profile) is None


def test_chrome_keys_by_line_length_keep_every_key_that_fits() -> None:
    profile = profiles.compile_profile(profiles.ProfileRegistry.default().generic)
    table = profile.chrome_containing_by_size
    assert len(table) == profiles.CHROME_LINE_LONGEST + 1
    for size, keyed in enumerate(table):
        assert keyed == tuple(e for e in profile.chrome_containing if size <= e[2])
    # a short line is looked at for every key, a long one for the unbounded ones too
    assert table[0] == profile.chrome_containing
    assert {e[0] for e in table[-1]} >= {"newsletter", "cookie"}


_CHROME_LINES = [
    "•",
    "Copyright 2026 Valley News. All rights reserved.",
    "© 2026 Valley News",
    "(c) Valley Media",
    "{{ article.title }}",
    "https://valley.example/news/1",
    "www.valley.example",
    "IMG_2031.JPG",
    "Follow Valley News on:",
    "Share on Facebook",
    "12 Comments",
    "Photos 3/12",
    "Read more: The bridge is open",
    "Lesen Sie auch: Die Brücke ist offen",
    "Tags: bridge, council, river",
    "4 min read",
    "Lesedauer: 8 Min.",
    "Like it? Share it!",
    "comments powered by Disqus",
    "Mehr auf valley.de",
    "Getty Images",
]


def test_first_character_alternation_keeps_every_chrome_line() -> None:
    profile = profiles.compile_profile(profiles.ProfileRegistry.default().generic)
    for line in _CHROME_LINES:
        assert profile.chrome_re is not None
        assert profile.chrome_re.fullmatch(line), line
        assert profile.chrome_first.fullmatch(line), line
        assert profile.chrome_first.fullmatch(line.upper()), line


_FIRSTS = [chr(c) for c in range(256)] + list("“”‘’„«»–—…•€™")
_TAILS = ["", " ", "x", "omments", "opyright 2026", "ttps://a.b", ".jpg", "ollow us on", "ß", "ﬁ"]


def test_first_character_alternation_agrees_for_every_opening() -> None:
    # a fresh alternation narrows itself for each of the first 256 characters it sees:
    # every Latin-1 character and the usual punctuation, each followed by a few tails
    # that complete some patterns, gives the answer of the whole alternation
    chrome = profiles.FirstCharAlternation(voc.CHROME_PATTERNS)
    assert chrome.whole is not None
    for first in _FIRSTS:
        for tail in _TAILS:
            text = first + tail
            assert chrome.fullmatch(text) == bool(chrome.whole.fullmatch(text)), repr(text)


_OPENING_BITS = ["Read more", ": ", "12", " comments", "©", "Tags", "x", " ", "ß", "“", "."]


@given(joined(_OPENING_BITS, max_size=6))
def test_first_character_alternation_agrees_with_the_whole(text: str) -> None:
    profile = profiles.compile_profile(profiles.ProfileRegistry.default().generic)
    assert profile.chrome_re is not None
    assert profile.chrome_first.fullmatch(text) == bool(profile.chrome_re.fullmatch(text))


def test_first_character_alternation_keeps_folding_patterns_and_its_bound() -> None:
    # a pattern holding a character that folds to several (`ß`) is kept for every
    # opening: `STRASSE` matches `straße`, and no partial match of `S` is asked for it
    chrome = profiles.FirstCharAlternation([r"straße \d++", r"ßxyz", r"foo"])
    assert chrome.fullmatch("STRASSE 12")
    assert chrome.fullmatch("SSXYZ")
    assert chrome.fullmatch("ßXYZ")
    assert chrome.fullmatch("Straße 12")
    assert not chrome.fullmatch("Strasse")
    # past its bound of first characters it tries the whole alternation
    many = profiles.FirstCharAlternation([r"\S{1,20}?\.jpg", r"foo"])
    for c in range(0x4E00, 0x4E00 + profiles.FIRST_CHARACTERS + 10):
        assert many.fullmatch(chr(c) + ".jpg")
        assert not many.fullmatch(chr(c) + " x")
    assert len(many._by_first) == profiles.FIRST_CHARACTERS
    assert profiles.FirstCharAlternation([]).fullmatch("x") is False


def test_top_level_branches() -> None:
    split = profiles.top_level_branches
    assert split(r"a|b(?:c|d)|[|]|\|x") == ("a", "b(?:c|d)", "[|]", r"\|x")
    assert split(r"[^]|]x|y") == ("[^]|]x", "y")
    assert split(r"a(?=b|c)|d") == (r"a(?=b|c)|d",)  # (another kind of group: kept whole)
    for whole in (r"a|", r"|a", r"(?i)a|b", r"a)|(b", r"(a|b", r"[a|b", r"a|b\\"[:-1], r"[[a]|b]"):
        assert split(whole) == (whole,), whole


_BARRIER_BITS = [
    "Comments",
    "Kommentare",
    " (3)",
    "3 ",
    "Leave a reply",
    "Related articles",
    "You may also like",
    "Lesen Sie auch",
    " thoughts on “X”",
    "Mehr aus der Region",
    "x",
    " ",
    "ß",
]


@given(joined(_BARRIER_BITS, max_size=5))
def test_vocabulary_patterns_are_their_branches(text: str) -> None:
    # a pattern matches all of a text exactly when one of its top-level alternatives does
    for pattern in (*voc.BARRIER_PATTERNS, *voc.CHROME_PATTERNS):
        whole = regex.compile(pattern, regex.IGNORECASE | regex.VERSION1)
        branches = [
            regex.compile(b, regex.IGNORECASE | regex.VERSION1)
            for b in profiles.top_level_branches(pattern)
        ]
        assert bool(whole.fullmatch(text)) == any(b.fullmatch(text) for b in branches)


@given(joined(_BARRIER_BITS, max_size=5))
def test_barrier_by_first_character_agrees_with_the_whole(text: str) -> None:
    profile = profiles.compile_profile(profiles.ProfileRegistry.default().generic)
    assert profile.barrier_re is not None
    assert profile.barrier_first.fullmatch(text) == bool(profile.barrier_re.fullmatch(text))


def test_barrier_lines_stay_barriers() -> None:
    profile = profiles.compile_profile(profiles.ProfileRegistry.default().generic)
    for line in (
        "12 Comments",
        "Leave a Reply",
        "Related Articles",
        "You may also like",
        "3 thoughts on “Bridge”",
        "Mehr aus der Region Nord",
    ):
        decision = classify._rule_chrome(segment(make_view(line))[0], profile)
        assert decision is not None, line
        assert decision.reason == "section barrier", line


_KEYWORD_BITS = [
    "Cookie",
    "NEWS",
    "letter",
    "Sign",
    " up",
    "mai",
    "l",
    "ß",
    "x",
    " ",
    "comment",
    "ed",
]


@given(joined(_KEYWORD_BITS, max_size=8))
def test_keyword_search_finds_what_the_loop_finds(text: str) -> None:
    # on a short line one search for all the keywords stands for the loop's `in` tests
    profile = profiles.compile_profile(profiles.ProfileRegistry.default().generic)
    assert profile.chrome_keys_re is not None
    low = text.casefold()
    held = any(key in low for key, *_ in profile.chrome_containing)
    assert bool(profile.chrome_keys_re.search(low)) == held


def test_keyword_search_finds_every_keyword() -> None:
    profile = profiles.compile_profile(profiles.ProfileRegistry.default().generic)
    assert profile.chrome_keys_re is not None
    for key, *_ in profile.chrome_containing:
        for text in (key, f"x {key} y", f"{key}s", f"e{key}"):
            assert profile.chrome_keys_re.search(text), text
    assert not profile.chrome_keys_re.search("the minister said")
    # a short chrome line is still found through the search
    for line in ("We use cookies on this site", "Sign up for our newsletter"):
        decision = classify._rule_chrome(segment(make_view(line))[0], profile)
        assert decision is not None, line
        assert decision.reason == "chrome pattern", line
