"""A document's front matter as triples: its date at its precision (with the passage that
states it), submitters, the people who delivered it, the parties it speaks for and its kind;
and, once every document is in, the date of a document that states none, inferred from the
meeting it is tied to.

A document prepared for a meeting ("for the 4th WGEC meeting") or commenting on a draft
(the comments on the Chair's draft of 11 November 2017, tied to the first meeting after
it) gets ``wgec:inferredDate`` (the meeting's start, at the meeting's precision) and
``wgec:dateInferredFrom`` the meeting, never ``dcterms:date``: what the document states
and what the graph infers stay apart, and a timeline can place it without listing it first.
"""
from __future__ import annotations

import datetime as dt
from importlib import resources
from typing import TYPE_CHECKING

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS

from wgec.graph.layout.datelines import Precision
from wgec.graph.layout.model import ParsedDocument
from wgec.graph.triples import TripleSet
from wgec.ontology.dates import DAY, MONTH, PRECISIONS, YEAR, day_term, month_term, year_term
from wgec.ontology.vocab import ID, WGEC

if TYPE_CHECKING:
    from wgec.graph.emit.protocol import EmitterLike

UNITS: dict[str, URIRef] = {"day": DAY, "month": MONTH, "year": YEAR}
KIND_SCHEME = ID["scheme/document-kinds"]


def date_term(value: dt.date, precision: Precision) -> tuple[Literal, URIRef]:
    """The ``xsd:dateTime`` of a date at its precision and the precision's OWL-Time unit.

    >>> [str(t) for t in date_term(dt.date(2016, 12, 7), "month")]
    ['2016-12-01T00:00:00', 'http://www.w3.org/2006/time#unitMonth']
    """
    if precision == "year":
        return year_term(value.year), YEAR
    if precision == "month":
        return month_term(value.year, value.month), MONTH
    return day_term(value), DAY


def document_kinds() -> Graph:
    """The scheme of document kinds (``graph/data/document-kinds.ttl``)."""
    text = (resources.files("wgec.graph") / "data" / "document-kinds.ttl").read_text(encoding="utf-8")
    return Graph().parse(data=text, format="turtle")


def emit_front_matter(emitter: EmitterLike, doc: ParsedDocument, iri: URIRef, year: int | None) -> None:
    """The front matter of ``doc`` on its document ``iri`` (see the module docstring)."""
    source = doc.source
    if doc.date is not None:
        term, unit = date_term(doc.date, doc.date_precision)
        emitter.add(iri, DCTERMS.date, term)
        emitter.add(iri, WGEC.datePrecision, unit)
        if doc.date_span is not None:
            emitter.add(iri, WGEC.evidence, emitter.span(source, *doc.date_span))
    for name in doc.submitters:
        emitter.add(iri, WGEC.submittedBy, emitter.actor(name, year, source))
    for name in doc.on_behalf_of:
        emitter.add(iri, WGEC.onBehalfOf, emitter.actor(name, year, source))
    for name in doc.delivered_by:
        person = emitter.actor(name, year, source)
        if (person, RDF.type, WGEC.Person) in emitter.g:
            emitter.add(iri, WGEC.deliveredBy, person)
    if doc.kind is not None:
        if (KIND_SCHEME, RDF.type, None) not in emitter.g:
            emitter.g += document_kinds()
        emitter.add(iri, WGEC.documentKind, ID[f"kind/{doc.kind}"])


def _meeting_after(g: TripleSet, wg: URIRef, day: dt.date) -> URIRef | None:
    """The first meeting of working group ``wg`` that starts after ``day``."""
    later = sorted((str(start), m) for m, group in g.subject_objects(WGEC.meetingOf)
                   if group == wg and isinstance(m, URIRef) and (start := g.value(m, WGEC.startDate)) is not None
                   and str(start)[:10] > day.isoformat())
    return later[0][1] if later else None


def _tied_meeting(g: TripleSet, doc: URIRef) -> URIRef | None:
    """The meeting a document is tied to: the one it was prepared for, else the first meeting of
    its working group after the dated draft it responds to."""
    prepared = sorted(m for m in g.objects(doc, WGEC.preparedFor) if isinstance(m, URIRef))
    if prepared:
        return prepared[0]
    wg = g.value(doc, WGEC.forWorkingGroup)
    for target in sorted(g.objects(doc, WGEC.respondsTo), key=str):
        when = g.value(target, DCTERMS.date)
        if isinstance(wg, URIRef) and when is not None:
            return _meeting_after(g, wg, dt.date.fromisoformat(str(when)[:10]))
    return None


def infer_document_dates(emitter: EmitterLike) -> list[str]:
    """Give each document with no date of its own the date of the meeting it is tied to (see
    the module docstring); returns a report line for each."""
    g = emitter.g
    lines: list[str] = []
    documents = sorted({d for d, cls in g.subject_objects(RDF.type) if cls == WGEC.Document and isinstance(d, URIRef)},
                       key=str)
    for doc in documents:
        if g.value(doc, DCTERMS.date) is not None or g.value(doc, WGEC.inferredDate) is not None:
            continue
        meeting = _tied_meeting(g, doc)
        start = g.value(meeting, WGEC.startDate) if meeting is not None else None
        if meeting is None or start is None:
            continue
        unit = g.value(meeting, WGEC.datePrecision)
        unit = unit if isinstance(unit, URIRef) else DAY
        emitter.add(doc, WGEC.inferredDate, start)
        emitter.add(doc, WGEC.datePrecision, unit)
        emitter.add(doc, WGEC.dateInferredFrom, meeting)
        lines.append(f"{g.value(doc, RDFS.label)}: no date of its own; dated {str(start)[:10]} "
                     f"({PRECISIONS.get(unit, 'day')}) from the {g.value(meeting, RDFS.label)} it is tied to "
                     f"(wgec:inferredDate)")
    return lines
