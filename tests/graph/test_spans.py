"""Every TextSpan of the bundled build says exactly where its quote stands in its file.

Recomputed here from the file itself (not with the build's own line index): the quote is
the file's text from startChar to endChar, startLine and endLine are the lines of its first
and last character, and the label names those lines. This catches an end line off by one.
"""
from __future__ import annotations

from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

from wgec.graph.build import bundled_corpus
from wgec.graph.ingest.source import read_source
from wgec.ontology.vocab import WGEC


def line_at(text: str, offset: int) -> int:
    """The line (from 1) of the character at ``offset``.

    >>> line_at("ab\\ncd", 0), line_at("ab\\ncd", 2), line_at("ab\\ncd", 3)
    (1, 1, 2)
    """
    return text.count("\n", 0, offset) + 1


def expected_fields(text: str, name: str, start: int, end: int) -> dict[str, object]:
    first, last = line_at(text, start), line_at(text, max(start, end - 1))
    return {"quote": text[start:end], "startLine": first, "endLine": last,
            "label": f"{name}, line {first}" if first == last else f"{name}, lines {first}-{last}"}


def value(graph: Graph, subject: Node, prop: Node) -> object:
    """The one literal value of ``prop`` (as Python), failing if there is none."""
    term = graph.value(subject, prop)
    assert isinstance(term, Literal), f"{subject} {prop}: {term!r}"
    return term.toPython()


def span_fields(graph: Graph, span: Node) -> dict[str, object]:
    return {"quote": str(value(graph, span, WGEC.quote)), "startLine": value(graph, span, WGEC.startLine),
            "endLine": value(graph, span, WGEC.endLine), "label": str(value(graph, span, RDFS.label))}


def test_every_span_quotes_its_file_from_start_to_end(graph: Graph) -> None:
    texts = {p.name: read_source(p).text for p in bundled_corpus().iterdir() if p.is_file()}
    spans = sorted(graph.subjects(RDF.type, WGEC.TextSpan), key=str)
    assert len(spans) > 300
    multi_line = 0
    for span in spans:
        source = graph.value(span, WGEC.inFile)
        assert source is not None, span
        name = str(value(graph, source, WGEC.fileName))
        start, end = value(graph, span, WGEC.startChar), value(graph, span, WGEC.endChar)
        assert isinstance(start, int) and isinstance(end, int), span
        assert 0 <= start < end <= len(texts[name]), span
        expected = expected_fields(texts[name], name, start, end)
        assert span_fields(graph, span) == expected, span
        multi_line += expected["startLine"] != expected["endLine"]
    assert multi_line > 0  # the end line is checked where it differs from the start line
