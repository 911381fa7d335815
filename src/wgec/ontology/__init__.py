"""The wgec ontology and SHACL shapes, shipped as package data."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from rdflib import Graph, URIRef
from rdflib.term import Node


def ontology_text() -> str:
    return (resources.files("wgec.ontology") / "wgec.ttl").read_text(encoding="utf-8")


def shapes_text() -> str:
    return (resources.files("wgec.ontology") / "shapes.ttl").read_text(encoding="utf-8")


def load_ontology() -> Graph:
    """The OWL ontology as an rdflib graph (a new graph each call: callers may add to it)."""
    return _fresh(*_parsed("wgec.ttl"))


def ontology_triples() -> tuple[tuple[Node, Node, Node], ...]:
    """The ontology's triples, parsed once per process: for callers that only read them (a build
    joins them to its data, an export writes them), without the cost of a new rdflib graph."""
    return _parsed("wgec.ttl")[0]


def load_shapes() -> Graph:
    """The SHACL shapes the built graph must satisfy (a new graph each call)."""
    return _fresh(*_parsed("shapes.ttl"))


def shapes_triples() -> tuple[tuple[Node, Node, Node], ...]:
    """The shapes' triples, parsed once per process (see :func:`ontology_triples`)."""
    return _parsed("shapes.ttl")[0]


@lru_cache(maxsize=2)
def _parsed(name: str) -> tuple[tuple[tuple[Node, Node, Node], ...], tuple[tuple[str, URIRef], ...]]:
    """The triples and prefixes of a shipped Turtle file, parsed once per process (a build, the
    server and the tests ask for them hundreds of times; each parse takes ~40 ms)."""
    text = (resources.files("wgec.ontology") / name).read_text(encoding="utf-8")
    graph = Graph().parse(data=text, format="turtle")
    return tuple(graph), tuple((prefix, URIRef(ns)) for prefix, ns in graph.namespaces())


def _fresh(triples: tuple[tuple[Node, Node, Node], ...], prefixes: tuple[tuple[str, URIRef], ...]) -> Graph:
    graph = Graph()
    for prefix, ns in prefixes:
        graph.bind(prefix, ns, override=True)
    graph.addN((s, p, o, graph) for s, p, o in triples)
    return graph
