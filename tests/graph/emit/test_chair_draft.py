"""A Chair's draft is the Chair's: its recommendations are proposals submitted by the Chair of the
working group of its year: the person when the graph knows who chaired, else the office, which its
title names (no person is made up); the document is theirs too."""
from __future__ import annotations

from rdflib.namespace import RDF, RDFS
from tests.conftest import FIXTURES, doc_file
from tests.graph.documents import built_alone

from wgec.graph.build import build
from wgec.ontology.vocab import WGEC


def test_a_chairs_draft_alone_is_the_offices():
    result = build([FIXTURES / "front-matter" / "chair-draft.txt"])
    assert result.report is not None and result.report.conforms
    g = result.graph
    proposals = list(g.subjects(RDF.type, WGEC.Proposal))
    assert len(proposals) == 2
    (chair,) = {a for p in proposals for a in g.objects(p, WGEC.submittedBy)}
    assert str(g.value(chair, RDFS.label)) == "Chair of the Working Group on Enhanced Cooperation (2016-2018)"
    (doc,) = g.subjects(RDF.type, WGEC.Document)
    assert g.value(doc, WGEC.submittedBy) == chair  # the office: the text names no person
    assert (chair, RDF.type, WGEC.Person) not in g


def test_with_the_2017_comments_the_chair_is_a_person():
    g = build([doc_file("001"), FIXTURES / "front-matter" / "chair-draft.txt"], run_validation=False).graph
    drafts = [d for d in g.subjects(RDF.type, WGEC.Document)
              if str(g.value(d, RDFS.label)) == "Draft recommendations of the Working Group on Enhanced Cooperation"]
    (draft,) = drafts
    assert str(g.value(g.value(draft, WGEC.submittedBy), RDFS.label)) == "Benedicto Fonseca Filho"


def test_a_summary_by_the_chair_that_no_one_signs_is_the_chair_s(tmp_path):
    """Under the UN letterhead, 'Summary by the Chair of ...' is the Chair's, not the Commission's."""
    g, doc = built_alone(tmp_path, "summary.txt", (
        "United Nations\nCommission on Science and Technology for Development\n\n"
        "Summary by the Chair of the fourth meeting of the Working Group on Enhanced Cooperation\n\n"
        "10 October 2017\n\n1. Members broadly agreed on the following:\n\n"
        "   • that capacity building should be strengthened;\n\n2. The Chair will prepare a revised draft.\n"))
    (chair,) = g.objects(doc, WGEC.submittedBy)
    assert str(g.value(chair, RDFS.label)) == "Chair of the Working Group on Enhanced Cooperation (2016-2018)"
    assert not list(g.subjects(RDF.type, WGEC.Proposal))
