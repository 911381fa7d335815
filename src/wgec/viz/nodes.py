"""Adding entities of the graph to a network: label, class, tooltip and the groups each can be folded into."""
from __future__ import annotations

import networkx as nx
from rdflib import URIRef
from rdflib.namespace import DCTERMS, SKOS
from rdflib.term import Node

from wgec.ontology.vocab import WGEC
from wgec.viz.describe import ACTOR_CLASSES, Describer, cap, clip, noun

KINDS = ACTOR_CLASSES + ("IssueLevel", "FocusArea", "Category", "Issue", "Position", "Meeting")


class NetBuilder:
    """A network under construction: nodes are IRIs (strings) described once by a :class:`Describer`."""

    def __init__(self, describer: Describer, net: nx.Graph) -> None:
        self.d = describer
        self.net = net

    def node(self, iri: Node, **extra: object) -> str:
        key = str(iri)
        if key not in self.net:
            cls = self.d.cls(iri)
            self.net.add_node(key, label=self.d.short(iri, cls), full=self.d.label(iri), cls=cls,
                              title=self.d.tooltip(iri, cls), groups=self.groups(iri, cls))
        if extra:
            self.net.nodes[key].update(extra)
        return key

    def edge(self, s: Node, o: Node, kind: str, weight: float = 1.0, title: str | None = None) -> None:
        a, b = self.node(s), self.node(o)
        if self.net.has_edge(a, b) and not self.net.is_multigraph():
            self.net[a][b]["weight"] += weight
            return
        label_a, label_b = self.net.nodes[a]["label"], self.net.nodes[b]["label"]
        self.net.add_edge(a, b, label=kind, kind=kind, weight=weight,
                          title=title or f"{label_a} — {kind} — {label_b}")

    def groups(self, iri: Node, cls: str) -> dict[str, tuple[str, str]]:
        """The groups an entity folds into: a proposal its document and year, an actor its kind,
        a paragraph its instrument, a document (in a view that shows it) its own group and year."""
        out: dict[str, tuple[str, str]] = {}
        if cls in ("Proposal", "Document"):
            doc = self.d.document_of(iri) if cls == "Proposal" else iri
            if doc is not None:
                out["document"] = (str(doc), self.d.label(doc))
            when = self.d.when(iri)
            year = str(when.start.year) if when else "undated"
            out["year"] = (year, f"Documents of {year}" if when else "Undated documents")
        if cls in KINDS:
            out["type"] = (cls, cap(noun(cls, 2)))
        out["class"] = (cls, cap(noun(cls, 2)))
        if cls in ("Provision", "Instrument"):
            top = self._instrument(iri)
            if top is not None:
                out["instrument"] = (str(top), self.d.label(top))
        if cls == "FocusArea":
            level = self.d.graph.value(iri, SKOS.broader)
            if level is not None:
                out["level"] = (str(level), f"Focus areas of the {self.d.label(level)}")
        return out

    def _instrument(self, iri: Node) -> Node | None:
        """The instrument a paragraph (or sub-paragraph) is part of; an instrument itself."""
        node: Node | None = iri
        for _ in range(6):
            above = self.d.graph.value(node, DCTERMS.isPartOf) if node is not None else None
            if above is None:
                break
            node = above
        return node if isinstance(node, URIRef) else None


def documents_of(describer: Describer, subjects: list[Node]) -> str:
    """'Proposal 1.3 in Doc A (5 December 2016); …': where the statements of an edge come from."""
    out = []
    for s in subjects[:4]:
        cls = describer.cls(s)
        doc = describer.document_of(s) if cls == "Proposal" else None
        when = describer.when(s)
        text = describer.short(s, cls) + (f" in {clip(describer.label(doc), 70)}" if doc is not None else "")
        out.append(text + (f" ({when.text()})" if when else ""))
    more = f"; and {len(subjects) - 4} more" if len(subjects) > 4 else ""
    return "; ".join(out) + more


def stance_subjects(describer: Describer) -> dict[tuple[str, str, str], list[Node]]:
    """(actor, stance, position) -> the proposals or documents that take the stance (or the actor itself)."""
    graph = describer.graph
    out: dict[tuple[str, str, str], list[Node]] = {}
    for predicate, stance in ((WGEC.supportsPosition, "supports"), (WGEC.opposesPosition, "opposes")):
        for subject, position in sorted(graph.subject_objects(predicate), key=lambda so: (str(so[0]), str(so[1]))):
            actors = sorted(graph.objects(subject, WGEC.submittedBy), key=str)
            if not actors and describer.cls(subject) in ACTOR_CLASSES:
                actors = [subject]
            for actor in actors:
                out.setdefault((str(actor), stance, str(position)), []).append(subject)
    return out
