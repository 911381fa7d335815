"""`wgec bench`: time the pipeline on synthetic corpora at several scales and write BENCHMARKS.md.

Each (scale, backend) job runs in its own process (wgec.bench.worker), so peak
memory is measured per job.  Medians over repeats; the machine is noisy, so the
ratios between backends, measured in the same run, matter more than the seconds.
"""
from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from wgec.bench.synth import generate

TARGETS = {"build_bundled_s": 2.0, "query_cli_s": 1.0, "build_1000_s": 60.0, "query_1000_s": 0.5,
           "rss_1000_mb": 4096, "speedup_1000": 10.0, "view_5000_s": 1.0}


def _wall(cmd: list[str], cwd: Path | None = None, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
        times.append(time.perf_counter() - t)
        if r.returncode not in (0, 1):
            raise RuntimeError(f"{' '.join(cmd)} failed: {r.stderr[-300:]}")
    return round(statistics.median(times), 3)


def startup(repeat: int) -> dict:
    wgec = str(Path(sys.executable).parent / "wgec")
    with tempfile.TemporaryDirectory() as tmp:
        out = {"help_s": _wall([wgec, "--help"], repeat=repeat)}
        out["build_bundled_s"] = _wall([wgec, "build", "--out", "out", "--quiet"], Path(tmp),
                                       repeat=max(1, repeat // 2))
        out["query_cli_s"] = _wall([wgec, "query", "agencies-per-issue-level"], Path(tmp), repeat=repeat)
        subprocess.run([wgec, "build", "--out", "o2", "--quiet", "--no-views", "--store-path", "o2/store"], cwd=tmp,
                       check=True, capture_output=True)
        out["query_cli_oxigraph_s"] = _wall([wgec, "query", "agencies-per-issue-level", "--store-path", "o2/store"],
                                            Path(tmp), repeat=repeat)
    return out


def job(corpus: Path, backend: str, repeat: int, views: bool, exports: bool) -> dict:
    cmd = [sys.executable, "-m", "wgec.bench.worker", "--corpus", str(corpus), "--backend", backend,
           "--repeat", str(repeat)] + (["--views"] if views else []) + (["--exports"] if exports else [])
    t = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"benchmark job failed ({backend}): {r.stderr[-800:]}")
    data = json.loads(r.stdout)
    data["job_wall_s"] = round(time.perf_counter() - t, 1)
    return data


def view_at_5000(scale_corpus: Path) -> dict:
    """Render time of the actors view cut to 5,000 nodes, and of from_nx for comparison at 1,000."""
    from wgec.graph.build import build
    from wgec.viz import networks
    from wgec.viz.render import limit, to_html

    graph = build([scale_corpus], run_validation=False).graph
    net = networks.actors(graph)
    shown, _ = limit(net, 5000)
    times = []
    for _ in range(3):
        t = time.perf_counter()
        to_html(shown)
        times.append(time.perf_counter() - t)
    return {"nodes_in_view": net.number_of_nodes(), "nodes_drawn": shown.number_of_nodes(),
            "render_s": round(statistics.median(times), 3)}


def machine() -> dict:
    import importlib.metadata as md

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "unknown"
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    versions = {p: md.version(p) for p in ("rdflib", "pyoxigraph", "pyshacl", "pyvis", "networkx")}
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": mem, "python": platform.python_version(),
            "platform": platform.platform(), **versions}


def run(scales: list[int], repeat: int, output: Path, virtuoso_scale: int | None = None,
        log: Callable[[str], None] = print) -> dict:
    results: dict = {"machine": machine(), "scales": {}, "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    log("start-up and bundled corpus ...")
    results["startup"] = startup(repeat)
    with tempfile.TemporaryDirectory() as tmp:
        for scale in scales:
            corpus = Path(tmp) / f"s{scale}"
            generate(corpus, scale)
            entry = {}
            for backend in ("oxigraph", "memory"):
                log(f"scale {scale}: {backend} ...")
                entry[backend] = job(corpus, backend, 1 if (backend == "memory" and scale >= 1000) else repeat,
                                     views=(backend == "memory" and scale <= 100), exports=scale <= 100 or
                                     backend == "oxigraph")
            results["scales"][scale] = entry
            if scale == max(scales):
                log(f"scale {scale}: view at 5,000 nodes ...")
                results["view_5000"] = view_at_5000(corpus)
            if virtuoso_scale == scale:
                from wgec.bench.virtuoso import benchmark_virtuoso

                log(f"scale {scale}: Virtuoso ...")
                results["virtuoso"] = benchmark_virtuoso(corpus, repeat, results["scales"][scale])
    from wgec.bench.report import write_report

    write_report(results, output)
    (output.with_suffix(".json")).write_text(json.dumps(results, indent=1, sort_keys=True))
    return results
