"""Parsed documents to RDF triples, in the wgec vocabulary.

One :class:`Emitter` per build: it links names to gazetteer entities, mints
readable, stable IRIs, and records every passage a statement rests on as a
:class:`wgec:TextSpan` (file, lines, character offsets, exact quote).

The work is shared among mixins over :class:`~wgec.graph.emit.base.EmitterBase`
(state, spans, actors, dates, statements): documents, proposals, mapping tables,
meetings.
"""
from __future__ import annotations

from wgec.graph.emit.base import TYPE_CLASS, WIKIDATA, Rendition, short, slugify
from wgec.graph.emit.documents import DocumentsMixin
from wgec.graph.emit.mapping import MappingMixin
from wgec.graph.emit.meetings import MeetingsMixin
from wgec.graph.emit.proposals import ProposalsMixin

__all__ = ["TYPE_CLASS", "WIKIDATA", "Emitter", "Rendition", "short", "slugify"]


class Emitter(DocumentsMixin, ProposalsMixin, MappingMixin, MeetingsMixin):
    """Accumulates the graph of a build; see :func:`wgec.graph.build.build`."""
