"""Attribution a delegate would sign off, in the built graph: quotations are citations, a Chair's
draft is the Chair's, amendments and moves are the commenter's, one coalition is one party."""
from __future__ import annotations

from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, RDF
from tests.conftest import FIXTURES

from wgec.graph.build import build
from wgec.ontology.vocab import ID, WGEC

ROLLING = "proposal/proposals-of-draft-recommendations-rolling-document/"
COMMENTS = "doc/comments-to-the-chairman-s-initial-proposal"


def test_quoted_tunis_agenda_72_is_a_quotation_not_proposals(graph: Graph):
    carlos = ID["person/carlos-alonso"]
    quotations = [q for q in graph.subjects(WGEC.quotedBy, carlos) if (q, RDF.type, WGEC.Quotation) in graph]
    quoted = sorted(str(graph.value(q, WGEC.quotes)).rsplit("/", 1)[-1] for q in quotations)
    assert quoted == [f"72{s}" for s in "abcdefghijkl"]
    for q in quotations:
        provision = graph.value(q, WGEC.quotes)
        assert graph.value(graph.value(provision, DCTERMS.isPartOf), DCTERMS.isPartOf) == ID["instrument/tunis-agenda"]
        assert (q, RDF.type, WGEC.Proposal) not in graph
    doc = ID["doc/proposals-of-draft-recommendations-rolling-document"]
    assert (doc, WGEC.cites, ID["provision/tunis-agenda/72l"]) in graph
    his = [p for p in graph.subjects(WGEC.submittedBy, carlos) if (p, RDF.type, WGEC.Proposal) in graph]
    assert len(his) == 3 and not any("Publish its proceedings" in str(graph.value(p, WGEC.text)) for p in his)


def test_chairs_draft_is_the_chairs_and_the_comments_are_the_commenters(graph: Graph):
    chair, russia = ID["person/benedicto-fonseca-filho"], ID["gov/russian-federation"]
    proposals = [p for p in graph.subjects(WGEC.inDocument, ID[COMMENTS]) if (p, RDF.type, WGEC.Proposal) in graph]
    by = {p: set(graph.objects(p, WGEC.submittedBy)) for p in proposals}
    assert sum(v == {chair} for v in by.values()) == 29 and sum(v == {russia} for v in by.values()) == 12 + 2
    versions = {p: graph.value(p, WGEC.amends) for p in proposals if (p, WGEC.amends, None) in graph}
    assert sorted(str(p).rsplit("/", 1)[-1] for p in versions) == ["1.7-amended", "19.3-amended"]  # reworded by Russia
    assert all(by[p] == {russia} and by[item] == {chair} for p, item in versions.items())
    draft = graph.value(ID[COMMENTS], WGEC.respondsTo)
    assert (draft, WGEC.submittedBy, chair) in graph
    assert all((p, WGEC.fromDraft, draft) in graph for p, v in by.items() if v == {chair})
    bis = ID["proposal/comments-to-the-chairman-s-initial-proposal/2-bis"]
    assert by[bis] == {russia} and (bis, WGEC.fromDraft, None) not in graph
    amendments = list(graph.subjects(RDF.type, WGEC.Amendment))
    assert len(amendments) == 4 and all(graph.value(a, WGEC.amendedBy) == russia for a in amendments)


def test_the_move_of_001_line_76(graph: Graph):
    (move,) = graph.subjects(RDF.type, WGEC.Move)
    assert graph.value(move, WGEC.deletedText) is None
    assert str(graph.value(move, WGEC.movedText)).startswith("respect for the sovereign rights of states")
    old, new = graph.value(move, WGEC.movedFrom), graph.value(move, WGEC.movedTo)
    assert graph.value(old, WGEC.startLine) == Literal(76) == graph.value(new, WGEC.startLine)
    assert int(graph.value(new, WGEC.startChar)) < int(graph.value(old, WGEC.startChar))  # type: ignore[arg-type]
    item = ID["proposal/comments-to-the-chairman-s-initial-proposal/2"]
    assert (item, WGEC.hasAmendment, move) in graph
    assert ";;" not in str(graph.value(item, WGEC.text)) + str(graph.value(item, WGEC.amendedText))


def test_per_linner_speaks_for_one_coalition(graph: Graph):
    items = [p for p in graph.subjects(WGEC.submittedBy, ID["person/per-linner"])]
    assert len(items) == 4
    for p in items:
        (coalition,) = graph.objects(p, WGEC.onBehalfOf)
        assert len(set(graph.objects(coalition, WGEC.hasMember))) == 4


def test_no_proposal_for_titles_headings_and_reported_text(graph: Graph):
    texts = [str(t) for p in graph.subjects(RDF.type, WGEC.Proposal) for t in graph.objects(p, WGEC.text)]
    for start in ("The resolution A/70/125 reaffirmed", "The high level characteristics of enhanced cooperation have",
                  "Draft Structure of Final Report", "Relationship of existing/proposed mechanisms with"):
        assert not any(t.startswith(start) for t in texts), start


def test_no_russian_opposition_read_from_what_others_said(graph: Graph):
    """001 L92 ("2 tres": other participants' view) gives the Russian Federation no asserted opposition."""
    russia = ID["gov/russian-federation"]
    for p in graph.subjects(WGEC.inDocument, ID[COMMENTS]):
        assert not ((p, WGEC.opposesPosition, None) in graph and (p, WGEC.submittedBy, russia) in graph)


def test_fixture_amendments_and_quotations_are_valid_and_attributed():
    layouts = FIXTURES / "layouts"
    result = build([layouts / "amendments.txt", layouts / "quoted-provision.txt"])
    assert result.report is not None and result.report.conforms, result.report.text if result.report else ""
    g = result.graph
    isoc = ID["org/isoc"]  # the Internet Society, as the gazetteer knows it
    assert (isoc, RDF.type, WGEC.Organization) in g
    amendments = list(g.subjects(RDF.type, WGEC.Amendment))
    assert len(amendments) == 7 and all(g.value(a, WGEC.amendedBy) == isoc for a in amendments)
    assert len(list(g.subjects(RDF.type, WGEC.Move))) == 1
    assert len(list(g.subjects(RDF.type, WGEC.Quotation))) == 4
