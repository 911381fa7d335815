"""Both SHACL engines give the same report, on a sound graph and on a broken one."""
from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import RDF

from wgec.graph.build import BuildResult
from wgec.graph.triples import TripleSet
from wgec.graph.validate import turbo_available, validate, validate_triples
from wgec.ontology.vocab import ID, WGEC


@pytest.mark.skipif(not turbo_available(), reason="pyshacl-turbo (the fast extra) is not installed")
def test_turbo_engine_reports_like_pyshacl(built: BuildResult):
    """Both engines find the same faults in a broken copy of the bundled build. (On the sound build both
    conform: pySHACL in test_validate.py, turbo on an Oxigraph store below.)"""
    triples = TripleSet()
    triples += built.triples  # a copy of the shared build, broken below
    bad = ID["proposal/broken"]
    triples.add((bad, RDF.type, WGEC.Proposal))
    triples.add((bad, WGEC.inDocument, ID["doc/2016-contribution-to-the-guiding-questions-agreed"]))
    span = next(s for s, o in triples.subject_objects(RDF.type) if o == WGEC.TextSpan)
    triples.add((span, WGEC.startLine, Literal("one")))
    broken = triples.to_graph()
    reference, fast = validate(broken, "pyshacl"), validate(broken, "turbo")
    assert (fast.conforms, fast.violations, fast.warnings) == \
        (reference.conforms, reference.violations, reference.warnings)
    assert reference.violations >= 4  # pySHACL's report on the broken graph
    assert sorted(r[:3] for r in fast.results) == sorted(r[:3] for r in reference.results)


@pytest.mark.skipif(not turbo_available(), reason="pyshacl-turbo is not installed on this machine")
def test_turbo_on_an_oxigraph_store_reads_plain_literals_like_pyshacl(built: BuildResult):
    """The large-graph path (data bulk-loaded into Oxigraph): the bundled graph's one
    ``wgec:confidence "probable"`` must match the shapes' ``sh:in ("certain" "probable")``."""
    report = validate_triples(built.triples, engine="turbo", ntriples=built.ntriples)
    assert (report.engine, report.conforms, report.violations, report.results) == ("turbo", True, 0, [])
