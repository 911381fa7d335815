"""The published JSON-LD context: generated from the ontology, shipped, embedded in exports."""
from __future__ import annotations

import json

from rdflib import URIRef
from rdflib.namespace import OWL, RDF

from wgec.ontology import load_ontology
from wgec.ontology.context import load_context, render_context
from wgec.ontology.prefixes import PREFIXES
from wgec.ontology.vocab import WGEC


def test_shipped_context_is_the_one_the_ontology_gives():
    """Regenerate with: python -m wgec.ontology.context > src/wgec/ontology/context.jsonld"""
    assert json.loads(render_context()) == load_context()


def test_every_wgec_term_has_a_compact_term_with_the_right_coercion():
    ctx, onto = load_context()["@context"], load_ontology()
    for prefix, ns in PREFIXES.items():
        assert ctx[prefix] == str(ns)
    ns = str(WGEC._NS)
    for name in WGEC.__annotations__:
        iri = URIRef(ns + name)
        term = ctx[name]
        if (iri, RDF.type, OWL.Class) in onto:
            assert term == f"wgec:{name}"
        elif (iri, RDF.type, OWL.ObjectProperty) in onto:
            assert term == {"@id": f"wgec:{name}", "@type": "@id"}
        else:
            assert term["@id"] == f"wgec:{name}"
    assert ctx["text"] == {"@id": "wgec:text"} and ctx["@language"] == "en"  # language-tagged text
    assert ctx["quote"] == {"@id": "wgec:quote", "@language": None}  # exact characters, no language
    assert ctx["startLine"]["@type"] == "xsd:integer" and ctx["date"]["@type"] == "xsd:dateTime"
