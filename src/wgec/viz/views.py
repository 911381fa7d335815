"""The named views, how to build one, and writing them all with an index page."""
from __future__ import annotations

import difflib
import html
import re
from collections.abc import Callable
from pathlib import Path

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS, SKOS

from wgec.errors import InputError
from wgec.files import write_atomic
from wgec.ontology.vocab import ID
from wgec.viz import networks

VIEWS: dict[str, tuple[str, Callable[[Graph], nx.Graph]]] = {
    "mapping": ("Issue levels → focus areas, UN agencies and forums", networks.mapping),
    "actors": ("Actors → proposals → issues, coloured by class, sized by degree", networks.actors),
    "positions": ("Actors and the positions they support or oppose", networks.positions),
    "agreement": ("Actor-to-actor agreement: same stance, co-submission, same group", networks.agreement),
    "citations": ("Documents and proposals → paragraphs of the Tunis Agenda, Geneva Declaration, A/70/125",
                  networks.citations),
    "neighbourhood": ("Everything within N links of one entity (--focus, --depth)", lambda g: nx.DiGraph()),
    "sparql": ("Any query result as a network: CONSTRUCT triples, or SELECT rows whose first two columns are "
               "edge ends (--query NAME or --query-file Q.rq)", lambda g: nx.DiGraph()),
}


def query_view(graph: Graph, text: str, title: str) -> nx.Graph:
    """The network of a query's answer: CONSTRUCT/DESCRIBE triples between IRIs, or SELECT rows as edges."""
    from wgec.queries.run import run_local

    result = run_local(graph, text, title)
    if result.kind == "graph":
        return networks.from_triples(graph, result.graph or [], title)
    if result.kind == "select":
        return networks.from_rows(graph, result.rows, title)
    raise InputError(f"{title}: an ASK query has no network to draw")


def view_names() -> list[str]:
    return list(VIEWS)


def resolve_entity(graph: Graph, focus: str) -> URIRef:
    """An entity by IRI, ``id:`` CURIE, id path or label; an unknown one suggests near matches."""
    candidates = []
    if not re.search(r"[\s<>\"{}|^`\\]", focus):  # could be an IRI, a CURIE or an id path
        if focus.startswith("id:"):
            candidates.append(URIRef(str(ID) + focus[3:]))
        candidates += [URIRef(focus), URIRef(str(ID) + focus)]
    for c in candidates:
        if (c, None, None) in graph:
            return c
    labels: dict[str, URIRef] = {}
    for p in (RDFS.label, SKOS.altLabel):
        for s, o in graph.subject_objects(p):
            if isinstance(s, URIRef) and str(s).startswith(str(ID)):
                labels.setdefault(str(o), s)
    exact = [s for label, s in labels.items() if label.lower() == focus.lower()]
    if exact:
        return exact[0]
    lowered = {label.lower(): label for label in labels}
    near = [lowered[n] for n in difflib.get_close_matches(focus.lower(), list(lowered), n=3, cutoff=0.5)]
    hint = "; did you mean " + ", ".join(repr(n) for n in near) + "?" if near else ""
    raise InputError(f"no entity {focus!r} in the graph{hint}")


def build_view(name: str, graph: Graph, focus: str | None = None, depth: int = 1) -> nx.Graph:
    if name not in VIEWS:
        near = difflib.get_close_matches(name, list(VIEWS), n=3, cutoff=0.4)
        raise InputError(f"unknown view {name!r}" + (f"; did you mean {', '.join(near)}?" if near else
                                                     f" (views: {', '.join(VIEWS)})"))
    if name == "sparql":
        raise InputError("the sparql view needs --query NAME or --query-file Q.rq")
    if name == "neighbourhood" or focus is not None:
        if focus is None:
            raise InputError("the neighbourhood view needs --focus IRI|label")
        return networks.neighbourhood(graph, resolve_entity(graph, focus), depth)
    return VIEWS[name][1](graph)


def write_views(graph: Graph, out: Path, exports: list[str] | None = None) -> list[Path]:
    """Every view (but the focused one) as OUT/views/NAME.html, and OUT/index.html linking views and exports."""
    from wgec.viz.render import to_html

    written = []
    for name, (about, make) in VIEWS.items():
        if name in ("neighbourhood", "sparql"):
            continue
        path = out / "views" / f"{name}.html"
        write_atomic(path, to_html(make(graph)).encode("utf-8"))
        written.append(path)
    items = "".join(f'<li><a href="views/{html.escape(p.name)}">{html.escape(p.stem)}</a> — '
                    f"{html.escape(VIEWS[p.stem][0])}</li>" for p in written)
    files = "".join(f'<li><a href="{html.escape(e)}">{html.escape(e)}</a></li>' for e in (exports or []))
    index = (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>wgec outputs</title>'
             f"<style>body{{font:15px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem}}"
             f"</style></head><body><h1>wgec: the enhanced-cooperation graph</h1><h2>Views</h2><ul>{items}</ul>"
             f"<h2>Exports</h2><ul>{files}</ul></body></html>")
    write_atomic(out / "index.html", index.encode("utf-8"))
    return written + [out / "index.html"]
