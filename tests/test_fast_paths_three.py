"""Speed, third round: every shortcut gives the answer of the plain computation."""

from __future__ import annotations

import datetime as dt
import sys
import typing
from pathlib import Path

import cattrs
import pytest
import regex
from cattrs.preconf.json import make_converter
from hypothesis import given
from hypothesis import strategies as st

import opinionpiece
from opinionpiece import bylines, classify, language, profiles, rules, serialize, titles
from opinionpiece.model import Span
from opinionpiece.normalize import make_view
from opinionpiece.segment import segment

from .strategies import joined

# ----------------------------------------------------------------------------- language

_BYLINE_BITS = [
    "By",
    "by ",
    "VON ",
    "Autor",
    ": ",
    "Kolumne von ",
    "Über den Autor:",
    "é",
    "x",
    "Écrit par ",
    "责任编辑",
    " ",
    "Jane Roe",
    "K",
    "ſ",
    "İ",
    "Text & Bild ",
]

_LANG_BITS = [
    "The ",
    "der ",
    "und ",
    "le ",
    "İs",
    "İa ",
    "\u0345",
    "a",
    "ΐ ",
    "Straße ",
    "ﬁsh ",
    "DAS ",
    "-",
    "’",
    " ",
    "\n",
    "12 ",
    "é",
    "e\u0301",
    "ǰ",
]
_LANG_TEXT = joined(_LANG_BITS, max_size=30)


def test_fold_exceptions_are_every_code_point() -> None:
    letter = regex.compile(r"\p{L}", regex.VERSION1)
    found = set()
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        folded = c.casefold()
        if folded == c:
            continue
        is_letter = letter.fullmatch(c) is not None
        if any((letter.fullmatch(x) is not None) != is_letter for x in folded):
            found.add(c)
    assert found == language.FOLD_CHANGES_WORDS


@given(st.lists(_LANG_TEXT, max_size=6), st.integers(min_value=0, max_value=120))
def test_detect_language_in_is_detect_language_of_the_joined_text(
    texts: list[str], limit: int
) -> None:
    joined = " ".join(texts)
    assert language.detect_language_in(texts, limit=limit) == language.detect_language(
        joined, limit=limit
    )


def test_detect_language_in_reads_cut_and_unsafe_texts() -> None:
    texts = ["The port and the docks are new, and the river is not.", "İs it the end?"]
    assert language.detect_language_in(texts) == "en"
    assert language.detect_language_in(texts, limit=20) == language.detect_language(
        " ".join(texts), limit=20
    )
    german = ["Der Hafen ist voll", "und die Docks sind neu, aber der Fluss nicht."]
    assert language.detect_language_in(german) == "de"


@given(_LANG_TEXT)
def test_folded_words_are_the_folded_tokens(text: str) -> None:
    assert language.folded_words(text) == tuple(
        w.casefold() for w in regex.findall(r"\p{L}++", text, flags=regex.VERSION1)
    )


# ----------------------------------------------------------------------------- bylines


def test_parse_byline_is_remembered_and_callers_get_their_own_list() -> None:
    text = "By Jane Roe and John Doe | Reuters"
    first = bylines.parse_byline(text)
    assert [n.name for n in first] == ["Jane Roe", "John Doe"]
    first.clear()  # a caller changing its list changes nothing for the next one
    again = bylines.parse_byline(text)
    assert [n.name for n in again] == ["Jane Roe", "John Doe"]
    assert again is not first
    assert again == bylines._parse_byline(text)


@given(joined(["By ", "Jane ", "Roe", " and ", "| ", "2020 ", "von ", "x", "\n"], max_size=10))
def test_parse_byline_equals_the_plain_reading(text: str) -> None:
    assert bylines.parse_byline(text) == bylines._parse_byline(text)


# ----------------------------------------------------------------------------- classify


@given(st.text(max_size=40))
def test_has_figure_reads_every_character(text: str) -> None:
    assert classify._has_figure(text) == any(c.isdigit() or c in "½¼¾⅓⅔⅛" for c in text)


def test_every_digit_and_fraction_is_a_number_character() -> None:
    number = regex.compile(r"\p{N}", regex.VERSION1)
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        if c.isdigit() or c in "½¼¾⅓⅔⅛":
            assert number.fullmatch(c), hex(cp)


_KEY_BITS = ["a", "b", "ab", "abc ", "headline ", "line", " ", "x" * 7, "the "]


@given(
    joined(_KEY_BITS, max_size=8),
    joined(_KEY_BITS, max_size=8),
)
def test_key_length_precheck_is_necessary(a: str, b: str) -> None:
    if titles.same_key(a, b):
        assert titles.could_be_same_key(len(a), len(b))


def test_key_length_precheck_keeps_near_lengths() -> None:
    assert titles.could_be_same_key(10, 10)
    assert titles.could_be_same_key(3, 3)
    assert titles.could_be_same_key(8, 12)
    assert not titles.could_be_same_key(8, 14)
    assert not titles.could_be_same_key(4, 5)
    assert titles.same_key("the headline of it", "headline of it")
    assert titles.could_be_same_key(len("the headline of it"), len("headline of it"))


# ----------------------------------------------------------------------------- JSON


def _plain_converter() -> cattrs.Converter:
    """The converter without the hand-written block hooks (dates as in serialize)."""
    conv = make_converter(omit_if_default=False)
    conv.register_unstructure_hook(Span, lambda s: [s.start, s.end])
    conv.register_unstructure_hook_func(
        lambda t: set(typing.get_args(t)) == {dt.date, dt.datetime, type(None)},
        lambda v: None if v is None else v.isoformat(),
    )
    return conv


_CASES = Path(__file__).parent / "cases"


@pytest.mark.parametrize("name", sorted(p.name for p in _CASES.glob("*.txt"))[:12])
def test_article_hook_matches_the_generated_one(name: str) -> None:
    article = opinionpiece.parse((_CASES / name).read_text(encoding="utf-8"))
    assert article.blocks
    fast = serialize.converter.unstructure(article)
    assert fast == _plain_converter().unstructure(article)
    assert opinionpiece.from_json(opinionpiece.to_json(article)) == article


# ----------------------------------------------------------------------------- bylines


def test_byline_start_precheck_is_necessary_for_every_ascii_first_character() -> None:
    words = set(regex.findall(r"[^\W\d_]{2,}", bylines._BYLINE_START.pattern))
    tails = (" ", ": ", " von X", " by X", " par X", " por X", " the author:", "in von X")
    for cp in range(128):
        c = chr(cp)
        for word in words:
            for case in (word, word.upper(), word.capitalize()):
                for tail in tails:
                    text = c + case[1:] + tail
                    if bylines._BYLINE_START.match(text) is not None:
                        assert bylines.may_open_byline(text), text


@given(joined(_BYLINE_BITS, max_size=6))
def test_byline_start_precheck_never_rejects_a_match(text: str) -> None:
    if bylines._BYLINE_START.match(text):
        assert bylines.may_open_byline(text)
    if bylines._LABEL_COLON.match(text):
        assert ":" in text


# ----------------------------------------------------------------------------- chrome

_PERMALINK_BITS = [
    "This entry was filed in News. ",
    "Bookmark the ",
    "bookmark the permalink",
    "BOOKMARK THE PERMALINK",
    "boo\u212amark the permalink",  # a Kelvin sign folds to k
    "bookmark the permal\u0130nk",
    ".",
    " ",
    "x" * 50,
]


@given(joined(_PERMALINK_BITS, max_size=6))
def test_permalink_line_is_chrome_exactly_when_its_pattern_matches(text: str) -> None:
    profile = profiles.compile_profile(profiles.GENERIC)
    pattern = regex.compile(
        r".{0,200}?\bbookmark the permalink\b.{0,100}+", regex.IGNORECASE | regex.VERSION1
    )
    if len(text) <= 600 and pattern.fullmatch(text):
        assert "bookmark" in text.casefold()
        unit = segment(make_view(text))[0] if text.strip() else None
        if unit is not None and unit.text == text:
            decision = classify._rule_chrome(unit, profile)
            assert decision is not None


def test_permalink_line_stays_chrome() -> None:
    profile = profiles.compile_profile(profiles.GENERIC)
    text = "Share this story or bookmark the permalink."
    decision = classify._rule_chrome(segment(make_view(text))[0], profile)
    assert decision is not None
    assert decision.reason == "chrome pattern"
    prose = "He kept a bookmark in the book he never finished reading that winter."
    assert classify._rule_chrome(segment(make_view(prose))[0], profile) is None


# ----------------------------------------------------------------------------- words


def test_ascii_word_pattern_is_the_word_pattern_on_ascii() -> None:
    for cp in range(128):
        c = chr(cp)
        assert bool(rules._WORD.fullmatch(c)) == bool(rules._ASCII_WORD.fullmatch(c)), cp


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=120))
def test_word_count_of_ascii_text_counts_the_same_runs(text: str) -> None:
    assert rules._ASCII_WORD.findall(text) == rules._WORD.findall(text)
    rules.word_count.cache_clear()
    words = rules.word_count(text)
    assert words >= len(rules._WORD.findall(text))
    if len(rules._WORD.findall(text)) * 8 >= len(text):
        assert words == len(rules._WORD.findall(text))


# ----------------------------------------------------------------------------- quotes


def test_apostrophe_inside_a_word_is_no_quotation_mark() -> None:
    from opinionpiece import quotes

    for mark in quotes._SINGLE:
        for open_single in (False, True):
            assert quotes._single_role(f"Xi{mark}s", 2, 0, 4, open_single) == ""
            assert quotes._single_role(f"don{mark}t", 3, 0, 5, open_single) == ""
    # at the edge of the range the neighbour outside does not count
    assert quotes._single_role("x'word", 1, 1, 6, False) == "open"


def test_ascii_letters_are_the_letters_on_ascii() -> None:
    for cp in range(128):
        c = chr(cp)
        assert bool(language._WORD.fullmatch(c.casefold())) == bool(
            language._ASCII_WORD.fullmatch(c.lower())
        ), cp
        assert c.casefold() == c.lower()


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=120))
def test_folded_words_of_ascii_text(text: str) -> None:
    language._remembered_words.cache_clear()
    assert language.folded_words(text) == tuple(language._WORD.findall(text.casefold()))


def test_general_punctuation_holds_no_letter_and_no_fold() -> None:
    letter = regex.compile(r"\p{L}", regex.VERSION1)
    for cp in range(0x2000, 0x2070):
        c = chr(cp)
        assert not language.NOT_ASCII_OR_PUNCTUATION.search(c)
        assert not letter.fullmatch(c)
        assert c.casefold() == c.lower() == c


def test_punctuation_the_word_count_skips_is_no_word_character() -> None:
    for cp in range(0x2000, 0x2070):
        c = chr(cp)
        if not rules._NOT_ASCII_OR_PUNCTUATION.search(c):
            assert not rules._WORD.fullmatch(c), hex(cp)
    for c in "\u200c\u200d\u203f\u2040\u2054":  # word characters: the slow path
        assert rules._NOT_ASCII_OR_PUNCTUATION.search(c)


_PUNCT_TEXT = st.text(
    alphabet=st.characters(max_codepoint=127) | st.sampled_from("’“”—–…‘―\u200d\u203f é"),
    max_size=80,
)


@given(_PUNCT_TEXT)
def test_words_of_text_with_punctuation(text: str) -> None:
    language._remembered_words.cache_clear()
    rules.word_count.cache_clear()
    assert language.folded_words(text) == tuple(language._WORD.findall(text.casefold()))
    words = len(rules._WORD.findall(text))
    if words * 8 >= len(text):
        assert rules.word_count(text) == words


# ----------------------------------------------------------------------------- profiles


def test_marks_in_runs_match_only_themselves_in_any_case() -> None:
    marks = profiles._PLAIN_MARKS + "".join(
        chr(c) for c in range(128) if profiles._literal_punctuation(chr(c))
    )
    any_mark = regex.compile("[" + regex.escape(marks) + "]", regex.IGNORECASE)
    for cp in range(sys.maxunicode + 1):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        if any_mark.fullmatch(c):
            assert c in marks, hex(cp)
            assert c.casefold() == c, hex(cp)


_MARK_PATTERN_BITS = [
    "cnn",
    "rt",
    r"\.com",
    r"\(",
    r"\)",
    "@",
    "-",
    ",?",
    ":",
    r"\|",
    r"\.?",
    r"\s+",
    r"\b",
    "x{1,2}",
    "(?:a|b)",
]
_MARK_TEXT = ["CNN", "(cnn)", "rt.com", "Rt.Com", "@", "-", ":", "|", ",", ".", " ", "x", "a"]


@given(
    joined(_MARK_PATTERN_BITS, max_size=5, min_size=1),
    joined(_MARK_TEXT, max_size=8),
)
def test_runs_with_marks_are_necessary(pattern: str, text: str) -> None:
    try:
        compiled = profiles._compiled(pattern)
    except regex.error:
        return
    folded = profiles._folded(text)
    if compiled.search(text) is not None and folded is not None:
        assert profiles._may_match(pattern, folded), (pattern, text)


def test_detection_remembers_runs_per_text_and_finds_the_same() -> None:
    registry = profiles.ProfileRegistry.default()
    for text in (
        "The views do not necessarily reflect those of CGTN.\nFollow CGTN on X\ncgtn.com",
        "(CNN) Opinion here. View more opinion at CNN. rt.com",
        "Nothing to see here.",
    ):
        folded = profiles._folded(text)
        seen: dict[str, bool] = {}
        for profile in registry:
            fast = list(profiles._evidence(profile.evidence, text, folded, seen))
            full = [
                m.group() for p in profile.evidence if (m := profiles._compiled(p).search(text))
            ]
            assert fast == full
        assert all(found == (run in folded) for run, found in seen.items())
        assert seen


def test_long_texts_are_read_but_not_remembered() -> None:
    language._remembered_words.cache_clear()
    long_text = "The port and the docks. " * 200
    assert len(long_text) > language.REMEMBER_UP_TO
    assert language.folded_words(long_text) == tuple(language._WORD.findall(long_text.casefold()))
    assert language._remembered_words.cache_info().currsize == 0
    assert language.folded_words("The port") == ("the", "port")
    assert language._remembered_words.cache_info().currsize == 1
    bylines._read_byline.cache_clear()
    assert bylines.parse_byline("By Jane Roe " + "x" * 700) == []
    assert bylines._read_byline.cache_info().currsize == 0
