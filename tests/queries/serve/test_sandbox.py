"""Queries reach the local dataset only: SERVICE and outside FROM are refused and nothing connects out."""
from __future__ import annotations

import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.queries.serve.conftest import DATA_GRAPH
from tests.queries.serve.test_protocol import post, rows

from wgec.queries.sandbox import SandboxError, check, dataset_iris, is_update, tokens


class Listener:
    """A TCP listener on 127.0.0.1 that records every connection (it must stay untouched)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.hits: list[bytes] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(1)
                try:
                    self.hits.append(conn.recv(200) or b"(connected)")
                except OSError:
                    self.hits.append(b"(connected)")


@pytest.fixture()
def listener() -> Iterator[Listener]:
    lst = Listener()
    yield lst
    lst.sock.close()


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:PORT/a> { ?s ?p ?o } }",
    "select * where { service silent <http://127.0.0.1:PORT/b> { ?s ?p ?o } }",
    "PREFIX : <http://127.0.0.1:PORT/> SELECT * WHERE { SERVICE:c { ?s ?p ?o } }",
    "PREFIX ex: <http://127.0.0.1:PORT/> SELECT * WHERE { SERVICEex:d { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o . { SeRvIcE<http://127.0.0.1:PORT/e>{ ?s ?p ?o } } }",
    "SELECT * WHERE { VALUES ?svc { <http://127.0.0.1:PORT/f> } SERVICE ?svc { ?s ?p ?o } }",
])
def test_service_is_refused_and_never_connects(server: str, listener: Listener, query: str) -> None:
    status, _, body = post(server, query.replace("PORT", str(listener.port)))
    assert status == 400 and b"SERVICE" in body
    assert listener.hits == []


def test_from_outside_the_dataset_fetches_nothing(server: str, listener: Listener, tmp_path: Path) -> None:
    canary = tmp_path / "canary.nt"
    canary.write_text('<urn:canary> <urn:p> "CANARY-FILE-READ" .\n', encoding="utf-8")
    for query in (f"SELECT * FROM <http://127.0.0.1:{listener.port}/g> WHERE {{ ?s ?p ?o }}",
                  f"SELECT * FROM NAMED <http://127.0.0.1:{listener.port}/n> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
                  f"SELECT * FROM <{canary.as_uri()}> WHERE {{ ?s ?p ?o }}",
                  "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"):
        status, _, body = post(server, query, "text/csv")
        assert status == 400 and b"not a graph of this dataset" in body and b"CANARY" not in body
    assert listener.hits == []


def test_words_in_strings_iris_and_comments_are_not_keywords(server: str) -> None:
    query = ('SELECT ?x WHERE { VALUES ?x { "SERVICE <http://127.0.0.1:1/>" <http://example.org/FROM/SERVICE> } '
             '} # SERVICE <http://127.0.0.1:1/> FROM <http://x/>')
    status, _, body = post(server, query)
    assert status == 200 and len(rows(body)) == 2


def test_tokens_and_verdicts() -> None:
    assert [t.kind for t in tokens('?x "a\\"b" <i> ex:y _:b 1.5e3 @en # c')] == [
        "var", "string", "iri", "pname", "bnode", "number", "lang"]
    ok = "PREFIX g: <urn:g:> SELECT * FROM g:one FROM NAMED <urn:g:two> WHERE { ?s fromage:x ?o }"
    assert dataset_iris(list(tokens(ok))) == ["urn:g:one", "urn:g:two"]
    check(ok, {"urn:g:one", "urn:g:two"})
    for bad in ("SELECT * FROM <urn:g:three> {}", "SELECT * FROMNAMED:x {}", "ASK { SERVICE?x {} }"):
        with pytest.raises(SandboxError):
            check(bad, {"urn:g:one"})
    assert is_update(list(tokens("PREFIX a: <x> LOAD <http://example.org/x>")))
    assert not is_update(list(tokens("PREFIX a: <x> SELECT * {}")))


def test_graph_of_the_dataset_in_from_is_allowed(server: str) -> None:
    status, _, body = post(server, f"SELECT (COUNT(*) AS ?n) FROM <{DATA_GRAPH}> WHERE {{ ?s ?p ?o }}")
    assert status == 200 and int(rows(body)[0]["n"]["value"]) > 1000


ISOLATED = """
import socket, sys
from wgec.queries.sandbox import isolate_network
why = isolate_network()
if why:
    print("SKIP", why); sys.exit(0)
try:
    socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=2)
    print("CONNECTED")
except OSError as exc:
    print("REFUSED", exc)
"""


def test_a_worker_without_network_cannot_connect(listener: Listener) -> None:
    out = subprocess.run([sys.executable, "-c", ISOLATED, str(listener.port)], capture_output=True, text=True,
                         timeout=30).stdout
    if out.startswith("SKIP"):
        pytest.skip(f"this kernel refuses a network namespace: {out}")
    assert out.startswith("REFUSED") and listener.hits == []
