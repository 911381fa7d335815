"""Deterministic RDF export.

Same input, byte-identical output: triples are added to a fresh graph in sorted
order (the serializers follow insertion order), there are no blank nodes, and
prefixes are bound explicitly.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDFS

from wgec.errors import InputError, RDFSyntaxError
from wgec.graph.triples import nt_line
from wgec.ontology import load_ontology
from wgec.ontology.prefixes import PREFIXES, bind_prefixes
from wgec.ontology.vocab import ID, ONTOLOGY_IRI

FORMATS = {"turtle": "turtle", "ttl": "turtle", "ntriples": "nt", "nt": "nt", "jsonld": "json-ld",
           "json-ld": "json-ld", "trig": "trig"}
EXTENSIONS = {"turtle": ".ttl", "nt": ".nt", "json-ld": ".jsonld", "trig": ".trig"}
DATA_GRAPH = URIRef("https://w3id.org/wgec/graph/data")


def canonical(graph: Graph) -> Graph:
    """A copy of ``graph`` whose triples were inserted in sorted order."""
    out = Graph(bind_namespaces="none")
    bind_prefixes(out)
    for triple in sorted(graph, key=lambda t: (t[0].n3(), t[1].n3(), t[2].n3())):
        out.add(triple)
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
    ontology = load_ontology() if with_ontology else Graph()
    if name == "trig":
        ds = Dataset(default_union=False)
        bind_prefixes(ds)
        for g_iri, g in ((ONTOLOGY_IRI, ontology), (DATA_GRAPH, graph - ontology)):
            target = ds.graph(g_iri)
            for triple in sorted(g, key=lambda t: (t[0].n3(), t[1].n3(), t[2].n3())):
                target.add(triple)
        return ds.serialize(format="trig", encoding="utf-8")
    merged = canonical(graph + ontology if with_ontology else graph)
    if name == "nt":
        lines = sorted(set(merged.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()))
        return ("\n".join(line for line in lines if line.strip()) + "\n").encode("utf-8")
    if name == "json-ld":
        return merged.serialize(format="json-ld", encoding="utf-8", sort_keys=True, indent=1)
    return merged.serialize(format=name, encoding="utf-8")


def ntriples_sorted(triples) -> bytes:  # noqa: ANN001
    """Sorted N-Triples of any iterable of rdflib triples: deterministic and fast to bulk-load."""
    lines = sorted({nt_line(t) for t in triples})
    return "".join(lines).encode("utf-8")


def turtle_via_oxigraph(triples=None, with_ontology: bool = True, ntriples: bytes | None = None) -> bytes:  # noqa: ANN001
    """Turtle written by Oxigraph (30x faster than rdflib at a million triples), from sorted input,
    so the output is deterministic too; ``ntriples`` may give that sorted input ready-made."""
    import pyoxigraph

    data = ntriples if ntriples is not None else \
        ntriples_sorted(list(triples) + (list(load_ontology()) if with_ontology else []))
    parsed = pyoxigraph.parse(data, pyoxigraph.RdfFormat.N_TRIPLES)
    return pyoxigraph.serialize(parsed, format=pyoxigraph.RdfFormat.TURTLE,
                                prefixes={k: str(v) for k, v in PREFIXES.items() if k != "id"})


def load_graph(path: Path, fmt: str | None = None) -> Graph:
    """Parse an RDF file; a syntax error names the file (and line where rdflib tells it)."""
    if not path.exists():
        raise InputError(f"{path}: file does not exist")
    guess = fmt or {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".trig": "trig"}.get(path.suffix, "turtle")
    try:
        if guess == "trig":
            ds = Dataset()
            ds.parse(path, format="trig")
            g = Graph()
            for s, p, o, _ in ds.quads((None, None, None, None)):
                g.add((s, p, o))
            return g
        return Graph().parse(path, format=guess)
    except Exception as exc:  # rdflib raises several unrelated types for bad syntax
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise RDFSyntaxError(f"{path}: not valid {guess}: {message}") from exc
