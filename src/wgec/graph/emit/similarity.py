"""Similar proposals (:mod:`wgec.graph.link.similarity`) as ``wgec:similarTo`` links with a score.

Each pair above the threshold is asserted once (``a wgec:similarTo b``, a before b by IRI;
the property is symmetric) and reified as a ``wgec:SimilarityStatement`` with
``wgec:score`` (the cosine, 3 decimals) and ``wgec:method``.  Proposals of one submission
(one document, the same submitters), an item and its sub-items, and a commenter's version of a
draft's item (``wgec:amends``) are not compared: the named query ``merge-candidates`` lists pairs
across actors and years.
"""
from __future__ import annotations

import hashlib
from decimal import Decimal

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from wgec.graph.emit.emitter import Emitter, short
from wgec.graph.link.similarity import METHOD, THRESHOLD, Text, similar_proposals
from wgec.graph.triples import TripleSet
from wgec.ontology.vocab import ID, WGEC


def proposal_texts(g: TripleSet) -> list[Text]:
    """Every proposal of the graph as a :class:`Text`, its group the document and submitters."""
    texts = []
    for proposal, text in sorted(g.subject_objects(WGEC.text), key=lambda x: str(x[0])):
        if (proposal, RDF.type, WGEC.Proposal) not in g or (proposal, WGEC.amends, None) in g:
            continue  # a commenter's version of a draft's item is the item reworded, not a proposal to merge
        submitters = sorted(str(a) for p in (WGEC.submittedBy, WGEC.onBehalfOf) for a in g.objects(proposal, p))
        group = " ".join([str(g.value(proposal, WGEC.inDocument)), *submitters])
        parent = g.value(proposal, WGEC.partOf)
        texts.append(Text(str(proposal), str(text), group, str(parent) if parent is not None else None))
    return texts


def apply_similarity(emitter: Emitter, threshold: float = THRESHOLD) -> int:
    """Link the similar proposals of the graph; returns how many pairs."""
    texts = proposal_texts(emitter.g)
    pairs = similar_proposals(texts, threshold)
    for i, j, score in pairs:
        a, b = sorted((URIRef(texts[i].key), URIRef(texts[j].key)), key=str)
        emitter.add(a, WGEC.similarTo, b)
        key = hashlib.sha256(f"{a} {b}".encode()).hexdigest()[:16]
        st = ID[f"similarity/{key}"]
        text_a, text_b = (t.text for t in sorted((texts[i], texts[j]), key=lambda t: t.key))
        for p, o in ((RDF.type, WGEC.SimilarityStatement), (RDF.subject, a), (RDF.predicate, WGEC.similarTo),
                     (RDF.object, b), (WGEC.score, Literal(Decimal(f"{score:.3f}"))), (WGEC.method, Literal(METHOD)),
                     (RDFS.label, Literal(f"similar ({score:.2f}): {short(text_a, 50)} ~ {short(text_b, 50)}",
                                          lang="en"))):
            emitter.add(st, p, o)
    return len(pairs)
