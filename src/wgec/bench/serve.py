"""Benchmark ``wgec serve`` against ``oxigraph serve-read-only`` on the same graph, in one run.

For each graph (the bundled corpus, and a synthetic corpus at a given scale) both
servers start on 127.0.0.1; clients (threads in a few client processes) send the
named queries ``meetings``, ``agencies-per-issue-level``, ``documents`` and
``most-cited-paragraphs`` in turn, GET and POST alternately, one connection per
request (as SPARQLWrapper does), for a fixed time.  Only correct answers count (HTTP
200 with the row count Oxigraph gave); the figures are answers per second, p50 and p95
latency at 1, 16 and 64 clients, and the wgec / Oxigraph ratio.  The section it writes
in BENCHMARKS.md sits between two markers, so the rest of that file is left alone::

    python -m wgec.bench.serve [--scale 1000] [--seconds 10] [--output BENCHMARKS.md]
"""
from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing as mp
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from wgec.bench.process import free_port, process
from wgec.bench.report import SERVE_END as END  # one pair of markers for both writers
from wgec.bench.report import SERVE_START as START

QUERIES = ("meetings", "agencies-per-issue-level", "documents", "most-cited-paragraphs")
CLIENTS = (1, 16, 64)


def _request(url: str, text: str, use_get: bool) -> tuple[int, bytes]:
    u = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(u.hostname or "127.0.0.1", u.port, timeout=60)
    try:
        headers = {"Accept": "application/sparql-results+json"}
        if use_get:
            conn.request("GET", f"{u.path}?{urllib.parse.urlencode({'query': text})}", headers=headers)
        else:
            conn.request("POST", u.path, body=urllib.parse.urlencode({"query": text}),
                         headers={**headers, "Content-Type": "application/x-www-form-urlencoded"})
        response = conn.getresponse()
        return response.status, response.read()
    except OSError as exc:
        return 0, str(exc).encode()
    finally:
        conn.close()


def _rows(body: bytes) -> int:
    try:
        return len(json.loads(body)["results"]["bindings"])
    except (ValueError, KeyError, TypeError):
        return -1


def _client_process(url: str, queries: list[tuple[str, int]], threads: int, first: int, stop_at: float,
                    out: Any) -> None:
    """``threads`` clients until ``stop_at``; puts (latencies of correct answers, errors) on ``out``."""
    import threading

    latencies: list[float] = []
    errors = [0, 0]  # wrong or failed answers, 503 (busy: load shed)
    lock = threading.Lock()

    def client(k: int) -> None:
        i = k
        while time.time() < stop_at:
            text, rows = queries[i % len(queries)]
            t = time.perf_counter()
            status, body = _request(url, text, bool(i % 2))
            dt = time.perf_counter() - t
            with lock:
                if status == 200 and _rows(body) == rows:
                    latencies.append(dt)
                else:
                    errors[status == 503] += 1
            i += 1

    workers = [threading.Thread(target=client, args=(first + k,)) for k in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    out.put((latencies, errors))


def load(url: str, queries: list[tuple[str, int]], clients: int, seconds: float) -> dict[str, float]:
    """Requests per second (correct answers), p50 and p95 (ms), errors, for ``clients`` at once."""
    procs = min(clients, max(1, os.cpu_count() or 1) * 2)
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    stop_at = time.time() + seconds + 1.0  # a second to start the client processes
    share = [clients // procs + (1 if i < clients % procs else 0) for i in range(procs)]
    workers = [ctx.Process(target=_client_process, args=(url, queries, n, sum(share[:i]), stop_at, out))
               for i, n in enumerate(share)]
    for w in workers:
        w.start()
    results = [out.get(timeout=seconds + 180) for _ in workers]
    for w in workers:
        w.join(30)
    latencies = sorted(t for lat, _ in results for t in lat)
    def pick(q: float) -> float:
        return round(latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000, 1) if latencies else 0.0

    return {"rps": round(len(latencies) / seconds, 1), "p50_ms": pick(0.5), "p95_ms": pick(0.95),
            "errors": sum(e[0] for _, e in results), "busy": sum(e[1] for _, e in results)}


def expected(url: str) -> list[tuple[str, int]]:
    """The query texts and their row counts (from one sequential run)."""
    from wgec.queries.library import get_query

    out = []
    for name in QUERIES:
        text = get_query(name).text
        status, body = _request(url, text, False)
        if status != 200 or _rows(body) <= 0:
            raise RuntimeError(f"{name}: {status} {body[:200]!r}")
        out.append((text, _rows(body)))
    return out


def _oxigraph() -> str:
    exe = Path(sys.executable).parent / "oxigraph"
    found = str(exe) if exe.exists() else shutil.which("oxigraph")
    if not found:
        raise RuntimeError("the oxigraph server is not installed (pip install oxigraph)")
    return found


@contextmanager
def oxigraph_server(ttl: Path, work: Path) -> Iterator[str]:
    location = work / "oxigraph-store"
    subprocess.run([_oxigraph(), "load", "--location", str(location), "--file", str(ttl)], check=True,
                   capture_output=True)
    port = free_port()
    with process([_oxigraph(), "serve-read-only", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                 f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=120):
        yield f"http://127.0.0.1:{port}/query"


@contextmanager
def wgec_server(args: list[str]) -> Iterator[str]:
    port = free_port()
    with process([sys.executable, "-m", "wgec.cli", "serve", "--port", str(port), *args],
                 f"http://127.0.0.1:{port}/sparql", timeout=600):
        yield f"http://127.0.0.1:{port}/sparql"


def compare(ttl: Path, work: Path, seconds: float, log: Callable[[str], None]) -> dict[str, Any]:
    """Both servers on one graph, at each client count."""
    result: dict[str, Any] = {}
    with oxigraph_server(ttl, work) as ox_url:
        queries = expected(ox_url)
        status, body = _request(ox_url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", False)
        result["triples"] = int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
        result["oxigraph"] = {}
        for n in CLIENTS:
            result["oxigraph"][n] = {**load(ox_url, queries, n, seconds), "load": round(os.getloadavg()[0], 1)}
            log(f"  oxigraph serve-read-only, {n} clients: {result['oxigraph'][n]}")
    with wgec_server(["--data", str(ttl)]) as url:
        result["wgec"] = {}
        for n in CLIENTS:
            result["wgec"][n] = {**load(url, queries, n, seconds), "load": round(os.getloadavg()[0], 1)}
            log(f"  wgec serve, {n} clients: {result['wgec'][n]}")
    return result


def graphs(scale: int | None, work: Path, log: Callable[[str], None]) -> dict[str, Path]:
    """The bundled graph, and the synthetic one at ``scale`` (built here)."""
    from wgec.bench.synth import generate
    from wgec.graph.build import build, write_outputs

    out = {}
    log("building the bundled corpus")
    write_outputs(build(), work / "bundled")
    out["bundled corpus"] = work / "bundled" / "wgec.ttl"
    if scale:
        log(f"building the synthetic corpus at scale {scale}")
        corpus = work / f"synth-{scale}"
        generate(corpus, scale)
        write_outputs(build([corpus]), work / f"out-{scale}", strict=False)
        out[f"synthetic corpus, scale {scale}"] = work / f"out-{scale}" / "wgec.ttl"
    return out


def section(results: dict[str, dict[str, Any]], seconds: float) -> str:
    lines = [START, "## wgec serve against oxigraph serve-read-only (correct answers per second)", "",
             f"`python -m wgec.bench.serve` on this machine ({os.cpu_count()} cores): the four named queries "
             f"{', '.join(QUERIES)} in turn, GET and POST alternately, a new connection per request, {seconds:g} s "
             "per row; an answer counts only with HTTP 200 and the right row count. wgec: `wgec serve --data "
             "wgec.ttl` (worker processes: the cores plus two, each holding the graph in memory); Oxigraph: "
             "the same Turtle loaded with `oxigraph load`, served by `oxigraph serve-read-only` (on disk). "
             "Clients run on the same cores.", "",
             "| graph | clients | wgec req/s | wgec p50 / p95 (ms) | Oxigraph req/s | Oxigraph p50 / p95 (ms) "
             "| wgec / Oxigraph | load average (wgec / Oxigraph run) |", "|---|---|---|---|---|---|---|---|"]
    for name, r in results.items():
        for n in CLIENTS:
            w, o = r["wgec"][n], r["oxigraph"][n]
            ratio = f"{w['rps'] / o['rps']:.2f}x" if o["rps"] else "n/a"
            errs = "".join(f" ({w[k]} {label})" for k, label in (("errors", "wrong"), ("busy", "503 busy"))
                           if w.get(k))
            lines.append(f"| {name} ({r['triples']:,} triples) | {n} | {w['rps']}{errs} | {w['p50_ms']} / "
                         f"{w['p95_ms']} | {o['rps']} | {o['p50_ms']} / {o['p95_ms']} | {ratio} | "
                         f"{w.get('load', '?')} / {o.get('load', '?')} |")
    lines += ["", "Target: at 16 clients, wgec at least 0.5x Oxigraph's requests per second. \"503 busy\": wgec "
              "sheds load (a request waits at most 3 s for a worker, then gets 503 with Retry-After) where "
              "Oxigraph queues without a bound (see its p95). The load average "
              "(other work on the machine) is the 1-minute one at the end of each row's run: on 2 cores, "
              "anything above 2 means the servers shared the cores with other jobs, which costs a server of "
              "several processes (front, workers) more than one of many threads.", END]
    return "\n".join(lines) + "\n"


def write_section(text: str, output: Path) -> None:
    """Replace the marked section of ``output`` (append it when absent)."""
    from wgec.files import write_atomic

    old = output.read_text(encoding="utf-8") if output.exists() else ""
    if START in old and END in old:
        new = old[: old.index(START)] + text.rstrip("\n") + old[old.index(END) + len(END):]
    else:
        new = old.rstrip("\n") + ("\n\n" if old else "") + text
    write_atomic(output, new.encode("utf-8"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1000, help="synthetic corpus scale (0: bundled graph only)")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--output", type=Path, default=Path("BENCHMARKS.md"))
    parser.add_argument("--graph", type=Path, action="append", default=[],
                        help="also (or, with --scale 0, only) this Turtle file, already built")
    args = parser.parse_args(argv)
    log = lambda m: print(m, file=sys.stderr, flush=True)  # noqa: E731
    with tempfile.TemporaryDirectory(prefix="wgec-bench-serve-") as tmp:
        results = {}
        given = {f"{ttl.name} ({ttl.parent.name})": ttl for ttl in args.graph}
        for name, ttl in {**graphs(args.scale, Path(tmp), log), **given}.items():
            log(f"{name}:")
            work = Path(tmp) / name.replace(" ", "-").replace(",", "")
            work.mkdir()
            results[name] = compare(ttl, work, args.seconds, log)
    write_section(section(results, args.seconds), args.output)
    log(f"wrote {args.output}")


if __name__ == "__main__":
    main()
