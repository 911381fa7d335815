"""A dossier on one document or actor, ready for a briefing: everything the graph says about it as
Turtle, its proposals, stances, citations and mapping rows as CSV tables, and a PNG of its
neighbourhood (a static drawing: no browser needed).

Files, in the output folder, named after the entity (``russian-federation.ttl`` ...):

- ``NAME.ttl``: the ``describe-entity`` answer (the entity, what points to it, the labels of both,
  its proposals' text, stances with quotes, citations and mapping rows);
- ``NAME-proposals.csv``, ``NAME-stances.csv``, ``NAME-citations.csv``, ``NAME-mapping.csv``;
- ``NAME.png``: the entity and its direct neighbours, grouped past 40 (needs matplotlib: the
  ``viz`` extra).
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, RDF
from rdflib.term import Node

from wgec.files import write_atomic
from wgec.ontology.vocab import WGEC
from wgec.viz.describe import ACTOR_CLASSES, Describer
from wgec.viz.positions import PREDICATES, Evidence, evidence_index

MAPPING_WORDS: dict[URIRef, str] = {WGEC.mappedToOrganization: "UN agency", WGEC.mappedToForum: "forum"}


@dataclass
class Table:
    name: str
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)

    def csv(self) -> bytes:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(self.header)
        writer.writerows(self.rows)
        return buf.getvalue().encode("utf-8")


def slug(iri: URIRef) -> str:
    """A file name for an entity: the last part of its IRI ('russian-federation')."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", str(iri).rstrip("/").rsplit("/", 1)[-1]).strip("-.") or "entity"


def proposals_of(graph: Graph, d: Describer, iri: URIRef) -> list[Node]:
    """A document's proposals; an actor's (its own, and those of documents it submitted); else the
    proposals that name the entity or address it."""
    cls = d.cls(iri)
    found: set[Node] = set()
    if cls == "Document":
        found = set(graph.subjects(WGEC.inDocument, iri))
    elif cls in ACTOR_CLASSES:
        found = set(graph.subjects(WGEC.submittedBy, iri))
        for doc in graph.subjects(WGEC.submittedBy, iri):
            found |= set(graph.subjects(WGEC.inDocument, doc))
    else:
        found = set(graph.subjects(WGEC.mentions, iri)) | set(graph.subjects(WGEC.addressesIssue, iri))
    return sorted((p for p in found if (p, RDF.type, WGEC.Proposal) in graph), key=str)


def _labels(d: Describer, nodes: object) -> str:
    return "; ".join(sorted(d.label(n) for n in nodes))  # type: ignore[attr-defined]


def proposals_table(d: Describer, proposals: list[Node]) -> Table:
    g = d.graph
    table = Table("proposals", ["proposal", "number", "document", "date", "submitters", "text", "issues",
                                "supports", "opposes", "cites"])
    for p in proposals:
        doc = d.document_of(p)
        when = d.when(p)
        table.rows.append([str(p), str(g.value(p, WGEC.number) or ""), d.label(doc) if doc is not None else "",
                           when.text() if when else "", "; ".join(d.submitters(p)),
                           " ".join(str(g.value(p, WGEC.text) or d.label(p)).split()),
                           _labels(d, g.objects(p, WGEC.addressesIssue)),
                           _labels(d, g.objects(p, WGEC.supportsPosition)),
                           _labels(d, g.objects(p, WGEC.opposesPosition)), _labels(d, g.objects(p, WGEC.cites))])
    return table


def stances_table(d: Describer, subjects: list[Node]) -> Table:
    index = evidence_index(d)
    table = Table("stances", ["question", "stance", "proposal or document", "document", "quote", "method",
                              "confidence"])
    for s in subjects:
        doc = d.document_of(s)
        for stance, predicate in PREDICATES.items():
            for position in sorted(d.graph.objects(s, predicate), key=str):
                found: list[Evidence | None] = list(index.get((s, predicate, position), [])) or [None]
                for ev in found:
                    table.rows.append([d.label(position), stance, d.short(s), d.label(doc) if doc is not None else "",
                                       ev.quote or "" if ev else "", ev.method if ev else "",
                                       f"{ev.confidence:.2f}" if ev and ev.confidence is not None else ""])
    return table


def citations_table(d: Describer, subjects: list[Node]) -> Table:
    table = Table("citations", ["paragraph", "instrument", "cited by", "kind", "document"])
    for s in subjects:
        cls = d.cls(s)
        doc = d.document_of(s)
        for paragraph in sorted(d.graph.objects(s, WGEC.cites), key=str):
            instrument = d.graph.value(paragraph, DCTERMS.isPartOf)
            table.rows.append([d.label(paragraph), d.label(instrument) if instrument is not None else "",
                               d.short(s, cls), cls.lower(), d.label(doc) if doc is not None else d.label(s)])
    return table


def mapping_table(d: Describer, documents: list[Node]) -> Table:
    table = Table("mapping", ["issue", "mapped to", "body", "written as", "document"])
    for doc in documents:
        for row in sorted(d.graph.subjects(WGEC.inDocument, doc), key=str):
            if (row, RDF.type, WGEC.MappingStatement) not in d.graph:
                continue
            s, p, o = (d.graph.value(row, x) for x in (RDF.subject, RDF.predicate, RDF.object))
            if s is None or o is None:
                continue
            relation = MAPPING_WORDS.get(p, "focus area") if isinstance(p, URIRef) else "focus area"
            table.rows.append([d.label(s), relation, d.label(o), str(d.graph.value(row, WGEC.writtenAs) or ""),
                               d.label(doc)])
    return table


def tables(graph: Graph, iri: URIRef) -> list[Table]:
    """The dossier's tables: proposals, stances, citations, mapping rows."""
    d = Describer(graph)
    proposals = proposals_of(graph, d, iri)
    cls = d.cls(iri)
    documents: list[Node] = [iri] if cls == "Document" else \
        sorted(graph.subjects(WGEC.submittedBy, iri), key=str) if cls in ACTOR_CLASSES else []
    documents = [x for x in documents if (x, RDF.type, WGEC.Document) in graph]
    subjects = documents + proposals + ([iri] if cls in ACTOR_CLASSES else [])
    return [proposals_table(d, proposals), stances_table(d, subjects), citations_table(d, documents + proposals),
            mapping_table(d, documents)]


def description(graph: Graph, iri: URIRef) -> bytes:
    """The ``describe-entity`` answer about ``iri``, as Turtle."""
    from wgec.queries.library import get_query, prepare
    from wgec.queries.results import to_turtle
    from wgec.queries.run import run_local

    result = run_local(graph, prepare(get_query("describe-entity"), {"entity": str(iri)}), "dossier")
    return to_turtle(result).encode("utf-8")


def write_dossier(graph: Graph, name: str, out: Path, png: bool = True) -> list[Path]:
    """Everything about the document or actor ``name`` (an IRI, ``id:`` CURIE or label) in ``out``."""
    from wgec.viz.views import resolve_entity

    iri = resolve_entity(graph, name)
    base = slug(iri)
    written = [out / f"{base}.ttl"]
    write_atomic(written[0], description(graph, iri))
    for table in tables(graph, iri):
        path = out / f"{base}-{table.name}.csv"
        write_atomic(path, table.csv())
        written.append(path)
    if png:
        from wgec.viz.dossier_png import neighbourhood_png

        path = out / f"{base}.png"
        write_atomic(path, neighbourhood_png(graph, iri))
        written.append(path)
    return written
