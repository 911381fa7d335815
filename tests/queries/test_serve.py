"""`wgec serve` as a real process: SPARQLWrapper against it, read-only, time limit, pages."""
from __future__ import annotations

import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

from tests.browser import offline_page
from tests.servers import free_port, process


@pytest.fixture(scope="module")
def server(tmp_path_factory, built):
    from wgec.graph.build import write_outputs
    out = tmp_path_factory.mktemp("serve")
    write_outputs(built, out)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with process([sys.executable, "-m", "wgec.cli", "serve", "--port", str(port), "--data", str(out / "wgec.ttl"),
                  "--timeout", "3", "--max-rows", "50"], f"{base}/sparql"):
        yield base


def client(base, query, fmt=JSON):
    c = SPARQLWrapper(f"{base}/sparql")
    c.setQuery(query)
    c.setReturnFormat(fmt)
    return c.query()


def test_select_json_through_sparqlwrapper(server):
    data = client(server, "PREFIX wgec: <https://w3id.org/wgec/ontology#> "
                          "SELECT ?d WHERE { ?m wgec:ordinal 3 ; wgec:startDate ?d }").convert()
    assert [b["d"]["value"] for b in data["results"]["bindings"]] == ["2017-05-03"]


def test_other_result_formats(server):
    q = "PREFIX wgec: <https://w3id.org/wgec/ontology#> SELECT ?d WHERE { ?m wgec:ordinal 3 ; wgec:startDate ?d }"
    assert b"2017-05-03" in client(server, q, CSV).convert()
    xml = client(server, q, XML).convert()
    assert xml.getElementsByTagName("literal")[0].firstChild.data == "2017-05-03"
    ask = client(server, "ASK { <https://w3id.org/wgec/id/org/itu> ?p ?o }").convert()
    assert ask["boolean"] is True
    g = client(server, "CONSTRUCT { <https://w3id.org/wgec/id/org/itu> ?p ?o } WHERE { <https://w3id.org/wgec/id/org/itu> ?p ?o }", TURTLE).convert()
    assert b"Q376150" in g


def test_updates_are_refused(server):
    for body, ctype in (("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "application/sparql-update"),
                        ("update=DROP+ALL", "application/x-www-form-urlencoded")):
        req = urllib.request.Request(f"{server}/sparql", data=body.encode(), method="POST",
                                     headers={"Content-Type": ctype})
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(req, timeout=10)
        assert err.value.code == 403
    n = client(server, "SELECT (COUNT(*) AS ?n) WHERE { <urn:a> ?p ?o }").convert()
    assert n["results"]["bindings"][0]["n"]["value"] == "0"


def test_slow_query_is_stopped_at_the_time_limit(server):
    t = time.monotonic()
    req = urllib.request.Request(f"{server}/sparql", data=b"SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                                 method="POST", headers={"Content-Type": "application/sparql-query"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req, timeout=30)
    assert err.value.code == 503 and b"time limit" in err.value.read()
    assert time.monotonic() - t < 10
    assert client(server, "ASK { ?s ?p ?o }").convert()["boolean"] is True  # still serving


def test_result_size_limit(server):
    with urllib.request.urlopen(f"{server}/sparql?query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D", timeout=10) as r:
        assert r.headers["X-WGEC-Truncated"] == "true"
        import json
        assert len(json.loads(r.read())["results"]["bindings"]) == 50


def test_syntax_error_is_400(server):
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(f"{server}/sparql?query=SELECT%20%3Fx%20WHERE%20%7B", timeout=10)
    assert err.value.code == 400 and b"line 1" in err.value.read()


def test_service_description(server):
    req = urllib.request.Request(f"{server}/sparql", headers={"Accept": "text/turtle"})
    with urllib.request.urlopen(req, timeout=10) as r:
        assert b"sd:SPARQL11Query" in r.read()


def test_entity_page_and_turtle(server):
    with urllib.request.urlopen(f"{server}/id/org/un-desa", timeout=10) as r:
        page = r.read().decode()
    assert "UN Department of Economic and Social Affairs" in page and "UNDECA" in page
    req = urllib.request.Request(f"{server}/id/org/un-desa", headers={"Accept": "text/turtle"})
    with urllib.request.urlopen(req, timeout=10) as r:
        assert "owl:sameAs wd:Q2671637" in r.read().decode()


def test_query_page_offline_runs_a_named_query(server):
    with offline_page() as page:
        page.goto(f"{server}/")
        page.wait_for_selector("body[data-ready=true]")
        page.select_option("#named", "meetings")
        page.click("#run")
        page.wait_for_selector("#result-table tr:nth-child(2)")
        rows = page.locator("#result-table tr").count() - 1
        assert rows == 7
        assert "Benedicto Fonseca Filho" in page.inner_text("#result-table")
        page.select_option("#named", "agencies-per-issue-level")
        page.click("#run")
        page.wait_for_selector("#result-table tr:nth-child(25)")  # header + 24 rows (no eval: the page's CSP forbids it)
        link = page.locator("#result-table a", has_text="id:org/itu").first
        assert link.get_attribute("href") == "/id/org/itu"
        link.click()
        page.wait_for_selector("#facts")
        assert "International Telecommunication Union" in page.inner_text("h1")
        assert page.outside == [] and page.errors == []
