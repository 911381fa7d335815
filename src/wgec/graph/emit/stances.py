"""Stances found by the rules of :mod:`wgec.graph.link.stances`, as evidenced statements.

Each finding becomes a ``wgec:StanceStatement`` reifying ``proposal wgec:supportsPosition
position`` (or ``wgec:opposesPosition``), with the sentence as its ``wgec:evidence``
(file, lines, characters) and ``wgec:quote``, ``wgec:method "rule:NAME"`` and a
``wgec:confidenceScore``.  The triple itself is asserted only when the stance is the
author's own and no curated annotation speaks on the same proposal and position:

- a reported view (``wgec:reported true``, ``wgec:reportedHolder "Some other
  participants"``), a conditional one (``wgec:conditional true``) or one put forward only as
  an option for consideration (``wgec:asOption true``) is recorded, with a lower confidence,
  but not asserted: asserting it would make the proposal's submitter hold a view the text
  gives to others (001's "2 tres" would make the Russian Federation oppose a new mechanism);
- on a draft's item reproduced in comments on the draft (:mod:`wgec.graph.link.drafts`), a
  stance found in the draft's wording is the draft author's (the item's); one found in
  wording the commenter changed is the amender's, on the commenter's version of the item
  (:func:`~wgec.graph.emit.attribution.amended_version`);
- where a curated ``wgec:AnnotationStatement`` exists on the same proposal and position,
  the curated one wins: the rule's statement is kept, ``wgec:supersededBy`` the curated
  one, and not asserted (the named query ``stance-disagreements`` lists where they differ).
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from wgec.graph.emit.attribution import amended_version
from wgec.graph.emit.emitter import Emitter
from wgec.graph.layout.model import ParsedDocument
from wgec.graph.link.drafts import read_document
from wgec.graph.link.stances import Lexicon, StanceFinding
from wgec.ontology.vocab import ID, WGEC

STANCE_PREDICATES = (WGEC.supportsPosition, WGEC.opposesPosition)
PREDICATE = {"supports": WGEC.supportsPosition, "opposes": WGEC.opposesPosition}


@dataclass
class StanceCounts:
    """What :func:`apply_stances` recorded."""

    found: int = 0
    asserted: int = 0
    reported: int = 0
    conditional: int = 0
    options: int = 0
    amended: int = 0  # on wording a commenter changed in a draft's item: the amender's
    superseded: int = 0


def add_positions(emitter: Emitter) -> None:
    """The questions and positions of the debate (``graph/data/positions.ttl``) into the graph."""
    text = (resources.files("wgec.graph") / "data" / "positions.ttl").read_text(encoding="utf-8")
    emitter.g += Graph().parse(data=text, format="turtle")


def reify(emitter: Emitter, cls: URIRef, triple: tuple[URIRef, URIRef, URIRef], doc: URIRef, span: URIRef,
          label: str, salt: str, *, asserted: bool) -> URIRef:
    """A statement of class ``cls`` about ``triple`` with its evidence (stable IRI); the triple
    itself is added only when ``asserted``."""
    subject, predicate, obj = triple
    if asserted:
        emitter.add(subject, predicate, obj)
    key = hashlib.sha256(f"{subject} {predicate} {obj} {salt}".encode()).hexdigest()[:16]
    st = ID[f"statement/{key}"]
    for p, o in ((RDF.type, cls), (RDFS.label, Literal(label, lang="en")), (RDF.subject, subject),
                 (RDF.predicate, predicate), (RDF.object, obj), (WGEC.inDocument, doc), (WGEC.evidence, span)):
        emitter.add(st, p, o)
    return st


def curated_stances(emitter: Emitter) -> dict[tuple[URIRef, URIRef], list[URIRef]]:
    """The curated stance statements by (proposal, position), asserted or reported."""
    out: dict[tuple[URIRef, URIRef], list[URIRef]] = defaultdict(list)
    g = emitter.g
    for st, cls in list(g.subject_objects(RDF.type)):
        if cls == WGEC.AnnotationStatement and g.value(st, RDF.predicate) in STANCE_PREDICATES:
            key = (g.value(st, RDF.subject), g.value(st, RDF.object))
            out[key].append(st)  # type: ignore[index,arg-type]
    return out


def apply_stances(emitter: Emitter, docs: Iterable[ParsedDocument], lexicon: Lexicon) -> StanceCounts:
    """Record the stances the rules find in ``docs`` (the main rendition of each contribution)."""
    counts = StanceCounts()
    curated = curated_stances(emitter)
    for doc in docs:
        doc_iri = emitter.doc_iri.get(doc.source.name)
        if doc_iri is None:
            continue
        for found in read_document(doc, lexicon).found:
            finding = found.finding
            proposal = emitter._owner_at(doc.source.name, found.item.start)
            position = ID[f"position/{finding.position}"]
            if proposal is None or (position, RDF.type, WGEC.Position) not in emitter.g:
                continue
            if found.amended:  # the commenter's wording: their version of the draft's item
                proposal = amended_version(emitter.g, proposal) or proposal
                counts.amended += 1
            overriding = curated.get((proposal, position), [])
            _emit(emitter, doc, doc_iri, proposal, position, finding, overriding)
            counts.found += 1
            counts.reported += finding.reported
            counts.conditional += finding.conditional
            counts.options += finding.option
            counts.superseded += bool(overriding)
            counts.asserted += finding.asserted and not overriding
    return counts


def _emit(emitter: Emitter, doc: ParsedDocument, doc_iri: URIRef, proposal: URIRef, position: URIRef,
          f: StanceFinding, overriding: list[URIRef]) -> URIRef:
    span = emitter.span(doc.source, f.start, f.end)
    quote = doc.source.text[f.start:f.end].strip()
    predicate = PREDICATE[f.polarity]
    label = f"{f.polarity} {str(position).rsplit('/', 1)[-1]}: {quote[:70]}"
    if f.reported:
        label += f" (reported: {f.holder})"
    elif f.conditional:
        label += " (conditional)"
    elif f.option:
        label = label.rstrip() + " (option)"
    st = reify(emitter, WGEC.StanceStatement, (proposal, predicate, position), doc_iri, span, label,
               f"{f.method} {f.start}-{f.end}", asserted=f.asserted and not overriding)
    emitter.add(st, WGEC.quote, Literal(quote))
    emitter.add(st, WGEC.method, Literal(f.method))
    emitter.add(st, WGEC.confidenceScore, Literal(Decimal(f"{f.confidence:.2f}")))
    if f.reported:
        emitter.add(st, WGEC.reported, Literal(True))
        emitter.add(st, WGEC.reportedHolder, Literal(f.holder))
    if f.conditional:
        emitter.add(st, WGEC.conditional, Literal(True))
    if f.option:
        emitter.add(st, WGEC.asOption, Literal(True))
    for curated in overriding:
        emitter.add(st, WGEC.supersededBy, curated)
    return st
