"""Proposals: submissions and their items, mentions, citations of provisions, questions, categories."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS
from rdflib.term import Node

from wgec.graph.emit.attribution import draft_authors
from wgec.graph.emit.base import PROGRESS_EVERY, EmitterBase, Rendition, short
from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.keys import slug as _slug
from wgec.graph.layout.model import ParsedDocument, ParsedItem, Submission
from wgec.graph.layout.signatories import group_members
from wgec.graph.link import facts
from wgec.graph.link.citations import Citation, find_citations
from wgec.graph.link.gazetteer import Entity, Mention
from wgec.graph.link.renditions import Locator
from wgec.ontology.vocab import ID, WGEC


@dataclass
class _Submission:
    """What every proposal of one submission shares."""

    doc: ParsedDocument
    sub: Submission
    doc_iri: URIRef
    year: int | None
    prefix: str  # of the proposals' IRIs
    submitters: list[URIRef]
    delivered: list[URIRef]
    behalf: list[URIRef]
    drafters: list[URIRef]  # authors of the draft the document comments on, if any
    draft: Node | None
    heading: URIRef | None  # the span of the submission's heading
    locators: list[tuple[ParsedDocument, Locator]]  # the other renditions


class ProposalsMixin(EmitterBase):
    """Submissions and their proposals, the passages they hold, mentions, citations, questions."""

    def _add_passage(self, file_name: str, start: int, end: int, proposal: URIRef, depth: int) -> None:
        self.proposal_spans.setdefault(file_name, []).append((start, end, depth, proposal))
        self._unsorted.add(file_name)

    def _owner_at(self, file_name: str, offset: int) -> URIRef | None:
        """The deepest proposal whose passage in ``file_name`` holds ``offset``."""
        spans = self.proposal_spans.get(file_name, [])
        if file_name in self._unsorted or file_name not in self._span_starts:
            spans.sort(key=lambda x: (x[0], x[1]))
            self._unsorted.discard(file_name)
            self._span_starts[file_name] = [x[0] for x in spans]  # made once per sort, not per look-up
        i = bisect.bisect_right(self._span_starts[file_name], offset)
        best = None
        for start, end, depth, proposal in reversed(spans[max(0, i - 64):i]):  # passages barely nest
            if start <= offset < end and (best is None or depth > best[0]):
                best = (depth, proposal)
        return best[1] if best else None

    def mentions(self, subject: URIRef, mentions: list[Mention]) -> None:
        for m in mentions:
            if m.entity.type != "Instrument":
                self.add(subject, WGEC.mentions, self.entity(m.entity))
            else:
                self.add(subject, WGEC.refersToInstrument, self.entity(m.entity))

    def provision(self, instrument: Entity, paragraph: int, sub: str | None) -> URIRef:
        tail = instrument.slug.split("/", 1)[1]
        iri = ID[f"provision/{tail}/{paragraph}{sub or ''}"]
        if (iri, RDF.type, WGEC.Provision) not in self.g:
            self.add(iri, RDF.type, WGEC.Provision)
            number = f"{paragraph}({sub})" if sub else str(paragraph)
            self.add(iri, RDFS.label, Literal(f"{instrument.short_name}, paragraph {number}", lang="en"))
            self.add(iri, SKOS.notation, Literal(number))
            self.add(iri, WGEC.paragraph, Literal(paragraph))
            if sub:
                self.add(iri, WGEC.subItem, Literal(sub))
                self.add(iri, DCTERMS.isPartOf, self.provision(instrument, paragraph, None))
            else:
                self.add(iri, DCTERMS.isPartOf, self.entity(instrument))
        return iri

    def cite(self, subject: URIRef, c: Citation) -> None:
        if c.instrument is None:
            return
        self.add(subject, WGEC.cites, self.provision(c.instrument, c.paragraph, c.sub))
        if c.sub:  # citing 35(a) cites paragraph 35
            self.add(subject, WGEC.cites, self.provision(c.instrument, c.paragraph, None))

    # ------------------------------------------------------------ proposals

    def submission(self, doc: ParsedDocument, sub: Submission, doc_iri: URIRef, year: int | None,
                   rendition: Rendition) -> None:
        source = doc.source
        submitters, delivered, behalf = self._submission_actors(sub, year, source)
        if doc.layout == "contribution":
            self._listed_members(doc, sub, submitters, year)
            for a in submitters:
                self.add(doc_iri, WGEC.submittedBy, a)
            for a in behalf:
                self.add(doc_iri, WGEC.onBehalfOf, a)
        heading = self.span(source, *sub.heading_span) if sub.heading_span else None
        locators = [(other, Locator(other.source.text)) for other, _ in rendition.others]
        prefix = f"proposal/{str(doc_iri).rsplit('/', 1)[-1]}/" + (f"{sub.key}/" if sub.key else "")
        drafters = draft_authors(self, doc, doc_iri, year)  # a draft commented on: its author's
        draft = self.g.value(doc_iri, WGEC.respondsTo) if drafters else None
        ctx = _Submission(doc, sub, doc_iri, year, prefix, submitters, delivered, behalf, drafters,
                          draft, heading, locators)
        for item in sub.items:
            self._proposal(ctx, item, None, 0)

    def _submission_actors(self, sub: Submission, year: int | None,
                           source: SourceFile) -> tuple[list[URIRef], list[URIRef], list[URIRef]]:
        """Who submitted, who delivered, on whose behalf (a group once, not each member too)."""
        submitters = [self.actor(a, year, source) for a in sub.submitters]
        delivered = [self.actor(a, year, source) for a in sub.delivered_by]
        for a, iri in zip(sub.submitters + sub.delivered_by, submitters + delivered, strict=True):
            title = getattr(a, "title", None)
            if title:
                self.add(iri, WGEC.personTitle, Literal(title))
                for m in self.gaz.find_mentions(title, year):
                    if m.entity.type == "Government":
                        self.add(iri, WGEC.affiliatedWith, self.entity(m.entity))
        for a, iri in zip(sub.submitters, submitters, strict=True):
            if a.members:  # a coalition submitting, its members listed: "X, whose members include: A, B"
                self._group(iri, [self.actor(m, year, source) for m in a.members])
        behalf = [self.actor(a, year, source) for a in sub.on_behalf_of]
        if sub.group_label and sub.group_members:
            members = [self.actor(a, year, source) for a in sub.group_members]
            group = ID["group/" + "-".join(_slug(str(m).rsplit("/", 1)[-1].split("-")[-1]) for m in members)]
            self.add(group, RDFS.label, Literal(sub.group_label, lang="en"))
            self._group(group, members)
            behalf = [a for a in behalf if a not in members] + [group]  # the group once, not each member too
        return submitters, delivered, behalf

    def _listed_members(self, doc: ParsedDocument, sub: Submission, submitters: list[URIRef],
                        year: int | None) -> None:
        """A group that submits alone, its members listed in the text under "Our members:" / "Members:"
        (:func:`~wgec.graph.layout.signatories.group_members`): a wgec:Group, each member its wgec:hasMember."""
        if len(sub.submitters) != 1 or sub.submitters[0].members or len(doc.submissions) != 1:
            return
        members = group_members(doc.source.lines(), sub.submitters[0].name)
        if members:
            self._group(submitters[0], [self.actor(m, year, doc.source) for m in members])

    def _group(self, group: URIRef, members: list[URIRef]) -> None:
        """A wgec:Group and its members (wgec:hasMember)."""
        self.add(group, RDF.type, WGEC.Group)
        for member in members:
            self.add(group, WGEC.hasMember, member)

    def _proposal(self, ctx: _Submission, item: ParsedItem, parent: URIRef | None, depth: int) -> URIRef:
        """One item of a submission as a Proposal, then its children (depth first, in order)."""
        doc_iri = ctx.doc_iri
        iri = ID[ctx.prefix + item.key]
        self._sequence[doc_iri] = self._sequence.get(doc_iri, 0) + 1
        if self.progress is not None and self._sequence[doc_iri] % PROGRESS_EVERY == 0:
            self.progress(self._sequence[doc_iri], self._items_total)
        self.add(iri, RDF.type, WGEC.Proposal)
        self.add(iri, RDFS.label, Literal(short(item.text), lang="en"))
        self.add(iri, WGEC.text, Literal(item.text, lang="en"))
        self.add(iri, WGEC.inDocument, doc_iri)
        self.add(iri, WGEC.sequence, Literal(self._sequence[doc_iri]))
        if item.number:
            self.add(iri, WGEC.number, Literal(item.number))
        if item.original_number:
            self.add(iri, WGEC.originalNumber, Literal(item.original_number))
        if item.section:
            self.add(iri, WGEC.section, Literal(item.section, lang="en"))
        self._proposal_authors(ctx, iri, item)
        if item.amended:
            self.add(iri, WGEC.amendedText, Literal(item.amended, lang="en"))
        if ctx.sub.date:
            self.dated(iri, DCTERMS.date, ctx.sub.date, ctx.sub.date_precision)
        if parent is not None:
            self.add(iri, WGEC.partOf, parent)
        if ctx.sub.category:
            self.add(iri, WGEC.addressesIssue, ID[f"issue/category/{ctx.sub.category.lower()}"])
        if item.question:
            self.add(iri, WGEC.answersQuestion, self.question_iri(item.question, ctx.year, doc_iri))
        self._proposal_evidence(ctx, iri, item, depth)
        self._proposal_links(ctx, iri, item, parent)
        for child in item.children:
            self._proposal(ctx, child, iri, depth + 1)
        return iri

    def _proposal_authors(self, ctx: _Submission, iri: URIRef, item: ParsedItem) -> None:
        """The draft's author for the draft's wording, else the submitters, their principals, speakers."""
        by_draft = item.author == "draft" and bool(ctx.drafters)
        for author in ctx.drafters if by_draft else ctx.submitters:
            self.add(iri, WGEC.submittedBy, author)
        for represented in [] if by_draft else ctx.behalf:
            self.add(iri, WGEC.onBehalfOf, represented)
        for person in [] if by_draft else ctx.delivered:
            self.add(iri, WGEC.deliveredBy, person)
        if by_draft and ctx.draft is not None:
            self.add(iri, WGEC.fromDraft, ctx.draft)

    def _proposal_evidence(self, ctx: _Submission, iri: URIRef, item: ParsedItem, depth: int) -> None:
        """The item's passage in its file, the heading, and the same wording in the other renditions."""
        source = ctx.doc.source
        self.add(iri, WGEC.evidence, self.span(source, item.start, item.end))
        if ctx.heading is not None:
            self.add(iri, WGEC.evidence, ctx.heading)
        self._add_passage(source.name, item.start, item.end, iri, depth)
        for other, locator in ctx.locators:
            where = locator.locate(item.text)
            if where:
                self.add(iri, WGEC.evidence, self.span(other.source, *where))
                self._add_passage(other.source.name, where[0], where[1], iri, depth)

    def _proposal_links(self, ctx: _Submission, iri: URIRef, item: ParsedItem, parent: URIRef | None) -> None:
        """Entities the item mentions, provisions it cites, the characteristic it recommends."""
        source, year = ctx.doc.source, ctx.year
        mentions = facts.drop_venues(item.text, self.gaz.find_mentions(item.text, year))
        self.mentions(iri, mentions)
        context = self._context_instrument(source, item.start, year)
        for c in find_citations(item.text, [m for m in mentions if m.entity.type == "Instrument"], context):
            self.cite(iri, c)
        characteristic = self.characteristics.get(re.sub(r"[:;,.]?\s*(?:and)?\s*$", "", item.text).strip().lower())
        if characteristic is not None:
            self.add(iri, WGEC.recommendsCharacteristic, characteristic)
            if parent is not None:
                self.add(parent, WGEC.recommendsCharacteristic, characteristic)

    def _context_instrument(self, source: SourceFile, offset: int, year: int | None) -> Entity | None:
        """The instrument the text last named before ``offset`` (mentions found once per file)."""
        mentions = self._instrument_mentions.get(source.name)
        if mentions is None:
            mentions = [m for m in self.gaz.find_mentions(source.text, year) if m.entity.type == "Instrument"]
            self._instrument_mentions[source.name] = mentions
            self._instrument_ends[source.name] = [m.end for m in mentions]
        i = bisect.bisect_right(self._instrument_ends[source.name], offset)  # mentions end in order
        return mentions[i - 1].entity if i else None

    # ------------------------------------------------------------ questions, categories

    def question_iri(self, key: str, year: int | None, doc_iri: URIRef) -> URIRef:
        """A question is the working group's (its documents share it) when the document's year
        names the group; otherwise it is the document's own, so undated documents never merge
        their questions."""
        wg = facts.group_for_year(self.gaz, year)
        tail = wg.slug.split("/", 1)[1] if wg else str(doc_iri).rsplit("/", 1)[-1]
        return ID[f"question/{tail}/{key}"]

    def questions(self, doc: ParsedDocument, doc_iri: URIRef, year: int | None) -> None:
        wg = facts.group_for_year(self.gaz, year)
        category_of = {n: c.letter for c in doc.categories for n in c.questions}
        for q in doc.questions:
            iri = self.question_iri(q.key, year, doc_iri)
            self.add(iri, RDF.type, WGEC.Question)
            self.add(iri, RDFS.label, Literal(q.text, lang="en"))
            self.add(iri, SKOS.notation, Literal(q.number))
            self.add(iri, DCTERMS.type, Literal(q.kind))
            self.add(iri, WGEC.evidence, self.span(doc.source, q.start, q.end))
            self.add(iri, WGEC.inDocument, doc_iri)
            if wg is not None:
                self.add(iri, WGEC.askedBy, self.entity(wg))
            if q.kind == "questionnaire" and q.number.isdigit() and int(q.number) in category_of:
                self.add(iri, WGEC.inCategory, ID[f"issue/category/{category_of[int(q.number)].lower()}"])

    def categories(self, doc: ParsedDocument) -> None:
        scheme = ID["scheme/rolling-document-groups"]
        for c in doc.categories:
            iri = ID[f"issue/category/{c.letter.lower()}"]
            self.add(scheme, RDF.type, SKOS.ConceptScheme)
            self.add(scheme, RDFS.label, Literal("Groups of the 2013-2014 WGEC rolling document", lang="en"))
            self.add(iri, RDF.type, WGEC.Category)
            self.add(iri, RDFS.label, Literal(f"Group {c.letter}: {c.label}", lang="en"))
            self.add(iri, SKOS.prefLabel, Literal(c.label, lang="en"))
            self.add(iri, SKOS.notation, Literal(c.letter))
            self.add(iri, SKOS.inScheme, scheme)
            self.add(iri, SKOS.topConceptOf, scheme)
            self.add(iri, WGEC.evidence, self.span(doc.source, c.start, c.end))
