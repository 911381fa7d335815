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
from functools import lru_cache

from rdflib import URIRef
from rdflib.namespace import DCTERMS, RDF
from rdflib.term import Node

from wgec.graph.triples import Triple, nt_term
from wgec.ontology import ontology_triples
from wgec.ontology.vocab import GRAPH_BASE, ID, ONTOLOGY_IRI, WGEC

GRAPH = GRAPH_BASE
REFERENCE_GRAPH = URIRef(GRAPH + "reference")
ANNOTATIONS_GRAPH = URIRef(GRAPH + "annotations")
SIMILARITY_GRAPH = URIRef(GRAPH + "similarity")
# terms looked up once (DefinedNamespace attribute access is slow in the loops below)
_ANNOTATION_STATEMENT = WGEC.AnnotationStatement
_DOCUMENT = WGEC.Document
_MAPPING_STATEMENT = WGEC.MappingStatement
_SIMILARITY_STATEMENT = WGEC.SimilarityStatement
_EVIDENCE = WGEC.evidence
_IN_DOCUMENT = WGEC.inDocument
_IN_FILE = WGEC.inFile
_RENDITION_OF = WGEC.renditionOf
_RESPONDS_TO = WGEC.respondsTo
_TYPE, _SUBJECT, _PREDICATE, _OBJECT, _SOURCE = RDF.type, RDF.subject, RDF.predicate, RDF.object, DCTERMS.source


def document_graph(doc: Node) -> URIRef:
    """The named graph of a document: ``id:doc/SLUG`` -> ``https://w3id.org/wgec/graph/doc/SLUG``."""
    return URIRef(GRAPH + str(doc)[len(str(ID)):])


class _Index:
    """The few links that say where a resource was read from, gathered in one pass."""

    def __init__(self, triples: list[Triple]) -> None:
        self.types: dict[Node, set[Node]] = defaultdict(set)
        self.links: dict[URIRef, dict[Node, list[Node]]] = {
            p: defaultdict(list) for p in (_IN_DOCUMENT, _IN_FILE, _RENDITION_OF, _EVIDENCE,
                                           _SOURCE, _SUBJECT)}
        self.responded_by: dict[Node, list[Node]] = defaultdict(list)
        self.reified: dict[Triple, list[Node]] = defaultdict(list)
        statement: dict[Node, dict[Node, Node]] = defaultdict(dict)
        wanted = {_TYPE, _RESPONDS_TO, _PREDICATE, _OBJECT, *self.links}
        for s, p, o in triples:
            if p not in wanted:  # most triples: one hash look-up
                continue
            if p == _TYPE:
                self.types[s].add(o)
            elif p in self.links:
                self.links[p][s].append(o)  # type: ignore[index]
            elif p == _RESPONDS_TO:
                self.responded_by[o].append(s)
            if p in (_SUBJECT, _PREDICATE, _OBJECT):
                statement[s][p] = o
        for st, parts in statement.items():
            if len(parts) == 3:
                self.reified[(parts[_SUBJECT], parts[_PREDICATE], parts[_OBJECT])].append(st)
        self.subject_of: dict[Node, list[Node]] = defaultdict(list)
        for st, subjects in self.links[_SUBJECT].items():
            if _MAPPING_STATEMENT in self.types.get(st, ()):
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
        if _ANNOTATION_STATEMENT in types:
            return ANNOTATIONS_GRAPH
        if _SIMILARITY_STATEMENT in types:
            return SIMILARITY_GRAPH
        if (doc := self.first(_IN_DOCUMENT, s)) is not None:
            return self._document_home(doc, depth)
        if (doc := self.first(_RENDITION_OF, s)) is not None:
            return self._document_home(doc, depth)
        if (f := self.first(_IN_FILE, s)) is not None:
            return self.home(f, depth + 1)
        if _DOCUMENT in types:
            return self._document_home(s, depth)
        if (span := self.first(_EVIDENCE, s)) is not None:
            return self.home(span, depth + 1)
        if s in self.subject_of:  # an issue level, whose mapping statements say where it was read
            return self.home(min(self.subject_of[s], key=str), depth + 1)
        return REFERENCE_GRAPH

    def _document_home(self, doc: Node, depth: int) -> URIRef:
        if self.links[_SOURCE].get(doc) or not self.responded_by.get(doc):
            return document_graph(doc)
        return self.home(min(self.responded_by[doc], key=str), depth + 1)  # known by reference only


@lru_cache(maxsize=1)
def _ontology_triples() -> frozenset[Triple]:
    return frozenset(ontology_triples())


def partition(triples: Iterable[Triple]) -> dict[URIRef, list[Triple]]:
    """Every triple (data, and the ontology if given) in exactly one named graph, by source; the
    lists are sorted, the graphs in IRI order (deterministic)."""
    ontology = _ontology_triples()
    data = list(set(triples))
    index = _Index([t for t in data if t not in ontology])
    graphs: dict[URIRef, list[Triple]] = defaultdict(list)
    for t in data:
        graphs[_graph_of(t, index, ontology)].append(t)
    return {g: sorted(graphs[g], key=_order) for g in sorted(graphs, key=str)}


def _order(t: Triple) -> tuple[str, ...]:
    """A sort key: the terms as text, then a literal's language and datatype (cheaper than n3)."""
    o = t[2]
    return (str(t[0]), str(t[1]), str(o), getattr(o, "language", None) or "", str(getattr(o, "datatype", None) or ""))


def _graph_of(t: Triple, index: _Index, ontology: frozenset[Triple]) -> URIRef:
    if t in ontology:
        return URIRef(ONTOLOGY_IRI)
    if t in index.reified:  # a curated statement wins over a rule's on the same triple (wgec.graph.emit.stances)
        statements = index.reified[t]
        curated = [st for st in statements if _ANNOTATION_STATEMENT in index.types.get(st, ())]
        return index.home(min(curated or statements, key=str))
    home = index.home(t[0])
    if home == REFERENCE_GRAPH and isinstance(t[2], URIRef) and t[1] != _TYPE:
        return index.home(t[2])
    return home


def nquads(graphs: dict[URIRef, list[Triple]], union_default: bool = True, default: bytes | None = None) -> bytes:
    """N-Quads of ``graphs`` (and, with ``union_default``, every triple once more in the default
    graph), sorted: the default graph first, then each named graph.  ``default`` may give the
    default graph's sorted N-Triples ready-made (the build has them: :attr:`BuildResult.ntriples`)."""
    lines: list[str] = []
    if union_default and default is None:
        seen = {t for triples in graphs.values() for t in triples}
        lines += sorted(f"{nt_term(s)} {nt_term(p)} {nt_term(o)} .\n" for s, p, o in seen)
    for g, triples in graphs.items():
        name = nt_term(g)
        lines += [f"{nt_term(s)} {nt_term(p)} {nt_term(o)} {name} .\n" for s, p, o in triples]
    named = "".join(lines).encode("utf-8")
    return default + named if union_default and default is not None else named
