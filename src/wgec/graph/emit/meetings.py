"""Meetings and chairs found in the texts, and the gazetteer entities the documents reference."""
from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from wgec.graph.emit.base import TYPE_CLASS, WIKIDATA, EmitterBase
from wgec.graph.layout.model import ActorName, ParsedDocument
from wgec.graph.link import facts
from wgec.graph.link.gazetteer import Entity
from wgec.ontology.dates import DAY, MONTH, month_term
from wgec.ontology.vocab import ID, WGEC


class MeetingsMixin(EmitterBase):
    """Meetings and chairs a text states, and the gazetteer entities the build referenced."""

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

    def gazetteer_entities(self) -> None:
        """Types, labels, aliases and Wikidata links of every entity the documents reference."""
        for slug in sorted(self.used):
            e = self.gaz[slug]
            iri = ID[slug]
            self.add(iri, RDF.type, TYPE_CLASS[e.type])
            self.add(iri, RDFS.label, Literal(e.label, lang="en"))
            for alias in e.aliases:
                if alias != e.label:
                    self.add(iri, SKOS.altLabel, Literal(alias, lang=e.language_of(alias)))
            for odd in e.odd_spellings:
                self.add(iri, SKOS.hiddenLabel, Literal(odd, lang="en"))
            if e.wikidata:
                self.add(iri, OWL.sameAs, URIRef(WIKIDATA + e.wikidata))
                self.add(iri, WGEC.wikidataId, Literal(e.wikidata))
            if e.note:
                self.add(iri, SKOS.note, Literal(e.note, lang="en"))
            if e.period:
                self.add(iri, DCTERMS.temporal, Literal(f"{e.period[0]}/{e.period[1]}"))
