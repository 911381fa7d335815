"""Rendition decisions (:func:`wgec.graph.link.renditions.decide`) as ``wgec:RenditionDecision``
resources: the two files compared, the Jaccard similarity, containment and length ratio of
their shingles, whether they were merged, the method and the reason in words.
"""
from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from rdflib import Literal
from rdflib.namespace import RDF, RDFS, XSD

from wgec.graph.link.renditions import METHOD, Decision
from wgec.ontology.vocab import ID, WGEC

if TYPE_CHECKING:
    from wgec.graph.emit.emitter import Emitter


def _score(value: float) -> Literal:
    return Literal(Decimal(f"{value:.3f}"), datatype=XSD.decimal)


def emit_decisions(emitter: Emitter, decisions: list[Decision]) -> list[str]:
    """State each decision; returns a build-report line for each pair kept apart."""
    lines = []
    for d in decisions:
        a, b = d.first.source, d.second.source
        iri = ID[f"rendition-decision/{a.short_id}-{b.short_id}"]
        verdict = "renditions of one document" if d.merged else "kept apart"
        c = d.comparison
        for p, o in ((RDF.type, WGEC.RenditionDecision),
                     (RDFS.label, Literal(f"{a.name} and {b.name}: {verdict} (Jaccard {c.jaccard:.3f})", lang="en")),
                     (RDFS.comment, Literal(d.reason, lang="en")),
                     (WGEC.fileCompared, ID[f"file/{a.short_id}"]), (WGEC.fileCompared, ID[f"file/{b.short_id}"]),
                     (WGEC.jaccard, _score(c.jaccard)), (WGEC.containment, _score(c.containment)),
                     (WGEC.lengthRatio, _score(c.length_ratio)), (WGEC.merged, Literal(d.merged)),
                     (WGEC.method, Literal(METHOD))):
            emitter.add(iri, p, o)
        if not d.merged:
            lines.append(f"{b.name}: not merged with {a.name}: {d.reason}")
    return lines
