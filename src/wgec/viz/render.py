"""A network as one self-contained, offline HTML page (vis-network, wgec's template).

At most ``budget`` nodes are shown by default: larger networks are folded into groups (by
document, year, kind of actor, community: see :mod:`wgec.viz.aggregate`) that open on click.
Labels are drawn at a readable size at the default zoom; tooltips are plain text written for an
analyst (labels, document titles, quotes).  Node and edge lists are filled in bulk (pyvis's
``add_node`` / ``from_nx`` are quadratic), with pyvis's vis-network inlined and no CDN.
"""
from __future__ import annotations

import math
from collections import Counter

import networkx as nx

from wgec.viz.aggregate import DEFAULT_BUDGET, Plan, plan_groups
from wgec.viz.describe import cap, clip, noun
from wgec.viz.page import Page, safe_json

__all__ = ["to_html", "limit", "network_page", "PALETTE", "KIND_STYLES", "safe_json"]

PALETTE = {"Government": "#4e79a7", "Person": "#f28e2b", "Group": "#e15759", "Organization": "#76b7b2",
           "WorkingGroup": "#59a14f", "Forum": "#edc948", "Actor": "#9c755f", "Proposal": "#bab0ac",
           "Document": "#b07aa1", "IssueLevel": "#ff9da7", "FocusArea": "#fcd5da", "Category": "#d37295",
           "Issue": "#ff9da7", "Provision": "#86bcb6", "Instrument": "#499894", "Position": "#8c6bb1",
           "Meeting": "#8cd17d", "Question": "#b6992d", "Characteristic": "#f1ce63", "Literal": "#dddddd",
           "Year": "#a0cbe8", "Amendment": "#d4a6c8"}
COMMUNITY = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
             "#bcbd22", "#17becf"]
#: kind of link -> (legend words, colour, dashed)
KIND_STYLES: dict[str, tuple[str, str, bool]] = {
    "supports": ("supports (solid green)", "#2e7d32", False),
    "opposes": ("opposes (dashed red)", "#c62828", True),
    "submitted": ("submitted", "#8a96a3", False), "addresses": ("addresses the issue", "#d37295", False),
    "cites": ("cites", "#86a8b6", False), "part of": ("paragraph of", "#499894", False),
    "focus area": ("has focus area", "#c9a3ab", False), "UN agency": ("mapped to a UN agency", "#4e79a7", False),
    "forum": ("mapped to a forum", "#c8a800", False), "shared stance": ("shares stances", "#6a51a3", False),
    "agreement": ("agree (same stance, co-submission or group)", "#6a51a3", False),
    "submitted in": ("submitted documents in", "#8a96a3", False)}
OTHER = "#9aa5b1"
MAX_NODES = 5000
DEFAULT_HOW_TO_READ = ("Each dot is an entity of the graph and each line a link between two; bigger dots have more "
                       "links. Hover for details; a boxed group opens on click.")


def limit(net: nx.Graph, max_nodes: int = MAX_NODES) -> tuple[nx.Graph, str]:
    """The network itself, or its ``max_nodes`` best-linked nodes with a note saying so."""
    if net.number_of_nodes() <= max_nodes:
        return net, ""
    keep = sorted(net.degree, key=lambda nd: (-nd[1], str(nd[0])))[:max_nodes]
    sub = net.subgraph([n for n, _ in keep]).copy()
    sub.graph.update(net.graph)
    return sub, (f"Showing the {max_nodes:,} best-linked of {net.number_of_nodes():,} nodes, to keep the browser "
                 f"responsive; narrow the view (wgec view NAME --focus ... --depth N) to see the rest.")


def communities(net: nx.Graph) -> tuple[dict[str, int], list[list[str]]]:
    """Louvain communities of the undirected, weighted network (seeded), largest first."""
    simple = nx.Graph()
    simple.add_nodes_from(net)
    for a, b, w in net.edges(data="weight", default=1.0):
        if a != b:
            simple.add_edge(a, b, weight=simple.get_edge_data(a, b, {"weight": 0.0})["weight"] + float(w))
    parts = nx.algorithms.community.louvain_communities(simple, weight="weight", seed=42) \
        if simple.number_of_edges() else [{n} for n in simple]
    ordered = sorted((sorted(p) for p in parts), key=lambda c: (-len(c), c))
    return {n: i for i, c in enumerate(ordered) for n in c}, ordered


def options_for(n: int, directed: bool) -> dict:
    return {
        "layout": {"randomSeed": 42, "improvedLayout": n <= 150},
        "physics": {"enabled": n > 0, "solver": "barnesHut",
                    "barnesHut": {"gravitationalConstant": -9000, "centralGravity": 0.15, "springLength": 170,
                                  "springConstant": 0.02, "avoidOverlap": 1, "damping": 0.3},
                    "stabilization": {"enabled": True, "iterations": 300 if n <= 1000 else 80,
                                      "updateInterval": 50, "fit": True}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": n > 1000,
                        "navigationButtons": False, "multiselect": True},
        "edges": {"arrows": {"to": {"enabled": directed, "scaleFactor": 0.45}},
                  "smooth": {"enabled": n <= 1000, "type": "continuous", "roundness": 0.3},
                  "color": {"color": OTHER, "highlight": "#333", "opacity": 0.75},
                  "scaling": {"min": 1, "max": 7}, "font": {"size": 9}},
        "nodes": {"shape": "dot", "font": {"size": 14, "face": "system-ui, DejaVu Sans, sans-serif",
                                           "strokeWidth": 3, "strokeColor": "#ffffff"}},
    }


def _bundle_node(net: nx.Graph, plan: Plan, bid: str) -> dict:
    bundle = plan.bundles[bid]
    names = [clip(str(net.nodes[n].get("full") or net.nodes[n].get("label", n)), 50) for n in bundle.raw[:8]]
    more = f", and {len(bundle.raw) - 8} more" if len(bundle.raw) > 8 else ""
    head, _, counts = bundle.label.partition("\n")
    color = PALETTE.get(bundle.cls, "#cccccc")
    return {"id": bid, "label": bundle.label, "fullLabel": head, "cls": bundle.cls, "bundle": True,
            "title": f"{head}\nA group of {counts}: {'; '.join(names)}{more}.\nClick to open it.",
            "classColor": {"background": "#ffffff", "border": color}, "shape": "box",
            "communityColor": {"background": "#ffffff", "border": color}, "size": 20,
            "path": plan.path(bid), "hidden": bid not in plan.top}


def _nodes(net: nx.Graph, plan: Plan, community: dict[str, int]) -> list[dict]:
    degrees = dict(net.degree(weight=None))
    top = max(degrees.values(), default=1) or 1
    shown = set(plan.top)
    out = []
    for n, data in net.nodes(data=True):
        cls = str(data.get("cls", "Resource"))
        label = str(data.get("label", n))
        out.append({"id": str(n), "label": label, "fullLabel": str(data.get("full") or label), "cls": cls,
                    "title": str(data.get("title") or data.get("full") or label), "bundle": False,
                    "classColor": PALETTE.get(cls, "#cccccc"),
                    "communityColor": COMMUNITY[community.get(n, 0) % len(COMMUNITY)], "shape": "dot",
                    "size": 36 if data.get("focus") else round(10 + 22 * math.sqrt(degrees.get(n, 0) / top), 1),
                    "focus": bool(data.get("focus")),
                    "path": plan.path(str(n)), "hidden": str(n) not in shown})
    return out + [_bundle_node(net, plan, b) for b in plan.bundles]


def _edges(net: nx.Graph) -> list[dict]:
    out = []
    for a, b, d in net.edges(data=True):
        kind = str(d.get("kind") or d.get("label") or "linked to")
        _, color, dashed = KIND_STYLES.get(kind, (kind, OTHER, False))
        edge = {"from": str(a), "to": str(b), "kind": kind, "label": kind,
                "title": str(d.get("title") or kind), "value": float(d.get("weight", 1.0)),
                "color": {"color": color, "highlight": "#222"}, "dashes": [8, 6] if dashed else False}
        if net.is_multigraph():  # two stances between the same pair curve apart
            edge["smooth"] = {"enabled": True, "type": "curvedCW" if dashed else "curvedCCW", "roundness": 0.18}
        out.append(edge)
    return out


def _guide(net: nx.Graph, nodes: list[dict], ordered: list[list[str]], filter_: dict | None) -> dict:
    counts = Counter(n["cls"] for n in nodes if not n["bundle"])
    kinds = sorted({str(d.get("kind") or d.get("label") or "linked to") for *_, d in net.edges(data=True)}
                   | set(net.graph.get("kinds", ())))  # a view may always show some (supports and opposes)
    color_by = str(net.graph.get("color_by", "class"))
    named = []
    for i, members in enumerate(ordered[:len(COMMUNITY)]):
        leaders = sorted(members, key=lambda m: (-net.degree(m, weight="weight"), m))[:2]
        names = " and ".join(clip(str(net.nodes[m].get("full") or net.nodes[m].get("label", m)), 26)
                             for m in leaders)
        named.append([f"with {names}" if len(members) > 1 else names, COMMUNITY[i], len(members)])
    return {"classes": [[c, cap(noun(c, n)), PALETTE.get(c, "#cccccc"), n] for c, n in sorted(counts.items())],
            "kinds": [[k, *KIND_STYLES.get(k, (k, OTHER, False))] for k in kinds][:10],
            "size": "Size: number of links.", "colorBy": color_by,
            "communities": named if len(ordered) > 1 else [], "filter": filter_}


def network_page(net: nx.Graph, title: str | None = None, how_to_read: str | None = None,
                 max_nodes: int = MAX_NODES, budget: int = DEFAULT_BUDGET, filter_: dict | None = None,
                 empty_message: str = "Nothing to show: this view is empty.") -> Page:
    """The page of ``net`` (not yet rendered: the matrix and timeline pages add to it)."""
    shown, note = limit(net, max_nodes)
    if any(not isinstance(n, str) for n in shown):  # node ids are strings on the page
        shown = nx.relabel_nodes(shown, {n: str(n) for n in shown})
    plan = plan_groups(shown, list(shown.graph.get("levels", ["document", "type", "community"])), budget)
    community, ordered = communities(shown)
    nodes = _nodes(shown, plan, community)
    if plan.bundles:
        folded = sum(1 for n in nodes if not n["bundle"] and n["hidden"])
        note = (note + " " if note else "") + (
            f"{folded:,} of {shown.number_of_nodes():,} nodes are folded into groups so that at most {budget} "
            f"are drawn at once ({plan.shown()} now): click a group to open it.")
    data: dict[str, object] = {"NODES": nodes, "EDGES": _edges(shown), "GUIDE": _guide(shown, nodes, ordered, filter_),
                               "OPTIONS": options_for(plan.shown(), shown.is_directed())}
    return Page(str(title or net.graph.get("title") or "wgec view"),
                how_to_read or str(net.graph.get("how_to_read") or DEFAULT_HOW_TO_READ),
                note=note, data=data, empty_message=empty_message)


def to_html(net: nx.Graph, title: str | None = None, empty_message: str = "Nothing to show: this view is empty.",
            max_nodes: int = MAX_NODES, budget: int = DEFAULT_BUDGET, how_to_read: str | None = None,
            filter_: dict | None = None) -> str:
    """The page for ``net``: coloured by class (or community), grouped past ``budget`` nodes, with a
    legend, a how-to-read line, tooltips, search and class filters; the layout settles, then stops."""
    return network_page(net, title, how_to_read, max_nodes, budget, filter_, empty_message).render()
