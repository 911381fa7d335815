"""The named views, how to read each, how to build one, and writing them all with an index page."""
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
from wgec.heap import pauses_collector
from wgec.ontology.vocab import ID
from wgec.viz import networks

VIEWS: dict[str, tuple[str, Callable[[Graph], nx.Graph]]] = {
    "mapping": ("Issue → agency → forum matrix (a sortable heatmap) beside the mapping network", networks.mapping),
    "actors": ("Actors → proposals → issues; proposals grouped by document past 60 nodes", networks.actors),
    "positions": ("Actors × questions of the debate: supports (solid green) and opposes (dashed red)",
                  networks.positions),
    "coalitions": ("Actors linked by the stances they share, weighted, communities coloured", networks.coalitions),
    "agreement": ("Actors linked by same stance, co-submission or membership of a group", networks.agreement),
    "citations": ("Documents and proposals → paragraphs of the Tunis Agenda, Geneva Declaration, A/70/125",
                  networks.citations),
    "timeline": ("Meetings, documents and proposals by date (precision and inferred dates shown), above who "
                 "submitted when", networks.activity),
    "neighbourhood": ("Everything within N links of one entity (--focus, --depth)", lambda g: nx.DiGraph()),
    "sparql": ("Any query result as a network: CONSTRUCT triples, or SELECT rows whose first two columns are "
               "edge ends (--query NAME or --query-file Q.rq)", lambda g: nx.DiGraph()),
}
HOW_TO_READ = {
    "actors": "Each dot is an actor (coloured by kind), a proposal or an issue; a line joins an actor to what it "
              "submitted and a proposal to the issues it addresses. Boxes group the proposals of one document: "
              "click one to open it. Bigger dots have more links.",
    "positions": "Each actor is linked to the questions of the debate on which it took a stance: a solid green line "
                 "supports, a dashed red line opposes; thicker lines rest on more statements. Hover over a line for "
                 "the quotes and how each stance was found; pick a question to see only its actors.",
    "coalitions": "Two actors are linked when they take the same stance on the same question; a thicker line means "
                  "more shared stances. Colours are communities: actors that mostly stand together. Hover over a line "
                  "for the stances shared.",
    "agreement": "Two actors are linked when they agree: the same stance on a question, a document submitted "
                 "together, or membership of the same group; a thicker line adds up more reasons (hover for them). "
                 "Colours are communities of actors that agree most.",
    "citations": "Documents and proposals link to the paragraphs of UN instruments they cite, and paragraphs to "
                 "their instrument; the most cited paragraphs are the biggest dots. Boxes group a document with its "
                 "proposals, or an instrument with its paragraphs: click one to open it.",
    "neighbourhood": "The entity in focus and everything linked to it, within the depth asked; boxes group many "
                     "proposals of one document or many entities of one kind: click one to open it.",
    "sparql": "Each row or triple of the query answer is a link between two entities (or a value).",
}
FILTERS = {"positions": {"cls": "Position", "label": "Question", "all": "All questions"}}


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


def _labels(graph: Graph) -> dict[str, list[URIRef]]:
    labels: dict[str, list[URIRef]] = {}
    for p in (RDFS.label, SKOS.altLabel):
        for s, o in graph.subject_objects(p):
            if isinstance(s, URIRef) and str(s).startswith(str(ID)):
                found = labels.setdefault(str(o).lower(), [])
                if s not in found:
                    found.append(s)
    return labels


def resolve_entity(graph: Graph, focus: str) -> URIRef:
    """An entity by IRI, ``id:`` CURIE, id path or label (case-insensitive); an unknown one suggests
    near matches, an ambiguous label lists its candidates."""
    candidates = []
    if not re.search(r"[\s<>\"{}|^`\\]", focus):  # could be an IRI, a CURIE or an id path
        if focus.startswith("id:"):
            candidates.append(URIRef(str(ID) + focus[3:]))
        candidates += [URIRef(focus), URIRef(str(ID) + focus)]
    for c in candidates:
        if (c, None, None) in graph:
            return c
    labels = _labels(graph)
    exact = sorted(labels.get(focus.lower(), []))
    if len(exact) == 1:
        return exact[0]
    if exact:
        names = ", ".join(f"{networks.label_of(graph, s)} <{s}>" for s in exact)
        raise InputError(f"{focus!r} names {len(exact)} entities: {names}; give one IRI")
    near = difflib.get_close_matches(focus.lower(), list(labels), n=3, cutoff=0.5)
    hint = "; did you mean " + ", ".join(repr(networks.label_of(graph, labels[n][0])) for n in near) + "?" \
        if near else ""
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
        net = networks.neighbourhood(graph, resolve_entity(graph, focus), depth)
        net.graph["how_to_read"] = HOW_TO_READ["neighbourhood"]
        return net
    net = VIEWS[name][1](graph)
    if name in HOW_TO_READ:
        net.graph["how_to_read"] = HOW_TO_READ[name]
    return net


@pauses_collector
def render_view(name: str, graph: Graph, focus: str | None = None, depth: int = 1,
                max_nodes: int | None = None) -> tuple[str, nx.Graph]:
    """The page of a view (HTML) and its network: the mapping and timeline views are pages of their own."""
    from wgec.viz.render import MAX_NODES, to_html

    net = build_view(name, graph, focus, depth)
    if focus is None and name == "mapping":
        from wgec.viz.matrix import matrix_page
        return matrix_page(graph), net
    if focus is None and name == "timeline":
        from wgec.viz.timeline import timeline_page
        return timeline_page(graph), net
    return to_html(net, max_nodes=max_nodes or MAX_NODES, filter_=FILTERS.get(name)), net


def write_views(graph: Graph, out: Path, exports: list[str] | None = None) -> list[Path]:
    """Every view (but the focused ones) as OUT/views/NAME.html, and OUT/index.html linking views and exports."""
    written = []
    for name in VIEWS:
        if name in ("neighbourhood", "sparql"):
            continue
        path = out / "views" / f"{name}.html"
        write_atomic(path, render_view(name, graph)[0].encode("utf-8"))
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
