"""The prefixes every wgec output binds, in one place (exports, query results, pages)."""
from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD

from wgec.ontology.vocab import ID, WGEC

PREFIXES = {"wgec": WGEC._NS, "id": ID, "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "skos": SKOS,
            "dcterms": DCTERMS, "foaf": FOAF, "prov": PROV, "org": ORG, "time": TIME,
            "wd": "http://www.wikidata.org/entity/"}


def bind_prefixes(graph: Graph) -> None:
    """Bind the wgec prefixes on ``graph``, replacing any other binding of the same names."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
