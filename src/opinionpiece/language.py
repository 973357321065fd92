"""The language of an article, from stop-word evidence (no model, no dependency).

Each language has a short list of its most frequent function words, chosen so that the
lists barely overlap. The language whose words make up the largest share of the text's
words wins, if it has enough evidence: at least :data:`MIN_HITS` hits and a clear lead
over the runner-up. The answer is an ISO 639-1 code, or ``None``.
"""

from __future__ import annotations

import functools
from collections import Counter

import regex

__all__ = ["MIN_HITS", "STOPWORDS", "detect_language"]


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


@functools.cache
def _index() -> dict[str, tuple[str, ...]]:
    """Each stop word with the languages it belongs to (built once)."""
    out: dict[str, list[str]] = {}
    for code, words in STOPWORDS.items():
        for w in words:
            out.setdefault(w, []).append(code)
    return {w: tuple(codes) for w, codes in out.items()}


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
    counts = dict.fromkeys(STOPWORDS, 0)
    index = _index()
    for word, n in Counter(_WORD.findall(text[:limit].casefold())).items():
        codes = index.get(word)
        if codes is not None:
            for code in codes:
                counts[code] += n
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    (best, hits), (_, second) = ranked[0], ranked[1]
    if hits < MIN_HITS or hits < 1.2 * second:
        return None
    return best
