"""The reference CGTN dump from ../shared (skipped when absent): the facts read by hand."""

from __future__ import annotations

import opinionpiece as op


def test_reference_facts(reference_text: str) -> None:
    a = op.parse(reference_text)
    assert a.title == "Sino-Russian ties: Redefining maximum convergence"
    assert [x.name for x in a.authors] == ["Hannan Hussain"]
    assert a.authors[0].bio is not None
    assert "Fulbright recipient" in a.authors[0].bio
    assert a.authors[0].affiliations == (
        "University of Maryland",
        "Islamabad Policy Research Institute",
    )
    assert "foreign affairs commentator" in a.authors[0].roles
    assert a.language == "en"
    assert a.profile == "cgtn"
    assert a.editor_note is not None
    assert a.editor_note.disclaimer == (
        "The article reflects the author's opinions and not necessarily the views of CGTN."
    )
    assert a.outlet == "CGTN"
    assert len(a.paragraphs) == 16
    assert a.paragraphs[0].text.startswith("Relations between Moscow and Beijing")
    assert a.paragraphs[-1].text.startswith("Simple: the idea")
    caption_texts = {c.text for c in a.captions}
    assert not any(p.text in caption_texts for p in a.paragraphs)
    assert [(c.credit, len(c.spans)) for c in a.captions] == [("Xinhua", 2), ("VCG Photo", 2)]
    chrome = [b.text for b in a.boilerplate]
    assert "Download" in chrome
    assert "Search Trends" in chrome
    assert any("opinions@cgtn.com" in t for t in chrome)
    assert len(a.quotes) == 9
    assert op.from_json(op.to_json(a)) == a
    for p in a.paragraphs:
        assert " ".join(p.span.slice(a.source).split()) == p.text
    assert "".join(b.span.slice(a.source) for b in a.blocks) == a.source
