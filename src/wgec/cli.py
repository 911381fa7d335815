"""The ``wgec`` command line: a thin layer over the library.

Exit codes: 0 success; 1 unexpected wgec error; 2 bad input (missing or
malformed file, bad argument); 3 the graph violates the SHACL shapes (for
``wgec validate``: does not conform); 4 a SPARQL endpoint is unreachable or failed;
5 the system refused: a port in use, a file where a folder belongs, a read-only or full
disk, a store another build is writing.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from wgec.errors import WgecError

if TYPE_CHECKING:  # imported when used, so that --help stays fast
    from collections.abc import Callable

    from rich.table import Table

    from wgec.graph.report import DocumentRow


def _fail(exc: WgecError) -> None:
    click.echo(f"wgec: error: {exc}", err=True)
    sys.exit(exc.exit_code)


def _fail_os(exc: OSError) -> None:
    """An error of the system (a write refused, a disk full): one line naming the file, exit 5."""
    import errno

    name = str(exc.filename or "")
    if name.endswith(".tmp"):  # a temporary file of an atomic write: name the folder it was in
        name = str(Path(name).parent)
    reasons = {errno.ENOSPC: "no space left on the disk", errno.EDQUOT: "disk quota exceeded",
               errno.EROFS: "read-only file system", errno.EACCES: "permission denied (read-only?)",
               errno.EPERM: "not permitted (read-only or immutable?)"}
    reason = reasons.get(exc.errno or 0, (exc.strerror or str(exc)).lower())
    if exc.errno in (errno.EEXIST, errno.ENOTDIR) and name and not Path(name).is_dir():
        reason = "a file is in the way where a folder is needed"
    click.echo(f"wgec: error: {name}{': ' if name else ''}{reason}", err=True)
    sys.exit(5)


class _Group(click.Group):
    def invoke(self, ctx: click.Context):  # noqa: ANN201
        try:
            return super().invoke(ctx)
        except WgecError as exc:
            _fail(exc)
        except OSError as exc:
            _fail_os(exc)
        except KeyboardInterrupt:
            click.echo("wgec: interrupted", err=True)
            sys.exit(130)


@click.group(cls=_Group)
@click.version_option(package_name="wgec")
def main() -> None:
    """wgec: the knowledge graph of the UN CSTD Working Group on Enhanced Cooperation debate."""


@main.command()
@click.option("--corpus", "corpus", multiple=True, type=click.Path(path_type=Path),
              help="A folder of documents, or one document (repeatable). Default: the bundled corpus.")
@click.option("--out", "out", type=click.Path(path_type=Path), default=Path("out"), show_default=True,
              help="Output folder for wgec.ttl, the validation report and the build summary.")
@click.option("--gazetteer", type=click.Path(path_type=Path), help="Gazetteer CSV instead of the bundled one.")
@click.option("--annotations", type=click.Path(path_type=Path), help="Annotation CSV instead of the bundled one.")
@click.option("--quiet", is_flag=True, help="No progress, no summary.")
@click.option("--store-path", type=click.Path(path_type=Path),
              help="Also load the graph into an on-disk Oxigraph store in this folder.")
@click.option("--no-views", is_flag=True, help="Do not write the network views.")
@click.option("--store", type=click.Choice(["memory", "oxigraph"]), hidden=True,
              help="Accepted for older scripts: the on-disk store (--store-path) is always Oxigraph.")
@click.option("--strict", is_flag=True,
              help="Fail (exit 2, nothing written) if any corpus file is left out (unreadable, empty, unknown format).")
def build(corpus: tuple[Path, ...], out: Path, gazetteer: Path | None, annotations: Path | None,
          quiet: bool, store_path: Path | None, no_views: bool, strict: bool = False,
          store: str | None = None) -> None:
    """Build the graph from the corpus, validate it with SHACL and write it to OUT/wgec.ttl."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn
    from rich.table import Table

    from wgec.graph.build import build as run_build
    from wgec.graph.build import write_outputs

    console = Console(stderr=True, quiet=quiet)
    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                  console=console, transient=True) as bar:
        tasks: dict[str, int] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        result = run_build(list(corpus) or None, gazetteer=gazetteer, annotations=annotations, progress=progress,
                           strict=strict)
    for problem in result.problems:  # one line per file left out, even when quiet
        click.echo(f"{problem.action}: {problem}", err=True)
    if not quiet:
        for warning in result.warnings:  # one line each, never wrapped: grep-able
            click.echo(f"warning: {warning}", err=True)
    files = write_outputs(result, out)
    if store_path is not None:
        from wgec.queries.store import write_store

        files.append(write_store(result.ntriples, store_path))
    if not no_views:
        from wgec.viz.views import write_views


        files += write_views(result.graph, out, ["wgec.ttl", "wgec.trig", "ontology/index.html",
                                                 "validation-report.txt", "build-summary.json"])
    if quiet:
        return
    sizes = result.triple_counts()
    table = Table(title=f"wgec.ttl: {sizes['total']:,} triples ({sizes['data']:,} data, "
                        f"{sizes['ontology']:,} ontology)", show_edge=False)
    table.add_column("class")
    table.add_column("instances", justify="right")
    for cls, n in result.counts.items():
        table.add_row(cls, str(n))
    out_console = Console()
    out_console.print(_documents_table(result.document_rows()))
    out_console.print(table)
    report = result.report
    assert report is not None
    out_console.print(report.summary())
    out_console.print("time: " + ", ".join(f"{k} {v:.2f}s" for k, v in result.timings.items()))
    out_console.print("wrote: " + ", ".join(str(f) for f in files))


def _documents_table(rows: list[DocumentRow]) -> Table:
    """The per-document report as a rich table (a missing field shows as a dash)."""
    from rich.table import Table

    table = Table(title="documents", show_edge=False)
    for column in ("file", "title", "submitter", "date", "kind", "proposals", "missing", "warnings"):
        table.add_column(column, justify="right" if column in ("proposals", "warnings") else "left",
                         overflow="fold")
    for row in rows:
        kind = f"{row.kind} (rendition of {row.rendition_of}" + \
            (f", Jaccard {row.similarity:.3f})" if row.similarity is not None else ")") if row.rendition_of else row.kind
        date = row.date or row.inferred_date or "-"
        table.add_row(row.file, row.title or "-", row.submitter or "-", date, kind, str(row.proposals),
                      ", ".join(row.missing) or "-", str(row.warnings))
    return table


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--source", "source_url", help="URL the files came from (recorded in the manifest).")
@click.option("--corpus-dir", type=click.Path(path_type=Path), default=Path("corpus"), show_default=True,
              help="Your corpus folder: the files are copied there and listed in its manifest.json.")
@click.option("--out", "out", type=click.Path(path_type=Path), default=Path("out"), show_default=True,
              help="Output folder of the rebuild.")
@click.option("--quiet", is_flag=True, help="No progress, no summary.")
@click.option("--no-views", is_flag=True, help="Do not write the network views.")
@click.option("--strict", is_flag=True, help="Fail if any corpus file is left out of the rebuild.")
@click.pass_context
def add(ctx: click.Context, files: tuple[Path, ...], source_url: str | None, corpus_dir: Path, out: Path,
        quiet: bool, no_views: bool, strict: bool) -> None:
    """Add documents (.txt, .md, .html, .pdf, .docx) to your corpus folder, then rebuild the graph from it."""
    from wgec.graph.ingest.manifest import add_files

    result = add_files(list(files), corpus_dir, source_url=source_url)
    for entry in result.added:
        click.echo(f"added: {entry.original_name} -> {corpus_dir / entry.file} (sha256 {entry.sha256[:12]})", err=True)
    for path, name in result.already:
        click.echo(f"already in the corpus: {path} (as {corpus_dir / name})", err=True)
    ctx.invoke(build, corpus=(corpus_dir,), out=out, quiet=quiet, no_views=no_views, strict=strict)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["turtle", "ntriples", "jsonld", "trig"]), default="turtle",
              show_default=True)
@click.option("--output", "-o", default="-", show_default=True, help="File to write, or - for standard output.")
@click.option("--corpus", "corpus", multiple=True, type=click.Path(path_type=Path),
              help="Build from these folders or documents instead of the bundled corpus.")
@click.option("--input", "input_", type=click.Path(path_type=Path),
              help="Convert an existing wgec Turtle file (e.g. out/wgec.ttl) instead of building.")
def export(fmt: str, output: str, corpus: tuple[Path, ...], input_: Path | None) -> None:
    """Export the graph (ontology and data) as Turtle, N-Triples, JSON-LD or TriG."""
    from wgec.graph.build import build as run_build
    from wgec.files import write_atomic
    from wgec.graph.export import load_graph, serialize
    from wgec.ontology import load_ontology

    if input_ is not None:
        graph = load_graph(input_) - load_ontology()
    else:
        result = run_build(list(corpus) or None, run_validation=False)
        graph = result.graph
    data = serialize(graph, fmt)
    if output == "-":
        sys.stdout.buffer.write(data)
    else:
        write_atomic(Path(output), data)
        click.echo(f"wrote {output} ({len(data)} bytes)", err=True)


@main.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--allow-warnings", is_flag=True,
              help="Warnings and infos do not fail the file (pySHACL's allow_warnings); violations still do.")
@click.option("--report", "report_path", type=click.Path(path_type=Path),
              help="Also write pySHACL's full text report of every file here.")
@click.option("--max-results", default=20, show_default=True, type=int, help="Results listed per file.")
def validate(files: tuple[Path, ...], allow_warnings: bool, report_path: Path | None, max_results: int) -> None:
    """Validate graph files (Turtle, N-Triples, JSON-LD, TriG) with the ontology against the wgec SHACL shapes.

    Prints pySHACL's verdict and the counts per severity for each file. Exit codes: 0 every
    file conforms; 3 a file does not (a violation, or a warning or info unless
    --allow-warnings); 2 a file is missing or is not RDF.
    """
    from wgec.files import write_atomic
    from wgec.graph.export import load_graph
    from wgec.graph.validate import validate as run_validate

    failed, texts = 0, []
    for path in files:
        report = run_validate(load_graph(path), allow_warnings=allow_warnings)
        click.echo(f"{path}: {report.summary()}")
        for severity, focus, result_path, message in report.results[:max(0, max_results)]:
            where = f"{focus} {result_path}" if result_path else focus
            click.echo(f"  {severity}: {where}: {message}".replace("\n", " "))
        if len(report.results) > max_results:
            click.echo(f"  ... {len(report.results) - max_results} more (--report FILE writes them all)")
        texts.append(f"# {path}\n{report.text}")
        failed += not report.conforms
    if report_path is not None:
        write_atomic(report_path, "\n".join(texts).encode("utf-8"))
    if failed:
        sys.exit(3)


@main.command("docs")
@click.option("--output", "-o", type=click.Path(path_type=Path), default=Path("out") / "ontology" / "index.html",
              show_default=True, help="HTML file to write.")
def docs(output: Path) -> None:
    """Write the ontology's documentation: classes, properties, alignments, constraints (one offline HTML page)."""
    from wgec.ontology.docs import write_docs

    click.echo(f"wrote {write_docs(output)}")



# ---------------------------------------------------------------- queries

def _load_data(data: Path | None):  # noqa: ANN202
    """The graph to query: --data FILE, else ./out/wgec.ttl, else a fresh build of the bundled corpus."""
    from wgec.graph.export import load_graph

    if data is not None:
        return load_graph(data)
    default = Path("out") / "wgec.ttl"
    if default.exists():
        return load_graph(default)
    from wgec.graph.build import build as run_build

    click.echo("wgec: no out/wgec.ttl here; building the bundled corpus in memory (run `wgec build` once)",
               err=True)
    return run_build(run_validation=False).graph


def _data_path(data: Path | None) -> Path:
    from wgec.errors import InputError

    path = data or Path("out") / "wgec.ttl"
    if not path.exists():
        raise InputError(f"{path}: no such file (run `wgec build` first, or give --data FILE)")
    return path


def _params(values: tuple[str, ...]) -> dict[str, str]:
    from wgec.errors import QueryError

    out = {}
    for v in values:
        key, sep, value = v.partition("=")
        if not sep or not key:
            raise QueryError(f"--param {v!r}: expected NAME=VALUE")
        out[key.strip()] = value
    return out


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
@click.option("--store-path", type=click.Path(path_type=Path), help="Query an on-disk Oxigraph store (from wgec build --store-path).")
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
        check_params(named, _params(params))  # before loading any data
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
            load(backend, _data_path(data))
        run_text = lambda text, source: run(backend, text, source)  # noqa: E731
    else:
        graph = _load_data(data)
        run_text = lambda text, source: run_local(graph, text, source)  # noqa: E731
    if named is None:
        source = str(file_) if file_ is not None else "<stdin>"
        text = prepare(read_query_file(file_ if file_ is not None else "-"), _params(params))
    else:
        source = named.name
        values, notes = resolve_names(named, _params(params), lambda t: run_text(t, f"{source}: names"))
        for note in notes:
            click.echo(f"wgec: {note}", err=True)
        text = prepare(named, values)
    result = run_text(text, source)
    click.echo(render(result, fmt).rstrip("\n"))
    if result.kind == "ask" and not result.boolean:
        sys.exit(1)


@main.command()
@click.option("--endpoint", required=True, help="Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store")
@click.option("--graph", "graph_iri", default="https://w3id.org/wgec/graph", show_default=True,
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
    from wgec.graph.export import load_graph, serialize
    from wgec.ontology import load_ontology
    from wgec.queries.run import push as run_push

    if bundled_example:
        from wgec.graph.build import build as run_build

        graph = run_build(run_validation=False).graph - load_ontology()
    else:
        graph = load_graph(_data_path(data)) - load_ontology()
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


# ---------------------------------------------------------------- views

@main.command("views")
def list_views() -> None:
    """List the network views."""
    from wgec.viz.views import VIEWS

    for name, (about, _) in VIEWS.items():
        click.echo(f"{name:14} {about}")


@main.command("view")
@click.argument("name")
@click.option("--focus", help="An entity (IRI, id:... or label) to centre on; implies the neighbourhood view.")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(1, 6))
@click.option("--output", "-o", type=click.Path(path_type=Path), help="HTML file (default: NAME.html).")
@click.option("--data", type=click.Path(path_type=Path), help="Turtle file (default: out/wgec.ttl).")
@click.option("--max-nodes", default=5000, show_default=True, type=int)
@click.option("--query", "query_name", help="For the sparql view: a named query.")
@click.option("--query-file", type=click.Path(path_type=Path), help="For the sparql view: a query file.")
@click.option("--param", "-p", "params", multiple=True, help="NAME=VALUE for the query (repeatable).")
def view(name: str, focus: str | None, depth: int, output: Path | None, data: Path | None, max_nodes: int,
         query_name: str | None, query_file: Path | None, params: tuple[str, ...]) -> None:
    """Write one interactive network view as a self-contained HTML page (works offline)."""
    from wgec.files import write_atomic
    from wgec.viz.render import to_html
    from wgec.viz.views import query_view, render_view

    graph = _load_data(data)
    if name == "sparql" and (query_name or query_file):
        from wgec.queries.library import get_query, prepare, read_query_file

        if query_file is not None:
            text, title = prepare(read_query_file(query_file), _params(params)), str(query_file)
        else:
            q = get_query(query_name or "")
            text, title = prepare(q, _params(params)), q.question
        net = query_view(graph, text, title)
        page = to_html(net, max_nodes=max_nodes)
    else:
        page, net = render_view(name, graph, focus, depth, max_nodes)
    output = output or Path(f"{name}.html")
    write_atomic(output, page.encode("utf-8"))
    click.echo(f"wrote {output} ({net.number_of_nodes()} nodes, {net.number_of_edges()} edges)")


@main.command()
@click.argument("name", default="actors")
@click.option("--focus", help="Analyse the neighbourhood of this entity instead.")
@click.option("--depth", default=2, show_default=True, type=click.IntRange(1, 6))
@click.option("--top", default=10, show_default=True, type=int, help="Rows per ranking.")
@click.option("--graphml", type=click.Path(path_type=Path), help="Also write the network as GraphML (Gephi).")
@click.option("--gexf", type=click.Path(path_type=Path), help="Also write the network as GEXF (Gephi).")
@click.option("--data", type=click.Path(path_type=Path), help="Turtle file (default: out/wgec.ttl).")
def analyze(name: str, focus: str | None, depth: int, top: int, graphml: Path | None, gexf: Path | None,
            data: Path | None) -> None:
    """Degree and betweenness centrality and communities of a view's network."""
    from wgec.viz.analysis import analyze as run_analysis
    from wgec.viz.analysis import annotate, write_gexf, write_graphml
    from wgec.viz.views import build_view

    net = build_view(name, _load_data(data), focus, depth)
    result = run_analysis(net)
    annotate(net, result)
    label = lambda n: net.nodes[n].get("label", n)  # noqa: E731
    click.echo(f"{name}: {net.number_of_nodes()} nodes, {net.number_of_edges()} edges, "
               f"{len(result.communities)} communities")
    for title, scores in (("degree centrality", result.degree), ("betweenness centrality", result.betweenness)):
        click.echo(f"\ntop {top} by {title}:")
        for n, v in sorted(scores.items(), key=lambda kv: (-kv[1], str(kv[0])))[:top]:
            click.echo(f"  {v:7.3f}  {label(n)} [{net.nodes[n].get('cls', '')}]")
    click.echo("\ncommunities (largest first):")
    for i, members in enumerate(result.communities[:top]):
        names = ", ".join(str(label(m))[:40] for m in members[:6])
        click.echo(f"  {i}: {len(members)} nodes: {names}{', ...' if len(members) > 6 else ''}")
    if graphml:
        write_graphml(net, graphml)
        click.echo(f"wrote {graphml}")
    if gexf:
        write_gexf(net, gexf)
        click.echo(f"wrote {gexf}")


@main.command()
@click.option("--scales", default="1,10,100,1000", show_default=True, help="Comma-separated scale factors.")
@click.option("--repeat", default=3, show_default=True, type=int, help="Runs per timing (medians).")
@click.option("--output", type=click.Path(path_type=Path), default=Path("BENCHMARKS.md"), show_default=True)
@click.option("--virtuoso", "virtuoso_scale", type=int, help="Also push this scale into a local Virtuoso and query it.")
def bench(scales: str, repeat: int, output: Path, virtuoso_scale: int | None) -> None:
    """Benchmark build, queries, views, exports and start-up on synthetic corpora; write BENCHMARKS.md."""
    from wgec.bench.run import run

    try:
        values = [int(x) for x in scales.split(",") if x.strip()]
    except ValueError:
        from wgec.errors import InputError

        raise InputError(f"--scales {scales!r}: expected numbers such as 1,10,100") from None
    run(values, repeat, output, virtuoso_scale, log=lambda m: click.echo(m, err=True))
    click.echo(f"wrote {output}")


if __name__ == "__main__":
    main()
