"""One benchmark job in its own process, so that its peak memory is its own:
build a synthetic corpus with one backend, then time serialization, every named
query and (memory backend) the views.  Prints one JSON object.

    python -m wgec.bench.worker --corpus DIR --backend oxigraph --repeat 3
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import resource
import statistics
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rdflib import Graph, URIRef

    from wgec.graph.build import BuildResult

QUERY_CAP = 60.0  # seconds; a query still running then is reported as stopped


def _median(times: list[float]) -> float:
    return round(statistics.median(times), 4)


def _timed_query(conn: Connection, store: Any, text: str, repeat: int) -> None:
    from wgec.queries.store import run

    times: list[float] = []
    rows = None
    for _ in range(repeat):
        t = time.perf_counter()
        result = run(store, text)
        times.append(time.perf_counter() - t)
        rows = len(result.rows) if result.kind == "select" else (len(result.graph) if result.graph else 1)
    conn.send((times, rows))
    conn.close()


def time_query(store: Any, text: str, repeat: int, cap: float = QUERY_CAP) -> dict[str, Any]:
    """Median seconds over ``repeat`` runs, in a forked child stopped at ``cap`` seconds."""
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_timed_query, args=(child, store, text, repeat))
    proc.start()
    child.close()
    if not parent.poll(cap * repeat):
        proc.kill()
        proc.join()
        return {"median_s": None, "stopped_after_s": cap * repeat}
    times, rows = parent.recv()
    proc.join()
    return {"median_s": _median(times), "rows": rows}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--backend", choices=["memory", "oxigraph"], required=True)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--views", action="store_true")
    ap.add_argument("--exports", action="store_true")
    args = ap.parse_args(argv)

    from wgec.graph.build import build, write_outputs
    from wgec.queries.library import named_queries, prepare
    from wgec.queries.store import open_store, write_store

    out: dict[str, Any] = {"backend": args.backend}
    t = time.perf_counter()
    result = build([args.corpus])
    out["build_stages_s"] = dict(result.timings)
    out["triples"] = len(result.triples)
    out["proposals"] = result.counts["Proposal"]
    out["conforms"] = result.report.conforms if result.report else None
    with tempfile.TemporaryDirectory() as tmp:
        store_path = Path(tmp) / "store" if args.backend == "oxigraph" else None
        t_out = time.perf_counter()
        write_outputs(result, Path(tmp))
        if store_path is not None:
            write_store(result.ntriples, store_path)
        out["build_stages_s"]["write"] = round(time.perf_counter() - t_out, 3)
        out["build_total_s"] = round(time.perf_counter() - t, 3)
        if args.backend == "oxigraph":
            store = open_store("oxigraph", store_path, read_only=True)
        else:
            store = result.graph
        params = _params(result)
        out["queries"] = {}
        for name, q in named_queries().items():
            text = prepare(q, {p.name: params[p.name] for p in q.parameters if p.required})
            out["queries"][name] = time_query(store, text, args.repeat)
        if args.exports:
            out["exports_s"] = _exports(result, args.backend, args.repeat)
        if args.views:
            out["views_s"] = _views(result.graph, args.repeat)
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    json.dump(out, sys.stdout)


def _params(result: BuildResult) -> dict[str, str]:
    """Parameter values that exist in this graph (the first actor, provision, proposal...)."""
    from rdflib.namespace import RDF

    from wgec.ontology.vocab import WGEC

    g = result.triples

    def first(cls: URIRef) -> str:
        return sorted(str(s) for s, o in g.subject_objects(RDF.type) if o == cls)[0]

    actor = sorted(str(o) for _, o in g.subject_objects(WGEC.submittedBy))[0]
    return {"actor": actor, "from": "2013-11-01", "to": "2013-11-30", "issue": first(WGEC.Category)
            if any(o == WGEC.Category for _, o in g.subject_objects(RDF.type)) else first(WGEC.IssueLevel),
            "provision": first(WGEC.Provision), "entity": "https://w3id.org/wgec/id/forum/igf",
            "text": "capacity building", "proposal": first(WGEC.Proposal)}


def _exports(result: BuildResult, backend: str, repeat: int) -> dict[str, float]:
    from wgec.graph.export import serialize, turtle_via_oxigraph

    times: dict[str, float] = {}
    if backend == "oxigraph":
        import pyoxigraph

        from wgec.graph.export import ntriples_sorted
        from wgec.ontology import ontology_triples

        for fmt, rdf in (("turtle", None), ("ntriples", pyoxigraph.RdfFormat.N_TRIPLES),
                         ("jsonld", pyoxigraph.RdfFormat.JSON_LD), ("trig", pyoxigraph.RdfFormat.TRIG)):
            runs = []
            for _ in range(repeat):
                t = time.perf_counter()
                if rdf is None:
                    turtle_via_oxigraph(result.triples)
                else:
                    data = ntriples_sorted(list(result.triples) + list(ontology_triples()))
                    pyoxigraph.serialize(pyoxigraph.parse(data, pyoxigraph.RdfFormat.N_TRIPLES), format=rdf)
                runs.append(time.perf_counter() - t)
            times[fmt] = _median(runs)
        return times
    for fmt in ("turtle", "ntriples", "jsonld", "trig"):
        runs = []
        for _ in range(repeat):
            t = time.perf_counter()
            serialize(result.graph, fmt)
            runs.append(time.perf_counter() - t)
        times[fmt] = _median(runs)
    return times


def _views(graph: Graph, repeat: int) -> dict[str, Any]:
    from wgec.viz.render import to_html
    from wgec.viz.views import VIEWS

    times: dict[str, Any] = {}
    for name, (_, make) in VIEWS.items():
        if name in ("neighbourhood", "sparql"):
            continue
        runs, nodes = [], 0
        for _ in range(repeat):
            t = time.perf_counter()
            net = make(graph)
            to_html(net)
            runs.append(time.perf_counter() - t)
            nodes = net.number_of_nodes()
        times[name] = {"median_s": _median(runs), "nodes": nodes}
    return times


if __name__ == "__main__":
    main()
