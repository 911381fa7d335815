"""SHACL validation of a built graph: pySHACL, or the Rust engine pyshacl-turbo on large graphs.

pySHACL is the reference; on a million triples it takes about a minute of one core.
pyshacl-turbo (the ``fast`` extra) has pySHACL's API and gives the same report on
these shapes (a test checks the counts on a sound and on a broken graph) about
three times faster, so ``engine="auto"`` uses it past ``TURBO_FROM`` triples when
it is installed.  (Partitioning by focus node was tried: pySHACL's ``focus_nodes``
mode is five times slower per node than a whole-graph run.)
"""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, URIRef

from wgec.ontology import load_ontology, load_shapes

SH = "http://www.w3.org/ns/shacl#"
TURBO_FROM = 200_000


@dataclass
class ValidationReport:
    conforms: bool  # no violation (warnings allowed)
    violations: int
    warnings: int
    text: str
    engine: str = "pyshacl"


def turbo_available() -> bool:
    try:
        import pyshacl_turbo  # noqa: F401
    except ImportError:
        return False
    return True


def validate(graph, engine: str = "pyshacl", with_ontology: bool = True) -> ValidationReport:  # noqa: ANN001
    """Validate ``graph`` (an rdflib Graph, or for turbo also a pyoxigraph Store), together with
    the ontology, whose subclass axioms the shapes rely on (pass ``with_ontology=False`` when
    the graph already holds it)."""
    if engine == "turbo":
        import pyshacl_turbo as shacl
    else:
        import pyshacl as shacl  # type: ignore[no-redef]
    data = graph + load_ontology() if with_ontology else graph
    _, results, text = shacl.validate(data, shacl_graph=load_shapes(), inference="none",
                                      allow_warnings=True, advanced=False)
    severities = [str(o) for o in results.objects(None, URIRef(SH + "resultSeverity"))]
    violations = sum(1 for s in severities if s.endswith("Violation"))
    warnings = sum(1 for s in severities if s.endswith("Warning"))
    return ValidationReport(violations == 0, violations, warnings, text, engine)


def validate_triples(triples, progress=None, engine: str = "auto", ntriples: bytes | None = None) -> ValidationReport:  # noqa: ANN001,E501
    """Validate a built triple set; ``engine`` is pyshacl, turbo, or auto (turbo for large graphs).

    The turbo engine reads an in-memory Oxigraph store bulk-loaded from ``ntriples`` (the
    sorted N-Triples of data and ontology, which the build reuses for its outputs): building
    and copying an rdflib graph of a million triples would cost more than validating it.
    """
    tick = progress or (lambda stage, i, n: None)
    if engine == "auto":
        engine = "turbo" if len(triples) > TURBO_FROM and turbo_available() else "pyshacl"
    tick("validate", 0, 1)
    if engine == "turbo" and ntriples is not None:
        import pyoxigraph

        store = pyoxigraph.Store()
        store.bulk_load(ntriples, pyoxigraph.RdfFormat.N_TRIPLES)
        report = validate(store, engine, with_ontology=False)
    else:
        report = validate(triples.to_graph(extra=load_ontology()), engine, with_ontology=False)
    tick("validate", 1, 1)
    return report
