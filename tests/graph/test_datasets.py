"""Named graphs by source: every triple in exactly one, split the same from a build or a file."""
from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS

from wgec.graph.datasets import ANNOTATIONS_GRAPH, REFERENCE_GRAPH, document_graph, nquads, partition
from wgec.ontology import load_ontology
from wgec.ontology.vocab import ID, ONTOLOGY_IRI, WGEC

ROLLING = ID["doc/proposals-of-draft-recommendations-rolling-document"]
JOINT = ID["doc/revised-recommendations-submitted-in-preparation-for"]
COMMENTS = ID["doc/comments-to-the-chairman-s-initial-proposal"]


def graph_of(parts, triple):
    return [g for g, triples in parts.items() if triple in set(triples)]


def test_every_triple_in_exactly_one_graph(graph):
    everything = set(graph + load_ontology())
    parts = partition(everything)
    sizes = sum(len(t) for t in parts.values())
    assert sizes == len(everything) and set().union(*map(set, parts.values())) == everything
    assert set(parts[URIRef(ONTOLOGY_IRI)]) == set(load_ontology())
    sourced = {d for d in graph.subjects(RDF.type, WGEC.Document) if (d, DCTERMS.source, None) in graph}
    assert {document_graph(d) for d in sourced} <= set(parts)
    assert REFERENCE_GRAPH in parts and ANNOTATIONS_GRAPH in parts


def test_triples_go_to_the_source_they_were_read_from(graph):
    parts = partition(set(graph))
    proposal = next(p for p in graph.subjects(WGEC.inDocument, ROLLING) if (p, RDF.type, WGEC.Proposal) in graph)
    assert graph_of(parts, (proposal, WGEC.text, graph.value(proposal, WGEC.text))) == [document_graph(ROLLING)]
    span = graph.value(proposal, WGEC.evidence)
    assert graph_of(parts, (span, WGEC.quote, graph.value(span, WGEC.quote))) == [document_graph(ROLLING)]
    level = ID["issue/content-level"]  # read from the joint proposal's mapping table
    assert graph_of(parts, (level, WGEC.mappedToOrganization, ID["org/unesco"])) == [document_graph(JOINT)]
    itu = ID["org/itu"]  # a gazetteer entity
    assert graph_of(parts, (itu, RDFS.label, graph.value(itu, RDFS.label))) == [REFERENCE_GRAPH]
    referenced = ID["doc/2017-11-11-chairman-s-initial-proposal"]  # known only because 001 responds to it
    assert graph_of(parts, (referenced, RDF.type, WGEC.Document)) == [document_graph(COMMENTS)]
    stances = {s: tuple(graph.value(s, p) for p in (RDF.subject, RDF.predicate, RDF.object))
               for s in graph.subjects(RDF.type, WGEC.AnnotationStatement)}
    stance, reified = next((s, t) for s, t in sorted(stances.items()) if t in graph)  # an asserted stance
    assert graph_of(parts, (stance, RDF.type, WGEC.AnnotationStatement)) == [ANNOTATIONS_GRAPH]
    assert graph_of(parts, reified) == [ANNOTATIONS_GRAPH]


def test_nquads_put_the_union_in_the_default_graph():
    a, b = (ID["x"], RDFS.label, ID["y"]), (ID["z"], RDFS.label, ID["y"])
    lines = nquads({URIRef("http://example.org/g1"): [a], URIRef("http://example.org/g2"): [b]}).decode().splitlines()
    assert len(lines) == 4 and sum(line.endswith("> .") and line.count("<") == 3 for line in lines) == 2
