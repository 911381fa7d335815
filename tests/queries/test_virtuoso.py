"""Push to a real Virtuoso (Debian's virtuoso-opensource, on 127.0.0.1) with digest auth, and compare
every named query with the local answers.  Skipped where Virtuoso is not installed."""
from __future__ import annotations

import subprocess
import sys

import pytest
from tests.queries.test_named import PARAMS

from wgec.bench.virtuoso import GRAPH, available, virtuoso_server
from wgec.queries.library import get_query, named_queries, prepare
from wgec.queries.run import Endpoint, run_local, run_remote

pytestmark = pytest.mark.skipif(not available(), reason="virtuoso-opensource is not installed")


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory, built):
    from wgec.graph.build import write_outputs
    out = tmp_path_factory.mktemp("virtuoso")
    write_outputs(built, out)
    with virtuoso_server() as (url, _, _):
        crud = url.replace("/sparql", "/sparql-graph-crud-auth")
        r = subprocess.run([sys.executable, "-m", "wgec.cli", "push", "--endpoint", crud, "--graph", GRAPH,
                            "--user", "dba", "--password", "dba", "--auth", "digest", "--data", str(out / "wgec.ttl")],
                           capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stderr
        yield url


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_virtuoso_answers_equal_local(virtuoso, graph, name):
    text = prepare(get_query(name), PARAMS.get(name, {}))
    remote = run_remote(Endpoint(virtuoso, timeout=60, default_graph=GRAPH), text, name)
    assert remote.comparable() == run_local(graph, text, name).comparable()
