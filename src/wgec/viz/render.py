"""Rendering a network as one self-contained HTML page with pyvis and vis-network.

pyvis holds the nodes, edges and options; the page is wgec's own template, with
vis-network's script and style (shipped inside the pyvis package) inlined, so a
view opened from disk needs no network.  pyvis's own templates link Bootstrap
and, in two of three modes, vis itself from CDNs.  Node and edge lists are filled
in bulk: pyvis's ``add_node`` / ``from_nx`` are quadratic.  All text from the
documents reaches the page as JSON with ``<``, ``>`` and ``&`` escaped, and is
shown with ``textContent`` (vis-network renders string tooltips as text).
"""
from __future__ import annotations

import html
import json
import math
import re
from importlib import resources
from pathlib import Path

import networkx as nx

from wgec.viz.analysis import analyze

PALETTE = {"Government": "#4e79a7", "Person": "#f28e2b", "Group": "#e15759", "Organization": "#76b7b2",
           "WorkingGroup": "#59a14f", "Forum": "#edc948", "Actor": "#9c755f", "Proposal": "#bab0ac",
           "Document": "#b07aa1", "IssueLevel": "#ff9da7", "FocusArea": "#fcd5da", "Category": "#d37295",
           "Issue": "#ff9da7", "Provision": "#86bcb6", "Instrument": "#499894", "Position": "#e15759",
           "Meeting": "#8cd17d", "Question": "#b6992d", "Characteristic": "#f1ce63", "Literal": "#dddddd"}
COMMUNITY = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
             "#bcbd22", "#17becf"]
MAX_NODES = 5000


def _safe_json(value) -> str:  # noqa: ANN001
    """JSON that can stand inside a <script> element."""
    return (json.dumps(value, ensure_ascii=False, sort_keys=True)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _vis_asset(name: str) -> str:
    import pyvis

    return (Path(pyvis.__file__).parent / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")


def limit(net: nx.Graph, max_nodes: int = MAX_NODES) -> tuple[nx.Graph, str]:
    """The network itself, or its ``max_nodes`` best-linked nodes with a note saying so."""
    if net.number_of_nodes() <= max_nodes:
        return net, ""
    keep = sorted(net.degree, key=lambda nd: (-nd[1], str(nd[0])))[:max_nodes]
    sub = net.subgraph([n for n, _ in keep]).copy()
    sub.graph.update(net.graph)
    return sub, (f"Showing the {max_nodes:,} best-linked of {net.number_of_nodes():,} nodes, to keep the browser "
                 f"responsive; narrow the view (wgec view NAME --focus ... --depth N) to see the rest.")


def options_for(n: int, directed: bool) -> dict:
    big = n > 1000
    return {
        "layout": {"randomSeed": 42, "improvedLayout": n <= 150},
        "physics": {"enabled": n > 0, "solver": "barnesHut",
                    "barnesHut": {"gravitationalConstant": -3000 if not big else -1500, "springLength": 110,
                                  "avoidOverlap": 0.1},
                    "stabilization": {"enabled": True, "iterations": 250 if not big else 80, "updateInterval": 50,
                                      "fit": True}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big, "navigationButtons": False},
        "edges": {"arrows": {"to": {"enabled": directed, "scaleFactor": 0.5}}, "smooth": not big,
                  "color": {"color": "#9aa5b1", "highlight": "#333"}, "font": {"size": 9}},
        "nodes": {"shape": "dot", "font": {"size": 12}},
    }


def to_html(net: nx.Graph, title: str | None = None, empty_message: str = "Nothing to show: this view is empty.",
            max_nodes: int = MAX_NODES) -> str:
    """The page for ``net``: sized by degree, coloured by class (or community), with legend,
    tooltips, search and class filters; the layout settles with a fixed seed, then stops."""
    from pyvis.network import Network

    title = title or net.graph.get("title") or "wgec view"
    shown, note = limit(net, max_nodes)
    result = analyze(shown)
    degrees = dict(shown.degree())
    top = max(degrees.values(), default=1) or 1
    pv = Network(directed=shown.is_directed(), cdn_resources="in_line", height="100%", width="100%")
    pv.nodes = []
    for n, data in shown.nodes(data=True):
        cls = data.get("cls", "Resource")
        color = PALETTE.get(cls, "#cccccc")
        community = result.community.get(n, 0)
        tip = data.get("title") or data.get("label") or str(n)
        tip += f"\ndegree {degrees.get(n, 0)}, betweenness {result.betweenness.get(n, 0.0):.3f}, community {community}"
        pv.nodes.append({"id": str(n), "label": str(data.get("label", n))[:60], "title": tip, "cls": cls,
                         "color": color, "classColor": color, "communityColor": COMMUNITY[community % len(COMMUNITY)],
                         "size": round(8 + 28 * math.sqrt(degrees.get(n, 0) / top), 2)})
    pv.node_ids = [node["id"] for node in pv.nodes]
    pv.node_map = {node["id"]: node for node in pv.nodes}
    pv.edges = [{"from": str(a), "to": str(b), "title": str(d.get("label", "")),
                 "value": float(d.get("weight", 1.0))} for a, b, d in shown.edges(data=True)]
    pv.options = options_for(len(pv.nodes), shown.is_directed())
    nodes, edges, _, _, _, options = pv.get_network_data()
    counts: dict[str, int] = {}
    for node in pv.nodes:
        counts[node["cls"]] = counts.get(node["cls"], 0) + 1
    classes = [[c, PALETTE.get(c, "#cccccc"), counts[c]] for c in sorted(counts)]
    values = {
        "TITLE": html.escape(str(title)), "NOTE": html.escape(note), "EMPTY": html.escape(empty_message),
        "VISJS": _vis_asset("vis-network.min.js"), "VISCSS": _vis_asset("vis-network.css"),
        "NODES": _safe_json(nodes), "EDGES": _safe_json(edges), "OPTIONS": _safe_json(json.loads(options)),
        "CLASSES": _safe_json(classes),
    }
    template = (resources.files("wgec.viz") / "templates" / "view.html").read_text(encoding="utf-8")
    # one pass: text put in is never scanned again for placeholders
    return re.sub(r"@@([A-Z]+)@@", lambda m: values[m.group(1)], template)
