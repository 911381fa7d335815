"""Store backends: rdflib's in-memory graph, or Oxigraph (pyoxigraph) in memory or on disk.

No backend wins everywhere (see BENCHMARKS.md): Oxigraph parses, writes and joins
10-30x faster; rdflib is quicker to start on a tiny graph.  The same named
queries run on both and give the same answers (a test checks it).

>>> store = open_store("oxigraph")                                   # doctest: +SKIP
>>> load(store, Path("out/wgec.ttl")); run(store, "ASK { ?s ?p ?o }")  # doctest: +SKIP
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from rdflib import Graph
from rdflib.term import Node

from wgec.errors import InputError, QueryError, RDFSyntaxError
from wgec.graph.rdf_files import read_triples, to_rdflib
from wgec.queries.results import QueryResult
from wgec.queries.sandbox import check_local

STORES = ("memory", "oxigraph")


def open_store(kind: str = "memory", path: Path | None = None, *, read_only: bool = False) -> Any:
    """An empty (or, with ``path``, an existing on-disk) store of ``kind``."""
    if kind == "memory":
        if path is not None:
            raise InputError("the memory store cannot live on disk; use --store oxigraph with --store-path")
        return Graph()
    if kind == "oxigraph":
        import pyoxigraph

        if path is None:
            return pyoxigraph.Store()
        try:
            if read_only:
                if not path.exists():
                    raise InputError(f"{path}: no Oxigraph store there (build one with `wgec build "
                                     f"--store-path {path}`)")
                return pyoxigraph.Store.read_only(str(path))
            return pyoxigraph.Store(str(path))
        except OSError as exc:
            raise InputError(f"{path}: cannot open Oxigraph store ({exc})") from None
    raise InputError(f"unknown store {kind!r} (one of {', '.join(STORES)})")


def load(store: Any, source: Path | bytes, fmt: str = "turtle") -> None:
    """Load a Turtle/N-Triples file (or bytes) into the store; syntax errors name the file."""
    where = str(source) if isinstance(source, Path) else "<data>"
    if isinstance(store, Graph):  # read by Oxigraph's parser, held by rdflib (graph/rdf_files.py)
        try:
            store.addN((s, p, o, store) for s, p, o in read_triples(source, fmt))
        except SyntaxError as exc:
            raise RDFSyntaxError(f"{where}: not valid {fmt}: {exc}") from None
        except OSError as exc:
            raise InputError(f"{where}: cannot read ({exc})") from None
        return
    import pyoxigraph

    rdf_format = pyoxigraph.RdfFormat.TURTLE if fmt == "turtle" else pyoxigraph.RdfFormat.N_TRIPLES
    try:
        if isinstance(source, Path):
            store.bulk_load(path=str(source), format=rdf_format)
        else:
            store.bulk_load(source, rdf_format)
    except (SyntaxError, ValueError) as exc:
        raise RDFSyntaxError(f"{where}: not valid {fmt}: {exc}") from None
    except OSError as exc:
        raise InputError(f"{where}: cannot read ({exc})") from None


def _term(term: Any) -> Node | None:
    """An rdflib term for a pyoxigraph term, or None for an unbound variable."""
    return None if term is None else _node(term)


def _node(term: Any) -> Node:
    return to_rdflib(term)


def run(store: Any, text: str, where: str = "query") -> QueryResult:
    """Evaluate a query on a store of either kind."""
    if isinstance(store, Graph):
        from wgec.queries.run import run_local

        return run_local(store, text, where)
    check_local(text)
    import pyoxigraph

    try:
        answer = store.query(text)
    except SyntaxError as exc:
        raise QueryError(f"{where}: SPARQL syntax error: {exc}") from None
    except (ValueError, OSError) as exc:
        raise QueryError(f"{where}: query failed: {exc}") from None
    if isinstance(answer, pyoxigraph.QueryBoolean):
        return QueryResult("ask", boolean=bool(answer))
    if isinstance(answer, pyoxigraph.QueryTriples):
        g = Graph()
        for t in answer:
            g.add((_node(t.subject), _node(t.predicate), _node(t.object)))
        return QueryResult("graph", graph=g)
    variables = [v.value for v in answer.variables]
    rows = [tuple(_term(solution[v]) for v in variables) for solution in answer]
    return QueryResult("select", variables, rows)
