"""The language of an article, from stop-word evidence (no model, no dependency).

Each language has a short list of its most frequent function words, chosen so that the
lists barely overlap. The language whose words make up the largest share of the text's
words wins, if it has enough evidence: at least :data:`MIN_HITS` hits and a clear lead
over the runner-up. The answer is an ISO 639-1 code, or ``None``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence

import regex

__all__ = ["MIN_HITS", "STOPWORDS", "detect_language", "detect_language_in", "folded_words"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: ISO 639-1 code -> frequent function words that are rare in the other languages.
STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the and of to is that it for with was are this have be not by from they which "
        "has will would their been but were an what who there its can all more also than "
        "about into these could our should"
    ),
    "de": _words(
        "der die und das ist nicht mit sich des auf für ein eine dem den von zu auch "
        "als wird bei oder aus noch nach wie einer einen sind über haben werden wir ich "
        "sie es im zum zur dass hat kann nur"
    ),
    "fr": _words(
        "le la les des et est une du dans que qui pour pas sur au avec ce il sont par "
        "plus ne se aux cette mais ont été leur nous vous elle"
    ),
    "es": _words(
        "el la los las y del en que por con para una es se no al lo como más pero sus "
        "le ya fue este ha sí porque esta entre cuando muy sin sobre también"
    ),
    "it": _words(
        "il di che è la per una sono non gli le della del con si da nel alla come più "
        "anche ma questo dei ha delle essere"
    ),
    "nl": _words(
        "de het een van en is dat op te zijn met voor niet aan er ook als bij door maar "
        "om dan nog wel naar hij ze wordt"
    ),
    "pt": _words(
        "o a os as de do da dos das em um uma que não para com por mais como mas foi ao "
        "ele ela seu sua ou quando muito também já está"
    ),
}

#: Least number of stop-word hits before a language is named.
MIN_HITS = 3

_WORD = regex.compile(r"\p{L}++", regex.VERSION1)
#: ``_WORD`` on lower-cased ASCII text (a test checks every ASCII character), with the
#: standard library's engine, twice as fast on it.
_ASCII_WORD = re.compile(r"[a-z]+")
#: A character neither ASCII nor general punctuation (U+2000–U+206F: spaces, dashes,
#: curly quotes, ellipsis). Text without one has only ASCII letters (no character of the
#: block is a letter or changes under case folding: a test checks them all).
NOT_ASCII_OR_PUNCTUATION = re.compile(r"[^\x00-\x7f\u2000-\u206f]")


@functools.cache
def _index() -> dict[str, tuple[str, ...]]:
    """Each stop word with the languages it belongs to (built once)."""
    out: dict[str, list[str]] = {}
    for code, words in STOPWORDS.items():
        for w in words:
            out.setdefault(w, []).append(code)
    return {w: tuple(codes) for w, codes in out.items()}


#: The characters whose case folding turns a letter into something holding a non-letter,
#: or a non-letter into a letter (``İ`` folds to ``i`` and a combining dot, ``ͅ`` to
#: ``ι``): in a text holding one, the words of the folded text are not the folded words
#: of the text. Every code point is checked by a test.
FOLD_CHANGES_WORDS = frozenset(
    "\u0130\u01f0\u0345\u0390\u03b0\u1e96\u1e97\u1e98\u1e99\u1f50\u1f52\u1f54\u1f56"
    "\u1fb6\u1fb7\u1fc6\u1fc7\u1fd2\u1fd3\u1fd6\u1fd7\u1fe2\u1fe3\u1fe4\u1fe6\u1fe7"
    "\u1ff6\u1ff7"
)
_FOLD_CHANGES_WORDS = regex.compile("[" + "".join(sorted(FOLD_CHANGES_WORDS)) + "]")


#: Texts up to this length have their words remembered (:func:`folded_words`); a longer
#: one is read again each time, so that the memory does not keep it and its words alive.
REMEMBER_UP_TO = 2000


def folded_words(text: str) -> tuple[str, ...]:
    """The words (runs of letters) of ``text``, each case-folded.

    Remembered per text (up to :data:`REMEMBER_UP_TO` characters): the body scorer
    weighs each prose unit by its function words, and the language is read from the same
    paragraphs.
    """
    return _remembered_words(text) if len(text) <= REMEMBER_UP_TO else _folded_words(text)


def _folded_words(text: str) -> tuple[str, ...]:
    """:func:`folded_words` without the memory."""
    if text.isascii() or NOT_ASCII_OR_PUNCTUATION.search(text) is None:
        # the words are ASCII letters, `[a-z]` once folded: the faster engine
        return tuple(_ASCII_WORD.findall(text.lower()))
    if _folds_within_words(text):  # the same words, folded in one call
        return tuple(_WORD.findall(text.casefold()))
    return tuple(w.casefold() for w in _WORD.findall(text))


_remembered_words = functools.lru_cache(maxsize=4096)(_folded_words)


def _folds_within_words(text: str) -> bool:
    """Whether the words of ``text.casefold()`` are the case-folded words of ``text``."""
    return text.isascii() or _FOLD_CHANGES_WORDS.search(text) is None


def _words_of_folded(text: str) -> Sequence[str]:
    """The words of ``text.casefold()`` (what :func:`detect_language` counts), from
    :func:`folded_words` unless a character folds across the letter boundary."""
    if _folds_within_words(text):
        return folded_words(text)
    return _WORD.findall(text.casefold())


def detect_language_in(texts: Sequence[str], *, limit: int = 20000) -> str | None:
    """:func:`detect_language` of ``" ".join(texts)``, reading each text's words once.

    The joining space ends every word, so the words of the joined text are the words of
    each text in turn; a text the ``limit`` cuts is read up to the limit.
    """
    words: list[str] = []
    room = limit
    for i, text in enumerate(texts):
        if i:
            room -= 1  # the joining space
        if room <= 0:
            break
        if len(text) > room:
            words += _words_of_folded(text[:room])
            break
        words += _words_of_folded(text)
        room -= len(text)
    return _ranked(words)


def detect_language(text: str, *, limit: int = 20000) -> str | None:
    """The ISO 639-1 code of the language of ``text``, or ``None`` without evidence.

    Only the first ``limit`` characters are read.

    >>> detect_language("Der Hund und die Katze sind nicht im Haus.")
    'de'
    >>> detect_language("The cat is not in the house, and that is that.")
    'en'
    >>> detect_language("12345") is None
    True
    """
    return _ranked(_WORD.findall(text[:limit].casefold()))


def _ranked(words: Sequence[str]) -> str | None:
    """The language whose stop words lead among ``words`` (case-folded), or ``None``."""
    counts = dict.fromkeys(STOPWORDS, 0)
    index = _index()
    # only the stop words are counted (both passes run in C; the loop sees a few dozen)
    for word, n in Counter(filter(index.__contains__, words)).items():
        for code in index[word]:
            counts[code] += n
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    (best, hits), (_, second) = ranked[0], ranked[1]
    if hits < MIN_HITS or hits < 1.2 * second:
        return None
    return best
