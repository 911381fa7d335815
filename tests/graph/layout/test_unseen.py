"""Layouts no other fixture has, each written after WGEC-era documents with the facts an analyst
records from it (``tests/fixtures/unseen/NAME.facts.csv``, written before the tool was run on
it): a secretariat's meeting summary in reported speech, a business association's submission
behind a cover letter with PDF hyphenation, a questionnaire response with bold "Question N:"
lines and answers of several paragraphs, a government's "Recommendation N:" headings with
"(i)" sub-items, a joint statement signed by a list of organisations, comments with Word's tab
numbering "1.1", "2.2.1".  Each document is built alone (no validation: not under test here),
as text and two of them as PDFs, and every fact must be in its graph.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import RDF
from tests.conftest import FIXTURES
from tests.graph.ingest.render import to_pdf
from tests.graph.layout.unseen_facts import Doc, missed, norm, read_facts

from wgec.graph.build import build
from wgec.ontology.vocab import WGEC

UNSEEN = FIXTURES / "unseen"
DOCUMENTS = sorted(p.name for p in UNSEEN.glob("*.txt"))
# facts an analyst records that the graph does not state yet, and why
KNOWN_MISSES = {
    ("word-tab-numbering", "proposals"): "'Mexico welcomes the draft' and 'Mexico thanks the Chair' are numbered "
                                         "comments under headings that announce no proposals, and do not recommend",
}
AS_PDF = ["business-association.txt", "word-tab-numbering.txt"]


def _graph(path: Path) -> Graph:
    return build([path], run_validation=False).graph


def _missed(path: Path, stem: str) -> list[str]:
    facts = read_facts(UNSEEN / f"{stem}.facts.csv")
    return [str(f) for f in missed(_graph(path), facts) if (stem, f.fact) not in KNOWN_MISSES]


@pytest.mark.parametrize("name", DOCUMENTS)
def test_an_analyst_s_facts_are_in_the_graph(name):
    assert _missed(UNSEEN / name, Path(name).stem) == []


@pytest.mark.parametrize("name", AS_PDF)
def test_the_same_facts_from_a_pdf(tmp_path, name):
    """A PDF of the text (its hyphenated line ends, Word's tabs lost) gives the same facts."""
    pdf = to_pdf((UNSEEN / name).read_text(encoding="utf-8"), tmp_path / f"{Path(name).stem}.pdf")
    assert _missed(pdf, Path(name).stem) == []


def test_every_document_has_its_facts():
    assert DOCUMENTS and all((UNSEEN / f"{Path(n).stem}.facts.csv").exists() for n in DOCUMENTS)


def test_reported_speech_of_a_meeting_is_no_stance_of_the_secretariat():
    """'Several members proposed that a new intergovernmental mechanism should be established': a
    stance found there is recorded as reported, and the secretariat holds no position."""
    g = _graph(UNSEEN / "meeting-summary.txt")
    doc = Doc(g)
    assert doc.proposals == []
    statements = [st for st in g.subjects(RDF.type, WGEC.StanceStatement) if (st, WGEC.inDocument, doc.iri) in g]
    assert all(g.value(st, WGEC.reported) for st in statements)
    submitter = doc.submitters()[0]
    assert not list(g.objects(submitter, WGEC.supportsPosition)) + list(g.objects(submitter, WGEC.opposesPosition))


def test_hyphenated_line_ends_are_joined_and_compounds_kept():
    g = _graph(UNSEEN / "business-association.txt")
    texts = " ".join(Doc(g).texts.values())
    assert "enhanced cooperation" in texts and "technical community" in texts and "considering" in texts
    assert "multi-stakeholder partnerships" in texts and "- " not in texts.replace(" - ", "")


def test_a_recommendation_heading_numbers_its_paragraph():
    g = _graph(UNSEEN / "government-recommendations.txt")
    doc = Doc(g)
    numbered = {str(g.value(p, WGEC.number)): doc.texts[p][:30] for p in doc.proposals
                if g.value(p, WGEC.partOf) is None}
    assert numbered == {"1": "The WGEC should recommend that", "2": "A mapping of the international",
                        "3": "The participation of developin"}
    sections = {str(g.value(p, WGEC.section)) for p in doc.proposals}
    assert "Recommendation 2: Mapping of public policy issues" in sections


def test_word_tab_sub_items_are_parts_of_their_parent():
    g = _graph(UNSEEN / "word-tab-numbering.txt")
    doc = Doc(g)
    (parent,) = [p for p in doc.proposals if str(g.value(p, WGEC.number)) == "2.2"]
    children = sorted(str(g.value(p, WGEC.number)) for p in g.subjects(WGEC.partOf, parent))
    assert children == ["2.2.1", "2.2.2"]
    assert not [t for t in doc.texts.values() if norm(t).startswith(("General comments", "Final remarks"))]
