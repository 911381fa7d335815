"""The store switch: every named query answers the same on rdflib (memory) and Oxigraph."""
from __future__ import annotations

import subprocess
import sys

import pytest
from tests.queries.test_named import PARAMS

from wgec.errors import InputError, RDFSyntaxError
from wgec.graph.build import write_outputs
from wgec.queries.library import get_query, named_queries, prepare
from wgec.queries.store import load, open_store, run, write_store


@pytest.fixture(scope="module")
def built_out(tmp_path_factory, built):
    out = tmp_path_factory.mktemp("stores")
    write_outputs(built, out)
    write_store(built.ntriples, out / "store")
    return out


@pytest.fixture(scope="module")
def backends(built_out):
    memory = open_store("memory")
    load(memory, built_out / "wgec.ttl")
    oxi = open_store("oxigraph", built_out / "store", read_only=True)
    return memory, oxi


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_same_answers_on_both_backends(backends, name):
    memory, oxi = backends
    text = prepare(get_query(name), PARAMS.get(name, {}))
    assert run(memory, text, name).comparable() == run(oxi, text, name).comparable()


def test_oxigraph_turtle_holds_the_same_graph(built_out, graph):
    from rdflib import Graph
    from rdflib.compare import isomorphic

    from wgec.ontology import load_ontology
    assert isomorphic(Graph().parse(built_out / "wgec.ttl"), graph + load_ontology())


def test_cli_query_on_disk_store(built_out):
    r = subprocess.run([sys.executable, "-m", "wgec.cli", "query", "agencies-per-issue-level", "--store-path",
                        str(built_out / "store"), "--format", "csv"], capture_output=True, text=True, timeout=60)
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
