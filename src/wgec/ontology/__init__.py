"""The wgec ontology and SHACL shapes, shipped as package data."""
from __future__ import annotations

from importlib import resources

from rdflib import Graph


def ontology_text() -> str:
    return (resources.files("wgec.ontology") / "wgec.ttl").read_text(encoding="utf-8")


def shapes_text() -> str:
    return (resources.files("wgec.ontology") / "shapes.ttl").read_text(encoding="utf-8")


def load_ontology() -> Graph:
    """The OWL ontology as an rdflib graph."""
    return Graph().parse(data=ontology_text(), format="turtle")


def load_shapes() -> Graph:
    """The SHACL shapes the built graph must satisfy."""
    return Graph().parse(data=shapes_text(), format="turtle")
