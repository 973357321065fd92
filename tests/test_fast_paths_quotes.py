"""Speed, fifth round (quotes, assembly): each shortcut gives the plain computation's answer."""

from __future__ import annotations

import importlib
import pickle
import sys
from pathlib import Path

import attrs
import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from opinionpiece import lexicon, parse, pipeline, quotes
from opinionpiece.classify import classify
from opinionpiece.lexicon import WORD_RUN, WORD_RUN_REV, WordMatch, WordSet
from opinionpiece.model import Block, Role, Span, checked_span, trusted_block, trusted_span
from opinionpiece.normalize import make_view
from opinionpiece.pipeline import check_invariants
from opinionpiece.profiles import ProfileRegistry, compile_profile
from opinionpiece.rules import Classified
from opinionpiece.segment import segment

from .strategies import joined

# ------------------------------------------------------------------------------ marks

#: what the mark scan used to find: ``''`` first, else one mark character
_MARK_PATTERN = regex.compile("''|[" + regex.escape(quotes._MARKS) + "]")


def test_mark_character_class_is_the_marks() -> None:
    # the standard library's class finds exactly the mark characters, no other code point
    found = [chr(c) for c in range(sys.maxunicode + 1) if quotes._MARK_CHAR.match(chr(c))]
    assert sorted(found) == sorted(set(quotes._MARKS))
    plain = regex.compile("[" + regex.escape(quotes._MARKS) + "]")
    assert all(plain.match(ch) for ch in found)


_MARK_BITS = ["'", "''", "'''", '"', "“", "”", "‘", "’", "«", "»", "„", "「", "」", "a", " ", "\n"]


@given(joined(_MARK_BITS, max_size=14), st.integers(0, 40), st.integers(0, 40))
def test_mark_positions_are_what_the_pattern_finds(text: str, lo: int, hi: int) -> None:
    expected = [(m.start(), m.end() - m.start()) for m in _MARK_PATTERN.finditer(text, lo, hi)]
    assert quotes._mark_positions(text, lo, min(hi, len(text))) == [
        (i, w) for i, w in expected if i + w <= min(hi, len(text))
    ]


def test_three_apostrophes_read_as_a_double_mark_and_a_single_one() -> None:
    assert quotes._mark_positions("a'''b", 0, 5) == [(1, 2), (3, 1)]
    assert quotes._mark_positions("a''b", 0, 2) == [(1, 1)]  # the end cuts the pair


# ------------------------------------------------------------------------------ nominal


def _nominal_bits() -> list[str]:
    pats = lexicon.patterns()
    words = sorted(pats.nominal_first | pats.nominal_last)
    return [
        *words[::7],
        "the",
        "The",
        "a",
        "spokesman",
        "Spokesman",
        "voice-over",
        "e-mail",
        "press secretary",
        "foreign ministry",
        "senior",
        "Jo Lee",
        "_",
        "x1",
        "’",
        "-",
        ".",
        " ",
        "\n",
        ",",
    ]


@given(joined(_nominal_bits(), max_size=8), st.data())
def test_nominal_runs_never_turn_a_match_away(text: str, data: st.DataObject) -> None:
    pats = lexicon.patterns()
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    if pats.nominal.match(text, a, b) is not None:
        run = WORD_RUN.match(text, a, b)
        assert run is not None
        assert run.group() in pats.nominal_first
        assert quotes._nominal_at(pats, text, a, b) is not None
    if pats.nominal_rev.match(text, a, b) is not None:
        run = WORD_RUN_REV.match(text, a, b)
        assert run is not None
        assert run.group() in pats.nominal_last
        assert quotes._nominal_ending_at(pats, text, a, b) is not None
    # the shortcut gives the pattern's own match, or none where it has none
    fwd = quotes._nominal_at(pats, text, a, b)
    plain = pats.nominal.match(text, a, b)
    assert (fwd.span() if fwd else None) == (plain.span() if plain else None)
    rev = quotes._nominal_ending_at(pats, text, a, b)
    plain = pats.nominal_rev.match(text, a, b)
    assert (rev.span() if rev else None) == (plain.span() if plain else None)


def test_every_nominal_entry_passes_its_run() -> None:
    pats = lexicon.patterns()
    for lex in lexicon.DEFAULT_LEXICONS:
        for head in lex.nominal_heads:
            for variant in (head, head[0].upper() + head[1:]):
                text = f"x {variant}, y"
                start, stop = 2, 2 + len(variant)
                assert pats.nominal.match(text, start) is not None
                assert quotes._nominal_at(pats, text, start, len(text)) is not None
                assert quotes._nominal_ending_at(pats, text, 0, stop) is not None
        for det in lex.determiners:
            text = f"{det} spokesman said"
            assert quotes._nominal_at(pats, text, 0, len(text)) is not None


def test_nominal_runs_of_a_name_are_not_a_speaker_noun() -> None:
    pats = lexicon.patterns()
    assert "Smith" not in pats.nominal_first
    assert "Smith" not in pats.nominal_last
    assert "spokesman" in pats.nominal_last
    assert "the" in pats.nominal_first


# ------------------------------------------------------------------------------ word sets


def _phrase_at_plain(
    text: str,
    start: int,
    end0: int,
    phrases: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...],
    endpos: int,
) -> WordMatch | None:
    """The phrase lookup as it was: each phrase reads the words after the first again."""
    for words, kinds in phrases:
        end = end0
        ok = True
        for w in words[1:]:
            gap = lexicon._GAP.match(text, end, endpos)
            nxt = lexicon._TOKEN.match(text, gap.end(), endpos) if gap is not None else None
            if nxt is None or nxt.group() != w:
                ok = False
                break
            end = nxt.end()
        if ok:
            return WordMatch(start, end, text[start:end], kinds)
    return None


_PHRASE_BITS = [
    "said",
    "told",
    "in",
    "a",
    "an",
    "the",
    "statement",
    "interview",
    "reporters",
    "audience",
    "went",
    "on",
    "to",
    "say",
    "according",
    "As",
    "quoted",
    "by",
    "x",
    " ",
    "  ",
    "\n",
    ",",
    "-",
    "’",
    "_",
]


@given(joined(_PHRASE_BITS, max_size=16), st.data())
def test_word_set_reads_each_following_word_once(text: str, data: st.DataObject) -> None:
    words = lexicon.patterns().all_words
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    for m in lexicon._TOKEN.finditer(text, lo, hi):
        phrases = words._first.get(m.group())
        if phrases is None:
            continue
        got = words._phrase_at(text, m.start(), m.end(), phrases, hi)
        assert got == _phrase_at_plain(text, m.start(), m.end(), phrases, hi)


def test_word_set_prefers_the_longest_phrase() -> None:
    ws = WordSet({"cue": ["said", "said in a statement", "said in"]})
    text = "she said in a  statement, and said in it"
    assert [m.group() for m in ws.finditer(text)] == [
        "said in a  statement",
        "said in",
    ]
    assert ws.match("said in a", 0) == WordMatch(0, 7, "said in", ("cue",))


def test_ascii_tokens_cover_the_letters_and_digits_of_the_block() -> None:
    # in ASCII and general punctuation (U+2000–U+206F), the letters and digits of `_TOKEN`
    # are `[A-Za-z0-9]`: the standard library's tokens are the same words there
    letter_or_digit = regex.compile(r"[\p{L}\p{N}]")
    block = [chr(c) for c in [*range(0x80), *range(0x2000, 0x2070)]]
    assert all(lexicon.NOT_ASCII_OR_PUNCTUATION.search(ch) is None for ch in block)
    assert [ch for ch in block if letter_or_digit.match(ch)] == [
        ch for ch in block if regex.match("[A-Za-z0-9]", ch)
    ]
    outside = [
        chr(c)
        for c in range(sys.maxunicode + 1)
        if lexicon.NOT_ASCII_OR_PUNCTUATION.match(chr(c)) is None
    ]
    assert outside == block


_TOKEN_BITS = ["said", "Ab", "x9", "don", "’", "'", "-", "t", " ", "\u2014", "\u201c", "é", "_"]


@given(joined(_TOKEN_BITS, max_size=12), st.data())
def test_ascii_tokens_are_the_tokens(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    if lexicon.NOT_ASCII_OR_PUNCTUATION.search(text, lo, hi) is None:
        fast = [m.span() for m in lexicon._ASCII_TOKEN.finditer(text, lo, hi)]
        assert fast == [m.span() for m in lexicon._TOKEN.finditer(text, lo, hi)]
    words = WordSet({"cue": ["said", "don’t", "x9 Ab"], "noun": ["Ab"]})
    found = [(m.span(), m.kinds) for m in words.finditer(text, lo, hi)]
    assert found == [(m.span(), m.kinds) for m in _finditer_plain(words, text, lo, hi)]


def _finditer_plain(words: WordSet, text: str, pos: int, endpos: int) -> list[WordMatch]:
    """:meth:`WordSet.finditer` with the `regex` tokens only."""
    out: list[WordMatch] = []
    skip = pos
    for m in lexicon._TOKEN.finditer(text, pos, endpos):
        phrases = words._first.get(m.group())
        start = m.start()
        if phrases is None or start < skip or (start > 0 and text[start - 1] == "_"):
            continue
        found = _phrase_at_plain(text, start, m.end(), phrases, endpos)
        if found is not None:
            skip = found.finish
            out.append(found)
    return out


# ------------------------------------------------------------------------------ blocks


@given(st.integers(0, 10**6), st.integers(0, 10**6), st.sampled_from(list(Role)))
def test_trusted_builders_give_the_checked_values(a: int, b: int, role: Role) -> None:
    start, end = min(a, b), max(a, b)
    span = trusted_span(start, end)
    plain = Span(start=start, end=end)
    assert span == plain
    assert hash(span) == hash(plain)
    assert repr(span) == repr(plain)
    assert pickle.loads(pickle.dumps(span)) == plain
    block = trusted_block(role, span, "text", "why")
    assert block == Block(role=role, span=plain, text="text", reason="why")
    assert hash(block) == hash(Block(role=role, span=plain, text="text", reason="why"))
    assert trusted_block(role, span, "") == Block(role=role, span=plain, text="")


def test_trusted_builders_set_every_field() -> None:
    # a field added to Span or Block must be added to the builders
    assert [f.name for f in attrs.fields(Span)] == ["start", "end"]
    assert [f.name for f in attrs.fields(Block)] == ["role", "span", "text", "reason"]
    with pytest.raises(ValueError, match="before start"):
        Span(start=3, end=2)  # the public constructor still checks


def test_blocks_tile_the_text_with_blank_gaps() -> None:
    article = parse("Title\n\n\nBy Jo Lee\n\nThe body text goes on here.\n\n")
    check_invariants(article)
    blanks = [b for b in article.blocks if b.role is Role.BLANK]
    assert blanks
    assert all(type(b.span) is Span and b.text == "" and b.reason is None for b in blanks)
    assert [b.span.start for b in article.blocks[1:]] == [b.span.end for b in article.blocks[:-1]]


# ------------------------------------------------------------------------------ names

_RUN_BITS = ["Chinese", "President", "Xi", "Jinping", "The", "the", "Sen.", "Jr.", "But", "al-"]
_RUN_BITS += ["Lee", "U.S.", "Bundeskanzler", "Olaf", "Scholz", " ", "  ", "\t", "\n", "-", "."]


@given(joined(_RUN_BITS, max_size=8), st.text(max_size=3), st.text(max_size=3))
def test_name_mention_depends_on_the_run_alone(run: str, before: str, after: str) -> None:
    # the remembered answer for a run is its answer in any text, shifted to its place
    quotes._mention_parts.cache_clear()
    alone = quotes._name_mention(run, 0, len(run))
    text = before + run + after
    placed = quotes._name_mention(text, len(before), len(before) + len(run))
    if alone is None:
        assert placed is None
    else:
        assert placed == attrs.evolve(
            alone, start=alone.start + len(before), end=alone.end + len(before)
        )
        assert text[placed.start : placed.end] == run[alone.start : alone.end]
    quotes._mention_parts.cache_clear()
    assert quotes._name_mention(text, len(before), len(before) + len(run)) == placed


def test_name_mention_is_remembered_per_lexicon_choice() -> None:
    run = "Bundeskanzler Olaf Scholz"
    for _ in range(2):  # the second round reads the remembered answers
        with lexicon.using((lexicon.ENGLISH,)):
            english = quotes._name_mention(run, 0, len(run))
        with lexicon.using(lexicon.DEFAULT_LEXICONS):
            both = quotes._name_mention(run, 0, len(run))
        assert english is not None
        assert (english.name, english.title) == ("Bundeskanzler Olaf Scholz", None)
        assert both is not None
        assert (both.name, both.title) == ("Olaf Scholz", "Bundeskanzler")


def test_the_benchmark_clears_the_remembered_mentions() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    bench = importlib.import_module("bench")
    assert (quotes, "_mention_parts") in bench._TEXT_CACHES


_DUMP_BITS = ["Title", "By Jo Lee", "The text goes on.", "\n", "\r\n", "\n\n", " ", "\xa0", "\t"]
_DUMP_BITS += ["\u200b", "\u00ad", "“Yes,” she said.", "Ünïcödé", "\x0c", "\u2028"]


@given(joined(_DUMP_BITS, max_size=14))
def test_unit_spans_are_the_spans_of_the_units(text: str) -> None:
    view = make_view(text)
    units = segment(view)
    profile = compile_profile(ProfileRegistry.default().generic)
    ex = Classified(view, units, classify(units, profile), profile)
    spans = pipeline._unit_spans(view, units)
    assert spans == [ex.unit_span(u) for u in units]
    assert all(type(s) is Span for s in spans)


@given(st.integers(-3, 40), st.integers(-3, 40))
def test_checked_span_checks_as_span_does(start: int, end: int) -> None:
    try:
        plain = Span(start=start, end=end)
    except ValueError as exc:
        with pytest.raises(ValueError, match=regex.escape(str(exc))):
            checked_span(start, end)
    else:
        assert checked_span(start, end) == plain
        assert type(checked_span(start, end)) is Span


_SINGLE_BITS = ["'", "’", "‘", "don", "t", "Xi", "s", "9", " ", '"', "“", "x", "é", "_", "—"]


@given(joined(_SINGLE_BITS, max_size=10), st.data())
def test_single_mark_inside_a_word_is_read_before_the_stack(text: str, data: st.DataObject) -> None:
    marks = [i for i, ch in enumerate(text) if ch in "'’‘"]
    if not marks:
        return
    i = data.draw(st.sampled_from(marks))
    lo = data.draw(st.integers(0, i))
    hi = data.draw(st.integers(i + 1, len(text)))
    for stack in ([], [quotes._Frame(pos=0, char="‘", width=1, para=0)]):
        open_single = bool(stack)
        expected = quotes._single_role(text, i, lo, hi, open_single)
        assert quotes._mark_role(text, i, lo, hi, stack) == expected


def test_ascii_words_of_a_headline_are_its_words() -> None:
    # in ASCII and general punctuation, `\p{L}` is `[A-Za-z]`: both engines read the
    # same words of a short paragraph
    block = [chr(c) for c in [*range(0x80), *range(0x2000, 0x2070)]]
    letter = regex.compile(r"\p{L}")
    assert [ch for ch in block if letter.match(ch)] == [
        ch for ch in block if quotes._ASCII_WORD.match(ch)
    ]
    outside = [
        chr(c)
        for c in range(sys.maxunicode + 1)
        if quotes.NOT_ASCII_OR_PUNCTUATION.match(chr(c)) is None
    ]
    assert outside == block


_HEADLINE_BITS = ["Water", "Deal", "of", "the", "Xi’s", "don't", "-", " ", "é", "Ünion", "’", ","]


@given(joined(_HEADLINE_BITS, max_size=12))
def test_headline_words_are_the_words_of_the_pattern(text: str) -> None:
    if quotes.NOT_ASCII_OR_PUNCTUATION.search(text) is None:
        assert quotes._ASCII_WORD.findall(text) == quotes._WORD.findall(text)
    words = quotes._WORD.findall(text)
    plain = len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)
    assert quotes._headline_like(text, 0, len(text)) == (plain and len(text) <= 200)


_RIGHT_BITS = ['"', "—", " — ", ", ", "Jo Lee", "he", "said", "the spokesman", ".", " ", "x", "-"]


@given(joined(_RIGHT_BITS, max_size=8))
def test_speaker_after_a_dash_is_read_only_after_one(tail: str) -> None:
    text = '"We will not wait."' + tail
    qe = len('"We will not wait."')
    with lexicon.using(lexicon.DEFAULT_LEXICONS):
        got = quotes._attr_right(text, qe, len(text), "We will not wait.")
        lead = quotes._LEAD.match(text, qe, len(text))
        assert lead is not None
        if got is not None and got.cue is None:  # a speaker with no cue: after a dash
            assert lead.group("dash")
            who = quotes._speaker_after(text, lead.end(), len(text))
            assert who == got.mention
        if lead.group("dash") and lead.end() < len(text):
            who = quotes._speaker_after(text, lead.end(), len(text))
            if (
                who is not None
                and who.kind == "name"
                and quotes._END_AFTER_DASH.match(text, who.end, len(text))
            ):
                assert got is not None


def test_dash_names_the_speaker_and_no_dash_does_not() -> None:
    with lexicon.using(lexicon.DEFAULT_LEXICONS):
        dashed = '"We will not wait." — Jo Lee'
        got = quotes._attr_right(dashed, 19, len(dashed), "We will not wait.")
        assert got is not None
        assert got.mention is not None
        assert got.mention.name == "Jo Lee"
        plain = '"We will not wait." Jo Lee'
        assert quotes._attr_right(plain, 19, len(plain), "We will not wait.") is None
