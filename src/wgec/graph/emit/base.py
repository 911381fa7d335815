"""The state an emitter shares and its small helpers: statements, entities, spans, actors, dates.

The mixins of :class:`wgec.graph.emit.emitter.Emitter` subclass :class:`EmitterBase`.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS
from rdflib.term import Node

from wgec.graph.emit.frontmatter import date_term
from wgec.graph.ingest.markup import clean_text
from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.datelines import Precision
from wgec.graph.layout.keys import slug as _slug
from wgec.graph.layout.model import ActorName, ParsedDocument
from wgec.graph.link.actors import TITLE_RE, new_actor_kind, state_named
from wgec.graph.link.gazetteer import Entity, Gazetteer, Mention
from wgec.graph.rdf_files import read_triples
from wgec.graph.triples import TripleSet
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


@lru_cache(maxsize=1)
def vocabularies() -> tuple[tuple[Node, Node, Node], ...]:
    """The controlled vocabularies (issue levels, focus areas, characteristics...) every graph holds:
    package data, read once per process (each build, and each test, makes a new emitter)."""
    return tuple(read_triples((resources.files("wgec.graph") / "data" / "vocabularies.ttl").read_bytes(), "turtle"))


@lru_cache(maxsize=4)
def label_index(cls: URIRef) -> dict[str, URIRef]:
    """Lower-cased label and alt label -> the vocabulary concept of class ``cls`` so named."""
    members = {s for s, p, o in vocabularies() if p == RDF.type and o == cls}
    return {str(o).lower(): s for s, p, o in vocabularies()  # type: ignore[misc]
            if s in members and p in (RDFS.label, SKOS.altLabel)}


# a name with its acronym in brackets: "Council of European National Top-Level Domain Registries (CENTR)"
ACRONYMED_RE = re.compile(r"(.+?)\s*\(([A-Z][A-Za-z0-9&.-]{1,11})\)")


@dataclass
class Rendition:
    """A document and the other files that render the same contribution."""

    doc: ParsedDocument
    others: list[tuple[ParsedDocument, float]] = field(default_factory=list)


class EmitterBase:
    """The graph of a build and what minting it needs; see :func:`wgec.graph.build.build`."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.g = TripleSet()
        self.gaz = gazetteer
        self._instrument_mentions: dict[str, list[Mention]] = {}
        self._instrument_ends: dict[str, list[int]] = {}
        self._span_starts: dict[str, list[int]] = {}
        self._spans: dict[tuple[str, int, int], URIRef] = {}  # (file id, start, end) -> its TextSpan
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
        self.g += vocabularies()
        self.characteristics = dict(label_index(WGEC.Characteristic))  # a copy: the cached one stays as read

    # ------------------------------------------------------------ helpers

    def add(self, s: URIRef, p: URIRef, o: Node) -> None:
        self.g.add((s, p, o))

    def entity(self, entity: Entity) -> URIRef:
        self.used.add(entity.slug)
        return ID[entity.slug]

    def span(self, source: SourceFile, start: int, end: int) -> URIRef:
        """A TextSpan for ``source.text[start:end]`` (trimmed of surrounding blanks)."""
        raw = source.text[start:end]
        start += len(raw) - len(raw.lstrip())
        end -= len(raw) - len(raw.rstrip())
        key = (source.short_id, start, end)
        iri = self._spans.get(key)
        if iri is None:  # minted once: a large document has thousands (one per item, quote, edit)
            iri = self._spans[key] = ID[f"span/{source.short_id}/{start}-{end}"]
            self.g.update(iri, self._span_triples(source, start, end))
        return iri

    def _bracketed(self, name: str, year: int | None) -> Entity | None:
        """A name with its acronym in brackets ("Organisation for Economic Co-operation and Development (OECD)"):
        the entity the gazetteer knows by the name, else by the acronym."""
        head, sep, tail = name.strip().rpartition("(")
        acronym = tail[:-1].strip()
        if not sep or not head.strip() or not tail.endswith(")") or not acronym[:1].isupper() or len(acronym) > 15 \
                or " " in acronym:
            return None
        return self.gaz.lookup(head.strip(), year) or self.gaz.lookup(acronym, year)

    @staticmethod
    def _span_triples(source: SourceFile, start: int, end: int) -> list[tuple[URIRef, Node]]:
        first, last = source.line_of(start), source.line_of(max(start, end - 1))
        page = source.page_of(start)  # a paged format (PDF): the label names the page too
        where = f"{source.name}, page {page}" if page is not None else source.name
        label = f"{where}, line {first}" if first == last else f"{where}, lines {first}-{last}"
        pairs: list[tuple[URIRef, Node]] = [
            (RDF.type, WGEC.TextSpan), (RDFS.label, Literal(label, lang="en", normalize=False)),
            (WGEC.inFile, ID[f"file/{source.short_id}"]), (WGEC.startLine, Literal(first)),
            (WGEC.endLine, Literal(last)), (WGEC.startChar, Literal(start)), (WGEC.endChar, Literal(end)),
            (WGEC.quote, Literal(source.text[start:end], normalize=False))]
        if page is not None:
            pairs += [(WGEC.startPage, Literal(page)),
                      (WGEC.endPage, Literal(source.page_of(max(start, end - 1)) or page))]
        return pairs

    def actor(self, name: ActorName, year: int | None, source: SourceFile) -> URIRef:
        entity = self.gaz.lookup(name.name, year) or self._bracketed(name.name, year)
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
            {"Person": ("person", "Person"), "Group": ("group", "Group")}.get(name.kind, ("org", "Organization"))
        label = TITLE_RE.sub("", label)
        iri = ID[f"{prefix}/{_slug(label)}"]
        if (iri, RDF.type, None) not in self.g:
            self.add(iri, RDF.type, WGEC[cls])
            self.add(iri, RDFS.label, Literal(label, lang="en"))
            if (acronym := ACRONYMED_RE.fullmatch(label)) is not None:  # found again by its name or its acronym
                for alt in acronym.groups():
                    self.add(iri, SKOS.altLabel, Literal(alt, lang="en"))
            self.warnings.append(f"{source.name}:{source.line_of(name.start)}: actor {written!r} is not in the "
                                 f"gazetteer; added as {iri}")
        return iri

    def dated(self, iri: URIRef, prop: URIRef, value: dt.date, precision: Precision = "day") -> None:
        """``iri prop value`` as an xsd:dateTime, at its precision (day, month or year)."""
        term, unit = date_term(value, precision)
        self.add(iri, prop, term)
        self.add(iri, WGEC.datePrecision, unit)

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
