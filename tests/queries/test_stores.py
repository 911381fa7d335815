"""The store switch: every named query answers the same on rdflib (memory) and Oxigraph."""
from __future__ import annotations

import pytest
from tests.cli import wgec
from tests.queries.test_named import PARAMS

from wgec.errors import InputError, RDFSyntaxError
from wgec.queries.library import get_query, named_queries, prepare
from wgec.queries.store import load, open_store, run, write_store


@pytest.fixture(scope="module")
def on_disk(tmp_path_factory, built):
    """The shared build in an on-disk Oxigraph store, as ``wgec build --store-path`` writes it."""
    path = tmp_path_factory.mktemp("stores") / "store"
    write_store(built.ntriples, path)
    return path


@pytest.fixture(scope="module")
def oxigraph(on_disk):
    return open_store("oxigraph", on_disk, read_only=True)


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_same_answers_on_both_backends(memory_answers, oxigraph, name):
    """The memory backend's answers (loaded from wgec.ttl; tests/queries/conftest.py) and Oxigraph's."""
    text = prepare(get_query(name), PARAMS.get(name, {}))
    assert memory_answers(name).comparable() == run(oxigraph, text, name).comparable()


def test_oxigraph_turtle_holds_the_same_graph(memory_store, graph):
    """wgec.ttl (written through Oxigraph) read by rdflib, as the memory backend holds it: the build."""
    from tests.graphs import graph_difference

    from wgec.ontology import load_ontology
    problem = graph_difference([*graph, *load_ontology()], memory_store)
    assert problem is None, problem


def test_cli_query_on_disk_store(on_disk):
    r = wgec("query", "agencies-per-issue-level", "--store-path", str(on_disk), "--format", "csv")
    assert r.returncode == 0, r.stderr
    assert ("Infrastructural level,agency,https://w3id.org/wgec/id/org/itu,International Telecommunication Union (ITU)"
            in r.stdout.replace("\r", ""))


def test_bad_store_input(tmp_path):
    with pytest.raises(InputError, match="no Oxigraph store"):
        open_store("oxigraph", tmp_path / "none", read_only=True)
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(RDFSyntaxError, match="bad.ttl"):
        load(open_store("oxigraph"), bad)
