"""Exports are deterministic and round-trip."""
from __future__ import annotations

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from wgec.graph.build import build
from wgec.graph.export import serialize
from wgec.ontology import load_ontology

FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "trig": "trig"}


def _parse(data: bytes, fmt: str) -> Graph:
    if fmt == "trig":
        ds = Dataset()
        ds.parse(data=data, format="trig")
        g = Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)):
            g.add((s, p, o))
        return g
    return Graph().parse(data=data, format=FORMATS[fmt])


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_round_trips(graph, fmt):
    expected = graph + load_ontology()
    back = _parse(serialize(graph, fmt), fmt)
    if not isomorphic(expected, back):
        _, only_expected, only_back = graph_diff(to_isomorphic(expected), to_isomorphic(back))
        pytest.fail(f"{fmt}: missing {sorted(only_expected)[:5]} extra {sorted(only_back)[:5]}")


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_is_byte_identical_across_builds(graph, fmt):
    again = build(run_validation=False).graph
    assert serialize(graph, fmt) == serialize(again, fmt)
