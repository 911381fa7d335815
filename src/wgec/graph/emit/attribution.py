"""Who said what, when a document holds more than its submitter's words.

- **Amendments** (:attr:`ParsedDocument.edits`): each ``wgec:Amendment`` (a ``wgec:Move``
  for wording moved within a list) on the proposal it changes, ``wgec:amendedBy`` whoever
  submitted the passage it stands in.
- **Quotations** (:attr:`ParsedDocument.quoted`): a ``wgec:Quotation`` that ``wgec:quotes``
  the provision (whose instrument it is part of), ``wgec:quotedBy`` the submitter whose
  text quotes it; the document ``wgec:cites`` the provision.  Never a proposal.
- **Drafts commented on**: the items a document reproduces from a draft are the draft
  author's (the Chair of the working group, for a Chair's draft), not the commenter's.  An item
  whose wording the commenter changed (a deletion, insertion or replacement; not a move) also has
  the commenter's version: a proposal ``wgec:amends`` the item, its text the item as amended
  (``wgec:amendedText``), submitted by whoever made the amendments; a stance resting on the
  changed wording is that version's (:mod:`wgec.graph.link.drafts`).
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from wgec.graph.ingest.markup import clean_text
from wgec.graph.layout.model import ActorName, Edit, ParsedDocument, QuotedProvision
from wgec.graph.link import facts
from wgec.ontology.vocab import ID, WGEC

if TYPE_CHECKING:
    from wgec.graph.emit.protocol import EmitterLike
    from wgec.graph.triples import TripleSet

LABEL_TEXT = 80


def _short(text: str) -> str:
    return text if len(text) <= LABEL_TEXT else text[:LABEL_TEXT].rsplit(" ", 1)[0] + "…"


def submitters_at(doc: ParsedDocument, offset: int) -> list[ActorName]:
    """Who submitted the passage at ``offset``: the submitters of the submission it stands in (the
    last one whose heading comes before it, in a compilation), else the document's."""
    headed = [s for s in doc.submissions if s.heading_span is not None]
    if headed:
        starts = [s.heading_span[0] for s in headed if s.heading_span is not None]
        i = bisect.bisect_right(starts, offset) - 1
        return list(headed[i].submitters) if i >= 0 else []
    return list(doc.submissions[0].submitters) if doc.submissions else list(doc.submitters)


def _label(edit: Edit) -> str:
    if edit.kind == "move":
        return f"Moved within its list: {_short(edit.deleted)}"
    if edit.kind == "insert":
        return f"Inserted: {_short(edit.inserted)}"
    replaced = f" (replaced by: {_short(edit.inserted)})" if edit.inserted else ""
    return f"Deleted: {_short(edit.deleted)}{replaced}"


def emit_edits(em: EmitterLike, doc: ParsedDocument, doc_iri: URIRef, year: int | None) -> None:
    """The document's amendments, each on the proposal (else the document) it changes."""
    source = doc.source
    for edit in doc.edits:
        owner = em._owner_at(source.name, edit.start) or doc_iri
        iri = ID[f"amendment/{source.short_id}/{edit.start}"]
        em.add(iri, RDF.type, WGEC.Amendment)
        em.add(iri, RDFS.label, Literal(_label(edit), lang="en"))
        if edit.kind == "move" and edit.moved_to is not None:
            em.add(iri, RDF.type, WGEC.Move)
            em.add(iri, WGEC.movedText, Literal(edit.deleted))
            em.add(iri, WGEC.movedFrom, em.span(source, edit.start, edit.end))
            em.add(iri, WGEC.movedTo, em.span(source, *edit.moved_to))
        else:
            if edit.deleted:
                em.add(iri, WGEC.deletedText, Literal(edit.deleted))
            if edit.inserted:
                em.add(iri, WGEC.insertedText, Literal(edit.inserted))
        em.add(iri, WGEC.evidence, em.span(source, edit.start, edit.end))
        em.add(owner, WGEC.hasAmendment, iri)
        for actor in submitters_at(doc, edit.start):
            em.add(iri, WGEC.amendedBy, em.actor(actor, year, source))
    emit_versions(em, doc, doc_iri, year)


def version_iri(proposal: URIRef) -> URIRef:
    """The IRI of a commenter's version of the draft's item ``proposal``."""
    return URIRef(f"{proposal}-amended")


def amended_version(g: TripleSet, proposal: URIRef) -> URIRef | None:
    """The commenter's version of the draft's item ``proposal``, if they changed its wording."""
    version = version_iri(proposal)
    return version if (version, WGEC.amends, proposal) in g else None


def emit_versions(em: EmitterLike, doc: ParsedDocument, doc_iri: URIRef, year: int | None) -> None:
    """The commenter's version of each draft's item whose wording they changed (a move changes none)."""
    if doc.draft_of is None:
        return
    for edit in doc.edits:
        item = em._owner_at(doc.source.name, edit.start)
        amended = em.g.value(item, WGEC.amendedText) if item is not None else None
        if edit.kind == "move" or item is None or amended is None:
            continue
        commenters = [em.actor(actor, year, doc.source) for actor in submitters_at(doc, edit.start)]
        if not commenters or set(em.g.objects(item, WGEC.submittedBy)) <= set(commenters):
            continue  # the item is the commenter's own already
        version = version_iri(item)
        em.add(version, RDF.type, WGEC.Proposal)
        em.add(version, RDFS.label, Literal(_short(f"As amended: {amended}"), lang="en"))
        em.add(version, WGEC.text, amended)
        em.add(version, WGEC.amends, item)
        em.add(version, WGEC.inDocument, doc_iri)
        for p in (WGEC.section, DCTERMS.date, WGEC.evidence):
            for value in em.g.objects(item, p):
                em.add(version, p, value)
        for actor in commenters:
            em.add(version, WGEC.submittedBy, actor)


def emit_quotation(em: EmitterLike, doc: ParsedDocument, doc_iri: URIRef, q: QuotedProvision, provision: URIRef,
                   year: int | None) -> None:
    """A passage quoting a provision: a quotation of it, by whoever submitted the passage."""
    number = f"{q.paragraph}({q.sub})" if q.sub else str(q.paragraph)
    quotation(em, doc, doc_iri, (q.start, q.end), f"Quotation of paragraph {number}", (WGEC.quotes, provision), year)


def quotation(em: EmitterLike, doc: ParsedDocument, doc_iri: URIRef, where: tuple[int, int], label: str,
              quoted: tuple[URIRef, URIRef], year: int | None) -> URIRef:
    """A ``wgec:Quotation`` of the passage ``where`` (start, end), stating ``quoted`` (``wgec:quotes`` a
    provision or ``wgec:quotesProposal`` a proposal), ``wgec:quotedBy`` whoever submitted the
    passage (the draft's author for a draft's wording reproduced in comments)."""
    source, (start, end) = doc.source, where
    iri = ID[f"quotation/{source.short_id}/{start}"]
    wording = clean_text(source.text[start:end])
    em.add(iri, RDF.type, WGEC.Quotation)
    em.add(iri, RDFS.label, Literal(f"{label}: {_short(wording)}", lang="en"))
    em.add(iri, WGEC.text, Literal(wording, lang="en"))
    em.add(iri, *quoted)
    em.add(iri, WGEC.inDocument, doc_iri)
    em.add(iri, WGEC.evidence, em.span(source, start, end))
    if doc.draft_of is not None and not _in_commenters_item(doc, start):  # the draft quotes it
        authors = draft_authors(em, doc, doc_iri, year)
    else:
        authors = [em.actor(actor, year, source) for actor in submitters_at(doc, start)]
    for author in authors:
        em.add(iri, WGEC.quotedBy, author)
    return iri


def _in_commenters_item(doc: ParsedDocument, offset: int) -> bool:
    return any(item.start <= offset < item.end and item.author == "submitter" for item in doc.all_items())


def draft_authors(em: EmitterLike, doc: ParsedDocument, doc_iri: URIRef, year: int | None) -> list[URIRef]:
    """Who wrote the draft ``doc`` comments on: the Chair the document names, else the one the graph
    knows for the working group of its year, else the office of the Chair of that group (a draft
    calls itself the Chair's: the office is what the text states, no person is made up).  The
    draft document (``wgec:respondsTo``) is marked as theirs."""
    if doc.draft_of is None:
        return []
    authors = the_chair(em, doc, year)
    draft = doc_iri if doc.kind == "chair-draft" else em.g.value(doc_iri, WGEC.respondsTo)
    for author in authors:
        if draft is not None:
            em.add(draft, WGEC.submittedBy, author)  # type: ignore[arg-type]
    return authors


def chair_s_own(em: EmitterLike, doc: ParsedDocument, doc_iri: URIRef, year: int | None) -> None:
    """A document that calls itself the Chair's ("Summary by the Chair of ...") and that no one signs is
    submitted by the Chair (:func:`the_chair`), as a Chair's draft is."""
    if doc.by_chair and not doc.submitters:
        for chair in the_chair(em, doc, year):
            em.add(doc_iri, WGEC.submittedBy, chair)


def the_chair(em: EmitterLike, doc: ParsedDocument, year: int | None) -> list[URIRef]:
    """The Chair ``doc`` speaks of: the one it names, else the one the graph knows for the working group of
    its year, else the office of the Chair of that group (no person is made up)."""
    named = facts.find_chairs(doc)
    wg = facts.group_for_year(em.gaz, year)
    if named:
        name, _, _, start, end = named[0]
        return [em.actor(ActorName(name, start, end, kind="Person"), year, doc.source)]
    if wg is not None and (chair := em.g.value(em.entity(wg), WGEC.chairedBy)) is not None:
        return [chair]  # type: ignore[list-item]
    return [_chair_office(em, wg.slug.split("/", 1)[1] if wg else None, wg.label if wg else None)]


def _chair_office(em: EmitterLike, tail: str | None, group: str | None) -> URIRef:
    iri = ID[f"office/chair/{tail or 'unknown'}"]
    em.add(iri, RDF.type, WGEC.Actor)
    em.add(iri, RDFS.label, Literal(f"Chair of the {group}" if group else "Chair", lang="en"))
    if group and (plain := re.sub(r"\s*\(\d{4}-\d{4}\)$", "", group)) != group:  # as texts name it
        em.add(iri, SKOS.altLabel, Literal(f"Chair of the {plain}", lang="en"))
    return iri
