"""A plain in-memory triple set with the few look-ups the emitter needs.

Building through rdflib's Memory store costs about 20 µs a triple (events,
context bookkeeping); a set of tuples with one subject index is ten times
cheaper, and the finished set is handed once, in sorted order, to whichever
store the user chose (rdflib, or Oxigraph by bulk load).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from wgec.heap import pauses_collector
from wgec.ontology.prefixes import bind_prefixes

Triple = tuple[Node, Node, Node]
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})  # one pass, in C


def nt_term(term: Node) -> str:
    """A term in N-Triples syntax (rdflib's ``n3()`` may write long strings, which N-Triples forbids).

    >>> from rdflib import Literal
    >>> nt_term(Literal('a "b"\\nc', lang="en"))
    '"a \\\\"b\\\\"\\\\nc"@en'
    """
    if type(term) is URIRef:  # most terms: no isinstance chain
        return f"<{term}>"
    if isinstance(term, Literal):
        text = str(term).translate(_ESCAPES)
        if term.language:
            return f'"{text}"@{term.language}'
        if term.datatype:
            return f'"{text}"^^<{term.datatype}>'
        return f'"{text}"'
    if isinstance(term, BNode):
        return f"_:{term}"
    return f"<{term}>"


def nt_line(triple: Triple) -> str:
    s, p, o = triple
    return f"{nt_term(s)} {nt_term(p)} {nt_term(o)} .\n"


class TripleSet:
    def __init__(self) -> None:
        self._triples: set[Triple] = set()
        self._spo: dict[Node, dict[Node, list[Node]]] = defaultdict(lambda: defaultdict(list))
        self._subjects_of: dict[Node, dict[Node, None]] = defaultdict(dict)  # predicate -> its subjects, in order

    def add(self, triple: Triple) -> None:
        triples = self._triples
        before = len(triples)
        triples.add(triple)  # hashed once (a membership test first would hash the three terms twice)
        if len(triples) != before:
            s, p, o = triple
            self._spo[s][p].append(o)
            self._subjects_of[p][s] = None

    def update(self, subject: Node, pairs: Iterable[tuple[Node, Node]]) -> None:
        """Add ``subject p o`` for each ``(p, o)`` of ``pairs`` (a new node's description)."""
        for p, o in pairs:
            self.add((subject, p, o))

    def discard(self, triple: Triple) -> None:
        """Remove ``triple`` if present."""
        if triple in self._triples:
            self._triples.discard(triple)
            s, p, o = triple
            self._spo[s][p].remove(o)
            if not self._spo[s][p]:
                del self._spo[s][p]
                del self._subjects_of[p][s]

    def __iadd__(self, other: Iterable[Triple]) -> TripleSet:
        for t in other:
            self.add(t)
        return self

    def __len__(self) -> int:
        return len(self._triples)

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._triples)

    def __contains__(self, pattern: tuple[Node | None, Node | None, Node | None]) -> bool:
        s, p, o = pattern
        if s is not None and p is not None and o is not None:
            return pattern in self._triples
        if s is None:  # (None, None, o) or other patterns: rare, scan
            return any((p is None or t[1] == p) and (o is None or t[2] == o) for t in self._triples)
        by_p = self._spo.get(s)
        if not by_p:
            return False
        if p is None:
            return o is None or any(o in objs for objs in by_p.values())
        objs = by_p.get(p)
        return bool(objs) and (o is None or o in (objs or ()))

    def value(self, s: Node, p: Node) -> Node | None:
        by_p = self._spo.get(s)
        objs = by_p.get(p) if by_p else None
        return objs[0] if objs else None

    def objects(self, s: Node, p: Node) -> list[Node]:
        by_p = self._spo.get(s)
        return list(by_p.get(p, ())) if by_p else []

    def subject_objects(self, p: Node) -> Iterator[tuple[Node, Node]]:
        """(subject, object) of every triple with predicate ``p``: only its subjects are visited."""
        spo = self._spo
        for s in list(self._subjects_of.get(p, ())):
            for o in list(spo[s].get(p, ())):
                yield s, o

    def sorted(self) -> list[Triple]:
        return sorted(self._triples, key=nt_line)  # the N-Triples line: cheaper than three n3() calls

    @pauses_collector
    def to_graph(self, extra: Iterable[Triple] = (), store: str = "default") -> Graph:
        """An rdflib graph holding the triples (and ``extra``), inserted in sorted order
        (so serializations are stable). ``store="SimpleMemory"`` keeps no contexts and fills 40%
        faster; pySHACL needs the default, context-aware one."""
        g = Graph(store=store, bind_namespaces="none")
        bind_prefixes(g)
        # straight to the store: Graph.addN re-checks that every term is an rdflib node (25% of the fill)
        g.store.addN((s, p, o, g) for s, p, o in self.sorted())
        g.addN((s, p, o, g) for s, p, o in extra)
        return g

    def ntriples(self) -> bytes:
        """The triples as sorted N-Triples (deterministic)."""
        return "".join(nt_line(t) for t in self.sorted()).encode("utf-8")
