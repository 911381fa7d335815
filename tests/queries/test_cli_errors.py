"""The command line never loses or invents data, and says what went wrong in one line (no traceback).

The commands run in this process (tests/cli.py); where the graph's size is not what is under test, they
read a small Turtle file of the bundled build (ITU's triples) or build a corpus of one document."""
from __future__ import annotations

import errno
import fcntl
import os
import socket
import subprocess
import threading
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from tests.cli import wgec
from tests.conftest import CORPUS
from tests.servers import oxigraph_server

KEEP = b"<urn:x:keep> <urn:x:p> \"kept\" .\n"
ITU = URIRef("https://w3id.org/wgec/id/org/itu")
ONE_DOCUMENT = str(CORPUS / "001_bfbaf99d7c7bcbb5.txt")


def one_line(done: subprocess.CompletedProcess[str], code: int) -> str:
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    return lines[0]


@pytest.fixture(scope="module")
def itu_ttl(tmp_path_factory: pytest.TempPathFactory, graph: Graph) -> Path:
    """A Turtle file of the bundled build's triples about ITU."""
    small = Graph()
    for triple in graph.triples((ITU, None, None)):
        small.add(triple)
    assert len(small) > 5
    path = tmp_path_factory.mktemp("itu") / "itu.ttl"
    small.serialize(path, format="turtle")
    return path


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[str]:
    with oxigraph_server(tmp_path / "oxi") as base:
        req = urllib.request.Request(f"{base}/store?default", data=KEEP, method="PUT",
                                     headers={"Content-Type": "application/n-triples"})
        urllib.request.urlopen(req, timeout=10).close()
        yield base


def ask(base: str, query: str) -> bool:
    req = urllib.request.Request(f"{base}/query?" + urllib.parse.urlencode({"query": query}),
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        return b"true" in r.read()


def test_push_without_a_built_graph_refuses_and_changes_nothing(store: str, tmp_path: Path) -> None:
    line = one_line(wgec("push", "--endpoint", f"{store}/store", cwd=tmp_path), 2)
    assert "out/wgec.ttl" in line and "wgec build" in line and "--data" in line
    assert ask(store, "ASK { <urn:x:keep> ?p ?o }")


def test_push_writes_a_named_graph_and_replaces_only_when_told(store: str, itu_ttl: Path) -> None:
    data = str(itu_ttl)
    done = wgec("push", "--endpoint", f"{store}/store", "--data", data)
    assert done.returncode == 0 and "graph https://w3id.org/wgec/graph" in done.stdout
    assert ask(store, "ASK { <urn:x:keep> ?p ?o }")  # the default graph is left alone
    assert ask(store, "ASK { GRAPH <https://w3id.org/wgec/graph> { <https://w3id.org/wgec/id/org/itu> ?p ?o } }")
    line = one_line(wgec("push", "--endpoint", f"{store}/store", "--data", data), 2)
    assert "already holds triples" in line and "--replace" in line
    assert wgec("push", "--endpoint", f"{store}/store", "--data", data, "--replace").returncode == 0
    line = one_line(wgec("push", "--endpoint", f"{store}/store", "--data", data, "--default-graph"), 2)
    assert "the default graph already holds triples" in line
    assert ask(store, "ASK { <urn:x:keep> ?p ?o }")


def test_query_and_serve_fall_back_only_saying_so(tmp_path: Path) -> None:
    done = wgec("query", "documents", "--format", "csv", cwd=tmp_path)
    assert done.returncode == 0 and "bundled" in done.stderr and "wgec build" in done.stderr


def test_build_out_naming_a_file_or_a_read_only_folder(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    line = one_line(wgec("build", "--quiet", "--no-views", "--corpus", ONE_DOCUMENT, "--out",
                         str(tmp_path / "afile")), 5)
    assert line == f"wgec: error: {tmp_path / 'afile'}: a file is in the way where a folder is needed"
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    made_immutable = os.geteuid() == 0 and subprocess.run(["chattr", "+i", str(ro)],
                                                           capture_output=True).returncode == 0
    try:
        if os.access(ro, os.W_OK) and not made_immutable:
            pytest.skip("cannot make a read-only folder here")
        line = one_line(wgec("build", "--quiet", "--no-views", "--corpus", ONE_DOCUMENT, "--out", str(ro)), 5)
        assert line.startswith(f"wgec: error: {ro}") and ("read-only" in line or "permission" in line)
    finally:
        if made_immutable:
            subprocess.run(["chattr", "-i", str(ro)], check=False)
        ro.chmod(0o755)


def test_full_disk_and_other_system_errors_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    from wgec.cli.app import _fail_os

    with pytest.raises(SystemExit) as stop:
        _fail_os(OSError(errno.ENOSPC, "No space left on device", "/data/out/.wgec.ttl.x1.tmp"))
    assert stop.value.code == 5
    assert capsys.readouterr().err == "wgec: error: /data/out: no space left on the disk\n"


def test_a_store_another_build_writes_is_refused(tmp_path: Path) -> None:
    fd = os.open(tmp_path / ".store.lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        line = one_line(wgec("build", "--quiet", "--no-views", "--corpus", ONE_DOCUMENT, "--out", str(tmp_path / "o"),
                             "--store-path", str(tmp_path / "store")), 5)
    finally:
        os.close(fd)
    assert "another build is writing this store" in line


class Silent:
    """Accepts connections and never answers (an endpoint that hangs)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.conns: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                self.conns.append(self.sock.accept()[0])
            except OSError:
                return


def test_slow_endpoint_is_one_line_exit_4() -> None:
    silent = Silent()
    try:
        url = f"http://127.0.0.1:{silent.port}"
        line = one_line(wgec("query", "meetings", "--endpoint", f"{url}/query", "--timeout", "2"), 4)
        assert f"127.0.0.1:{silent.port}" in line and "unreachable" in line
    finally:
        silent.sock.close()


@pytest.mark.parametrize("store_kind", ["memory", "oxigraph"])
def test_local_query_refuses_service_and_from(itu_ttl: Path, store_kind: str) -> None:
    silent = Silent()
    try:
        text = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{silent.port}/s> {{ ?s ?p ?o }} }}"
        line = one_line(wgec("query", "--data", str(itu_ttl), "--store", store_kind, "-",
                             stdin=text), 2)
        assert "SERVICE" in line
        text = f"SELECT * FROM <http://127.0.0.1:{silent.port}/g> WHERE {{ ?s ?p ?o }}"
        assert "FROM" in one_line(wgec("query", "--data", str(itu_ttl), "--store", store_kind, "-",
                                       stdin=text), 2)
        assert silent.conns == []
    finally:
        silent.sock.close()
