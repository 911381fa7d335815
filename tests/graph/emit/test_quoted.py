"""A commentary that quotes recommendations of the rolling document quotes those proposals: a
wgec:Quotation by the commentator, the proposals staying their submitters' (and not a rendition)."""
from __future__ import annotations

import pytest
from rdflib import URIRef
from rdflib.namespace import RDF, RDFS
from tests.conftest import FIXTURES, doc_file

from wgec.graph.build import BuildResult, build
from wgec.graph.link.quoted import ProposalIndex, QuotedPassage
from wgec.graph.validate import turbo_available, validate_triples
from wgec.ontology.vocab import ID, WGEC
from wgec.queries.library import get_query, prepare

ROLLING = "proposal/proposals-of-draft-recommendations-rolling-document/"
QUOTED = {"b/japan/1", "b/japan/2", "b/russian-federation/2", "b/russian-federation/3", "a/avri-doria/1",
          "a/avri-doria/3", "a/avri-doria/4"}


@pytest.fixture(scope="module")
def commented() -> BuildResult:
    return build([doc_file("004"), FIXTURES / "front-matter" / "commentary-on-rolling-document.txt"])


def test_the_commentary_quotes_seven_proposals_of_the_rolling_document(commented):
    g = commented.triples
    quotes = {q: p for q, p in g.subject_objects(WGEC.quotesProposal)}
    assert {str(p).removeprefix(str(ID) + ROLLING) for p in quotes.values()} == QUOTED
    title = "What the WGEC rolling document proposes"
    commentary = next(d for d, o in g.subject_objects(RDFS.label) if str(o) == title)
    for q in quotes:
        assert (q, RDF.type, WGEC.Quotation) in g and g.value(q, WGEC.inDocument) == commentary
        assert {str(a) for a in g.objects(q, WGEC.quotedBy)} == {str(ID["person/jane-roe"])}
    japan = URIRef(str(ID) + ROLLING + "b/japan/1")
    assert g.objects(japan, WGEC.submittedBy) == [ID["gov/japan"]]  # still Japan's proposal
    assert not [p for p, d in g.subject_objects(WGEC.inDocument)
                if d == commentary and (p, RDF.type, WGEC.Proposal) in g]  # and none of the commentator's
    assert not commented.renditions  # contains is not "is a copy of"


def test_both_shacl_engines_accept_the_quotations(commented):
    assert commented.report is not None and commented.report.conforms
    if turbo_available():
        report = validate_triples(commented.triples, engine="turbo", ntriples=commented.ntriples)
        assert report.conforms, report.results


def test_a_quotation_quoting_nothing_violates_the_shapes(commented):
    from wgec.graph.export import ntriples_sorted
    from wgec.graph.triples import TripleSet
    from wgec.ontology import load_ontology

    triples = TripleSet()
    triples += commented.triples
    quotation, proposal = next(iter(triples.subject_objects(WGEC.quotesProposal)))
    triples.discard((quotation, WGEC.quotesProposal, proposal))
    for engine in ("pyshacl", "turbo") if turbo_available() else ("pyshacl",):
        report = validate_triples(triples, engine=engine, ntriples=ntriples_sorted([*triples, *load_ontology()]))
        assert report.violations == 1 and report.results[0][1].startswith("id:quotation/"), engine


def test_the_named_query_says_who_quoted_whose_proposal(commented):
    rows = list(commented.graph.query(prepare(get_query("quoted-proposals"), {})))
    assert len(rows) == 7
    by_proposer = sorted({(str(r.quotedBy), str(r.proposedBy)) for r in rows})
    assert by_proposer == [("Jane Roe", "Avri Doria"), ("Jane Roe", "Japan"), ("Jane Roe", "Russian Federation")]
    assert all(str(r.wording).split()[0] in str(r.proposal) for r in rows)


def test_a_quote_of_a_few_words_or_of_other_wording_is_no_proposals():
    index = ProposalIndex([("p1", "All stakeholders should respect the roles that the existing mechanisms have "
                                  "played in addressing Internet-related public policy issues.")])
    part = QuotedPassage(0, 80, "the roles that the existing mechanisms have played in addressing")
    other = QuotedPassage(0, 80, "a new intergovernmental body should address Internet-related public policy")
    found = index.match(part)
    assert found is not None and found.proposal == "p1" and found.containment == 1.0
    assert index.match(other) is None
    assert index.match(part, exclude=frozenset({"p1"})) is None  # a document's own proposals are left out
