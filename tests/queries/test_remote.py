"""Push to a real Oxigraph server (PyPI `oxigraph`) and compare every named query, remote and local. The
``wgec`` commands run in this process (tests/cli.py); the server is a real process."""
from __future__ import annotations

import time

import pytest
from tests.cli import wgec
from tests.queries.test_named import PARAMS
from tests.servers import free_port, oxigraph_server

from wgec.errors import EndpointError
from wgec.queries.library import get_query, named_queries, prepare
from wgec.queries.run import Endpoint, run_remote


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory, built_out):
    out = built_out
    with oxigraph_server(tmp_path_factory.mktemp("oxi")) as base:
        r = wgec("push", "--endpoint", f"{base}/store", "--default-graph", "--data", str(out / "wgec.ttl"))
        assert r.returncode == 0, r.stderr
        assert "HTTP 20" in r.stdout
        yield base, out / "wgec.ttl"


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_remote_answers_equal_local(oxigraph, memory_answers, name):
    """Local: what was pushed, wgec.ttl (data and ontology: a describe brings the classes' labels), in the
    memory backend (tests/queries/conftest.py)."""
    base, _ = oxigraph
    text = prepare(get_query(name), PARAMS.get(name, {}))
    remote = run_remote(Endpoint(f"{base}/query", timeout=30), text, name)
    assert remote.comparable() == memory_answers(name).comparable()


def test_cli_query_on_endpoint(oxigraph):
    base, _ = oxigraph
    r = wgec("query", "meetings", "--endpoint", f"{base}/query", "--format", "csv")
    assert r.returncode == 0, r.stderr
    assert "2017-05-03" in r.stdout and "Benedicto Fonseca Filho" in r.stdout


def test_unreachable_endpoint_fails_fast_with_a_message():
    port = free_port()  # nothing listens there
    t = time.monotonic()
    r = wgec("query", "meetings", "--endpoint", f"http://127.0.0.1:{port}/query", "--timeout", "3")
    assert r.returncode == 4
    assert f"127.0.0.1:{port}" in r.stderr and "unreachable" in r.stderr
    assert time.monotonic() - t < 15


def test_endpoint_error_is_reported(oxigraph):
    base, _ = oxigraph
    with pytest.raises(EndpointError):
        run_remote(Endpoint(f"{base}/no-such-service", timeout=5), "SELECT * WHERE { ?s ?p ?o } LIMIT 1")
