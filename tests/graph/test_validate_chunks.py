"""Chunked, parallel validation finds exactly what whole-graph validation finds."""
from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import RDF

from wgec.graph.build import build
from wgec.graph.validate import validate, validate_triples
from wgec.ontology.vocab import ID, WGEC


def test_chunked_equals_whole_graph_including_violations():
    triples = build(run_validation=False).triples
    # break two things: a proposal without text, a span with a non-integer line
    bad = ID["proposal/broken"]
    triples.add((bad, RDF.type, WGEC.Proposal))
    triples.add((bad, WGEC.inDocument, ID["doc/2016-contribution-to-the-guiding-questions-agreed"]))
    span = next(s for s, o in triples.subject_objects(RDF.type) if o == WGEC.TextSpan)
    triples.add((span, WGEC.startLine, Literal("one")))
    whole = validate(triples.to_graph())
    parts = validate_triples(triples, chunk=2000)
    assert not whole.conforms and not parts.conforms
    assert (parts.violations, parts.warnings) == (whole.violations, whole.warnings)
