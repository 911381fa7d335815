"""Parsed documents to RDF triples, in the wgec vocabulary.

One :class:`Emitter` per build: it links names to gazetteer entities, mints
readable, stable IRIs, and records every passage a statement rests on as a
:class:`wgec:TextSpan` (file, lines, character offsets, exact quote).
"""
from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

from wgec.graph.emit.frontmatter import date_term, emit_front_matter
from wgec.graph.layout.datelines import Precision
from wgec.graph.link import facts
from wgec.graph.link.citations import Citation, find_citations
from wgec.graph.link.actors import TITLE_RE, new_actor_kind, state_named
from wgec.graph.link.gazetteer import Entity, Gazetteer, Mention
from wgec.graph.emit.attribution import draft_authors, emit_edits, emit_quotation
from wgec.graph.ingest.markup import clean_text, mask_deleted
from wgec.graph.layout.keys import slug as _slug
from wgec.graph.layout.model import ActorName, ParsedDocument, ParsedItem, Submission
from wgec.graph.link.renditions import Locator
from wgec.graph.ingest.source import SourceFile
from wgec.graph.triples import TripleSet
from wgec.ontology.dates import DAY, MONTH, month_term
from wgec.ontology.vocab import ID, WGEC

WIKIDATA = "http://www.wikidata.org/entity/"
TYPE_CLASS = {"Government": WGEC.Government, "Person": WGEC.Person, "Group": WGEC.Group,
              "Organization": WGEC.Organization, "WorkingGroup": WGEC.WorkingGroup, "Forum": WGEC.Forum,
              "Instrument": WGEC.Instrument}
LABEL_MAX = 120
PROGRESS_EVERY = 500  # proposals between two progress reports of a large document


def short(text: str, limit: int = LABEL_MAX) -> str:
    """A label from a long text: whole words, an ellipsis when cut."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def slugify(text: str, words: int = 6) -> str:
    return _slug(" ".join(clean_text(text).split()[:words]))


@dataclass
class Rendition:
    """A document and the other files that render the same contribution."""

    doc: ParsedDocument
    others: list[tuple[ParsedDocument, float]] = field(default_factory=list)


class Emitter:
    """Accumulates the graph of a build; see :func:`wgec.graph.build.build`."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.g = TripleSet()
        self.gaz = gazetteer
        self._instrument_mentions: dict[str, list[Mention]] = {}
        self._instrument_ends: dict[str, list[int]] = {}
        self._span_starts: dict[str, list[int]] = {}
        self.progress: Callable[[int, int], None] | None = None  # a large document's own: (items done, items)
        self._items_total = 0
        self._sequence: dict[URIRef, int] = {}
        self.used: set[str] = set()  # gazetteer slugs referenced
        self.warnings: list[str] = []
        self.doc_iri: dict[str, URIRef] = {}  # file name -> document IRI
        self.doc_slugs: dict[str, URIRef] = {}
        # per file: (start, end, depth, proposal) of every proposal's passage, sorted on demand
        self.proposal_spans: dict[str, list[tuple[int, int, int, URIRef]]] = {}
        self._unsorted: set[str] = set()
        self.issue_labels: dict[str, URIRef] = {}
        self.vocab = Graph().parse(
            data=(resources.files("wgec.graph") / "data" / "vocabularies.ttl").read_text(encoding="utf-8"),
            format="turtle")
        self.g += self.vocab
        self.characteristics = self._label_index(WGEC.Characteristic)

    # ------------------------------------------------------------ helpers

    def add(self, s: URIRef, p: URIRef, o) -> None:  # noqa: ANN001
        self.g.add((s, p, o))

    def _label_index(self, cls: URIRef) -> dict[str, URIRef]:
        index: dict[str, URIRef] = {}
        for s in self.vocab.subjects(RDF.type, cls):
            for p in (RDFS.label, SKOS.altLabel):
                for o in self.vocab.objects(s, p):
                    index[str(o).lower()] = s  # type: ignore[assignment]
        return index

    def entity(self, entity: Entity) -> URIRef:
        self.used.add(entity.slug)
        return ID[entity.slug]

    def span(self, source: SourceFile, start: int, end: int) -> URIRef:
        """A TextSpan for ``source.text[start:end]`` (trimmed of surrounding blanks)."""
        raw = source.text[start:end]
        start += len(raw) - len(raw.lstrip())
        end -= len(raw) - len(raw.rstrip())
        iri = ID[f"span/{source.short_id}/{start}-{end}"]
        if (iri, RDF.type, WGEC.TextSpan) not in self.g:
            first, last = source.line_of(start), source.line_of(max(start, end - 1))
            self.add(iri, RDF.type, WGEC.TextSpan)
            page = source.page_of(start)  # a paged format (PDF): the label names the page too
            where = f"{source.name}, page {page}" if page is not None else source.name
            self.add(iri, RDFS.label, Literal(f"{where}, line {first}" if first == last
                                              else f"{where}, lines {first}-{last}", lang="en"))
            self.add(iri, WGEC.inFile, ID[f"file/{source.short_id}"])
            self.add(iri, WGEC.startLine, Literal(first))
            self.add(iri, WGEC.endLine, Literal(last))
            self.add(iri, WGEC.startChar, Literal(start))
            self.add(iri, WGEC.endChar, Literal(end))
            self.add(iri, WGEC.quote, Literal(source.text[start:end]))
            if page is not None:
                self.add(iri, WGEC.startPage, Literal(page))
                self.add(iri, WGEC.endPage, Literal(source.page_of(max(start, end - 1)) or page))
        return iri

    def actor(self, name: ActorName, year: int | None, source: SourceFile) -> URIRef:
        entity = self.gaz.lookup(name.name, year)
        if entity is not None:
            return self.entity(entity)
        written = clean_text(name.name).strip(" .,:;")
        if (state := state_named(written)) is not None:  # a state the gazetteer does not list
            label, code = state
            entity = self.gaz.lookup(label, year)
            if entity is not None and entity.type == "Government":
                return self.entity(entity)
            iri = ID[f"gov/{_slug(label)}"]
            if (iri, RDF.type, None) not in self.g:
                self.add(iri, RDF.type, WGEC.Government)
                self.add(iri, RDFS.label, Literal(label, lang="en"))
                self.warnings.append(f"{source.name}:{source.line_of(name.start)}: actor {written!r} is not in the "
                                     f"gazetteer; a state by ISO 3166 ({code}): added as {iri}")
            return iri
        label = written.title() if written.isupper() and any(len(w) > 5 for w in written.split()) else written
        prefix, cls = new_actor_kind(label) if name.kind is None else \
            ("person", "Person") if name.kind == "Person" else ("org", "Organization")  # as the context says
        label = TITLE_RE.sub("", label)
        iri = ID[f"{prefix}/{_slug(label)}"]
        if (iri, RDF.type, None) not in self.g:
            self.add(iri, RDF.type, WGEC[cls])
            self.add(iri, RDFS.label, Literal(label, lang="en"))
            self.warnings.append(f"{source.name}:{source.line_of(name.start)}: actor {written!r} is not in the "
                                 f"gazetteer; added as {iri}")
        return iri

    def dated(self, iri: URIRef, prop: URIRef, value: dt.date, precision: Precision = "day") -> None:
        """``iri prop value`` as an xsd:dateTime, at its precision (day, month or year)."""
        term, unit = date_term(value, precision)
        self.add(iri, prop, term)
        self.add(iri, WGEC.datePrecision, unit)

    # ------------------------------------------------------------ documents

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
        emit_front_matter(self, doc, iri, year)  # date at its precision, submitters, kind
        wg = facts.group_for_year(self.gaz, year)
        if wg is not None and doc.layout != "unrecognised":
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
        submitters = [self.actor(a, year, source) for a in sub.submitters]
        delivered = [self.actor(a, year, source) for a in sub.delivered_by]
        for a, iri in zip(sub.submitters + sub.delivered_by, submitters + delivered):
            title = getattr(a, "title", None)
            if title:
                self.add(iri, WGEC.personTitle, Literal(title))
                for m in self.gaz.find_mentions(title, year):
                    if m.entity.type == "Government":
                        self.add(iri, WGEC.affiliatedWith, self.entity(m.entity))
        behalf = [self.actor(a, year, source) for a in sub.on_behalf_of]
        group = None
        if sub.group_label and sub.group_members:
            members = [self.actor(a, year, source) for a in sub.group_members]
            group = ID["group/" + "-".join(_slug(str(m).rsplit("/", 1)[-1].split("-")[-1]) for m in members)]
            self.add(group, RDF.type, WGEC.Group)
            self.add(group, RDFS.label, Literal(sub.group_label, lang="en"))
            for m in members:
                self.add(group, WGEC.hasMember, m)
            behalf = [a for a in behalf if a not in members] + [group]  # the group once, not each member too
        if doc.layout == "contribution":
            for a in submitters:
                self.add(doc_iri, WGEC.submittedBy, a)
            for a in behalf:
                self.add(doc_iri, WGEC.onBehalfOf, a)
        heading = self.span(source, *sub.heading_span) if sub.heading_span else None
        locators = [(other, Locator(other.source.text)) for other, _ in rendition.others]
        prefix = f"proposal/{str(doc_iri).rsplit('/', 1)[-1]}/" + (f"{sub.key}/" if sub.key else "")
        drafters = draft_authors(self, doc, doc_iri, year)  # the text of a draft commented on is its author's
        draft = self.g.value(doc_iri, WGEC.respondsTo) if drafters else None

        def emit(item: ParsedItem, parent: URIRef | None, depth: int) -> URIRef:
            iri = ID[prefix + item.key]
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
            by_draft = item.author == "draft" and bool(drafters)
            for author in drafters if by_draft else submitters:
                self.add(iri, WGEC.submittedBy, author)
            for represented in [] if by_draft else behalf:
                self.add(iri, WGEC.onBehalfOf, represented)
            for person in [] if by_draft else delivered:
                self.add(iri, WGEC.deliveredBy, person)
            if by_draft and draft is not None:
                self.add(iri, WGEC.fromDraft, draft)
            if item.amended:
                self.add(iri, WGEC.amendedText, Literal(item.amended, lang="en"))
            if sub.date:
                self.dated(iri, DCTERMS.date, sub.date, sub.date_precision)
            if parent is not None:
                self.add(iri, WGEC.partOf, parent)
            if sub.category:
                self.add(iri, WGEC.addressesIssue, ID[f"issue/category/{sub.category.lower()}"])
            if item.question:
                self.add(iri, WGEC.answersQuestion, self.question_iri(item.question, year, doc_iri))
            self.add(iri, WGEC.evidence, self.span(source, item.start, item.end))
            if heading is not None:
                self.add(iri, WGEC.evidence, heading)
            self._add_passage(source.name, item.start, item.end, iri, depth)
            for other, locator in locators:
                where = locator.locate(item.text)
                if where:
                    self.add(iri, WGEC.evidence, self.span(other.source, *where))
                    self._add_passage(other.source.name, where[0], where[1], iri, depth)
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
            for child in item.children:
                emit(child, iri, depth + 1)
            return iri

        for item in sub.items:
            emit(item, None, 0)

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

    # ------------------------------------------------------------ tables

    def issue_level(self, label: str) -> URIRef:
        key = re.sub(r"\s+level$", "", label.strip(), flags=re.I).lower()
        iri = ID[f"issue/{_slug(key)}-level"]
        full = label if label.lower().endswith("level") else f"{label} level"
        if (iri, RDF.type, WGEC.IssueLevel) not in self.g:
            scheme = ID["scheme/issue-levels"]
            self.add(scheme, RDF.type, SKOS.ConceptScheme)
            self.add(scheme, RDFS.label, Literal("Levels of international public policy issues", lang="en"))
            self.add(iri, RDF.type, WGEC.IssueLevel)
            self.add(iri, RDFS.label, Literal(full, lang="en"))
            self.add(iri, SKOS.inScheme, scheme)
            self.add(iri, SKOS.topConceptOf, scheme)
        if label.lower() != full.lower():
            self.add(iri, SKOS.altLabel, Literal(label, lang="en"))
        self.issue_labels[key] = iri
        self.issue_labels[full.lower()] = iri
        return iri

    def tables(self, doc: ParsedDocument, doc_iri: URIRef, year: int | None) -> None:
        source = doc.source
        for table in doc.tables:
            if not table.header or not re.search(r"level|issue", table.header[0], re.I):
                self.warnings.append(f"{source.name}: table with header {table.header!r} not understood")
                continue
            roles = [self._column_role(h) for h in table.header]
            for row in table.rows:
                if not row.cells or not row.cells[0]:
                    continue
                level = self.issue_level(row.cells[0][0].text)
                for role, cell in zip(roles[1:], row.cells[1:]):
                    for entry in cell:
                        if entry.text.lower().rstrip(".") in ("etc", "etc."):
                            self.add(level, SKOS.scopeNote, Literal("The focus-area list ends with 'Etc.': it is open-ended.", lang="en"))
                            continue
                        self._mapping(doc, doc_iri, level, role, entry, year)

    @staticmethod
    def _column_role(header: str) -> str | None:
        h = header.lower()
        if "focus" in h:
            return "focus"
        if "forum" in h:
            return "forum"
        if "agenc" in h or "organi" in h:
            return "organization"
        return None

    def _mapping(self, doc: ParsedDocument, doc_iri: URIRef, level: URIRef, role: str | None, entry, year) -> None:  # noqa: ANN001
        source = doc.source
        span = self.span(source, entry.start, entry.end)
        written = entry.text
        resolution = None
        if role == "focus":
            label = written.rstrip(" .,;")
            obj = ID[f"issue/{str(level).rsplit('/', 1)[-1]}/{slugify(label, 8)}"]
            self.add(obj, RDF.type, WGEC.FocusArea)
            self.add(obj, RDFS.label, Literal(label, lang="en"))
            self.add(obj, SKOS.broader, level)
            self.add(obj, SKOS.inScheme, ID["scheme/issue-levels"])
            self.add(obj, WGEC.evidence, span)
            subject, predicate = obj, SKOS.broader
            obj = level
        elif role in ("organization", "forum"):
            candidates = self.gaz.candidates(written)
            entity = self.gaz.disambiguate(candidates, year)
            if entity is None:
                kind = "Forum" if role == "forum" else "Organization"
                iri = ID[f"{'forum' if role == 'forum' else 'org'}/{_slug(written)}"]
                self.add(iri, RDF.type, TYPE_CLASS[kind])
                self.add(iri, RDFS.label, Literal(written, lang="en"))
                self.warnings.append(f"{source.name}:{source.line_of(entry.start)}: {written!r} is not in the "
                                     f"gazetteer; added as {iri}")
                target = iri
            else:
                target = self.entity(entity)
                if written in entity.odd_spellings:
                    resolution = self.alias_resolution(entity, written)
            predicate = WGEC.mappedToForum if role == "forum" else WGEC.mappedToOrganization
            if entity is not None and role == "forum" and entity.type != "Forum" or \
                    entity is not None and role == "organization" and entity.type not in ("Organization", "WorkingGroup"):
                predicate = WGEC.mappedToForum if entity.type == "Forum" else WGEC.mappedToOrganization
            subject, obj = level, target
        else:
            return
        st = self.statement(WGEC.MappingStatement, (subject, predicate, obj), doc_iri, span,
                            f"{self.g.value(subject, RDFS.label)} → {written}", str(doc_iri))
        self.add(st, WGEC.writtenAs, Literal(written))
        if resolution is not None:
            self.add(st, WGEC.hasAliasResolution, resolution)

    def statement(self, cls: URIRef, triple: tuple, doc_iri: URIRef, span: URIRef, label: str, salt: str) -> URIRef:
        """Assert ``triple`` and reify it as an evidenced statement of class ``cls`` (stable IRI)."""
        subject, predicate, obj = triple
        self.add(subject, predicate, obj)
        key = hashlib.sha256(f"{subject} {predicate} {obj} {salt}".encode()).hexdigest()[:16]
        st = ID[f"statement/{key}"]
        self.add(st, RDF.type, cls)
        self.add(st, RDFS.label, Literal(label, lang="en"))
        self.add(st, RDF.subject, subject)
        self.add(st, RDF.predicate, predicate)
        self.add(st, RDF.object, obj)
        self.add(st, WGEC.inDocument, doc_iri)
        self.add(st, WGEC.evidence, span)
        return st

    def alias_resolution(self, entity: Entity, written: str) -> URIRef:
        iri = ID[f"resolution/{_slug(written)}"]
        self.add(iri, RDF.type, WGEC.AliasResolution)
        self.add(iri, RDFS.label, Literal(f"'{written}' read as {entity.label}", lang="en"))
        self.add(iri, WGEC.writtenAs, Literal(written))
        self.add(iri, WGEC.resolvedTo, self.entity(entity))
        self.add(iri, WGEC.confidence, Literal("probable"))
        if entity.note:
            self.add(iri, RDFS.comment, Literal(entity.note, lang="en"))
        self.add(self.entity(entity), WGEC.hasAliasResolution, iri)
        return iri

    # ------------------------------------------------------------ meetings and chairs

    def meeting(self, wg: Entity, ordinal: int) -> URIRef:
        iri = ID[f"meeting/{wg.slug.split('/', 1)[1]}/{ordinal}"]
        if (iri, RDF.type, WGEC.Meeting) not in self.g:
            self.add(iri, RDF.type, WGEC.Meeting)
            word = facts.ORDINAL_WORDS.get(ordinal, f"#{ordinal}")
            self.add(iri, RDFS.label, Literal(f"{word.capitalize()} meeting of the {wg.label}", lang="en"))
            self.add(iri, WGEC.ordinal, Literal(ordinal))
            self.add(iri, WGEC.meetingOf, self.entity(wg))
        return iri

    def _meeting_dates(self, iri: URIRef, fact: facts.MeetingFact) -> None:
        """The first days a text gives a meeting, else the first month it gives (month precision)."""
        if fact.first and self.g.value(iri, WGEC.datePrecision) != DAY:  # days replace a month
            for p in (WGEC.startDate, WGEC.datePrecision):
                for o in self.g.objects(iri, p):
                    self.g.discard((iri, p, o))
            self.dated(iri, WGEC.startDate, fact.first)
            self.dated(iri, WGEC.endDate, fact.last or fact.first)
        elif fact.month and self.g.value(iri, WGEC.startDate) is None:
            self.add(iri, WGEC.startDate, month_term(*fact.month))
            self.add(iri, WGEC.datePrecision, MONTH)

    def meetings_and_chairs(self, doc: ParsedDocument, year: int | None) -> None:
        source = doc.source
        for fact in facts.find_meetings(doc):
            wg = facts.group_for_year(self.gaz, fact.year)
            if wg is None:
                continue
            iri = self.meeting(wg, fact.ordinal)
            self._meeting_dates(iri, fact)
            if fact.place and (iri, WGEC.place, None) not in self.g:
                self.add(iri, WGEC.place, Literal(fact.place))
            self.add(iri, WGEC.evidence, self.span(source, fact.start, fact.end))
        wg = facts.group_for_year(self.gaz, year)
        if wg is None:
            return
        for name, title, country, start, end in facts.find_chairs(doc):
            person = self.actor(ActorName(name, start, end), year, source)
            self.add(person, RDF.type, WGEC.Person)
            self.add(self.entity(wg), WGEC.chairedBy, person)
            if title:
                self.add(person, WGEC.personTitle, Literal(title))
            gov = self.gaz.lookup(country, year)
            if gov is not None:
                self.add(person, WGEC.affiliatedWith, self.entity(gov))
            self.add(person, WGEC.evidence, self.span(source, start, end))
        if doc.chair_message_sender is not None:
            s = doc.chair_message_sender
            person = self.actor(s, year, source)
            self.add(self.entity(wg), WGEC.chairedBy, person)
            self.add(person, WGEC.evidence, self.span(source, s.start, s.end))

    # ------------------------------------------------------------ linking after all documents

    def link_issue_levels(self) -> None:
        """Proposals that name an issue level ("- Infrastructural level") address it."""
        if not self.issue_labels:
            return
        names = sorted(self.issue_labels, key=len, reverse=True)
        pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b(?:\s+level)?", re.I)
        for proposal, text in list(self.g.subject_objects(WGEC.text)):
            t = str(text).strip().rstrip(".;:,")
            exact = self.issue_labels.get(t.lower()) or self.issue_labels.get(re.sub(r"\s+level$", "", t, flags=re.I).lower())
            found = {exact} if exact else set()
            for m in pattern.finditer(str(text)):
                if re.search(r"\blevel\b", m.group(0), re.I):
                    found.add(self.issue_labels[m.group(1).lower()])
            for issue in found:
                self.add(proposal, WGEC.addressesIssue, issue)  # type: ignore[arg-type]
                parent = self.g.value(proposal, WGEC.partOf)
                if parent is not None:
                    self.add(parent, WGEC.addressesIssue, issue)  # type: ignore[arg-type]

    def gazetteer_entities(self) -> None:
        """Types, labels, aliases and Wikidata links of every entity the documents reference."""
        for slug in sorted(self.used):
            e = self.gaz[slug]
            iri = ID[slug]
            self.add(iri, RDF.type, TYPE_CLASS[e.type])
            self.add(iri, RDFS.label, Literal(e.label, lang="en"))
            for alias in e.aliases:
                if alias != e.label:
                    self.add(iri, SKOS.altLabel, Literal(alias, lang="en"))
            for odd in e.odd_spellings:
                self.add(iri, SKOS.hiddenLabel, Literal(odd, lang="en"))
            if e.wikidata:
                self.add(iri, OWL.sameAs, URIRef(WIKIDATA + e.wikidata))
                self.add(iri, WGEC.wikidataId, Literal(e.wikidata))
            if e.note:
                self.add(iri, SKOS.note, Literal(e.note, lang="en"))
            if e.period:
                self.add(iri, DCTERMS.temporal, Literal(f"{e.period[0]}/{e.period[1]}"))
