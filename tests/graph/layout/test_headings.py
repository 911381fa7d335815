"""Which headings announce the author's proposals (:mod:`wgec.graph.layout.headings`)."""
from __future__ import annotations

import pytest
from tests.graph.documents import item_texts

from wgec.graph.layout.headings import section_is_proposal


@pytest.mark.parametrize(("heading", "proposes"), [
    ("Suggestions for the WGEC", True), ("Our suggestions", True), ("Our comments", True),
    ("Specific comments", True), ("General comments", False), ("Background", False), ("Outline", False),
])
def test_a_heading_announces_proposals(heading, proposes):
    assert section_is_proposal(heading, False) is proposes


def test_numbered_paragraphs_above_our_comments_are_its_introduction():
    texts = item_texts(
        "Internet Society input to the WGEC\n\n30 November 2016\n\n"
        "1. The Internet Society welcomes the opportunity to contribute.\n\n"
        "2. The Internet Society has taken part in the WSIS process since 2003.\n\n"
        "Our comments\n\n3. The WGEC should take stock of existing mechanisms.\n")
    assert texts == ["The WGEC should take stock of existing mechanisms."]


@pytest.mark.parametrize("heading", ["III. Recommandations", "Recomendaciones", "Propositions", "Propuestas"])
def test_a_french_or_spanish_heading_announces_proposals(heading):
    assert section_is_proposal(heading, False)
