"""Real ``wgec serve`` processes on 127.0.0.1 for the endpoint tests (stopped by PID)."""
from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
import pytest
from tests.servers import free_port, process

ONTOLOGY_GRAPH = "https://w3id.org/wgec/ontology"
DATA_GRAPH = "urn:wgec:test:data"
ITU = "https://w3id.org/wgec/id/org/itu"
ESCAPE_TTL = """@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/wgec/id/test/evil> rdfs:label "<script>alert('x')</script> & co" ;
  rdfs:comment "needle-in-a-haystack" .
"""


def make_trig(ttl: Path, out: Path) -> Path:
    """TriG from the built Turtle: the ontology's own triples in its graph, the rest in a data graph,
    and ITU's triples in both (a store must still answer them once on its default graph)."""
    onto = {t for t in ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE)
            if t.subject.value.startswith(ONTOLOGY_GRAPH)}
    quads = []
    for t in ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE):
        graph = ONTOLOGY_GRAPH if t in onto else DATA_GRAPH
        quads.append(ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(graph)))
        if t.subject.value == ITU:
            quads.append(ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(ONTOLOGY_GRAPH)))
    out.write_bytes(ox.serialize(quads, format=ox.RdfFormat.TRIG) or b"")
    return out


@pytest.fixture(scope="session")
def serve_data(tmp_path_factory: pytest.TempPathFactory, built_out: Path) -> Path:
    """A folder with wgec.ttl (the shared build's), test.trig (named graphs), escape.ttl and views/."""
    out = tmp_path_factory.mktemp("serve-data")
    shutil.copy(built_out / "wgec.ttl", out / "wgec.ttl")
    make_trig(out / "wgec.ttl", out / "test.trig")
    (out / "escape.ttl").write_text(ESCAPE_TTL, encoding="utf-8")
    views = out / "views"
    views.mkdir(exist_ok=True)
    (views / "actors.html").write_text("<!doctype html><title>actors</title><p id='view'>the actors view</p>",
                                       encoding="utf-8")
    return out


@contextmanager
def wgec_serve(*args: str, cwd: Path | None = None) -> Iterator[str]:
    """``wgec serve ARGS`` on a free port; yields its base URL."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with process([sys.executable, "-m", "wgec.cli", "serve", "--host", "127.0.0.1", "--port", str(port), *args],
                 f"{base}/sparql", timeout=60, cwd=cwd):
        yield base


@pytest.fixture(scope="session")
def server(serve_data: Path) -> Iterator[str]:
    """The named-graph dataset plus the escape fixture, 3 s time limit, 50 rows, views: one server per test
    process, shared by the modules that only ask it (it refuses updates)."""
    with wgec_serve("--data", str(serve_data / "test.trig"), "--data", str(serve_data / "escape.ttl"),
                    "--views", str(serve_data / "views"), "--timeout", "3", "--max-rows", "50") as base:
        yield base
