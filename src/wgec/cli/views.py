"""Commands of the viz room: views, view, analyze, dossier."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from wgec.cli.app import load_data, main, parse_params

if TYPE_CHECKING:  # imported when used, so that --help stays fast


    pass




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

    graph = load_data(data)
    if name == "sparql" and (query_name or query_file):
        from wgec.queries.library import get_query, prepare, read_query_file

        if query_file is not None:
            text, title = prepare(read_query_file(query_file), parse_params(params)), str(query_file)
        else:
            q = get_query(query_name or "")
            text, title = prepare(q, parse_params(params)), q.question
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

    net = build_view(name, load_data(data), focus, depth)
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
@click.argument("name")
@click.option("--out", type=click.Path(path_type=Path), default=Path("dossier"), show_default=True,
              help="Folder for the Turtle, CSV and PNG files.")
@click.option("--data", type=click.Path(path_type=Path), help="Turtle file (default: out/wgec.ttl).")
@click.option("--no-png", is_flag=True, help="Skip the PNG (which needs matplotlib: pip install 'wgec[viz]').")
def dossier(name: str, out: Path, data: Path | None, no_png: bool) -> None:
    """Everything about one document or actor (IRI, id:... or name): Turtle, CSV tables and a PNG."""
    from wgec.viz.dossier import write_dossier

    for path in write_dossier(load_data(data), name, out, png=not no_png):
        click.echo(f"wrote {path}")
