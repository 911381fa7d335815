"""``wgec serve`` speaks the SPARQL 1.1 Protocol: methods, formats, named graphs, CORS, read-only."""
from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pytest
from rdflib import Graph
from SPARQLWrapper import JSON, SPARQLWrapper
from tests.queries.serve.conftest import DATA_GRAPH, ITU, ONTOLOGY_GRAPH

ITU_NAME = "International Telecommunication Union (ITU)"
LABEL = f"SELECT ?d WHERE {{ <{ITU}> <http://www.w3.org/2000/01/rdf-schema#label> ?d }}"
ITU_TRIPLES = f"CONSTRUCT {{ <{ITU}> ?p ?o }} WHERE {{ <{ITU}> ?p ?o }}"


def post(base: str, query: str, accept: str = "application/sparql-results+json", **params: str | list[str]
         ) -> tuple[int, dict[str, str], bytes]:
    pairs = [("query", query)] + [(k.replace("_", "-"), v) for k, vs in params.items()
                                  for v in (vs if isinstance(vs, list) else [vs])]
    req = urllib.request.Request(f"{base}/sparql", data=urllib.parse.urlencode(pairs).encode(), method="POST",
                                 headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"})
    return fetch(req)


def fetch(req: urllib.request.Request | str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
    except urllib.error.HTTPError as err:
        return err.code, {k.lower(): v for k, v in err.headers.items()}, err.read()


def rows(body: bytes) -> list[dict[str, dict[str, str]]]:
    return json.loads(body)["results"]["bindings"]


def test_select_through_sparqlwrapper_get_and_post(server: str) -> None:
    for method in ("GET", "POST"):
        client = SPARQLWrapper(f"{server}/sparql")
        client.setMethod(method)
        client.setQuery(LABEL)
        client.setReturnFormat(JSON)
        data = client.query().convert()
        assert [b["d"]["value"] for b in data["results"]["bindings"]] == [ITU_NAME]  # type: ignore[index]


def test_bare_query_post_and_get(server: str) -> None:
    req = urllib.request.Request(f"{server}/sparql", data=LABEL.encode(), method="POST",
                                 headers={"Content-Type": "application/sparql-query"})
    status, headers, body = fetch(req)
    assert status == 200 and headers["content-type"].startswith("application/sparql-results+json")
    assert rows(body)[0]["d"] == {"type": "literal", "value": ITU_NAME, "xml:lang": "en"}
    status, _, body = fetch(f"{server}/sparql?" + urllib.parse.urlencode({"query": LABEL}))
    assert status == 200 and rows(body)[0]["d"]["value"] == ITU_NAME


def test_select_formats(server: str) -> None:
    _, h, body = post(server, LABEL, "application/sparql-results+xml")
    assert h["content-type"].startswith("application/sparql-results+xml")
    ns = "{http://www.w3.org/2005/sparql-results#}"
    assert [e.text for e in ET.fromstring(body).iter(f"{ns}literal")] == [ITU_NAME]
    _, h, body = post(server, LABEL, "text/csv")
    assert h["content-type"].startswith("text/csv") and list(csv.reader(io.StringIO(body.decode()))) == [
        ["d"], [ITU_NAME]]
    _, h, body = post(server, LABEL, "text/tab-separated-values")
    assert body.decode().splitlines() == ["?d", f'"{ITU_NAME}"@en']


@pytest.mark.parametrize(("accept", "expected"), [
    ("application/sparql-results+json", b'"boolean": true'), ("application/sparql-results+xml", b"<boolean>true"),
    ("text/csv", b"_askResult\r\ntrue"), ("text/tab-separated-values", b"?_askResult\ntrue")])
def test_ask_formats_have_a_body(server: str, accept: str, expected: bytes) -> None:
    status, _, body = post(server, f"ASK {{ <{ITU}> ?p ?o }}", accept)
    assert status == 200 and expected in body


@pytest.mark.parametrize(("accept", "rdflib_format"), [
    ("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/rdf+xml", "xml"),
    ("application/ld+json", "json-ld")])
def test_construct_formats(server: str, accept: str, rdflib_format: str) -> None:
    status, headers, body = post(server, ITU_TRIPLES, accept)
    assert status == 200 and headers["content-type"].startswith(accept)
    g = Graph().parse(data=body, format=rdflib_format)
    assert len(g) >= 4 and ITU_NAME in {str(o) for o in g.objects()}
    if accept == "application/rdf+xml":
        assert b"<rdf:RDF" in body


def test_named_graphs_and_a_union_default_graph(server: str) -> None:
    status, _, body = post(server, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    assert status == 200
    assert {r["g"]["value"] for r in rows(body)} == {ONTOLOGY_GRAPH, DATA_GRAPH}
    # ITU's label is in two graphs but once in the default graph (the merge of the graphs)
    label = f"SELECT ?l WHERE {{ <{ITU}> <http://www.w3.org/2000/01/rdf-schema#label> ?l }}"
    assert len(rows(post(server, label)[2])) == 1
    in_graphs = f"SELECT ?g WHERE {{ GRAPH ?g {{ <{ITU}> <http://www.w3.org/2000/01/rdf-schema#label> ?l }} }}"
    assert len(rows(post(server, in_graphs)[2])) == 2


def test_default_and_named_graph_uri_within_the_dataset(server: str) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { <https://w3id.org/wgec/ontology#Actor> ?p ?o }"
    everything = int(rows(post(server, count)[2])[0]["n"]["value"])
    only_data = rows(post(server, count, default_graph_uri=DATA_GRAPH)[2])[0]["n"]["value"]
    only_ontology = int(rows(post(server, count, default_graph_uri=ONTOLOGY_GRAPH)[2])[0]["n"]["value"])
    assert only_data == "0" and only_ontology == everything > 2
    _, _, body = post(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", named_graph_uri=DATA_GRAPH)
    assert [r["g"]["value"] for r in rows(body)] == [DATA_GRAPH]
    status, _, body = post(server, "ASK {}", default_graph_uri="http://127.0.0.1:9/elsewhere")
    assert status == 400 and b"not a graph of this dataset" in body
    status, _, body = post(server, f"SELECT * FROM <{DATA_GRAPH}> WHERE {{ ?s ?p ?o }} LIMIT 1")
    assert status == 200 and len(rows(body)) == 1


def test_service_description_lists_the_graphs(server: str) -> None:
    status, headers, body = fetch(urllib.request.Request(f"{server}/sparql", headers={"Accept": "text/turtle"}))
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    text = body.decode()
    assert "sd:SPARQL11Query" in text and f"<{DATA_GRAPH}>" in text and "sd:UnionDefaultGraph" in text


def test_updates_are_refused(server: str) -> None:
    for body, ctype in ((b"INSERT DATA { <urn:a> <urn:b> <urn:c> }", "application/sparql-update"),
                        (b"update=DROP+ALL", "application/x-www-form-urlencoded"),
                        (b"query=INSERT+DATA+%7B+%3Curn%3Aa%3E+%3Curn%3Ab%3E+%3Curn%3Ac%3E+%7D",
                         "application/x-www-form-urlencoded")):
        req = urllib.request.Request(f"{server}/sparql", data=body, method="POST", headers={"Content-Type": ctype})
        status, _, answer = fetch(req)
        assert status == 403 and b"read-only" in answer
    assert rows(post(server, "SELECT (COUNT(*) AS ?n) WHERE { <urn:a> ?p ?o }")[2])[0]["n"]["value"] == "0"


def test_errors_are_one_clear_line_without_host_paths(server: str, serve_data: object) -> None:
    status, headers, body = post(server, "SELECT ?x WHERE {")
    assert status == 400 and b"SPARQL syntax error" in body and str(serve_data).encode() not in body
    assert headers["content-type"].startswith("application/json")
    assert json.loads(body)["status"] == 400
    status, headers, body = post(server, "SELECT ?x WHERE {", "text/plain")
    assert headers["content-type"].startswith("text/plain") and body.startswith(b"SPARQL syntax error")


def test_cors_preflight_and_headers(server: str) -> None:
    req = urllib.request.Request(f"{server}/sparql", method="OPTIONS", headers={
        "Origin": "https://example.org", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    status, headers, _ = fetch(req)
    assert status == 204 and headers["access-control-allow-origin"] == "*"
    assert "POST" in headers["access-control-allow-methods"] and headers["access-control-allow-headers"] == \
        "content-type"
    for code_req in (f"{server}/sparql?query=ASK%7B%7D", f"{server}/sparql?query=ASK%7B"):
        status, headers, _ = fetch(urllib.request.Request(code_req, headers={"Origin": "https://example.org"}))
        assert headers["access-control-allow-origin"] == "*" and status in (200, 400)


def test_row_limit_cuts_and_says_so(server: str) -> None:
    status, headers, body = post(server, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 200 and headers["x-wgec-truncated"] == "true" and len(rows(body)) == 50
    _, headers, body = post(server, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "application/n-triples")
    assert headers["x-wgec-truncated"] == "true" and len(body.decode().splitlines()) == 50
