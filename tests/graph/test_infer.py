"""Superclass types are asserted at build: a query for a class finds its subclasses' instances."""
from __future__ import annotations

from rdflib import Graph, Namespace
from rdflib.namespace import FOAF, PROV, RDF, RDFS, SKOS

from wgec.graph.infer import materialise_types, superclasses
from wgec.graph.triples import TripleSet
from wgec.ontology import load_ontology
from wgec.ontology.vocab import ID, WGEC

COUNT = "PREFIX wgec: <https://w3id.org/wgec/ontology#> SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a {} }}"


def count(graph: Graph, cls: str) -> int:
    return int(next(iter(graph.query(COUNT.format(cls))))[0])


def test_actor_query_counts_every_actor(built, graph):
    actors = count(graph, "wgec:Actor")
    assert actors == built.counts["Actor"] > 40
    kinds = sum(count(graph, f"wgec:{c}") for c in ("Government", "Person", "Group", "Organization"))
    assert actors == kinds  # every actor is of one of the four kinds (a working group is an organization)
    assert count(graph, "wgec:Organization") == built.counts["Organization"] >= count(graph, "wgec:WorkingGroup") > 0
    assert count(graph, "wgec:Issue") == built.counts["Issue"]


def test_aligned_classes_are_asserted_too(graph):
    gov = ID["gov/russian-federation"]
    for cls in (WGEC.Government, WGEC.Actor, FOAF.Agent, PROV.Agent, FOAF.Organization):
        assert (gov, RDF.type, cls) in graph, cls
    proposal = next(graph.subjects(RDF.type, WGEC.Proposal))
    assert (proposal, RDF.type, PROV.Entity) in graph
    level = ID["issue/content-level"]
    assert {(level, RDF.type, c) in graph for c in (WGEC.Issue, SKOS.Concept)} == {True}


def test_superclass_closure_and_materialisation():
    ex = Namespace("http://example.org/")
    onto = Graph()
    for a, b in ((ex.A, ex.B), (ex.B, ex.C), (ex.C, ex.A)):  # a cycle ends
        onto.add((a, RDFS.subClassOf, b))
    assert superclasses(onto)[ex.A] == {ex.B, ex.C}
    triples = TripleSet()
    triples.add((ex.x, RDF.type, ex.A))
    assert materialise_types(triples, onto) == 2 and materialise_types(triples, onto) == 0
    assert {o for _, o in triples.subject_objects(RDF.type)} == {ex.A, ex.B, ex.C}


def test_the_build_adds_only_what_the_ontology_entails(built):
    """Materialising again adds nothing; no property is copied to a super-property."""
    again = TripleSet()
    again += built.triples
    assert materialise_types(again, load_ontology()) == 0
    assert not list(built.triples.subject_objects(FOAF.member))  # hasMember's super-property
