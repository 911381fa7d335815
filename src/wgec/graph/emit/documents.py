"""Documents: the document node, its source files, and the mentions and citations of its whole text."""
from __future__ import annotations

import bisect

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from wgec.graph.emit.attribution import chair_s_own, emit_edits, emit_quotation
from wgec.graph.emit.base import Rendition, slugify
from wgec.graph.emit.frontmatter import emit_front_matter
from wgec.graph.emit.mapping import MappingMixin
from wgec.graph.emit.meetings import MeetingsMixin
from wgec.graph.emit.proposals import ProposalsMixin
from wgec.graph.ingest.markup import mask_deleted
from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.model import ParsedDocument
from wgec.graph.link import facts
from wgec.graph.link.citations import find_citations
from wgec.ontology.vocab import ID, WGEC


class DocumentsMixin(ProposalsMixin, MappingMixin, MeetingsMixin):
    """The document node, its source files, and what its whole text mentions, cites and amends."""

    def document(self, rendition: Rendition) -> URIRef:
        doc = rendition.doc
        source = doc.source
        year = facts.era_year(doc, self.gaz)
        title = doc.title or source.name
        base = (f"{doc.date.year}-" if doc.date else "") + slugify(title)
        slug = base
        n = 1
        while slug in self.doc_slugs:
            n += 1
            slug = f"{base}-{n}"
        iri = ID[f"doc/{slug}"]
        self.doc_slugs[slug] = iri
        self.doc_iri[source.name] = iri
        self.add(iri, RDF.type, WGEC.Document)
        self.add(iri, RDFS.label, Literal(title, lang="en"))
        if doc.title:
            self.add(iri, DCTERMS.title, Literal(doc.title, lang="en"))
            self.add(iri, WGEC.evidence, self.span(source, *doc.title_span))  # type: ignore[misc]
        if doc.symbol and doc.symbol_span:  # the UN symbol delegates cite it by
            self.add(iri, DCTERMS.identifier, Literal(doc.symbol))
            self.add(iri, WGEC.evidence, self.span(source, *doc.symbol_span))
        emit_front_matter(self, doc, iri, year)  # date at its precision, submitters, kind
        chair_s_own(self, doc, iri, year)  # "Summary by the Chair", no one signing: the Chair's
        wg = facts.group_for_year(self.gaz, year)
        if wg is not None:
            self.add(iri, WGEC.forWorkingGroup, self.entity(wg))
        ordinal = facts.prepared_for(doc)
        if ordinal and wg is not None:
            self.add(iri, WGEC.preparedFor, self.meeting(wg, ordinal))
        responded = facts.responds_to(doc)
        if responded:
            what, when = responded
            target = ID[f"doc/{when.isoformat()}-{slugify(what)}"]
            self.add(target, RDF.type, WGEC.Document)
            self.add(target, RDFS.label, Literal(f"{what} of {when.day} {when:%B} {when.year}", lang="en"))
            self.dated(target, DCTERMS.date, when)
            if wg is not None:
                self.add(target, WGEC.forWorkingGroup, self.entity(wg))
            self.add(iri, WGEC.respondsTo, target)
        for file_doc, similarity in [(doc, 1.0)] + rendition.others:
            self.source_file(file_doc.source, iri, similarity)
            self.doc_iri[file_doc.source.name] = iri
        self._items_total = len(doc.all_items()) if self.progress else 0
        for sub in doc.submissions:
            self.submission(doc, sub, iri, year, rendition)
        if self.progress is not None:
            self.progress(self._items_total, self._items_total)
        for file_doc, _ in [(doc, 1.0)] + rendition.others:
            self._document_text(file_doc, iri, year)
        self.questions(doc, iri, year)
        self.categories(doc)
        self.tables(doc, iri, year)
        self.issue_lists(doc, iri, year)
        self.meetings_and_chairs(doc, year)
        return iri

    def source_file(self, source: SourceFile, doc_iri: URIRef, similarity: float) -> None:
        f = ID[f"file/{source.short_id}"]
        self.add(f, RDF.type, WGEC.SourceFile)
        self.add(f, RDFS.label, Literal(source.name))
        self.add(f, WGEC.fileName, Literal(source.name))
        self.add(f, WGEC.sha256, Literal(source.file_sha256 or source.sha256))
        self.add(f, DCTERMS.format, Literal(source.media_type))
        if source.source_url:
            self.add(f, WGEC.sourceURL, Literal(source.source_url, datatype=XSD.anyURI))
        self.add(f, WGEC.renditionOf, doc_iri)
        self.add(f, WGEC.similarity, Literal(f"{similarity:.3f}", datatype=XSD.decimal))
        self.add(doc_iri, DCTERMS.source, f)

    def _document_text(self, doc: ParsedDocument, iri: URIRef, year: int | None) -> None:
        """Mentions, citations, quoted provisions and amendments of the whole text."""
        source = doc.source
        text = mask_deleted(source.text)  # what struck wording names is no longer said
        mentions = facts.drop_venues(text, self.gaz.find_mentions(text, year))  # "Geneva, Switzerland": a place
        self.mentions(iri, mentions)
        instruments = [m for m in mentions if m.entity.type == "Instrument"]
        for c in find_citations(text, instruments):
            self.cite(iri, c)
        starts, ends = [m.start for m in instruments], [m.end for m in instruments]  # in text order
        for q in doc.quoted:
            # the instrument the quoted wording is (when known), else the one the introducing passage
            # names first, else the last one named before it (found by bisection, not a scan per quote)
            first = bisect.bisect_left(starts, q.instrument_hint)
            introduced = instruments[first] if first < len(instruments) and ends[first] <= q.start else None
            before = bisect.bisect_right(ends, q.instrument_hint)
            source_of_quote = introduced or (instruments[before - 1] if before else None)
            quoted = self.gaz[q.instrument] if q.instrument else source_of_quote.entity if source_of_quote else None
            if quoted is not None:
                provision = self.provision(quoted, q.paragraph, q.sub)
                self.add(iri, WGEC.cites, provision)
                emit_quotation(self, doc, iri, q, provision, year)  # a quotation, not a proposal
        emit_edits(self, doc, iri, year)  # amendments and moves, by whoever submitted the passage

