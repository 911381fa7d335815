"""A real Virtuoso (Debian's virtuoso-opensource) for the benchmark: started on 127.0.0.1
from its own ini in a temporary folder, bulk-loaded with isql and TTLP_MT, queried
through SPARQLWrapper, stopped by PID.
"""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from wgec.bench.process import free_port, process
from wgec.ontology.vocab import GRAPH_BASE

GRAPH = GRAPH_BASE + "bench"
INI = """[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
LiteMode = 0
DisableUnixSocket = 1
DisableTcpSocket = 0
MaxClientConnections = 10
CheckpointInterval = 60
NumberOfBuffers = 340000
MaxDirtyBuffers = 250000
DirsAllowed = ., {dir}, /usr/share/virtuoso-opensource-7/vad
ResultSetMaxRows = 1000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = 600

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections = 5
ServerThreads = 5

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = 600
DefaultGraph = {graph}
"""


def available() -> bool:
    return shutil.which("virtuoso-t") is not None and shutil.which("isql-vt") is not None


def ensure_installed() -> bool:
    """Install Debian's virtuoso-opensource if missing (as root, DBA password preseeded); True if present."""
    if available():
        return True
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        return False
    preseed = ("virtuoso-opensource-7 virtuoso-opensource-7/dba-password password dba\n"
               "virtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password dba\n")
    subprocess.run(["debconf-set-selections"], input=preseed, text=True, check=False)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], env=env, capture_output=True, check=False)
    subprocess.run(["apt-get", "install", "-y", "-qq", "virtuoso-opensource"], env=env, capture_output=True,
                   check=False)
    return available()


@contextmanager
def virtuoso_server() -> Iterator[tuple[str, int, Path]]:
    """(sparql_url, isql_port, folder) of a fresh Virtuoso; stopped by PID on exit."""
    folder = Path(tempfile.mkdtemp(prefix="wgec-virtuoso-"))
    sql_port, http_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(INI.format(dir=folder, sql_port=sql_port, http_port=http_port, graph=GRAPH))
    url = f"http://127.0.0.1:{http_port}/sparql"
    try:
        with process(["virtuoso-t", "+foreground", "+configfile", str(ini)], f"{url}?query=ASK%7B%7D", 60, folder):
            yield url, sql_port, folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def isql(port: int, statement: str, timeout: float = 600) -> str:
    r = subprocess.run(["isql-vt", f"127.0.0.1:{port}", "dba", "dba", f"exec={statement}"], capture_output=True,
                       text=True, timeout=timeout)
    if r.returncode != 0 or "*** Error" in r.stdout:
        raise RuntimeError(f"isql failed: {(r.stdout + r.stderr)[-500:]}")
    return r.stdout


def benchmark_virtuoso(corpus: Path, repeat: int, local: dict[str, Any]) -> dict[str, Any]:
    """Load the corpus's graph into Virtuoso, run every named query there and compare with Oxigraph."""
    from wgec.bench.worker import _params
    from wgec.graph.build import build
    from wgec.graph.export import ntriples_sorted
    from wgec.ontology import ontology_triples
    from wgec.queries.library import named_queries, prepare
    from wgec.queries.run import Endpoint, run_remote
    from wgec.queries.store import load, open_store, run

    if not ensure_installed():
        return {"skipped": "virtuoso-opensource is not installed and cannot be installed here (needs root and apt)"}
    result = build([corpus], run_validation=False)
    data = ntriples_sorted(list(result.triples) + list(ontology_triples()))
    oxi = open_store("oxigraph")
    load(oxi, data, "ntriples")
    params = _params(result)
    out: dict[str, Any] = {"scale": corpus.name.lstrip("s"), "triples": data.count(b"\n"), "queries": {}, "differ": [],
           "local_oxigraph": {k: v["median_s"] for k, v in local["oxigraph"]["queries"].items()},
           "local_memory": {k: v["median_s"] for k, v in local["memory"]["queries"].items()}}
    t = time.perf_counter()
    with virtuoso_server() as (url, sql_port, folder):
        out["start_s"] = round(time.perf_counter() - t, 2)
        (folder / "wgec.nt").write_bytes(data)
        t = time.perf_counter()
        isql(sql_port, f"DB.DBA.TTLP_MT(file_to_string_output('{folder}/wgec.nt'), '', '{GRAPH}', 0);")
        isql(sql_port, "checkpoint;")
        out["load_s"] = round(time.perf_counter() - t, 2)
        out["load_method"] = "isql DB.DBA.TTLP_MT"
        endpoint = Endpoint(url, timeout=600)
        equal = 0
        for name, q in named_queries().items():
            text = prepare(q, {p.name: params[p.name] for p in q.parameters if p.required})
            times = []
            for _ in range(repeat):
                t = time.perf_counter()
                remote = run_remote(endpoint, text, name)
                times.append(time.perf_counter() - t)
            out["queries"][name] = round(statistics.median(times), 4)
            if remote.comparable() == run(oxi, text, name).comparable():
                equal += 1
            else:
                out["differ"].append(name)
        out["equal"], out["total"] = equal, len(out["queries"])
    return out
