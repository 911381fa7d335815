"""A static PNG of an entity's neighbourhood (matplotlib and networkx, no browser): the entity in the
middle, its direct neighbours around it, grouped past 40 (a group is a box labelled with what it
holds), coloured by class, with a legend.  matplotlib comes with the ``viz`` extra."""
from __future__ import annotations

import io
import math
import textwrap
from collections import Counter
from typing import Any

import networkx as nx
from rdflib import Graph, URIRef

from wgec.errors import MissingExtraError
from wgec.viz.aggregate import plan_groups, quotient
from wgec.viz.describe import Describer, cap, clip, noun
from wgec.viz.networks import neighbourhood
from wgec.viz.render import PALETTE

SHOWN = 40


def _pyplot() -> Any:
    """matplotlib's pyplot, imported (and set to draw off-screen) only when a PNG is asked for."""
    try:
        import matplotlib
    except ImportError:
        raise MissingExtraError("the dossier's PNG needs matplotlib: pip install 'wgec[viz]' "
                                "(or give --no-png)") from None
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _items(net: nx.Graph, focus: str) -> tuple[nx.Graph, dict[str, dict]]:
    """The drawn network (groups folded) and, per drawn item, its label, class and whether it is a group."""
    plan = plan_groups(net, list(net.graph.get("levels", ["document", "type", "community"])), SHOWN)
    drawn = quotient(net, plan)
    info = {}
    for item in drawn:
        if item in plan.bundles:
            b = plan.bundles[item]
            head, _, counts = b.label.partition("\n")
            info[item] = {"label": f"{clip(head, 26)}\n({counts})", "cls": b.cls, "group": True}
        else:
            data = net.nodes[item]
            info[item] = {"label": textwrap.fill(clip(str(data.get("full") or data.get("label", item)), 44), 22),
                          "cls": str(data.get("cls", "Resource")), "group": False}
    info[focus]["focus"] = True
    return drawn, info


def _layout(drawn: nx.Graph, focus: str, info: dict[str, dict]) -> dict[str, tuple[float, float]]:
    """The entity in the middle, the rest on a circle (by class, so that kinds sit together), every other
    one (or two of three) a little further out so that neighbouring labels do not touch."""
    others = sorted((n for n in drawn if n != focus), key=lambda n: (info[n]["cls"], info[n]["label"]))
    pos = {focus: (0.0, 0.0)}
    for i, n in enumerate(others):
        angle = 2 * math.pi * i / max(len(others), 1) + math.pi / 2
        radius = 1.0 + (0.0 if len(others) < 12 else 0.22 * (i % (2 if len(others) < 20 else 3)))
        pos[n] = (radius * math.cos(angle) * 1.45, radius * math.sin(angle) * 1.1)
    return pos


def neighbourhood_png(graph: Graph, iri: URIRef) -> bytes:
    """The PNG bytes of ``iri`` and its direct neighbours."""
    plt = _pyplot()
    net = neighbourhood(graph, iri, 1)
    drawn, info = _items(net, str(iri))
    pos = _layout(drawn, str(iri), info)
    fig, ax = plt.subplots(figsize=(13, 9.5), dpi=110)
    weights = [float(w) for *_, w in drawn.edges(data="weight", default=1.0)]
    nx.draw_networkx_edges(drawn, pos, ax=ax, edge_color="#9aa5b1", alpha=0.6,
                           width=[0.6 + min(w, 8) * 0.35 for w in weights])
    for item, (x, y) in pos.items():
        meta = info[item]
        color = PALETTE.get(meta["cls"], "#cccccc")
        box = {"boxstyle": "round,pad=0.35", "fc": "#ffffff" if meta["group"] else color, "ec": color,
               "lw": 2.2 if meta["group"] else 0.8, "alpha": 0.95}
        ax.text(x, y, meta["label"], ha="center", va="center", bbox=box, zorder=3,
                fontsize=11 if meta.get("focus") else 8, fontweight="bold" if meta.get("focus") else "normal")
    classes = Counter(meta["cls"] for meta in info.values())
    handles = [plt.Line2D([], [], marker="s", linestyle="", markersize=9, color=PALETTE.get(c, "#cccccc"),
                          label=f"{cap(noun(c, n))} ({n})") for c, n in sorted(classes.items())]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=True,
              title="Drawn (white box: a group)", title_fontsize=8)
    d = Describer(graph)
    ax.set_title(f"{d.label(iri)}: {cap(noun(d.cls(iri)))}, and the {net.number_of_nodes() - 1} entities linked to it"
                 + (f" ({drawn.number_of_nodes() - 1} drawn, the rest grouped)" if len(drawn) < len(net) else ""),
                 fontsize=11)
    ax.margins(0.12)
    ax.set_axis_off()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()
