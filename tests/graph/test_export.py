"""Exports are deterministic and round-trip."""
from __future__ import annotations

import pytest
from rdflib import BNode, Dataset, Graph
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


@pytest.fixture(scope="module")
def exports(graph) -> dict[str, bytes]:
    """Each export of the shared build, serialized once for the module."""
    return {fmt: serialize(graph, fmt) for fmt in FORMATS}


@pytest.fixture(scope="module")
def parsed(exports) -> dict[str, Graph]:
    """Each export read back by rdflib, once for the module."""
    return {fmt: _parse(exports[fmt], fmt) for fmt in FORMATS}


@pytest.fixture(scope="module")
def expected(graph) -> Graph:
    """What every export holds: the data and the ontology."""
    return graph + load_ontology()


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_round_trips(expected, parsed, fmt):
    back = parsed[fmt]
    if any(isinstance(t, BNode) for triple in (*expected, *back) for t in triple):
        same = isomorphic(expected, back)
    else:  # without blank nodes, a graph is its set of triples: the same answer as isomorphic(), faster
        same = set(expected) == set(back)
    if not same:
        _, only_expected, only_back = graph_diff(to_isomorphic(expected), to_isomorphic(back))
        pytest.fail(f"{fmt}: missing {sorted(only_expected)[:5]} extra {sorted(only_back)[:5]}")


@pytest.fixture(scope="module")
def rebuilt() -> Graph:
    """A second build of the bundled corpus, made in the same way as the shared one."""
    return build(run_validation=False).graph


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_is_byte_identical_across_builds(exports, rebuilt, fmt):
    assert serialize(rebuilt, fmt) == exports[fmt]


# ---------------------------------------------------------------- every export, the same triples

def _from_oxigraph(term):  # noqa: ANN001, ANN202
    import pyoxigraph as ox
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF, XSD

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    dt = term.datatype.value
    return Literal(term.value, datatype=None if dt in (str(XSD.string), str(RDF.langString)) else URIRef(dt))


def _oxigraph_triples(data: bytes, fmt: str) -> set:
    import pyoxigraph as ox

    kind = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
            "trig": ox.RdfFormat.TRIG}[fmt]
    return {tuple(_from_oxigraph(x) for x in (q.subject, q.predicate, q.object)) for q in ox.parse(data, kind)}


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_export_holds_the_turtles_triples_in_rdflib_and_oxigraph(exports, parsed, fmt):
    reference = set(parsed["turtle"])
    assert len(reference) > 5000
    assert set(parsed[fmt]) == reference
    assert _oxigraph_triples(exports[fmt], fmt) == reference


def test_jsonld_embeds_the_published_context_and_compacts(exports):
    import json

    from wgec.ontology.context import load_context

    doc = json.loads(exports["jsonld"])
    assert doc["@context"] == load_context()["@context"]  # embedded: no fetch needed to read it
    nodes = doc["@graph"]
    keys = [k for n in nodes for k in n if not k.startswith("@")]
    assert keys and not [k for k in keys if k.startswith("http")]
    proposal = next(n for n in nodes if n.get("@type") == "Proposal" or "Proposal" in n.get("@type", []))
    assert isinstance(proposal["text"], str) and "submittedBy" in proposal and "inDocument" in proposal


def test_trig_default_graph_answers_like_the_turtle(exports):
    """A store loaded from the TriG export answers on its default graph (the union of the named
    graphs) as a store loaded from the Turtle does; each triple is in one named graph."""
    import pyoxigraph as ox

    from wgec.queries.library import get_query

    trig, ttl = ox.Store(), ox.Store()
    trig.load(exports["trig"], ox.RdfFormat.TRIG)
    ttl.load(exports["turtle"], ox.RdfFormat.TURTLE)
    default = list(trig.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    named = [q for q in trig if not isinstance(q.graph_name, ox.DefaultGraph)]
    assert len(default) == len(ttl) == len(named) and len(set(trig.named_graphs())) >= 6
    def rows(store, text):  # noqa: ANN001, ANN202
        return sorted(tuple(str(v) for v in solution) for solution in store.query(text))

    for name in ("meetings", "agencies-per-issue-level", "documents"):
        text = get_query(name).text
        assert rows(trig, text) == rows(ttl, text) and rows(ttl, text), name
