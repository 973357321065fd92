"""The cheap necessary conditions tried before expensive patterns never turn a match away,
and the classifier decides a repeated line once."""

from __future__ import annotations

import attrs
import cattrs
import regex
from cattrs.preconf.json import make_converter
from hypothesis import given
from hypothesis import strategies as st

from opinionpiece import (
    bylines,
    captions,
    classify,
    dates,
    lexicon,
    notes,
    profiles,
    rules,
    serialize,
)
from opinionpiece.model import Block, Role, Span
from opinionpiece.normalize import make_view
from opinionpiece.profiles import ProfileRegistry, compile_profile
from opinionpiece.segment import segment

from .strategies import joined

_CAPTION_BITS = [
    "Photo",
    "Illustration",
    ": ",
    ":",
    "/",
    " / ",
    "Xinhua",
    "REUTERS",
    " ",
    "\t",
    "(",
    ")",
    "x" * 40,
    "Li Wei",
    "for China Daily",
    ". ",
    "\u3000",
]


@given(joined(_CAPTION_BITS, max_size=12))
def test_caption_prefilters_are_necessary(text: str) -> None:
    if captions._COLON.fullmatch(text):
        assert captions._colon_credit_fits(text)
    if captions._SLASH.fullmatch(text):
        assert captions._slash_after_space(text)


def test_caption_prefilters_keep_credits() -> None:
    text = "Visitors at the fair on Monday. " * 15 + "Photo: Li Wei/China Daily"
    assert captions._colon_credit_fits(text)
    assert captions.match_caption(text) is not None
    assert captions.match_caption("A crane at the port. /Xinhua") == (
        "A crane at the port.",
        "Xinhua",
    )
    assert not captions._colon_credit_fits("Note: " + "a long sentence goes on. " * 10)


_DATE_BITS = ["1", "12", "2020", ".", "/", "-", " ", "May ", "Dezember ", "3. ", "x", ":"]


@given(joined(_DATE_BITS, max_size=10))
def test_date_hint_is_necessary(text: str) -> None:
    if any(p.search(text) for p in dates._PATTERNS):
        assert dates._DATE_HINT.search(text)


def test_short_dates_still_found() -> None:
    assert dates.find_date("1.11.23 20:19") is not None
    assert dates.find_date("11/08/23") is not None
    assert dates.find_date("Posted 3 times, 12 likes") is None


_ROLES = ["Jane Roe ", "Education ", "editor", "EDITOR", "edİtor", "columniﬆ", "Autorin", "x"]


@given(joined(_ROLES, max_size=5, min_size=1))
def test_role_end_is_necessary(text: str) -> None:
    if bylines._NAME_ROLE1.match(text) or bylines._NAME_ROLE2.match(text):
        assert bylines._ROLE_END.search(text, max(0, len(text) - 16))


def test_repeated_lines_are_decided_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Home\nNews\nShare\n\nA title here\n\n" + "Some prose sentence. " * 10 + "\n\nShare\nHome\n"
    )
    units = segment(make_view(text))
    profile = compile_profile(ProfileRegistry.default().generic)
    expected = [classify._local_decision(u, profile) for u in units]
    seen: list[str] = []
    rules = classify.LOCAL_RULES

    def counting(unit, prof):  # type: ignore[no-untyped-def]
        seen.append(unit.text)
        return None

    monkeypatch.setattr(classify, "LOCAL_RULES", (("count", counting), *rules))
    monkeypatch.setattr(classify, "_place_body", lambda units, decisions, profile: None)
    got = classify.classify(units, profile)
    assert sorted(seen) == sorted({u.text for u in units})
    assert got == expected


@given(st.text(alphabet="ab .!?…。\"”’')]」』）\n"))
def test_ends_sentence_matches_its_pattern(text: str) -> None:
    pattern = regex.compile(r"[.!?…。！？][\"”’')\]」』）]*+\Z", regex.VERSION1)
    assert rules.ends_sentence.__wrapped__(text) == bool(pattern.search(text))


def _token_phrases() -> st.SearchStrategy[str]:
    pats = lexicon.patterns()
    words = sorted({w for p in pats.title_phrases | pats.stop_capitals for w in p.split()})
    pool = st.sampled_from([*words[:200], "Jane", "Roe", "Sen.", "x.y", "(", "Minister."])
    return st.lists(pool, min_size=1, max_size=3).map(" ".join)


@given(_token_phrases())
def test_lexicon_sets_match_their_patterns(phrase: str) -> None:
    pats = lexicon.patterns()
    assert (phrase in pats.title_phrases) == bool(pats.title_word.match(phrase))
    assert (phrase in pats.stop_capitals) == bool(pats.stop_capital.match(phrase))


def test_lexicon_sets_hold_every_entry() -> None:
    pats = lexicon.patterns()
    for phrase in pats.title_phrases:
        assert pats.title_word.match(phrase)
    for word in pats.stop_capitals:
        assert pats.stop_capital.match(word)


def _generated_converter() -> cattrs.Converter:
    conv = make_converter(omit_if_default=False)
    conv.register_unstructure_hook(Span, lambda s: [s.start, s.end])
    return conv


@given(
    st.sampled_from(list(Role)),
    st.integers(0, 50),
    st.text(max_size=20),
    st.none() | st.text(max_size=10),
)
def test_block_hook_matches_the_generated_one(role: Role, start: int, text: str, reason) -> None:  # type: ignore[no-untyped-def]
    block = Block(
        role=role, span=Span(start=start, end=start + len(text)), text=text, reason=reason
    )
    assert serialize.converter.unstructure(block) == _generated_converter().unstructure(block)
    assert (
        serialize._unstructure_block in [serialize.converter.get_unstructure_hook(Block)]
        or tuple(f.name for f in attrs.fields(Block)) != serialize._BLOCK_FIELDS
    )


_EVIDENCE_BITS = [
    "China",
    "DAILY",
    "cgtn",
    r"\.com",
    r"\s+",
    r"\s*+",
    "(?:FOR\\s+)?",
    "[^/\\n]{1,4}+",
    r"\d{2}",
    "s?",
    "|",
    "^",
    "$",
    r"\b",
    "/",
    " ",
    "(?i)",
]
_EVIDENCE_TEXT = [
    "china",
    "CHİNA",
    "Daily",
    "daİly",
    "cgtn",
    ".com",
    " ",
    "\n",
    "/",
    "12",
    "ſ",
    "K",
]


@given(
    joined(_EVIDENCE_BITS, max_size=6, min_size=1),
    joined(_EVIDENCE_TEXT, max_size=10),
)
def test_evidence_literal_is_necessary(pattern: str, text: str) -> None:
    try:
        compiled = profiles._compiled(pattern)
    except regex.error:
        return
    m = compiled.search(text)
    folded = profiles._folded(text)
    if m is not None and folded is not None:
        assert profiles._may_match(pattern, folded)
    assert list(profiles._evidence([pattern], text, folded)) == ([m.group()] if m else [])


def test_evidence_fold_exceptions() -> None:
    # the pre-check relies on this: every character IGNORECASE matches to an ASCII
    # letter or digit case-folds to it, except "İ" (which _folded() refuses)
    alnum = regex.compile(r"[a-z0-9]", regex.IGNORECASE)
    odd = {
        chr(cp)
        for cp in range(0x110000)
        if not 0xD800 <= cp <= 0xDFFF
        and alnum.fullmatch(chr(cp))
        and chr(cp).casefold() not in "abcdefghijklmnopqrstuvwxyz0123456789"
    }
    assert odd == {"İ"}
    assert profiles._folded("CHİNA DAILY") is None


def test_detection_with_precheck_matches_full_search() -> None:
    registry = ProfileRegistry.default()
    texts = [
        "Li Wei\nChina Daily | Updated: 2024-01-02\nBody text here.",
        "CHİNA DAILY\n/ For China Daily\nopinion@chinadaily.com.cn",
        "The views do not necessarily reflect those of CGTN.\nFollow CGTN on X",
        "Nothing to see here.",
    ]
    for text in texts:
        for profile in registry:
            fast = list(profiles._evidence(profile.evidence, text, profiles._folded(text)))
            full = [
                m.group() for p in profile.evidence if (m := profiles._compiled(p).search(text))
            ]
            assert fast == full
    assert registry.detect(texts[1])[0].name == "chinadaily"


_CHROME_BITS = [
    "Sign up",
    "SUBSCRIBE",
    " ",
    "to our ",
    "NewſLetter",
    "newsletters",
    "Daily",
    "x" * 30,
    ".",
    "cookies",
    "site",
]


@given(joined(_CHROME_BITS, max_size=8))
def test_chrome_keywords_are_necessary(text: str) -> None:
    profile = compile_profile(ProfileRegistry.default().generic)
    for key, patterns, _longest in (*profile.chrome_containing, *profile.chrome_asking):
        for pattern in patterns:
            if pattern.fullmatch(text):
                assert key in text.casefold()


def test_chrome_keys_shortest_first() -> None:
    # `_rule_chrome` stops at the first key longer than the line: that needs the order,
    # and every key found by `in` in a case-folded line must be case-folded itself
    profile = compile_profile(ProfileRegistry.default().generic)
    for keyed in (profile.chrome_containing, profile.chrome_asking):
        keys = [key for key, *_ in keyed]
        assert keys
        assert [len(k) for k in keys] == sorted(len(k) for k in keys)
        assert len(set(keys)) == len(keys)  # one entry per key, every pattern under it
        assert all(k == k.casefold() for k in keys)


def test_newsletter_lines_stay_chrome() -> None:
    profile = compile_profile(ProfileRegistry.default().generic)
    for line in (
        "Sign up for our daily newsletter here",
        "The Morning Newsletter",
        "Newsletters: subscribe now",
    ):
        unit = segment(make_view(line))[0]
        decision = classify._rule_chrome(unit, profile)
        assert decision is not None, line
        assert decision.reason == "chrome pattern", line
    prose = "She wrote a newsletter for twenty years before she ran for office."
    unit = segment(make_view(prose))[0]
    assert classify._rule_chrome(unit, profile) is None


_EMBED_BITS = [
    "Ein Beitrag geteilt von",
    "a post shared by",
    "UNE ",
    "una ",
    "— ",
    "Jane Roe",
    " (@janeroe)",
    " October 27, 2021",
    "x",
    " ",
    "(",
    "@",
]


@given(joined(_EMBED_BITS, max_size=6))
def test_embed_precheck_is_necessary(text: str) -> None:
    if bylines._EMBED.match(text):
        assert text[:1] in bylines._EMBED_FIRST or "(@" in text


def test_embed_first_letters_are_all_case_forms() -> None:
    first = regex.compile(r"[aeu]", regex.IGNORECASE)
    found = {
        chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF and first.fullmatch(chr(cp))
    }
    assert found == set(bylines._EMBED_FIRST)
    assert (
        bylines._byline_shape("Ein Beitrag geteilt von Jane Roe (@janeroe) am 3. Mai 2021") is None
    )


def test_signed_by_handle_reads_only_handle_lines() -> None:
    units = segment(
        make_view("Marta Ruiz Olmo\nmartaruizolmo@example.com\n\nBody text follows here.")
    )
    assert bylines._signed_by_handle(units, 0)
    units = segment(make_view("Marta Ruiz Olmo\nMarta Ruiz Olmo writes\nabout food\nmartaruizolmo"))
    assert not bylines._signed_by_handle(units, 0)  # the handle is three lines down
    units = segment(make_view("Marta\nmarta\n\nBody."))
    assert not bylines._signed_by_handle(units, 0)  # too short a name to compare


_FRAGMENT_BITS = ["|", ",", "&", "and", "und", "And", " ", "\t", "Jane Roe", "x", "."]


@given(joined(_FRAGMENT_BITS, max_size=6))
def test_fragment_precheck_is_necessary(text: str) -> None:
    if bylines._FRAGMENT.search(text):
        assert text.startswith(bylines._FRAGMENT_START) or text.endswith(bylines._FRAGMENT_END)


_FIELD_BITS = ["HEADLINE", "BODY", "LENGTH", ":", " ", "1", "12", " of ", "DOCUMENTS", "x", "Word"]


@given(joined(_FIELD_BITS, max_size=6))
def test_field_precheck_is_necessary(text: str) -> None:
    if classify.HEADLINE_FIELD.match(text) or classify._FIELD.fullmatch(text):
        assert ":" in text
    if classify._DOCUMENTS.fullmatch(text):
        assert text[:1].isdigit()


def test_fields_still_found() -> None:
    def rule(line: str) -> str | None:
        decision = classify._rule_field(
            segment(make_view(line))[0], compile_profile(ProfileRegistry.default().generic)
        )
        return None if decision is None else decision.reason

    assert rule("HEADLINE: A new bridge opens") == "headline field"
    assert rule("LENGTH: 812 words") == "database field"
    assert rule("Length of the bridge") is None


def test_role_last_letters_cover_every_role_word() -> None:
    words = bylines._ROLE_NOUN.removeprefix("(?i:").removesuffix(")").split("|")
    assert len(words) > 5
    assert {w[-1] for w in words} <= bylines._ROLE_LAST
    # any character the pattern's case-insensitive (full case folding) match can end on
    # folds to something ending in one of those letters
    tails = sorted({w[-k:] for w in words for k in (1, 2, 3)}, key=len, reverse=True)
    tail = regex.compile("(?i:" + "|".join(tails) + ")", regex.VERSION1)
    odd = [
        chr(cp)
        for cp in range(0x110000)
        if not 0xD800 <= cp <= 0xDFFF
        and tail.fullmatch(chr(cp))
        and chr(cp).casefold()[-1:] not in bylines._ROLE_LAST
    ]
    assert odd == []
    assert bylines._NAME_ROLE.match("Jane Roe Education editor") is not None
    assert bylines._NAME_ROLE.match("Harald Bauer Kolumniﬆ") is not None
    assert bylines._NAME_ROLE.match("Harald Bauer") is None


@given(joined(_ROLES, max_size=5, min_size=1))
def test_role_last_is_necessary(text: str) -> None:
    if bylines._ROLE_END.search(text, max(0, len(text) - 16)):
        assert text[-1:].casefold()[-1:] in bylines._ROLE_LAST


_LIST_BITS = [
    "-",
    "–",
    "•",
    "1",
    "12",
    "123",
    "1234",
    ".",
    ")",
    " ",
    "\t",
    "a",
    "B",
    "é",
    "item",
    "\u3000",
]


@given(joined(_LIST_BITS, max_size=6))
def test_list_item_precheck_is_necessary(text: str) -> None:
    assert classify._is_list_item(text) == bool(classify._LIST_ITEM.match(text))


def test_end_note_first_letters_under_full_case_folding() -> None:
    # every character END_NOTE_RE's phrases can open with, case-insensitively (full case
    # folding), case-folds to a string starting with t or d
    heads = regex.compile(r"(?i:t|th|the|d|de|di|der|die|dis)", regex.VERSION1)
    odd = [
        chr(cp)
        for cp in range(0x110000)
        if not 0xD800 <= cp <= 0xDFFF
        and heads.fullmatch(chr(cp))
        and chr(cp).casefold()[:1] not in ("t", "d")
    ]
    assert odd == []
    for line in (
        "The author is a fellow at X.",
        "(Die Autorin lehrt in Wien.)",
        "[DISCLOSURE STATEMENT]",
    ):
        assert notes._may_be_end_note(line)
        assert notes.END_NOTE_RE.match(line)


_END_NOTE_BITS = [
    "The ",
    "THE ",
    "the ",
    "author ",
    "writers ",
    "is ",
    "Der ",
    "die ",
    "Autorin ",
    "ist ",
    "Disclosure statement",
    "[",
    "(",
    "x",
    " ",
]


@given(joined(_END_NOTE_BITS, max_size=6))
def test_end_note_precheck_is_necessary(text: str) -> None:
    if notes.END_NOTE_RE.match(text):
        assert notes._may_be_end_note(text)
