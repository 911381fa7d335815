"""Result formats: which one a request asks for, and writing answers in it.

SELECT and ASK answers are SPARQL 1.1 Results JSON, XML, CSV or TSV; CONSTRUCT and
DESCRIBE answers are Turtle, N-Triples, RDF/XML or JSON-LD (written by Oxigraph).
Rows past the row limit are left out and the answer says it was cut.

>>> choose("text/csv;q=0.5, application/sparql-results+xml", "solutions")
'xml'
>>> choose("application/rdf+xml", "graph"), choose("*/*", "graph"), choose("", "solutions")
('rdfxml', 'turtle', 'json')
"""
from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Iterable, Iterator
from json.encoder import encode_basestring as _enc
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

SOLUTION_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle", "application/x-turtle": "turtle", "application/n-triples": "ntriples",
    "text/plain": "ntriples", "application/rdf+xml": "rdfxml", "application/xml": "rdfxml", "text/xml": "rdfxml",
    "application/ld+json": "jsonld", "application/json": "jsonld",
}
MEDIA_TYPE = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml", "csv": "text/csv",
    "tsv": "text/tab-separated-values", "turtle": "text/turtle", "ntriples": "application/n-triples",
    "rdfxml": "application/rdf+xml", "jsonld": "application/ld+json",
}
RDF_FORMAT = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "rdfxml": ox.RdfFormat.RDF_XML,
              "jsonld": ox.RdfFormat.JSON_LD}
ALIASES = {"nt": "ntriples", "n-triples": "ntriples", "ttl": "turtle", "rdf": "rdfxml", "rdf+xml": "rdfxml",
           "rdf/xml": "rdfxml", "json-ld": "jsonld"}
DEFAULT = {"solutions": "json", "graph": "turtle"}


def ranked_types(accept: str) -> list[str]:
    """Media types of an Accept header, best first (q=0 left out)."""
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for p in params:
            if p.lower().startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranked.append((-q, i, media.lower()))
    return [m for _, _, m in sorted(ranked)]


def choose(accept: str, kind: str, explicit: str | None = None) -> str:
    """The format for an answer of ``kind`` ('solutions' or 'graph'); ``explicit`` is a ``format`` parameter."""
    table = SOLUTION_TYPES if kind == "solutions" else GRAPH_TYPES
    if explicit:
        name = ALIASES.get(explicit.lower(), explicit.lower())
        if name in table.values():
            return name
        if name in table:
            return table[name]
    for media in ranked_types(accept):
        if media in table:
            return table[media]
        if media == "*/*" or (media.endswith("/*") and any(t.startswith(media[:-1]) for t in table)):
            return DEFAULT[kind]
    return DEFAULT[kind]


# ---------------------------------------------------------------- SELECT and ASK

def _json_term(term: Any) -> str:
    """One RDF term as SPARQL Results JSON (written directly: 2-3x faster than building dicts)."""
    kind = type(term)
    if kind is ox.NamedNode:
        return '{"type":"uri","value":' + _enc(term.value) + "}"
    if kind is ox.Literal:
        if term.language:
            return '{"type":"literal","value":' + _enc(term.value) + ',"xml:lang":' + _enc(term.language) + "}"
        datatype = term.datatype.value
        if datatype == XSD_STRING:
            return '{"type":"literal","value":' + _enc(term.value) + "}"
        return '{"type":"literal","value":' + _enc(term.value) + ',"datatype":' + _enc(datatype) + "}"
    if kind is ox.BlankNode:
        return '{"type":"bnode","value":' + _enc(term.value) + "}"
    return ('{"type":"triple","value":{"subject":' + _json_term(term.subject) + ',"predicate":'
            + _json_term(term.predicate) + ',"object":' + _json_term(term.object) + "}}")


def _json(variables: list[str], rows: list[list[Any]]) -> bytes:
    keys = [_enc(v) + ":" for v in variables]
    bindings = ",".join("{" + ",".join(k + _json_term(t) for k, t in zip(keys, row, strict=True) if t is not None)
                        + "}" for row in rows)
    head = ",".join(_enc(v) for v in variables)
    return ('{"head":{"vars":[' + head + ']},"results":{"bindings":[' + bindings + "]}}").encode("utf-8")


def _xml_term(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return (f"<triple><subject>{_xml_term(term.subject)}</subject><predicate>{_xml_term(term.predicate)}</predicate>"
            f"<object>{_xml_term(term.object)}</object></triple>")


XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'


def _xml(variables: list[str], rows: list[list[Any]]) -> bytes:
    out = [XML_HEAD, "<head>", *(f"<variable name={quoteattr(v)}/>" for v in variables), "</head>\n<results>\n"]
    for row in rows:
        out.append("<result>")
        out.extend(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                   for v, t in zip(variables, row, strict=True) if t is not None)
        out.append("</result>\n")
    out.append("</results>\n</sparql>\n")
    return "".join(out).encode("utf-8")


def _csv_value(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode | ox.Literal):
        return str(term.value)
    return str(term)


def _csv(variables: list[str], rows: list[list[Any]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(variables)
    writer.writerows([_csv_value(t) for t in row] for row in rows)
    return buf.getvalue().encode("utf-8")


def _tsv(variables: list[str], rows: list[list[Any]]) -> bytes:
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines.extend("\t".join("" if t is None else str(t) for t in row) for row in rows)
    return ("\n".join(lines) + "\n").encode("utf-8")


SOLUTION_WRITERS = {"json": _json, "xml": _xml, "csv": _csv, "tsv": _tsv}


def write_solutions(variables: list[str], solutions: Iterable[Any], fmt: str, max_rows: int) -> tuple[bytes, bool]:
    """(body, truncated): at most ``max_rows`` rows (0: no limit) of a SELECT answer."""
    n = len(variables)
    rows: list[list[Any]] = []
    source: Iterator[Any] = iter(solutions)
    if max_rows > 0:
        source = itertools.islice(source, max_rows + 1)
    for solution in source:
        rows.append([solution[i] for i in range(n)])
    truncated = max_rows > 0 and len(rows) > max_rows
    if truncated:
        rows.pop()
    return SOLUTION_WRITERS[fmt](variables, rows), truncated


def write_boolean(value: bool, fmt: str) -> bytes:
    """An ASK answer; CSV and TSV get a header line and the value (never an empty body)."""
    word = "true" if value else "false"
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value}).encode()
    if fmt == "xml":
        return f"{XML_HEAD}<head/>\n<boolean>{word}</boolean>\n</sparql>\n".encode()
    if fmt == "csv":
        return f"_askResult\r\n{word}\r\n".encode()
    return f"?_askResult\n{word}\n".encode()


# ---------------------------------------------------------------- CONSTRUCT and DESCRIBE

def write_triples(triples: Iterable[Any], fmt: str, max_rows: int, prefixes: dict[str, str]) -> tuple[bytes, bool]:
    """(body, truncated): at most ``max_rows`` triples (0: no limit) in an RDF syntax."""
    items = list(itertools.islice(triples, max_rows + 1) if max_rows > 0 else triples)
    truncated = max_rows > 0 and len(items) > max_rows
    if truncated:
        items.pop()
    body = ox.serialize(items, format=RDF_FORMAT[fmt], prefixes=prefixes if fmt in ("turtle", "rdfxml") else None)
    return body or b"", truncated
