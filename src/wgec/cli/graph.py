"""Commands of the graph room: build, add, export, validate, docs."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from wgec.cli.app import main

if TYPE_CHECKING:  # imported when used, so that --help stays fast
    from rich.table import Table

    from wgec.graph.build import BuildResult
    from wgec.graph.report import DocumentRow


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
    from rich.progress import BarColumn, Progress, TaskID, TextColumn

    from wgec.graph.build import build as run_build
    from wgec.graph.build import write_outputs

    console = Console(stderr=True, quiet=quiet)
    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                  console=console, transient=True) as bar:
        tasks: dict[str, TaskID] = {}

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
    if not quiet:
        _print_summary(result, files)


def _print_summary(result: BuildResult, files: list[Path]) -> None:
    """The per-document report, the classes counted, the SHACL verdict, the timings, the files."""
    from rich.console import Console
    from rich.table import Table

    sizes = result.triple_counts()
    table = Table(title=f"wgec.ttl: {sizes['total']:,} triples ({sizes['data']:,} data, "
                        f"{sizes['ontology']:,} ontology)", show_edge=False)
    table.add_column("class")
    table.add_column("instances", justify="right")
    for cls, n in result.counts.items():
        table.add_row(cls, str(n))
    out_console = Console()
    rows = result.document_rows()
    if out_console.width >= WIDE_REPORT:
        out_console.print(_documents_table(rows))
    else:  # eight columns in a narrow terminal fold every word: one block per document instead
        out_console.print("documents", style="italic")
        for row in rows:
            out_console.print(_document_block(row), highlight=False)
    out_console.print(table)
    report = result.report
    assert report is not None
    out_console.print(report.summary())
    out_console.print("time: " + ", ".join(f"{k} {v:.2f}s" for k, v in result.timings.items()))
    out_console.print("wrote: " + ", ".join(str(f) for f in files))

REPORT_COLUMNS = ("file", "title", "submitter", "date", "kind", "proposals", "missing", "warnings")
WIDE_REPORT = 120  # columns from which the per-document report is a table


def _row_cells(row: DocumentRow) -> list[str]:
    """file, title, submitter, date, kind, proposals, missing, warnings (a missing field as a dash)."""
    kind = row.kind
    if row.rendition_of:
        score = f", Jaccard {row.similarity:.3f}" if row.similarity is not None else ""
        kind = f"{row.kind} (rendition of {row.rendition_of}{score})"
    return [row.file, row.title or "-", row.submitter or "-", row.date or row.inferred_date or "-", kind,
            str(row.proposals), ", ".join(row.missing) or "-", str(row.warnings)]


def _documents_table(rows: list[DocumentRow]) -> Table:
    """The per-document report as a rich table."""
    from rich.table import Table

    table = Table(title="documents", show_edge=False)
    for column in REPORT_COLUMNS:
        table.add_column(column, justify="right" if column in ("proposals", "warnings") else "left",
                         overflow="fold")
    for row in rows:
        table.add_row(*_row_cells(row))
    return table


def _document_block(row: DocumentRow) -> str:
    """The per-document report of one document as lines, for a narrow terminal."""
    file, *fields = _row_cells(row)
    return f"{file}\n" + "".join(f"  {name}: {value}\n" for name, value in zip(REPORT_COLUMNS[1:], fields,
                                                                               strict=True))


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
    from wgec.files import write_atomic
    from wgec.graph.build import build as run_build
    from wgec.graph.export import serialize
    from wgec.graph.rdf_files import load_graph
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
    from wgec.graph.validate import validate_file

    failed, texts = 0, []
    for path in files:
        report = validate_file(path, allow_warnings=allow_warnings)  # the build's engine: turbo, else pySHACL
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
