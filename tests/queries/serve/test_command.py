"""``wgec serve`` as a user starts it: what it serves by default, and one-line errors (a command that
fails before serving runs in this process, tests/cli.py; a server is a real process)."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

from tests.cli import wgec
from tests.queries.serve.conftest import wgec_serve
from tests.queries.serve.test_protocol import post, rows
from tests.servers import free_port


def test_port_in_use_is_one_line_and_exit_5(serve_data: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        done = wgec("serve", "--port", str(port), "--data", str(serve_data / "wgec.ttl"))
    assert done.returncode == 5 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [f"wgec: error: 127.0.0.1:{port}: port already in use "
                                                f"(stop the other server or give --port)"]


def test_missing_or_unknown_data_file(tmp_path: Path) -> None:
    done = wgec("serve", "--port", str(free_port()), "--data", str(tmp_path / "nope.ttl"))
    assert done.returncode == 2 and "nope.ttl: no such file" in done.stderr and "Traceback" not in done.stderr
    (tmp_path / "x.csv").write_text("a,b\n")
    done = wgec("serve", "--port", str(free_port()), "--data", str(tmp_path / "x.csv"))
    assert done.returncode == 2 and "unknown RDF file type" in done.stderr


def test_serves_out_wgec_trig_before_ttl(tmp_path: Path, serve_data: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "wgec.ttl").write_text("<urn:x:ttl> <urn:x:p> 1 .\n")
    (out / "wgec.trig").write_text("<urn:x:g> { <urn:x:trig> <urn:x:p> 1 . }\n")
    with wgec_serve(cwd=tmp_path) as base:
        body = post(base, "SELECT ?s WHERE { ?s ?p ?o }")[2]
        assert [r["s"]["value"] for r in rows(body)] == ["urn:x:trig"]


def test_no_graph_here_serves_the_bundled_example_and_says_so(tmp_path: Path) -> None:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "wgec.cli", "serve", "--port", str(port)], cwd=tmp_path,
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        assert proc.stderr is not None
        first = proc.stderr.readline()
        assert "bundled example" in first and "wgec build" in first
        second = proc.stderr.readline()
        assert "serving" in second and str(tmp_path) not in second
        body = post(f"http://127.0.0.1:{port}", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[2]
        assert int(rows(body)[0]["n"]["value"]) > 5000
    finally:
        os.kill(proc.pid, signal.SIGTERM)
        proc.wait(30)
    assert proc.returncode == 0
