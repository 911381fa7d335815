"""SHACL validation of a built graph with pySHACL."""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, URIRef

from wgec.ontology import load_ontology, load_shapes

SH = "http://www.w3.org/ns/shacl#"


@dataclass
class ValidationReport:
    conforms: bool  # no violation (warnings allowed)
    violations: int
    warnings: int
    text: str


def validate(graph: Graph) -> ValidationReport:
    """Validate ``graph`` (with the ontology, whose subclass axioms the shapes rely on)."""
    import pyshacl

    data = graph + load_ontology()
    _, results, text = pyshacl.validate(data, shacl_graph=load_shapes(), inference="none",
                                        allow_warnings=True, advanced=False)
    severities = [str(o) for o in results.objects(None, URIRef(SH + "resultSeverity"))]
    violations = sum(1 for s in severities if s.endswith("Violation"))
    warnings = sum(1 for s in severities if s.endswith("Warning"))
    return ValidationReport(violations == 0, violations, warnings, text)
