"""Deterministic RDF export.

Same input, byte-identical output: triples are added to a fresh graph in sorted
order (the serializers follow insertion order), there are no blank nodes, and
prefixes are bound explicitly. Every format holds the same triples: JSON-LD with the
published context embedded (compact terms), TriG with one named graph per source
(:func:`wgec.graph.datasets.partition`) and every triple also in the default graph.
"""
from __future__ import annotations

from collections.abc import Iterable

from rdflib import Graph
from rdflib.namespace import RDFS  # noqa: F401  (the doctests use it)

from wgec.errors import InputError
from wgec.graph.datasets import nquads, partition
from wgec.graph.triples import Triple, nt_line
from wgec.ontology import ontology_triples
from wgec.ontology.context import load_context
from wgec.ontology.prefixes import PREFIXES, bind_prefixes
from wgec.ontology.vocab import ID  # noqa: F401  (the doctests use it)

FORMATS = {"turtle": "turtle", "ttl": "turtle", "ntriples": "nt", "nt": "nt", "jsonld": "json-ld",
           "json-ld": "json-ld", "trig": "trig"}
EXTENSIONS = {"turtle": ".ttl", "nt": ".nt", "json-ld": ".jsonld", "trig": ".trig"}


def canonical(triples: Iterable[Triple]) -> Graph:
    """A graph of ``triples`` inserted in sorted order (by their N-Triples line)."""
    out = Graph(bind_namespaces="none")
    bind_prefixes(out)
    out.addN((s, p, o, out) for s, p, o in sorted(set(triples), key=nt_line))
    return out


def serialize(graph: Graph, fmt: str = "turtle", with_ontology: bool = True) -> bytes:
    """The graph (and the ontology, so that the file answers queries alone) in ``fmt``.

    >>> from rdflib import Literal
    >>> g = Graph(); _ = g.add((ID["org/itu"], RDFS.label, Literal("ITU")))
    >>> serialize(g, "nt", with_ontology=False)
    b'<https://w3id.org/wgec/id/org/itu> <http://www.w3.org/2000/01/rdf-schema#label> "ITU" .\\n'
    """
    name = FORMATS.get(fmt)
    if name is None:
        raise InputError(f"unknown format {fmt!r} (one of turtle, ntriples, jsonld, trig)")
    triples = list(graph) + (list(ontology_triples()) if with_ontology else [])
    if name == "trig":
        return trig_via_oxigraph(triples)
    if name == "nt":
        return ntriples_sorted(triples)
    if name == "turtle":  # Oxigraph writes it, as the build writes wgec.ttl (30x faster than rdflib)
        return turtle_via_oxigraph(triples, with_ontology=False)
    return canonical(triples).serialize(format="json-ld", encoding="utf-8", sort_keys=True, indent=1,
                                        context=load_context()["@context"], auto_compact=True)


def ntriples_sorted(triples: Iterable[Triple]) -> bytes:
    """Sorted N-Triples of any iterable of rdflib triples: deterministic and fast to bulk-load."""
    lines = sorted({nt_line(t) for t in triples})
    return "".join(lines).encode("utf-8")


def turtle_via_oxigraph(triples: Iterable[Triple] = (), with_ontology: bool = True,
                        ntriples: bytes | None = None) -> bytes:
    """Turtle written by Oxigraph (30x faster than rdflib at a million triples), from sorted input,
    so the output is deterministic too; ``ntriples`` may give that sorted input ready-made."""
    import pyoxigraph

    data = ntriples if ntriples is not None else \
        ntriples_sorted(list(triples) + (list(ontology_triples()) if with_ontology else []))
    parsed = pyoxigraph.parse(data, pyoxigraph.RdfFormat.N_TRIPLES)
    return pyoxigraph.serialize(parsed, format=pyoxigraph.RdfFormat.TURTLE,
                                prefixes={k: str(v) for k, v in PREFIXES.items() if k != "id"}) or b""


def trig_via_oxigraph(triples: Iterable[Triple], ntriples: bytes | None = None) -> bytes:
    """TriG of ``triples`` (data and ontology): one named graph per source, and the union of them
    all in the default graph, so that a store answers on its default graph as on the Turtle
    (``ntriples``: that union as sorted N-Triples, when the caller has them already)."""
    import pyoxigraph

    parsed = pyoxigraph.parse(nquads(partition(triples), default=ntriples), pyoxigraph.RdfFormat.N_QUADS)
    return pyoxigraph.serialize(parsed, format=pyoxigraph.RdfFormat.TRIG,
                                prefixes={k: str(v) for k, v in PREFIXES.items() if k != "id"}) or b""
