"""The JSON-LD context of wgec: compact terms for the ontology's classes and properties.

The context is published as ``wgec/ontology/context.jsonld`` (package data) and, by the
server, at :data:`CONTEXT_IRI`. The JSON-LD export embeds it whole, so any JSON-LD processor
reads an export without fetching anything; a document of your own may instead say
``"@context": "https://w3id.org/wgec/context.jsonld"`` and map that IRI to the packaged file.

The file is generated from the ontology (a test checks that it is up to date)::

    python -m wgec.ontology.context > src/wgec/ontology/context.jsonld
"""
from __future__ import annotations

import json
from importlib import resources
from typing import Any

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

from wgec.ontology import load_ontology
from wgec.ontology.prefixes import PREFIXES
from wgec.ontology.vocab import WGEC

CONTEXT_IRI = "https://w3id.org/wgec/context.jsonld"
VANN = "http://purl.org/vocab/vann/"
# terms reused from other vocabularies that the data or the ontology use, with their coercion
OTHER_TERMS: dict[str, tuple[URIRef, str | None]] = {
    "label": (RDFS.label, None), "comment": (RDFS.comment, None), "seeAlso": (RDFS.seeAlso, "@id"),
    "isDefinedBy": (RDFS.isDefinedBy, "@id"), "subClassOf": (RDFS.subClassOf, "@id"),
    "subPropertyOf": (RDFS.subPropertyOf, "@id"), "domain": (RDFS.domain, "@id"), "range": (RDFS.range, "@id"),
    "inverseOf": (OWL.inverseOf, "@id"), "sameAs": (OWL.sameAs, "@id"),
    "prefLabel": (SKOS.prefLabel, None), "altLabel": (SKOS.altLabel, None), "hiddenLabel": (SKOS.hiddenLabel, None),
    "definition": (SKOS.definition, None), "note": (SKOS.note, None), "scopeNote": (SKOS.scopeNote, None),
    "notation": (SKOS.notation, "@none"), "broader": (SKOS.broader, "@id"), "related": (SKOS.related, "@id"),
    "inScheme": (SKOS.inScheme, "@id"), "topConceptOf": (SKOS.topConceptOf, "@id"),
    "title": (DCTERMS.title, None), "date": (DCTERMS.date, str(XSD.dateTime)), "source": (DCTERMS.source, "@id"),
    "isPartOf": (DCTERMS.isPartOf, "@id"), "format": (DCTERMS.format, "@none"),
    "temporal": (DCTERMS.temporal, "@none"), "license": (DCTERMS.license, "@id"),
    "identifier": (DCTERMS.identifier, "@none"),
}


def _curie(iri: str) -> str:
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(str(kv[1]))):
        if iri.startswith(str(ns)) and prefix != "id":
            return f"{prefix}:{iri[len(str(ns)):]}"
    return iri


def _definition(iri: URIRef, coercion: str | None) -> str | dict[str, Any]:
    if coercion is None:  # language-tagged text: the default language applies
        return {"@id": _curie(str(iri))}
    if coercion == "@none":  # plain strings, no language
        return {"@id": _curie(str(iri)), "@language": None}
    return {"@id": _curie(str(iri)), "@type": _curie(coercion) if coercion != "@id" else "@id"}


def _coercion(ontology: Graph, prop: URIRef) -> str | None:
    if (prop, RDF.type, OWL.ObjectProperty) in ontology:
        return "@id"
    rng = ontology.value(prop, RDFS.range)
    if rng is None or rng == RDF.langString:
        return None
    return "@none" if rng == XSD.string else str(rng)


def build_context(ontology: Graph | None = None) -> dict[str, Any]:
    """The context, from the ontology: prefixes, then one term per wgec class and property."""
    g = ontology if ontology is not None else load_ontology()
    terms: dict[str, Any] = {"@language": "en"}
    terms.update({prefix: str(ns) for prefix, ns in sorted(PREFIXES.items())})
    terms["vann"] = VANN
    ns = str(WGEC._NS)
    classes = sorted(str(c) for c in g.subjects(RDF.type, OWL.Class) if str(c).startswith(ns))
    props = sorted(str(p) for t in (OWL.ObjectProperty, OWL.DatatypeProperty) for p in g.subjects(RDF.type, t)
                   if str(p).startswith(ns))
    new: list[tuple[str, str | dict[str, Any]]] = [(c[len(ns):], _curie(c)) for c in classes]
    new += [(p[len(ns):], _definition(URIRef(p), _coercion(g, URIRef(p)))) for p in props]
    new += [(name, _definition(iri, coercion)) for name, (iri, coercion) in sorted(OTHER_TERMS.items())]
    for name, definition in new:
        if name in terms:
            raise ValueError(f"JSON-LD context: term {name!r} defined twice")
        terms[name] = definition
    return {"@context": terms}


def context_text() -> str:
    """The published context file (package data)."""
    return (resources.files("wgec.ontology") / "context.jsonld").read_text(encoding="utf-8")


def load_context() -> dict[str, Any]:
    """The published context as a JSON object (``{"@context": {...}}``)."""
    return dict(json.loads(context_text()))


def render_context(ontology: Graph | None = None) -> str:
    """The context file's text, as :func:`build_context` makes it (stable key order)."""
    return json.dumps(build_context(ontology), indent=1, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    print(render_context(), end="")
