"""Large networks shown in groups: at most a budget of nodes by default, the rest one click away.

Each node may carry ``groups``: per level name, the ``(key, label)`` of the group it belongs to at
that level (a proposal: its document, then the document's year; an actor: its kind).  The plan
applies the levels in order, only while more than ``budget`` items would be shown: each level
whole (document, year, kind, instrument), but communities largest first and only as far as needed;
a group of two or more items becomes a :class:`Bundle`, which the page draws as one node and
opens on click.  The level ``community`` needs no attribute: it groups the items shown so far by
their Louvain community.  Groups nest: a year bundle holds document bundles holding proposals.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import networkx as nx

from wgec.viz.describe import clip, noun

SEED = 42
DEFAULT_BUDGET = 60
#: Levels applied group by group, largest first, only as far as the budget needs (the others apply whole).
COARSE = {"community"}


@dataclass
class Bundle:
    """A group drawn as one node until opened: ``members`` are node ids or other bundles' ids."""

    id: str
    level: str
    label: str
    members: list[str]
    raw: list[str]
    cls: str


@dataclass
class Plan:
    bundles: dict[str, Bundle] = field(default_factory=dict)
    parent: dict[str, str] = field(default_factory=dict)
    top: list[str] = field(default_factory=list)

    def path(self, item: str) -> list[str]:
        """The bundles holding ``item``, outermost first."""
        out = []
        while item in self.parent:
            item = self.parent[item]
            out.append(item)
        return out[::-1]

    def shown(self) -> int:
        return len(self.top)


def summary(net: nx.Graph, raw: list[str]) -> str:
    """'27 proposals, 1 document': what a bundle holds, by class, largest first."""
    counts = Counter(str(net.nodes[n].get("cls", "Resource")) for n in raw)
    return ", ".join(f"{c} {noun(cls, c)}" for cls, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _common_key(net: nx.Graph, raw: list[str], level: str) -> tuple[str, str] | None:
    keys = {tuple(net.nodes[n].get("groups", {}).get(level) or ()) for n in raw}
    if len(keys) != 1:
        return None
    (key,) = keys
    return (str(key[0]), str(key[1])) if len(key) == 2 else None


def quotient(net: nx.Graph, plan: Plan) -> nx.Graph:
    """The network of the items shown by default (weights add up over the links they stand for)."""
    rep = {}
    for item in plan.top:
        for n in plan.bundles[item].raw if item in plan.bundles else [item]:
            rep[n] = item
    out = nx.Graph()
    out.add_nodes_from(plan.top)
    for a, b, data in net.edges(data=True):
        ra, rb = rep.get(a), rep.get(b)
        if ra is None or rb is None or ra == rb:
            continue
        w = float(data.get("weight", 1.0))
        if out.has_edge(ra, rb):
            out[ra][rb]["weight"] += w
        else:
            out.add_edge(ra, rb, weight=w)
    return out


def _community_keys(net: nx.Graph, plan: Plan) -> dict[str, tuple[str, str]]:
    q = quotient(net, plan)
    if q.number_of_edges() == 0:
        return {}
    parts = nx.algorithms.community.louvain_communities(q, weight="weight", seed=SEED)
    keys = {}
    for i, part in enumerate(sorted((sorted(p) for p in parts), key=lambda c: (-len(c), c))):
        leaders = sorted(part, key=lambda n: (-q.degree(n, weight="weight"), n))[:2]
        names = " and ".join(_item_label(net, plan, n) for n in leaders)
        for item in part:
            keys[item] = (f"c{i}", f"Community of {names}")
    return keys


def _item_label(net: nx.Graph, plan: Plan, item: str) -> str:
    if item in plan.bundles:
        return clip(plan.bundles[item].label.split("\n")[0], 30)
    return clip(str(net.nodes[item].get("label", item)), 30)


def _apply(net: nx.Graph, plan: Plan, level: str, budget: int) -> None:
    if level == "community":
        keys = _community_keys(net, plan)
    else:
        keys = {}
        for item in plan.top:
            found = _common_key(net, plan.bundles[item].raw if item in plan.bundles else [item], level)
            if found:
                keys[item] = found
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for item in plan.top:
        if item in keys:
            groups[keys[item]].append(item)
    chosen = [(k, items) for k, items in sorted(groups.items()) if len(items) >= 2]
    if level in COARSE:  # only the largest groups, as many as it takes
        chosen.sort(key=lambda kv: (-len(kv[1]), kv[0]))
        count, kept = plan.shown(), []
        for k, items in chosen:
            if count <= budget:
                break
            kept.append((k, items))
            count -= len(items) - 1
        chosen = sorted(kept)
    folded = {item for _, items in chosen for item in items}
    top = [item for item in plan.top if item not in folded]
    for (key, label), items in chosen:
        raw = [n for item in items for n in (plan.bundles[item].raw if item in plan.bundles else [item])]
        classes = Counter(str(net.nodes[n].get("cls", "Resource")) for n in raw)
        bundle = Bundle(f"group:{level}:{key}", level, f"{clip(label, 34)}\n{summary(net, raw)}", items, raw,
                        classes.most_common(1)[0][0])
        plan.bundles[bundle.id] = bundle
        for item in items:
            plan.parent[item] = bundle.id
        top.append(bundle.id)
    plan.top = top


def plan_groups(net: nx.Graph, levels: list[str], budget: int = DEFAULT_BUDGET) -> Plan:
    """Group ``net`` level by level until at most ``budget`` items are shown (or no level is left).

    >>> g = nx.Graph()
    >>> g.add_nodes_from([(f"p{i}", {"cls": "Proposal", "groups": {"document": ("d", "Doc")}}) for i in range(5)])
    >>> p = plan_groups(g, ["document"], budget=3)
    >>> p.top, p.bundles[p.top[0]].label
    (['group:document:d'], 'Doc\\n5 proposals')
    """
    plan = Plan(top=list(net.nodes))
    for level in levels:
        if plan.shown() <= budget:
            break
        _apply(net, plan, level, budget)
    return plan
