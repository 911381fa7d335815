"""The knowledge graph seen as networks (networkx), one function per view.

Nodes are IRIs (strings) with ``label`` (drawn), ``cls`` (the most specific wgec class), ``title``
(the tooltip: human labels, document titles, quotes) and ``groups`` (what the node folds into when a
view is too large: see :mod:`wgec.viz.aggregate`); edges carry ``kind`` (the relation, which sets
the style), ``weight`` and a ``title``.  Stance views live in :mod:`wgec.viz.positions`.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Sequence
from itertools import combinations

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS
from rdflib.term import Node

from wgec.ontology.vocab import ID, WGEC
from wgec.viz.describe import Describer, clip
from wgec.viz.nodes import NetBuilder, stance_subjects
from wgec.viz.positions import coalitions, positions

__all__ = ["mapping", "actors", "positions", "coalitions", "agreement", "citations", "neighbourhood", "activity",
           "from_triples", "from_rows", "label_of"]

HIDDEN = {WGEC.TextSpan, WGEC.MappingStatement, WGEC.AnnotationStatement, WGEC.AliasResolution, WGEC.SourceFile,
          WGEC.EvidencedStatement}
MAPPING = {WGEC.mappedToOrganization: "UN agency", WGEC.mappedToForum: "forum"}


def _pair(so: tuple[Node, Node]) -> tuple[str, str]:
    return str(so[0]), str(so[1])


def label_of(graph: Graph, iri: URIRef) -> str:
    return Describer(graph).label(iri)


def _start(graph: Graph, title: str, directed: bool = True) -> tuple[Describer, nx.Graph, NetBuilder]:
    """What each view's builder starts from: the graph's describer, an empty network titled ``title``
    (directed or not) and the builder that adds described nodes and edges to it."""
    d = Describer(graph)
    net = (nx.DiGraph if directed else nx.Graph)(title=title)
    return d, net, NetBuilder(d, net)


def mapping_sources(graph: Graph) -> dict[tuple[Node, Node, Node], set[Node]]:
    """(issue level, predicate, body) -> the documents whose mapping tables state it."""
    out: dict[tuple[Node, Node, Node], set[Node]] = defaultdict(set)
    for st in graph.subjects(RDF.type, WGEC.MappingStatement):
        s, p, o = graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object)
        doc = graph.value(st, WGEC.inDocument)
        if s is not None and p is not None and o is not None and doc is not None:
            out[(s, p, o)].add(doc)
    return out


def mapping(graph: Graph) -> nx.DiGraph:
    """Issue levels -> focus areas, UN agencies and forums (the joint 2017 mapping); weight: documents."""
    d, net, b = _start(graph, "Mapping: issue levels → focus areas, UN agencies and forums")
    sources = mapping_sources(graph)
    for level in sorted(graph.subjects(RDF.type, WGEC.IssueLevel), key=str):
        b.node(level)
        for focus in sorted(graph.subjects(SKOS.broader, level), key=str):
            b.edge(level, focus, "focus area")
        for predicate, kind in MAPPING.items():
            for body in sorted(graph.objects(level, predicate), key=str):
                docs = sorted(d.label(x) for x in sources.get((level, predicate, body), ()))
                said = f"stated in {len(docs)} document{'s' if len(docs) != 1 else ''}: " + "; ".join(
                    clip(x, 70) for x in docs[:3]) if docs else "no mapping table states it"
                b.edge(level, body, kind, float(max(1, len(docs))),
                       f"{d.label(level)} → {d.label(body)} ({kind}), {said}")
    return net


def actors(graph: Graph) -> nx.DiGraph:
    """Actors -> their proposals -> the issues and categories those address."""
    d, net, b = _start(graph, "Actors → proposals → issues")
    for proposal, actor in sorted(graph.subject_objects(WGEC.submittedBy), key=_pair):
        if (proposal, RDF.type, WGEC.Proposal) not in graph:
            continue
        b.edge(actor, proposal, "submitted")
        for issue in sorted(graph.objects(proposal, WGEC.addressesIssue), key=str):
            b.edge(proposal, issue, "addresses")
    net.graph["levels"] = ["document", "year", "type", "community"]
    return net


def agreement(graph: Graph) -> nx.Graph:
    """Actor-to-actor agreement: same stance on a question, co-submission, same group (weights add up)."""
    d, net, b = _start(graph, "Agreement between actors", directed=False)
    stances: dict[tuple[str, str], set[str]] = defaultdict(set)
    for actor, stance, position in stance_subjects(d):
        stances[(position, stance)].add(actor)
    reasons: Counter[tuple[str, str, str]] = Counter()
    for (position, stance), members in stances.items():
        for a, c in combinations(sorted(members), 2):
            reasons[(a, c, f"both {stance[:-1]} {clip(d.label(URIRef(position)), 50)}")] += 1
    for doc in set(graph.subjects(RDF.type, WGEC.Document)):
        for a, c in combinations(sorted({str(x) for x in graph.objects(doc, WGEC.submittedBy)}), 2):
            reasons[(a, c, "co-submitted a document")] += 1
    for group in set(graph.subjects(RDF.type, WGEC.Group)):
        for a, c in combinations(sorted({str(x) for x in graph.objects(group, WGEC.hasMember)}), 2):
            reasons[(a, c, f"both members of {clip(d.label(group), 50)}")] += 1
    why: dict[tuple[str, str], list[str]] = defaultdict(list)
    for (a, c, reason), n in sorted(reasons.items()):
        why[(a, c)] += [reason] * n
    for (a, c), items in sorted(why.items()):
        b.node(URIRef(a))
        b.node(URIRef(c))
        kinds = Counter(items)
        text = "; ".join(f"{r}" + (f" (×{n})" if n > 1 else "") for r, n in sorted(kinds.items()))
        net.add_edge(a, c, kind="agreement", label=", ".join(sorted(kinds)), weight=float(len(items)),
                     title=f"{d.label(URIRef(a))} and {d.label(URIRef(c))}: {text}")
    net.graph["color_by"] = "community"
    net.graph["levels"] = ["type", "community"]
    return net


def citations(graph: Graph) -> nx.DiGraph:
    """Documents and proposals -> the paragraphs of the Tunis Agenda, Geneva Declaration, A/70/125 they cite."""
    d, net, b = _start(graph, "Citations of UN instruments")
    for citing, provision in sorted(graph.subject_objects(WGEC.cites), key=_pair):
        b.edge(citing, provision, "cites")
        parent = graph.value(provision, DCTERMS.isPartOf)
        if parent is not None:
            b.edge(provision, parent, "part of")
    net.graph["levels"] = ["document", "instrument", "year", "community"]
    return net


def relation(d: Describer, predicate: Node) -> str:
    """A property in words: its label in the ontology ('date inferred from'), else its name split."""
    label = d.graph.value(predicate, RDFS.label)
    if label is not None:
        return str(label)
    name = str(predicate).split("#")[-1].split("/")[-1]
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).lower()


def _visible(graph: Graph, term: Node) -> bool:
    return isinstance(term, URIRef) and str(term).startswith(str(ID)) and \
        not any((term, RDF.type, h) in graph for h in HIDDEN)


def neighbourhood(graph: Graph, focus: URIRef, depth: int = 1) -> nx.DiGraph:
    """Everything within ``depth`` links of ``focus`` (both directions; provenance nodes left out)."""
    d, net, b = _start(graph, "")
    net.graph["title"] = f"Neighbourhood of {d.label(focus)} (depth {depth})"
    b.node(focus)
    seen = {focus}
    queue: deque[tuple[URIRef, int]] = deque([(focus, 0)])
    while queue:
        node, dist = queue.popleft()
        if dist >= depth:
            continue
        links: list[tuple[Node, Node, Node]] = [(node, p, o) for p, o in graph.predicate_objects(node)
                                                if _visible(graph, o)]
        links += [(s, p, node) for s, p in graph.subject_predicates(node) if _visible(graph, s)]
        for s, p, o in sorted(links, key=lambda t: tuple(map(str, t))):
            b.edge(s, o, relation(d, p))
            other = o if s == node else s
            if isinstance(other, URIRef) and other not in seen:
                seen.add(other)
                queue.append((other, dist + 1))
    net.nodes[str(focus)].update(groups={}, focus=True)  # the focus is always shown, and stands out
    net.graph["levels"] = ["document", "instrument", "class", "community"]
    return net


def activity(graph: Graph) -> nx.Graph:
    """Actors -> the years in which they submitted documents (weight: documents); the timeline's companion."""
    d, net, b = _start(graph, "Who submitted when", directed=False)
    per: dict[tuple[Node, int], list[Node]] = defaultdict(list)
    for doc in sorted(graph.subjects(RDF.type, WGEC.Document), key=str):
        when = d.when(doc)
        if when is None:
            continue
        for actor in graph.objects(doc, WGEC.submittedBy):
            per[(actor, when.start.year)].append(doc)
    for (actor, year), docs in sorted(per.items()):
        ykey = f"year:{year}"
        if ykey not in net:
            net.add_node(ykey, label=str(year), cls="Year", title=f"{year}", groups={})
        b.node(actor)
        names = "; ".join(clip(d.label(x), 70) for x in docs[:4]) + ("; …" if len(docs) > 4 else "")
        net.add_edge(str(actor), ykey, kind="submitted in", label="submitted in", weight=float(len(docs)),
                     title=f"{d.label(actor)} in {year}: {len(docs)} document{'s' if len(docs) > 1 else ''} "
                           f"({names})")
    for y in [n for n, c in net.nodes(data="cls") if c == "Year"]:
        count = sum(int(w) for _, _, w in net.edges(y, data="weight"))
        net.nodes[y]["title"] = f"{net.nodes[y]['label']}\n{count} documents, by {net.degree(y)} actors"
    net.graph["levels"] = ["type", "community"]
    return net


def from_triples(graph: Graph, triples: Iterable[tuple[Node, Node, Node]], title: str = "Query result") -> nx.DiGraph:
    """A network of the IRI-to-IRI triples of a CONSTRUCT result (labels looked up in ``graph``)."""
    net = nx.DiGraph(title=title)
    b = NetBuilder(Describer(graph), net)
    for s, p, o in sorted(triples, key=lambda t: tuple(map(str, t))):
        if isinstance(s, URIRef) and isinstance(o, URIRef) and p != RDF.type:
            b.edge(s, o, relation(b.d, p))
    net.graph["levels"] = ["document", "type", "community"]
    return net


def _literal_node(net: nx.DiGraph, term: Literal) -> str:
    key = f"literal:{term}"
    if key not in net:
        net.add_node(key, label=clip(str(term), 38), cls="Literal", title=str(term), groups={})
    return key


def from_rows(graph: Graph, rows: Iterable[Sequence[Node | None]], title: str = "Query result") -> nx.DiGraph:
    """A network from SELECT rows whose first two columns are edge ends (a third, if any, labels the edge)."""
    net = nx.DiGraph(title=title)
    b = NetBuilder(Describer(graph), net)
    for row in rows:
        if len(row) < 2 or row[0] is None or row[1] is None:
            continue
        ends = [_literal_node(net, t) if isinstance(t, Literal) else b.node(t) for t in row[:2] if t is not None]
        label = str(row[2]) if len(row) > 2 and row[2] is not None else "linked to"
        if net.has_edge(*ends):
            net[ends[0]][ends[1]]["weight"] += 1
        else:
            net.add_edge(*ends, kind=label, label=label, weight=1.0,
                         title=f"{net.nodes[ends[0]]['label']} — {label} — {net.nodes[ends[1]]['label']}")
    net.graph["levels"] = ["document", "type", "community"]
    return net
