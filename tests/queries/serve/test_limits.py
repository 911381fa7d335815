"""The limits hold against a real server: bodies in every framing, the time limit (parsing too),
the queue, the concurrency burst; the server stays healthy after each."""
from __future__ import annotations

import json
import socket
import threading
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.queries.serve.conftest import ITU, wgec_serve
from tests.queries.serve.test_protocol import post, rows

CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
NAMED = ["meetings", "agencies-per-issue-level", "documents", "most-cited-paragraphs"]


def raw(base: str, head: str, body: bytes = b"", chunked: list[bytes] | None = None) -> tuple[int, bytes]:
    """Send a hand-made request; (status, body) of the answer (0 when the server closed without one)."""
    u = urllib.parse.urlsplit(base)
    with socket.create_connection((u.hostname, u.port), timeout=20) as s:
        s.sendall(head.encode() + b"\r\n")
        try:
            if chunked is not None:
                for part in chunked:
                    s.sendall(f"{len(part):x}\r\n".encode() + part + b"\r\n")
                s.sendall(b"0\r\n\r\n")
            else:
                s.sendall(body)
        except OSError:  # the server answered and closed before reading all of it
            pass
        data = b""
        try:
            while part := s.recv(65536):  # every request says Connection: close
                data += part
        except ConnectionResetError:  # closed with our unread body still in its buffer
            pass
    if not data.startswith(b"HTTP/"):
        return 0, data
    return int(data.split()[1]), data.split(b"\r\n\r\n", 1)[-1]


def head(length: str | None, chunked: bool = False, ctype: str = "application/sparql-query") -> str:
    lines = ["POST /sparql HTTP/1.1", "Host: 127.0.0.1", f"Content-Type: {ctype}", "Accept: text/csv",
             "Connection: close"]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    if chunked:
        lines.append("Transfer-Encoding: chunked")
    return "\r\n".join(lines) + "\r\n"


@pytest.fixture(scope="module")
def limited(serve_data: Path) -> Iterator[str]:
    with wgec_serve("--data", str(serve_data / "wgec.ttl"), "--timeout", "2", "--workers", "2") as base:
        yield base


def healthy(base: str) -> bool:
    status, _, body = post(base, f"ASK {{ <{ITU}> ?p ?o }}")
    return status == 200 and json.loads(body)["boolean"] is True


def test_bodies_in_every_framing(limited: str) -> None:
    query = b"ASK { ?s ?p ?o }"
    assert raw(limited, head(str(len(query))), query) == (200, b"_askResult\r\ntrue\r\n")
    assert raw(limited, head(None, chunked=True), chunked=[query[:5], query[5:]])[0] == 200
    assert raw(limited, head("-1"), b"x" * 100_000)[0] == 400
    assert raw(limited, head("abc"), b"x")[0] == 400
    status, body = raw(limited, head("5000000"), b"x" * 2_000_000)
    assert status == 413 and b"over the limit" in body
    assert raw(limited, head(str(10**30)), b"x")[0] in (400, 413)
    assert raw(limited, head(None, chunked=True), chunked=[b"#" + b"x" * 65535] * 20)[0] == 413
    assert healthy(limited)


def test_a_long_get_is_refused(limited: str) -> None:
    status, _ = raw(limited, f"GET /sparql?query={'x' * 1_100_000} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n")
    assert status in (413, 414, 431, 400)
    assert healthy(limited)


def test_slow_query_stopped_at_the_time_limit_and_replaced(limited: str) -> None:
    status, headers, body = post(limited, CROSS_JOIN)
    assert status == 503 and headers["content-type"].startswith("application/json")
    assert "time limit of 2 s" in json.loads(body)["error"]
    assert all(healthy(limited) for _ in range(4))  # both workers answer again


def test_a_one_megabyte_query_is_answered_or_stopped_in_time(limited: str) -> None:
    values = " ".join(str(i) for i in range(100_000, 240_000))
    small_enough = f"SELECT ?x WHERE {{ VALUES ?x {{ {values} }} }}"
    assert 900_000 < len(small_enough) < 1_000_000
    status, _, body = post(limited, small_enough, "text/csv")
    assert status == 200 and body.count(b"\n") == 1 + 10_000  # header and rows up to the default row limit
    slow = f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?x {{ {values} }} ?a ?b ?c . ?d ?e ?f }}"
    status, _, body = post(limited, slow[:999_000] if len(slow) > 999_000 else slow)
    assert status in (400, 503)
    assert healthy(limited)


def test_64_concurrent_requests_all_correct(limited: str) -> None:
    expected = {n: len(rows(post(limited, _named(n))[2])) for n in NAMED}
    results: list[tuple[str, int, int]] = []
    barrier = threading.Barrier(64)

    def one(i: int) -> None:
        name = NAMED[i % len(NAMED)]
        barrier.wait(30)
        status, _, body = post(limited, _named(name))
        results.append((name, status, len(rows(body)) if status == 200 else -1))

    threads = [threading.Thread(target=one, args=(i,)) for i in range(64)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(results) == 64
    assert all(status == 200 and n == expected[name] for name, status, n in results), results
    assert all(v > 0 for v in expected.values()) and healthy(limited)


def _named(name: str) -> str:
    from wgec.queries.library import get_query

    return get_query(name).text


def test_busy_server_answers_503_with_retry_after(serve_data: Path) -> None:
    with wgec_serve("--data", str(serve_data / "wgec.ttl"), "--timeout", "1", "--workers", "1",
                    "--queue-timeout", "0.3") as base:
        slow = threading.Thread(target=post, args=(base, CROSS_JOIN))
        slow.start()
        try:
            for _ in range(50):  # until the slow query holds the only worker
                status, headers, body = post(base, "ASK {}")
                if status == 503:
                    break
            assert status == 503 and headers["retry-after"] == "1" and "busy" in json.loads(body)["error"]
        finally:
            slow.join(30)
        assert any(healthy(base) or time.sleep(0.5) for _ in range(20))  # once the killed worker is replaced


def test_memory_limit_stops_a_query(serve_data: Path) -> None:
    hungry = ("SELECT (GROUP_CONCAT(?big) AS ?all) WHERE { ?a ?b ?c . ?d ?e ?f "
              "BIND(CONCAT(STR(?a), STR(?c), STR(?d), STR(?f)) AS ?big) }")
    with wgec_serve("--data", str(serve_data / "wgec.ttl"), "--timeout", "60", "--workers", "1",
                    "--max-memory", "64") as base:
        status, _, body = post(base, hungry)
        assert status == 503 and "more than 64 MB" in json.loads(body)["error"]
        assert healthy(base)
