"""The ``wgec`` command line: a thin layer over the library.

Exit codes: 0 success; 1 unexpected wgec error; 2 bad input (missing or
malformed file, bad argument); 3 the graph violates the SHACL shapes;
4 a SPARQL endpoint is unreachable or failed.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from wgec.errors import WgecError


def _fail(exc: WgecError) -> None:
    click.echo(f"wgec: error: {exc}", err=True)
    sys.exit(exc.exit_code)


class _Group(click.Group):
    def invoke(self, ctx: click.Context):  # noqa: ANN201
        try:
            return super().invoke(ctx)
        except WgecError as exc:
            _fail(exc)
        except KeyboardInterrupt:
            click.echo("wgec: interrupted", err=True)
            sys.exit(130)


@click.group(cls=_Group)
@click.version_option(package_name="wgec")
def main() -> None:
    """wgec: the knowledge graph of the UN CSTD Working Group on Enhanced Cooperation debate."""


@main.command()
@click.option("--corpus", "corpus", multiple=True, type=click.Path(path_type=Path),
              help="A folder of documents (repeatable). Default: the bundled corpus.")
@click.option("--out", "out", type=click.Path(path_type=Path), default=Path("out"), show_default=True,
              help="Output folder for wgec.ttl, the validation report and the build summary.")
@click.option("--gazetteer", type=click.Path(path_type=Path), help="Gazetteer CSV instead of the bundled one.")
@click.option("--annotations", type=click.Path(path_type=Path), help="Annotation CSV instead of the bundled one.")
@click.option("--quiet", is_flag=True, help="No progress, no summary.")
def build(corpus: tuple[Path, ...], out: Path, gazetteer: Path | None, annotations: Path | None,
          quiet: bool) -> None:
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

        result = run_build(list(corpus) or None, gazetteer=gazetteer, annotations=annotations, progress=progress)
    if not quiet:
        for warning in result.warnings:  # one line each, never wrapped: grep-able
            click.echo(f"warning: {warning}", err=True)
    files = write_outputs(result, out)
    if quiet:
        return
    table = Table(title=f"wgec graph: {len(result.graph)} triples", show_edge=False)
    table.add_column("class")
    table.add_column("instances", justify="right")
    for cls, n in result.counts.items():
        table.add_row(cls, str(n))
    out_console = Console()
    out_console.print(table)
    report = result.report
    assert report is not None
    out_console.print(f"SHACL: {'conforms' if report.conforms else 'VIOLATES'} "
                      f"({report.violations} violations, {report.warnings} warnings)")
    out_console.print("time: " + ", ".join(f"{k} {v:.2f}s" for k, v in result.timings.items()))
    out_console.print("wrote: " + ", ".join(str(f) for f in files))


@main.command()
@click.option("--format", "fmt", type=click.Choice(["turtle", "ntriples", "jsonld", "trig"]), default="turtle",
              show_default=True)
@click.option("--output", "-o", default="-", show_default=True, help="File to write, or - for standard output.")
@click.option("--corpus", "corpus", multiple=True, type=click.Path(path_type=Path),
              help="Build from these folders instead of the bundled corpus.")
@click.option("--input", "input_", type=click.Path(path_type=Path),
              help="Convert an existing wgec Turtle file (e.g. out/wgec.ttl) instead of building.")
def export(fmt: str, output: str, corpus: tuple[Path, ...], input_: Path | None) -> None:
    """Export the graph (ontology and data) as Turtle, N-Triples, JSON-LD or TriG."""
    from wgec.graph.build import build as run_build
    from wgec.graph.export import load_graph, serialize, write_atomic
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


if __name__ == "__main__":
    main()
