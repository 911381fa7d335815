"""Deterministic RDF export and atomic file writing.

Same input, byte-identical output: triples are added to a fresh graph in sorted
order (the serializers follow insertion order), there are no blank nodes, and
prefixes are bound explicitly.  Files are written to a temporary file in the
same folder and renamed, so a crash never leaves half a file.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD, ORG

from wgec.errors import InputError, RDFSyntaxError
from wgec.ontology import load_ontology
from wgec.ontology.vocab import ID, ONTOLOGY_IRI, WGEC

FORMATS = {"turtle": "turtle", "ttl": "turtle", "ntriples": "nt", "nt": "nt", "jsonld": "json-ld",
           "json-ld": "json-ld", "trig": "trig"}
EXTENSIONS = {"turtle": ".ttl", "nt": ".nt", "json-ld": ".jsonld", "trig": ".trig"}
DATA_GRAPH = URIRef("https://w3id.org/wgec/graph/data")
PREFIXES = {"wgec": WGEC._NS, "id": ID, "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "skos": SKOS,
            "dcterms": DCTERMS, "foaf": FOAF, "prov": PROV, "org": ORG,
            "wd": "http://www.wikidata.org/entity/"}


def _bind(graph: Graph) -> None:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)


def canonical(graph: Graph) -> Graph:
    """A copy of ``graph`` whose triples were inserted in sorted order."""
    out = Graph(bind_namespaces="none")
    _bind(out)
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
        _bind(ds)
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
    from wgec.graph.triples import nt_line

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


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(tmp, 0o644)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


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
