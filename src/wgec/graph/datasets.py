"""The graph as a dataset: one named graph per source, for the TriG export and SPARQL servers.

:func:`partition` puts every triple in exactly one named graph, decided from the triples
alone (so a Turtle file can be split the same way as a fresh build):

- the ontology's own triples: ``https://w3id.org/wgec/ontology``;
- a triple reified by an evidenced statement: the statement's graph;
- otherwise the graph of the subject's source: a document's graph
  ``https://w3id.org/wgec/graph/doc/SLUG`` (for ``id:doc/SLUG``) holds the document, its
  files and passages, its proposals, questions and mapping statements (``wgec:inDocument``),
  what rests on its passages (``wgec:evidence``: amendments, focus areas, meetings, chairs)
  and the documents known only because it responds to them; curated stances (annotation
  statements, and the stance triples they assert, even where a rule's stance statement in a
  document's graph reifies the same triple) are in ``https://w3id.org/wgec/graph/annotations``;
  similar proposals (similarity statements and their ``wgec:similarTo`` links, which span two
  documents) in ``https://w3id.org/wgec/graph/similarity``;
  entities and vocabularies no document owns (gazetteer entities, concept schemes, provisions) in
  ``https://w3id.org/wgec/graph/reference``. A triple about such an entity whose object was
  read from a document (``wg chairedBy person``) goes to that document's graph.

The TriG export also writes every triple in the default graph, so that a store loaded from
it answers queries on its default graph as on the Turtle: the default graph is the union.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rdflib import URIRef
from rdflib.namespace import DCTERMS, RDF
from rdflib.term import Node

from wgec.graph.triples import Triple, nt_term
from wgec.ontology import load_ontology
from wgec.ontology.vocab import ID, ONTOLOGY_IRI, WGEC

GRAPH = "https://w3id.org/wgec/graph/"
REFERENCE_GRAPH = URIRef(GRAPH + "reference")
ANNOTATIONS_GRAPH = URIRef(GRAPH + "annotations")
SIMILARITY_GRAPH = URIRef(GRAPH + "similarity")


def document_graph(doc: Node) -> URIRef:
    """The named graph of a document: ``id:doc/SLUG`` -> ``https://w3id.org/wgec/graph/doc/SLUG``."""
    return URIRef(GRAPH + str(doc)[len(str(ID)):])


class _Index:
    """The few links that say where a resource was read from, gathered in one pass."""

    def __init__(self, triples: list[Triple]) -> None:
        self.types: dict[Node, set[Node]] = defaultdict(set)
        self.links: dict[URIRef, dict[Node, list[Node]]] = {
            p: defaultdict(list) for p in (WGEC.inDocument, WGEC.inFile, WGEC.renditionOf, WGEC.evidence,
                                           DCTERMS.source, RDF.subject)}
        self.responded_by: dict[Node, list[Node]] = defaultdict(list)
        self.reified: dict[Triple, list[Node]] = defaultdict(list)
        statement: dict[Node, dict[Node, Node]] = defaultdict(dict)
        for s, p, o in triples:
            if p == RDF.type:
                self.types[s].add(o)
            elif p in self.links:
                self.links[p][s].append(o)  # type: ignore[index]
            elif p == WGEC.respondsTo:
                self.responded_by[o].append(s)
            if p in (RDF.subject, RDF.predicate, RDF.object):
                statement[s][p] = o
        for st, parts in statement.items():
            if len(parts) == 3:
                self.reified[(parts[RDF.subject], parts[RDF.predicate], parts[RDF.object])].append(st)
        self.subject_of: dict[Node, list[Node]] = defaultdict(list)
        for st, subjects in self.links[RDF.subject].items():
            if WGEC.MappingStatement in self.types.get(st, ()):
                self.subject_of[subjects[0]].append(st)
        self._home: dict[Node, URIRef] = {}

    def first(self, p: URIRef, s: Node) -> Node | None:
        values = self.links[p].get(s)
        return min(values, key=str) if values else None

    def home(self, s: Node, depth: int = 0) -> URIRef:
        """The named graph of the source ``s`` was read from."""
        if s not in self._home:
            self._home[s] = self._find_home(s, depth)
        return self._home[s]

    def _find_home(self, s: Node, depth: int) -> URIRef:
        if depth > 8:
            return REFERENCE_GRAPH
        types = self.types.get(s, set())
        if WGEC.AnnotationStatement in types:
            return ANNOTATIONS_GRAPH
        if WGEC.SimilarityStatement in types:
            return SIMILARITY_GRAPH
        if (doc := self.first(WGEC.inDocument, s)) is not None:
            return self._document_home(doc, depth)
        if (doc := self.first(WGEC.renditionOf, s)) is not None:
            return self._document_home(doc, depth)
        if (f := self.first(WGEC.inFile, s)) is not None:
            return self.home(f, depth + 1)
        if WGEC.Document in types:
            return self._document_home(s, depth)
        if (span := self.first(WGEC.evidence, s)) is not None:
            return self.home(span, depth + 1)
        if s in self.subject_of:  # an issue level, whose mapping statements say where it was read
            return self.home(min(self.subject_of[s], key=str), depth + 1)
        return REFERENCE_GRAPH

    def _document_home(self, doc: Node, depth: int) -> URIRef:
        if self.links[DCTERMS.source].get(doc) or not self.responded_by.get(doc):
            return document_graph(doc)
        return self.home(min(self.responded_by[doc], key=str), depth + 1)  # known by reference only


def partition(triples: Iterable[Triple]) -> dict[URIRef, list[Triple]]:
    """Every triple (data, and the ontology if given) in exactly one named graph, by source; the
    lists are sorted, the graphs in IRI order (deterministic)."""
    ontology = set(load_ontology())
    data = [t for t in set(triples)]
    index = _Index([t for t in data if t not in ontology])
    graphs: dict[URIRef, list[Triple]] = defaultdict(list)
    for t in data:
        graphs[_graph_of(t, index, ontology)].append(t)
    key = lambda t: (t[0].n3(), t[1].n3(), t[2].n3())  # noqa: E731
    return {g: sorted(graphs[g], key=key) for g in sorted(graphs, key=str)}


def _graph_of(t: Triple, index: _Index, ontology: set[Triple]) -> URIRef:
    if t in ontology:
        return URIRef(ONTOLOGY_IRI)
    if t in index.reified:  # a curated statement wins over a rule's on the same triple (wgec.graph.emit.stances)
        statements = index.reified[t]
        curated = [st for st in statements if WGEC.AnnotationStatement in index.types.get(st, ())]
        return index.home(min(curated or statements, key=str))
    home = index.home(t[0])
    if home == REFERENCE_GRAPH and isinstance(t[2], URIRef) and t[1] != RDF.type:
        return index.home(t[2])
    return home


def nquads(graphs: dict[URIRef, list[Triple]], union_default: bool = True) -> bytes:
    """N-Quads of ``graphs`` (and, with ``union_default``, every triple once more in the default
    graph), sorted: the default graph first, then each named graph."""
    lines: list[str] = []
    if union_default:
        seen = {t for triples in graphs.values() for t in triples}
        lines += sorted(f"{nt_term(s)} {nt_term(p)} {nt_term(o)} .\n" for s, p, o in seen)
    for g, triples in graphs.items():
        name = nt_term(g)
        lines += [f"{nt_term(s)} {nt_term(p)} {nt_term(o)} {name} .\n" for s, p, o in triples]
    return "".join(lines).encode("utf-8")
