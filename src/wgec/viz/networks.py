"""The knowledge graph seen as networks (networkx), one function per view.

Nodes are IRIs (strings) with ``label``, ``cls`` (the most specific wgec class),
``title`` (tooltip text: label, class and a source quote) attributes; edges carry
``label`` (the relation) and ``weight``.
"""
from __future__ import annotations

from collections import Counter, deque
from itertools import combinations

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from wgec.ontology.vocab import ID, WGEC

CLASS_ORDER = ["Government", "Person", "Group", "WorkingGroup", "Organization", "Forum", "Actor", "Proposal",
               "Document", "IssueLevel", "FocusArea", "Category", "Issue", "Provision", "Instrument", "Position",
               "Meeting", "Question", "Characteristic", "Amendment", "SourceFile"]
HIDDEN = {WGEC.TextSpan, WGEC.MappingStatement, WGEC.AnnotationStatement, WGEC.AliasResolution}
QUOTE_MAX = 300


def node_class(graph: Graph, iri: URIRef) -> str:
    types = {str(t)[len(str(WGEC._NS)):] for t in graph.objects(iri, RDF.type) if str(t).startswith(str(WGEC._NS))}
    for cls in CLASS_ORDER:
        if cls in types:
            return cls
    return "Resource"


def label_of(graph: Graph, iri: URIRef) -> str:
    label = graph.value(iri, RDFS.label)
    return str(label) if label is not None else str(iri).replace(str(ID), "")


def quote_of(graph: Graph, iri: URIRef) -> str | None:
    span = next(iter(sorted(graph.objects(iri, WGEC.evidence))), None)
    if span is None:
        return None
    quote = " ".join(str(graph.value(span, WGEC.quote) or "").split())
    where = graph.value(span, RDFS.label)
    quote = quote if len(quote) <= QUOTE_MAX else quote[:QUOTE_MAX].rsplit(" ", 1)[0] + "…"
    return f"“{quote}” ({where})" if where else f"“{quote}”"


def add_node(net: nx.DiGraph, graph: Graph, iri: URIRef) -> str:
    key = str(iri)
    if key not in net:
        label = label_of(graph, iri)
        cls = node_class(graph, iri)
        quote = quote_of(graph, iri)
        net.add_node(key, label=label, cls=cls,
                     title="\n".join(x for x in (label, cls, quote) if x))
    return key


def add_edge(net: nx.DiGraph, graph: Graph, s: URIRef, o: URIRef, label: str, weight: float = 1.0) -> None:
    a, b = add_node(net, graph, s), add_node(net, graph, o)
    if net.has_edge(a, b):
        net[a][b]["weight"] += weight
    else:
        net.add_edge(a, b, label=label, weight=weight)


def mapping(graph: Graph) -> nx.DiGraph:
    """Issue levels -> focus areas, UN agencies and forums (the joint 2017 mapping)."""
    net = nx.DiGraph(title="Mapping: issue levels → focus areas, UN agencies and forums")
    for level in sorted(graph.subjects(RDF.type, WGEC.IssueLevel)):
        add_node(net, graph, level)
        for focus in sorted(graph.subjects(SKOS.broader, level)):
            add_edge(net, graph, level, focus, "focus area")
        for org in sorted(graph.objects(level, WGEC.mappedToOrganization)):
            add_edge(net, graph, level, org, "UN agency")
        for forum in sorted(graph.objects(level, WGEC.mappedToForum)):
            add_edge(net, graph, level, forum, "forum")
    return net


def actors(graph: Graph) -> nx.DiGraph:
    """Actors -> their proposals -> the issues and categories those address."""
    net = nx.DiGraph(title="Actors → proposals → issues")
    for proposal, actor in sorted(graph.subject_objects(WGEC.submittedBy)):
        if (proposal, RDF.type, WGEC.Proposal) not in graph:
            continue
        add_edge(net, graph, actor, proposal, "submitted")
        for issue in sorted(graph.objects(proposal, WGEC.addressesIssue)):
            add_edge(net, graph, proposal, issue, "addresses")
    return net


def positions(graph: Graph) -> nx.DiGraph:
    """Actors linked to the positions their proposals support or oppose (weight: proposals)."""
    net = nx.DiGraph(title="Positions: who supports or opposes what")
    for predicate, stance in ((WGEC.supportsPosition, "supports"), (WGEC.opposesPosition, "opposes")):
        for proposal, position in sorted(graph.subject_objects(predicate)):
            for actor in sorted(graph.objects(proposal, WGEC.submittedBy)):
                a, p = add_node(net, graph, actor), add_node(net, graph, position)
                if net.has_edge(a, p) and net[a][p]["label"] == stance:
                    net[a][p]["weight"] += 1
                elif net.has_edge(a, p):
                    net[a][p]["label"] = "supports and opposes"
                else:
                    net.add_edge(a, p, label=stance, weight=1.0)
    return net


def agreement(graph: Graph) -> nx.Graph:
    """Actor-to-actor agreement: same stance on a position, co-submission, same group (weights add up)."""
    net = nx.Graph(title="Agreement between actors")
    stances: dict[tuple[str, str], set[str]] = {}
    for predicate, stance in ((WGEC.supportsPosition, "supports"), (WGEC.opposesPosition, "opposes")):
        for proposal, position in graph.subject_objects(predicate):
            for actor in graph.objects(proposal, WGEC.submittedBy):
                stances.setdefault((str(position), stance), set()).add(str(actor))
    reasons: Counter[tuple[str, str, str]] = Counter()
    for (_, stance), members in stances.items():
        for a, b in combinations(sorted(members), 2):
            reasons[(a, b, f"same stance ({stance})")] += 1
    for doc in set(graph.subjects(RDF.type, WGEC.Document)):
        for a, b in combinations(sorted({str(x) for x in graph.objects(doc, WGEC.submittedBy)}), 2):
            reasons[(a, b, "co-submitted")] += 1
    for group in set(graph.subjects(RDF.type, WGEC.Group)):
        for a, b in combinations(sorted({str(x) for x in graph.objects(group, WGEC.hasMember)}), 2):
            reasons[(a, b, "same group")] += 1
    for (a, b, why), n in sorted(reasons.items()):
        for x in (a, b):
            add_node(net, graph, URIRef(x))  # type: ignore[arg-type]
        if net.has_edge(a, b):
            net[a][b]["weight"] += n
            net[a][b]["label"] += f", {why}"
        else:
            net.add_edge(a, b, label=why, weight=float(n))
    return net


def citations(graph: Graph) -> nx.DiGraph:
    """Documents and proposals -> the paragraphs of the Tunis Agenda, Geneva Declaration, A/70/125 they cite."""
    net = nx.DiGraph(title="Citations of UN instruments")
    for citing, provision in sorted(graph.subject_objects(WGEC.cites)):
        add_edge(net, graph, citing, provision, "cites")
        parent = graph.value(provision, DCTERMS.isPartOf)
        if parent is not None:
            add_edge(net, graph, provision, parent, "part of")  # type: ignore[arg-type]
    return net


def neighbourhood(graph: Graph, focus: URIRef, depth: int = 1) -> nx.DiGraph:
    """Everything within ``depth`` links of ``focus`` (both directions; provenance nodes folded into tooltips)."""
    net = nx.DiGraph(title=f"Neighbourhood of {label_of(graph, focus)} (depth {depth})")
    add_node(net, graph, focus)
    seen = {focus}
    queue: deque[tuple[URIRef, int]] = deque([(focus, 0)])

    def visible(term) -> bool:  # noqa: ANN001
        return isinstance(term, URIRef) and str(term).startswith(str(ID)) and \
            not any((term, RDF.type, h) in graph for h in HIDDEN)

    while queue:
        node, d = queue.popleft()
        if d >= depth:
            continue
        links = [(node, p, o) for p, o in graph.predicate_objects(node) if visible(o)]
        links += [(s, p, node) for s, p in graph.subject_predicates(node) if visible(s)]
        for s, p, o in sorted(links):
            add_edge(net, graph, s, o, str(p).split("#")[-1].split("/")[-1])  # type: ignore[arg-type]
            other = o if s == node else s
            if other not in seen:
                seen.add(other)  # type: ignore[arg-type]
                queue.append((other, d + 1))  # type: ignore[arg-type]
    return net


def from_triples(graph: Graph, triples, title: str = "Query result") -> nx.DiGraph:  # noqa: ANN001
    """A network of the IRI-to-IRI triples of a CONSTRUCT result (labels looked up in ``graph``)."""
    net = nx.DiGraph(title=title)
    merged = graph
    for s, p, o in sorted(triples):
        if isinstance(s, URIRef) and isinstance(o, URIRef) and p != RDF.type:
            add_edge(net, merged, s, o, str(p).split("#")[-1].split("/")[-1])
    return net


def from_rows(graph: Graph, rows, title: str = "Query result") -> nx.DiGraph:  # noqa: ANN001
    """A network from SELECT rows whose first two columns are edge ends (a third, if any, labels the edge)."""
    net = nx.DiGraph(title=title)
    for row in rows:
        if len(row) < 2 or row[0] is None or row[1] is None:
            continue
        a, b = row[0], row[1]
        label = str(row[2]) if len(row) > 2 and row[2] is not None else ""
        for term in (a, b):
            if isinstance(term, Literal):
                key = f"literal:{term}"
                if key not in net:
                    net.add_node(key, label=str(term), cls="Literal", title=str(term))
        ka = str(a) if isinstance(a, URIRef) else f"literal:{a}"
        kb = str(b) if isinstance(b, URIRef) else f"literal:{b}"
        if isinstance(a, URIRef):
            add_node(net, graph, a)
        if isinstance(b, URIRef):
            add_node(net, graph, b)
        if net.has_edge(ka, kb):
            net[ka][kb]["weight"] += 1
        else:
            net.add_edge(ka, kb, label=label, weight=1.0)
    return net
