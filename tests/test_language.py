"""Language from stop-word evidence."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import opinionpiece as op
from opinionpiece.language import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The port is busy and the docks are new, but the river has moved again.", "en"),
        ("Der Hafen ist voll und die Docks sind neu, aber der Fluss hat sich verlagert.", "de"),
        ("Le port est plein et les quais sont neufs, mais la rivière a bougé.", "fr"),
        ("El puerto está lleno y los muelles son nuevos, pero el río se ha movido.", "es"),
        ("De haven is vol en de dokken zijn nieuw, maar de rivier is weer verlegd.", "nl"),
    ],
)
def test_languages(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "12345 67890", "Xinhua", "港口很忙"])
def test_no_evidence(text: str) -> None:
    assert detect_language(text) is None


def test_article_language_comes_from_the_body() -> None:
    raw = (
        "Schwimmende Docks\n\nVon Katrin Müller und Jonas Weber\n\n"
        "Schwimmende Docks verbreiten sich in diesem Jahr an der Küste, und die Städte, die sie "
        "früh gebaut haben, sind heute belebter als die anderen.\n\n"
        "Ein Dock kostet weniger als eine Saison Baggerarbeiten, und es kann verlegt werden, "
        "wenn der Fluss sein Bett verschiebt.\n"
    )
    a = op.parse(raw)
    assert a.language == "de"
    assert [x.name for x in a.authors] == ["Katrin Müller", "Jonas Weber"]


@given(st.text(max_size=500))
def test_total(text: str) -> None:
    code = detect_language(text)
    assert code is None or len(code) == 2
