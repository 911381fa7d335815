"""Commands of the queries room: queries, query, push, serve."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from wgec.cli.app import data_path, load_data, main, parse_params
from wgec.ontology.vocab import PUSH_GRAPH

if TYPE_CHECKING:  # imported when used, so that --help stays fast
    from collections.abc import Callable





@main.command("queries")
def list_queries() -> None:
    """List the named analyst questions and their parameters."""
    from wgec.queries.library import named_queries

    for name, q in named_queries().items():
        click.echo(f"{name}  [{q.form}]")
        click.echo(f"    {q.question}")
        for p in q.parameters:
            click.echo(f"    --param {p.name}=<{p.kind}>  {'required' if p.required else 'optional'}"
                       f"{'  ' + p.help if p.help else ''}")


@main.command("query")
@click.argument("name", required=False)
@click.option("--file", "file_", type=click.Path(path_type=Path), help="Run the SPARQL in this file.")
@click.option("--param", "-p", "params", multiple=True, help="NAME=VALUE (repeatable); IRIs may be id:... CURIEs.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True)
@click.option("--data", type=click.Path(path_type=Path), help="Turtle file to query (default: out/wgec.ttl).")
@click.option("--endpoint", help="Run on this SPARQL 1.1 endpoint instead of the local graph.")
@click.option("--timeout", type=float, default=30.0, show_default=True, help="Endpoint time limit (seconds).")
@click.option("--user", help="HTTP user for the endpoint.")
@click.option("--password", envvar="WGEC_ENDPOINT_PASSWORD", help="HTTP password (or WGEC_ENDPOINT_PASSWORD).")
@click.option("--store", type=click.Choice(["memory", "oxigraph"]), default="memory", show_default=True,
              help="Local backend: rdflib in memory, or Oxigraph.")
@click.option("--store-path", type=click.Path(path_type=Path),
              help="Query an on-disk Oxigraph store (from wgec build --store-path).")
@click.option("--default-graph", help="default-graph-uri to send to the endpoint (Virtuoso: the graph you pushed).")
def query(name: str | None, file_: Path | None, params: tuple[str, ...], fmt: str, data: Path | None,
          endpoint: str | None, timeout: float, user: str | None, password: str | None, store: str,
          store_path: Path | None, default_graph: str | None) -> None:
    """Run a named query (NAME), a query file (--file Q.rq) or a query on standard input (NAME = -).

    ASK prints yes or no and exits 0 or 1; CONSTRUCT and DESCRIBE print Turtle.
    """
    from wgec.errors import QueryError
    from wgec.queries.library import check_params, get_query, prepare, read_query_file, resolve_names
    from wgec.queries.results import QueryResult, render
    from wgec.queries.run import Endpoint, run_local, run_remote

    if file_ is not None and name is not None:
        raise QueryError("give a query NAME or --file, not both")
    if file_ is None and name is None:
        raise QueryError("give a query NAME, --file Q.rq, or - to read the query from standard input")
    named = get_query(name) if file_ is None and name is not None and name != "-" else None
    if named is not None:
        check_params(named, parse_params(params))  # before loading any data
    run_text: Callable[[str, str], QueryResult]
    if endpoint:
        remote = Endpoint(endpoint, user, password, timeout, default_graph=default_graph)
        run_text = lambda text, source: run_remote(remote, text, source)  # noqa: E731
    elif store_path is not None or store == "oxigraph":
        from wgec.queries.store import load, open_store, run

        if store_path is not None:
            backend = open_store("oxigraph", store_path, read_only=True)
        else:
            backend = open_store("oxigraph")
            load(backend, data_path(data))
        run_text = lambda text, source: run(backend, text, source)  # noqa: E731
    else:
        graph = load_data(data)
        run_text = lambda text, source: run_local(graph, text, source)  # noqa: E731
    if named is None:
        source = str(file_) if file_ is not None else "<stdin>"
        text = prepare(read_query_file(file_ if file_ is not None else "-"), parse_params(params))
    else:
        source = named.name
        values, notes = resolve_names(named, parse_params(params), lambda t: run_text(t, f"{source}: names"))
        for note in notes:
            click.echo(f"wgec: {note}", err=True)
        text = prepare(named, values)
    result = run_text(text, source)
    click.echo(render(result, fmt).rstrip("\n"))
    if result.kind == "ask" and not result.boolean:
        sys.exit(1)


@main.command()
@click.option("--endpoint", required=True, help="Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store")
@click.option("--graph", "graph_iri", default=PUSH_GRAPH, show_default=True,
              help="Named graph to write (the store's other graphs are left as they are).")
@click.option("--default-graph", "to_default", is_flag=True, help="Write the store's default graph instead.")
@click.option("--replace", is_flag=True, help="Replace the target graph when it already holds triples "
              "(without it, push refuses and changes nothing).")
@click.option("--data", type=click.Path(path_type=Path), help="Turtle file to push (default: out/wgec.ttl; "
              "push never falls back to another graph).")
@click.option("--bundled-example", is_flag=True, help="Push a fresh build of the bundled example corpus instead.")
@click.option("--user", help="HTTP user for the store.")
@click.option("--password", envvar="WGEC_ENDPOINT_PASSWORD", help="HTTP password (or WGEC_ENDPOINT_PASSWORD).")
@click.option("--timeout", type=float, default=120.0, show_default=True)
@click.option("--auth", type=click.Choice(["basic", "digest"]), default="basic", show_default=True,
              help="HTTP authentication scheme (Virtuoso's crud-auth endpoint wants digest).")
def push(endpoint: str, graph_iri: str, to_default: bool, replace: bool, data: Path | None, bundled_example: bool,
         user: str | None, password: str | None, timeout: float, auth: str) -> None:
    """Load the graph (without the ontology) into a triple store via the SPARQL 1.1 Graph Store Protocol."""
    from wgec.graph.export import serialize
    from wgec.graph.rdf_files import load_graph
    from wgec.ontology import load_ontology
    from wgec.queries.run import push as run_push

    if bundled_example:
        from wgec.graph.build import build as run_build

        graph = run_build(run_validation=False).graph - load_ontology()
    else:
        graph = load_graph(data_path(data)) - load_ontology()
    payload = serialize(graph, "ntriples")
    target_iri = None if to_default else graph_iri
    status = run_push(payload, endpoint, target_iri, user=user, password=password, timeout=timeout, auth=auth,
                      replace=replace)
    target = f"graph {target_iri}" if target_iri else "default graph"
    triples = payload.count(b"\n")
    click.echo(f"pushed {triples} triples to {endpoint} ({target}): HTTP {status}")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--data", multiple=True, type=click.Path(path_type=Path),
              help="RDF file to serve (repeatable; TriG/N-Quads keep their named graphs). "
                   "Default: out/wgec.trig, else out/wgec.ttl.")
@click.option("--store-path", type=click.Path(path_type=Path), help="Serve an on-disk Oxigraph store instead.")
@click.option("--views", type=click.Path(path_type=Path), help="Folder of built views for /views/ (default: "
              "the views folder beside the data).")
@click.option("--timeout", default=10.0, show_default=True, type=float,
              help="Seconds per query, parsing included (503 past it).")
@click.option("--max-rows", default=10_000, show_default=True, type=int, help="Rows or triples per answer (0: all).")
@click.option("--max-body", default=1_000_000, show_default=True, type=int, help="Bytes per request body.")
@click.option("--workers", default=0, show_default=True, type=int,
              help="Query processes, one query each (0: the cores plus two, at most twice the cores).")
@click.option("--max-queued", default=128, show_default=True, type=int,
              help="Requests that may wait for a worker (503 past it).")
@click.option("--queue-timeout", default=3.0, show_default=True, type=float,
              help="Seconds a request may wait for a worker (503 past it).")
@click.option("--max-memory", default=1024, show_default=True, type=int,
              help="MB a worker may grow by during one query (503 past it).")
def serve(host: str, port: int, data: tuple[Path, ...], store_path: Path | None, views: Path | None,
          timeout: float, max_rows: int, max_body: int, workers: int, max_queued: int, queue_timeout: float,
          max_memory: int) -> None:
    """Serve a read-only SPARQL endpoint at /sparql, a query page at / and entity pages at /id/..."""
    from wgec.queries.serve.limits import Limits
    from wgec.queries.serve.server import ServeOptions
    from wgec.queries.serve.server import serve as run_server

    limits = Limits(timeout, max_rows, max_body, workers, max_queued, queue_timeout, max_memory)
    run_server(ServeOptions(host, port, data, store_path, views, limits))
