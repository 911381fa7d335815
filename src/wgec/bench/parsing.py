"""How fast one large document is parsed, and built, against its size (issue 10, point 6).

Each size is measured in a fresh process (so its peak memory is its own): a compilation of
real-shaped contributions (:mod:`wgec.bench.bigdoc`) is read and parsed (layout: items,
quotes, amendments, questions), and, up to ``build_up_to`` MB, built without validation
(linking and emitting triples as well).  Wall time on a shared machine depends on what else
runs, so the CPU time of the process and the load average are recorded beside it.
"""
from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path
from typing import Any

from wgec.bench.bigdoc import write_big_document
from wgec.files import write_atomic

START = "<!-- bench-parse:start -->"
END = "<!-- bench-parse:end -->"
NOTES = Path(__file__).with_name("parse-results.md")


def measure_one(path: Path, build: bool) -> dict[str, Any]:
    """Parse (and, with ``build``, build) one document in this process."""
    from wgec.graph.build import build as run_build
    from wgec.graph.build import write_outputs
    from wgec.graph.ingest.source import read_source
    from wgec.graph.layout.document import parse_document

    size = path.stat().st_size
    load = os.getloadavg()[0]
    wall, cpu = time.perf_counter(), time.process_time()
    doc = parse_document(read_source(path))
    out: dict[str, Any] = {"mb": round(size / 1e6, 1), "load": round(load, 1), "items": len(doc.all_items()),
                           "parse_wall_s": round(time.perf_counter() - wall, 2),
                           "parse_cpu_s": round(time.process_time() - cpu, 2)}
    del doc
    if build:
        wall, cpu = time.perf_counter(), time.process_time()
        result = run_build([path])
        with tempfile.TemporaryDirectory() as out_dir:
            t = time.perf_counter()
            write_outputs(result, Path(out_dir), strict=False)
            outputs = time.perf_counter() - t
        out |= {"build_wall_s": round(time.perf_counter() - wall, 2),
                "build_cpu_s": round(time.process_time() - cpu, 2), "triples": len(result.triples),
                "link_s": result.timings["link"], "validate_s": result.timings.get("validate"),
                "outputs_s": round(outputs, 2), "engine": result.report.engine if result.report else "—"}
    out["peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return out


def run(sizes_mb: list[float], build_up_to: float = 4.0, work: Path | None = None) -> list[dict[str, Any]]:
    """Measure each size in its own process; the documents are written to ``work`` (a temporary
    folder by default) and removed afterwards."""
    results = []
    with tempfile.TemporaryDirectory(dir=work) as tmp:
        for mb in sizes_mb:
            path = write_big_document(Path(tmp) / f"compilation-{mb:g}mb.txt", int(mb * 1e6))
            args = [sys.executable, "-m", "wgec.bench.parsing", "--one", str(path)]
            if mb <= build_up_to:
                args.append("--build")
            done = subprocess.run(args, check=True, capture_output=True, text=True)
            results.append(json.loads(done.stdout.strip().splitlines()[-1]))
            path.unlink()
    return results


def _rate(mb: float, seconds: float | None) -> str:
    return f"{mb / seconds:.2f}" if seconds else "—"


def section(results: list[dict[str, Any]]) -> str:
    """The BENCHMARKS.md section of a run."""
    lines = [START, "## Parsing one large document (issue 10, point 6)", "",
             f"Measured {time.strftime('%Y-%m-%d')} on {platform.machine()} ({os.cpu_count()} cores), Python "
             f"{platform.python_version()}: a compilation of real-shaped contributions (numbered, lettered, roman "
             "and bulleted items, nested lists, prose, questionnaire answers, struck, inserted and moved wording, a "
             "quoted Tunis Agenda list, tables; `wgec.bench.bigdoc`), one size per fresh process. *Parse* is "
             "reading the file and the layout (items, quotes, amendments, questions); *build* is the whole "
             "`wgec build` of the graph: parsing again, then linking and emitting the triples (*link*), SHACL "
             "validation (*validate*, with the engine named) and writing wgec.ttl, wgec.trig, the summary and "
             "the ontology page (*outputs*); views and the query store are not in it. CPU is the process's own "
             "time; the wall time also holds what the "
             "other processes of this shared 2-core machine took (load average in the table). Target: 1 MB/s, "
             "4 MB under 4 s, 50 MB under 60 s in under 1 GB.", "",
             "| size (MB) | load | items | parse wall (s) | parse CPU (s) | MB/s (wall / CPU) | build wall (s) | "
             "build CPU (s) | link (s) | validate (s) | outputs (s) | triples | peak memory (MB) |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        triples = f"{r['triples']:,}" if "triples" in r else "—"
        validate = f"{r['validate_s']} ({r['engine']})" if r.get("validate_s") is not None else "—"
        lines.append(f"| {r['mb']} | {r['load']} | {r['items']:,} | {r['parse_wall_s']} | {r['parse_cpu_s']} | "
                     f"{_rate(r['mb'], r['parse_wall_s'])} / {_rate(r['mb'], r['parse_cpu_s'])} | "
                     f"{r.get('build_wall_s', '—')} | {r.get('build_cpu_s', '—')} | {r.get('link_s', '—')} | "
                     f"{validate} | {r.get('outputs_s', '—')} | {triples} | {r['peak_mb']} |")
    profile = (resources.files("wgec.bench") / "parse-profile.md").read_text(encoding="utf-8").strip()
    lines += ["", profile, "", "Reproduce: `.venv/bin/python scripts/bench_parse.py` (sizes with `--sizes 1,4,50`).",
              END]
    return "\n".join(lines)


def write_section(text: str, benchmarks: Path, notes: Path = NOTES) -> None:
    """Keep the section in ``notes`` (which :mod:`wgec.bench.report` includes, so a full re-run keeps
    it) and replace it in ``benchmarks`` in place."""
    write_atomic(notes, (text + "\n").encode("utf-8"))
    old = benchmarks.read_text(encoding="utf-8") if benchmarks.exists() else ""
    if START in old and END in old:
        new = old[: old.index(START)] + text + old[old.index(END) + len(END):]
    else:
        new = old.rstrip("\n") + "\n\n" + text + "\n"
    write_atomic(benchmarks, new.encode("utf-8"))


if __name__ == "__main__":  # one measurement, in its own process: python -m wgec.bench.parsing --one FILE
    print(json.dumps(measure_one(Path(sys.argv[sys.argv.index("--one") + 1]), "--build" in sys.argv)))
