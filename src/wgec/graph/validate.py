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


def validate_triples(triples, progress=None, chunk: int = 60_000) -> ValidationReport:  # noqa: ANN001
    """Validate a built triple set; past ``chunk`` triples, in subject partitions on all cores.

    Every shape here constrains a focus node's own properties and the classes of
    their values, so validating a partition's subjects (as pySHACL focus nodes)
    on their own triples, plus the rdf:type triples of their values, gives
    exactly the results of the whole graph.  Workers are forked from a small
    server process, not from the builder's big heap.
    """
    tick = progress or (lambda stage, i, n: None)
    if len(triples) <= chunk:
        tick("validate", 0, 1)
        report = validate(triples.to_graph())
        tick("validate", 1, 1)
        return report
    from concurrent.futures import ProcessPoolExecutor
    import os

    from rdflib.namespace import RDF as _RDF

    types: dict = {}
    for t in triples:
        if t[1] == _RDF.type:
            types.setdefault(t[0], []).append(t)
    subjects = sorted({t[0] for t in triples}, key=str)
    parts = max(2, len(triples) // chunk)
    buckets: list[list] = [[] for _ in range(parts)]
    index = {s: i % parts for i, s in enumerate(subjects)}
    for t in triples:
        buckets[index[t[0]]].append(t)
    from wgec.graph.triples import nt_line

    def payload(bucket: list) -> tuple[str, list[str]]:
        # the types of the values too, for sh:class; nothing else is needed from outside the bucket
        own = {t[0] for t in bucket}
        extra = [tt for o in {t[2] for t in bucket} - own for tt in types.get(o, ())]
        return "".join(nt_line(t) for t in bucket + extra), sorted(str(x) for x in own)

    import multiprocessing as mp

    reports = []
    with ProcessPoolExecutor(max_workers=min(parts, os.cpu_count() or 2), mp_context=mp.get_context("forkserver")) as pool:
        for i, report in enumerate(pool.map(_validate_ntriples, (payload(b) for b in buckets)), 1):
            reports.append(report)
            tick("validate", i, parts)
    return ValidationReport(all(r.conforms for r in reports), sum(r.violations for r in reports),
                            sum(r.warnings for r in reports), "\n".join(r.text for r in reports))


def _validate_ntriples(job: tuple[str, list[str]]) -> ValidationReport:
    data, focus = job
    return validate(Graph().parse(data=data, format="nt"), focus)


def validate(graph: Graph, focus_nodes: list[str] | None = None) -> ValidationReport:
    """Validate ``graph`` (with the ontology, whose subclass axioms the shapes rely on)."""
    import pyshacl

    data = graph + load_ontology()
    _, results, text = pyshacl.validate(data, shacl_graph=load_shapes(), inference="none",
                                        allow_warnings=True, advanced=False, focus_nodes=focus_nodes)
    severities = [str(o) for o in results.objects(None, URIRef(SH + "resultSeverity"))]
    violations = sum(1 for s in severities if s.endswith("Violation"))
    warnings = sum(1 for s in severities if s.endswith("Warning"))
    return ValidationReport(violations == 0, violations, warnings, text)
