"""Graph analysis with networkx: centrality, communities, agreement clusters, Gephi exports."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import networkx as nx

SEED = 42


@dataclass
class Analysis:
    degree: dict[str, float]
    betweenness: dict[str, float]
    community: dict[str, int]
    communities: list[list[str]]


def analyze(net: nx.Graph, exact_limit: int = 500, budget: int = 100_000) -> Analysis:
    """Degree and betweenness centrality and Louvain communities on the undirected, weighted graph.

    Betweenness is exact up to ``exact_limit`` nodes; past it, estimated from a seeded sample
    of ``budget / n`` sources, so a 5,000-node view is analysed in a fraction of a second."""
    undirected = simple_undirected(net)
    degree = nx.degree_centrality(undirected) if len(undirected) > 1 else {n: 0.0 for n in undirected}
    n = len(undirected)
    k = None if n <= exact_limit else max(16, min(n, budget // max(n, 1)))
    betweenness = nx.betweenness_centrality(undirected, k=k, seed=SEED) if len(undirected) > 2 else \
        {n: 0.0 for n in undirected}
    if undirected.number_of_edges():
        parts = nx.algorithms.community.louvain_communities(undirected, weight="weight", seed=SEED)
    else:
        parts = [{n} for n in undirected]
    communities = sorted((sorted(p) for p in parts), key=lambda c: (-len(c), c))
    community = {n: i for i, c in enumerate(communities) for n in c}
    return Analysis(degree, betweenness, community, communities)


def simple_undirected(net: nx.Graph) -> nx.Graph:
    """One undirected edge per pair, weights added up (a multigraph's parallel edges, both directions)."""
    if not net.is_directed() and not net.is_multigraph():
        return net
    out = nx.Graph()
    out.add_nodes_from(net.nodes(data=True))
    for a, b, w in net.edges(data="weight", default=1.0):
        if out.has_edge(a, b):
            out[a][b]["weight"] += float(w)
        else:
            out.add_edge(a, b, weight=float(w))
    return out


def annotate(net: nx.Graph, result: Analysis) -> None:
    """Store the analysis as node attributes (for the views and the Gephi exports)."""
    for n in net:
        net.nodes[n]["degree"] = round(result.degree.get(n, 0.0), 6)
        net.nodes[n]["betweenness"] = round(result.betweenness.get(n, 0.0), 6)
        net.nodes[n]["community"] = result.community.get(n, -1)


def gephi_ready(net: nx.Graph) -> nx.Graph:
    """A copy with only string/number attributes (GraphML and GEXF accept no None, lists or dicts):
    one edge per pair (a multigraph's parallel edges kept apart by their kind in the key)."""
    out = nx.DiGraph() if net.is_directed() else nx.Graph()
    out.graph = {k: v for k, v in net.graph.items() if isinstance(v, (str, int, float))}
    for n, data in net.nodes(data=True):
        out.add_node(n, **_scalars(data))
    for a, b, data in net.edges(data=True):
        if out.has_edge(a, b):
            out[a][b]["weight"] = out[a][b].get("weight", 0.0) + float(data.get("weight", 1.0))
            out[a][b]["label"] = f"{out[a][b].get('label', '')}, {data.get('label', '')}"
        else:
            out.add_edge(a, b, **_scalars(data))
    return out


def _scalars(data: dict) -> dict:
    return {k: v for k, v in data.items() if isinstance(v, (str, int, float)) and not isinstance(v, bool)}


def write_graphml(net: nx.Graph, path: str | Path) -> None:
    nx.write_graphml(gephi_ready(net), path)


def write_gexf(net: nx.Graph, path: str | Path) -> None:
    nx.write_gexf(gephi_ready(net), path)
