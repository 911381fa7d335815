"""Stances as networks: who supports or opposes which question of the debate, and who stands together.

A stance is asserted as ``wgec:supportsPosition`` / ``wgec:opposesPosition`` on a proposal or a
document (the submitters hold it) or on an actor; a reified statement on the same triple may give
the quote, the method (curated annotation or found in the text) and a confidence.  Supports and
opposes are never merged into one edge.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from wgec.ontology.vocab import WGEC
from wgec.viz.describe import Describer, clip
from wgec.viz.nodes import NetBuilder, documents_of, stance_subjects

PREDICATES = {"supports": WGEC.supportsPosition, "opposes": WGEC.opposesPosition}


@dataclass(frozen=True)
class Evidence:
    quote: str | None
    method: str
    confidence: float | None


def _method(graph: Graph, statement: Node) -> str:
    if (statement, RDF.type, WGEC.AnnotationStatement) in graph:
        return "curated annotation"
    method = graph.value(statement, WGEC.method)
    if method is None:
        return "found in the text"
    kind, _, name = str(method).partition(":")
    return f"text rule '{name}'" if kind == "rule" and name else f"found in the text ({method})"


def _confidence(graph: Graph, statement: Node) -> float | None:
    for p in (WGEC.confidenceScore, WGEC.confidence):
        value = graph.value(statement, p)
        if isinstance(value, Literal):
            return float(value)
    return None


def evidence_index(describer: Describer) -> dict[tuple[Node, Node, Node], list[Evidence]]:
    """(subject, predicate, position) -> what the reified statements of that stance say."""
    graph = describer.graph
    out: dict[tuple[Node, Node, Node], list[Evidence]] = defaultdict(list)
    for predicate in PREDICATES.values():
        for st in sorted(graph.subjects(RDF.predicate, predicate), key=str):
            s, o = graph.value(st, RDF.subject), graph.value(st, RDF.object)
            if s is None or o is None:
                continue
            out[(s, predicate, o)].append(Evidence(describer.quote(st), _method(graph, st), _confidence(graph, st)))
    return out


def _edge_title(describer: Describer, actor: str, stance: str, position: str, subjects: list[Node],
                evidence: list[Evidence]) -> str:
    lines = [f"{describer.label(URIRef(actor))} {stance}: {describer.label(URIRef(position))}",
             f"{len(subjects)} {'statement' if len(subjects) == 1 else 'statements'}: "
             f"{documents_of(describer, subjects)}"]
    for ev in evidence[:2]:
        if ev.quote:
            lines.append(ev.quote)
    methods = sorted({e.method + (f", confidence {e.confidence:.2f}" if e.confidence is not None else "")
                      for e in evidence})
    if methods:
        lines.append("How it was found: " + "; ".join(methods))
    return "\n".join(lines)


def positions(graph: Graph) -> nx.MultiDiGraph:
    """Actors -> the questions of the debate they support (green) or oppose (red, dashed)."""
    d = Describer(graph)
    net = nx.MultiDiGraph(title="Positions: who supports or opposes which question of the debate",
                          kinds=["supports", "opposes"])
    b = NetBuilder(d, net)
    index = evidence_index(d)
    for (actor, stance, position), subjects in sorted(stance_subjects(d).items()):
        evidence = [e for s in subjects for e in index.get((s, PREDICATES[stance], URIRef(position)), [])]
        b.node(URIRef(actor))
        b.node(URIRef(position))
        net.add_edge(actor, position, key=stance, kind=stance, label=stance, weight=float(len(subjects)),
                     title=_edge_title(d, actor, stance, position, subjects, evidence))
    return net


def coalitions(graph: Graph) -> nx.Graph:
    """Actors linked by the stances they share (weight: shared stances); communities coloured."""
    d = Describer(graph)
    net = nx.Graph(title="Coalitions: actors who take the same stances")
    b = NetBuilder(d, net)
    held: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for actor, stance, position in stance_subjects(d):
        held[actor].add((stance, position))
    for actor in sorted(held):
        b.node(URIRef(actor))
    for a, c in combinations(sorted(held), 2):
        shared = sorted(held[a] & held[c])
        if not shared:
            continue
        both = "; ".join(f"both {s[:-1] if s.endswith('s') else s} {clip(d.label(URIRef(p)), 60)}"
                         for s, p in shared)
        net.add_edge(a, c, kind="shared stance", label="shared stance", weight=float(len(shared)),
                     title=f"{d.label(URIRef(a))} and {d.label(URIRef(c))}: {both}")
    net.graph["color_by"] = "community"
    return net
