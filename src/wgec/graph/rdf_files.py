"""RDF files read into rdflib graphs and terms, by Oxigraph's parsers.

rdflib's own parsers are pure Python: a 700 kB Turtle export takes ~0.8 s to read and a TriG
~2 s; Oxigraph (Rust) reads them in a tenth of that, strictly (an IRI with a space is an
error, as the standards say), and never fetches anything (a JSON-LD ``@context`` given by
URL is refused, not downloaded). What costs time after that is rdflib's store filling up,
which any parser pays.

>>> triples = list(read_triples(b'<http://example.org/a> <http://example.org/p> "x"@en .', "nt"))
>>> [t.n3() for t in triples[0]]
['<http://example.org/a>', '<http://example.org/p>', '"x"@en']
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from wgec.errors import InputError, RDFSyntaxError
from wgec.heap import pauses_collector

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

#: wgec's names of formats (rdflib's) -> pyoxigraph's
OXIGRAPH_FORMATS = {"turtle": "TURTLE", "ttl": "TURTLE", "nt": "N_TRIPLES", "ntriples": "N_TRIPLES",
           "json-ld": "JSON_LD", "jsonld": "JSON_LD", "trig": "TRIG", "nquads": "N_QUADS", "xml": "RDF_XML"}
#: a file's format by its extension (Turtle when there is none of these)
BY_EXTENSION = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".trig": "trig", ".nq": "nquads",
                ".rdf": "xml", ".owl": "xml"}


def rdf_format_of(path: Path, fmt: str | None = None) -> str:
    """The format to read ``path`` in: ``fmt``, else by its extension; :class:`InputError` for a
    missing file or a format no parser here reads."""
    if not path.exists():
        raise InputError(f"{path}: file does not exist")
    guess = fmt or BY_EXTENSION.get(path.suffix.lower(), "turtle")
    if guess not in OXIGRAPH_FORMATS:
        raise InputError(f"{path}: unknown RDF format {guess!r} (one of turtle, nt, json-ld, trig, nquads, xml)")
    return guess


def syntax_message(exc: BaseException) -> str:
    """The first line of a parser's error (it names line and column), in words for a remote context."""
    text = str(exc).strip()
    if "remote context" in text:
        return "its @context is a URL, which wgec does not fetch (embed the context in the file)"
    return text.splitlines()[0] if text else type(exc).__name__


def to_rdflib(term: Any) -> Node:
    """The rdflib term of a pyoxigraph term (named node, blank node or literal)."""
    import pyoxigraph

    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    if datatype == XSD_STRING:
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(datatype))


def read_quads(source: Path | bytes, fmt: str) -> Any:
    """pyoxigraph's quad parser over an RDF file (relative IRIs resolved against it) or bytes."""
    import pyoxigraph

    kind = getattr(pyoxigraph.RdfFormat, OXIGRAPH_FORMATS[fmt])
    if isinstance(source, Path):
        return pyoxigraph.parse(path=str(source), format=kind, base_iri=source.resolve().as_uri())
    return pyoxigraph.parse(source, kind)


def read_triples(source: Path | bytes, fmt: str) -> Iterator[tuple[Node, Node, Node]]:
    """The triples of an RDF file (or bytes) in ``fmt``; in a dataset format (TriG, N-Quads) the
    triples of every graph, the graph names dropped. Raises pyoxigraph's ``SyntaxError`` (with the
    line and column) or ``OSError``. IRIs repeat, so each is made an rdflib term once."""
    import pyoxigraph

    quads = read_quads(source, fmt)
    iris: dict[str, URIRef] = {}
    named = pyoxigraph.NamedNode

    def term(t: Any) -> Node:
        if type(t) is named:
            found = iris.get(t.value)
            if found is None:
                found = iris[t.value] = URIRef(t.value)
            return found
        return to_rdflib(t)

    for quad in quads:
        yield term(quad.subject), term(quad.predicate), term(quad.object)


@pauses_collector
def load_graph(path: Path, fmt: str | None = None, store: str = "default") -> Graph:
    """Read an RDF file (Turtle, N-Triples, JSON-LD, TriG: every graph of it) into an rdflib graph,
    with Oxigraph's parser (1.5-4x faster than rdflib's, strict, never fetches); a syntax error
    names the file, line and column. ``store="SimpleMemory"`` (no contexts) fills 40% faster, for
    a graph that is only read (queries, views); pySHACL needs the default store."""
    guess = rdf_format_of(path, fmt)
    graph = Graph(store=store)
    try:
        graph.addN((s, p, o, graph) for s, p, o in read_triples(path, guess))
    except SyntaxError as exc:
        raise RDFSyntaxError(f"{path}: not valid {guess}: {syntax_message(exc)}") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot read ({syntax_message(exc)})") from None
    return graph
