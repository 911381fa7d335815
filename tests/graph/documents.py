"""A small document written by a test and built alone, as a user's corpus of one."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF
from rdflib.term import Node

from wgec.graph.build import build
from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.document import parse_document
from wgec.ontology.vocab import WGEC


def built_alone(folder: Path, name: str, text: str) -> tuple[Graph, Node]:
    """``text`` written to ``folder/name`` and built alone (no validation: not under test): the graph and
    its one document."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    g = build([path], run_validation=False).graph
    (doc,) = g.subjects(RDF.type, WGEC.Document)
    return g, doc


def item_texts(text: str) -> list[str]:
    """The texts of the items (proposals, answers, parts) the layout reads in ``text``."""
    return [i.text for i in parse_document(SourceFile.from_text("x.txt", text)).all_items()]
