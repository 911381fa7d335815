"""What the emitter's helper modules (front matter, attribution) use of the emitter, as a Protocol: they
take any object with these members (the Emitter, or one of its mixins from inside), so that they need
not import the Emitter class, which imports them."""
from __future__ import annotations

from typing import Protocol

from rdflib import URIRef
from rdflib.term import Node

from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.model import ActorName
from wgec.graph.link.gazetteer import Entity, Gazetteer
from wgec.graph.triples import TripleSet


class EmitterLike(Protocol):
    g: TripleSet
    gaz: Gazetteer

    def add(self, s: URIRef, p: URIRef, o: Node) -> None: ...

    def span(self, source: SourceFile, start: int, end: int) -> URIRef: ...

    def actor(self, name: ActorName, year: int | None, source: SourceFile) -> URIRef: ...

    def entity(self, entity: Entity) -> URIRef: ...

    def _owner_at(self, file_name: str, offset: int) -> URIRef | None: ...
