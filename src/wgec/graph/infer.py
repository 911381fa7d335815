"""Superclass types, materialised at build: ``?x a wgec:Actor`` finds every government, person,
group, organization and working group, and ``?x a prov:Entity`` every proposal and passage.

For each ``x rdf:type C`` the build adds ``x rdf:type D`` for every superclass ``D`` of ``C`` in
the ontology's ``rdfs:subClassOf`` closure: the wgec classes and the classes they align with
(``foaf:Agent``, ``prov:Agent``, ``prov:Entity``, ``org:Organization``, ``skos:Concept``...). That
is the RDFS rule rdfs9, restricted to the ontology's own axioms, so any store answers the same
without a reasoner. Super-properties (``wgec:submittedBy`` is a ``dcterms:creator``) are not
copied: that would state every link twice under two names; the axioms are in the graph, so a
query reaches them with a path, ``?doc ?p ?who . ?p rdfs:subPropertyOf* dcterms:creator``.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rdflib import URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

from wgec.graph.triples import TripleSet


def superclasses(ontology: Iterable[tuple[Node, Node, Node]]) -> dict[Node, frozenset[Node]]:
    """Every named class of ``ontology`` (a graph, or its triples) with all its named superclasses
    (transitively, itself excluded).

    >>> from rdflib import Graph, Namespace
    >>> ex = Namespace("http://example.org/")
    >>> g = Graph(); _ = g.add((ex.A, RDFS.subClassOf, ex.B)); _ = g.add((ex.B, RDFS.subClassOf, ex.C))
    >>> sorted(str(c)[-1] for c in superclasses(g)[ex.A])
    ['B', 'C']
    """
    direct: dict[Node, set[Node]] = defaultdict(set)
    for c, p, d in ontology:
        if p == RDFS.subClassOf and isinstance(c, URIRef) and isinstance(d, URIRef) and c != d:
            direct[c].add(d)
    closure: dict[Node, frozenset[Node]] = {}
    for start in direct:
        seen: set[Node] = set()
        todo = list(direct[start])
        while todo:
            cls = todo.pop()
            if cls not in seen and cls != start:
                seen.add(cls)
                todo.extend(direct.get(cls, ()))
        closure[start] = frozenset(seen)
    return closure


def materialise_types(triples: TripleSet, ontology: Iterable[tuple[Node, Node, Node]]) -> int:
    """Add the superclass types of every typed resource of ``triples``; returns how many were added."""
    supers = superclasses(ontology)
    added = 0
    for s, cls in list(triples.subject_objects(RDF.type)):
        for parent in supers.get(cls, ()):
            if (s, RDF.type, parent) not in triples:
                triples.add((s, RDF.type, parent))
                added += 1
    return added
