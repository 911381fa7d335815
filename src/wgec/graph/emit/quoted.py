"""Quotations of proposals (:mod:`wgec.graph.link.quoted`): a ``wgec:Quotation`` that
``wgec:quotesProposal`` the proposal whose wording a document reproduces, ``wgec:quotedBy``
whoever submitted the passage.  The proposal stays its author's: the quoting document gets
no proposal, no stance and no submitter from it.

Only quotes of another document's proposals are recorded (a contribution quoting itself, or a
comment quoting the draft it reproduces, is not news); a passage the layout already read as
a quoted provision of an instrument (Tunis Agenda wording) stays that.
"""
from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable

from rdflib import URIRef
from rdflib.namespace import RDF

from wgec.graph.emit.attribution import quotation
from wgec.graph.emit.emitter import Emitter
from wgec.graph.layout.model import ParsedDocument
from wgec.graph.link.quoted import ProposalIndex, QuotedPassage, QuoteMatch, quoted_passages
from wgec.ontology.vocab import WGEC


def apply_quoted_proposals(emitter: Emitter, docs: Iterable[ParsedDocument]) -> int:
    """Record, for ``docs`` (the main rendition of each contribution), every quote of another
    document's proposal; returns how many."""
    quoting = [(doc, iri, passages) for doc in docs
               if (iri := emitter.doc_iri.get(doc.source.name)) is not None
               and (passages := _quoted_outside_provisions(doc))]
    g = emitter.g
    proposals = sorted((p, g.value(p, WGEC.inDocument), str(text)) for p, text in g.subject_objects(WGEC.text)
                       if (p, RDF.type, WGEC.Proposal) in g and (p, WGEC.amends, None) not in g) if quoting else []
    by_document: dict[str, set[str]] = {}
    for p, doc_iri, _ in proposals:
        by_document.setdefault(str(doc_iri), set()).add(str(p))
    if len(by_document.keys() | {str(iri) for _, iri, _ in quoting}) < 2:
        return 0  # one document: nobody else's proposal to quote (no index of a large document's proposals)
    index = ProposalIndex((str(p), text) for p, _, text in proposals)
    count = 0
    for doc, doc_iri, passages in quoting:
        own = frozenset(by_document.get(str(doc_iri), ()))
        for passage in passages:
            found = index.match(passage, exclude=own)
            if found is not None:
                _quotation(emitter, doc, doc_iri, found)
                count += 1
    return count


def _quoted_outside_provisions(doc: ParsedDocument) -> list[QuotedPassage]:
    """The document's quoted passages but those the layout read as an instrument's wording
    (``wgec:quotes`` a Provision)."""
    spans = sorted((q.start, q.end) for q in doc.quoted)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))  # furthest end among the first i+1
    kept = []
    for p in quoted_passages(doc.source.text):
        i = bisect.bisect_left(starts, p.end) - 1  # the provisions starting before the passage ends
        if i < 0 or reach[i] <= p.start:  # none of them reaches into it
            kept.append(p)
    return kept


def _quotation(emitter: Emitter, doc: ParsedDocument, doc_iri: URIRef, found: QuoteMatch) -> URIRef:
    passage = found.passage
    return quotation(emitter, doc, doc_iri, (passage.start, passage.end), "Quotation of a proposal",
                     (WGEC.quotesProposal, URIRef(found.proposal)), doc.date.year if doc.date else None)
