"""Result renderings keep every term whole: IRIs, datatypes, language tags, unbound cells.

Each named query's answer is rendered as SPARQL XML, JSON and TSV and read back with a
reader that is not wgec's (rdflib's result parsers; JSON through wgec.from_json too): the
rows must be the same terms. A rendering that drops a datatype or a language tag fails here.
"""
from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Callable

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.query import Result
from rdflib.term import Node
from tests.queries.answers import CURIES, Case, cases

from wgec.queries.results import QueryResult, from_json, to_delimited, to_json, to_xml

SELECTS = [c for c in cases() if c.query.form == "SELECT"]
SPARQL = "{http://www.w3.org/2005/sparql-results#}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ID = dict(CURIES)["id"]
SAMPLE = QueryResult("select", ["s", "date", "label", "text", "n", "none"], [
    (URIRef(ID + "org/itu"), Literal("2013-11-06", datatype=XSD.date), Literal("ITU", lang="en"),
     Literal('a < b & "c"'), Literal(4), None),
])


def rows_read_back(text: str, fmt: str) -> tuple[list[str], list[tuple[Node | None, ...]]]:
    parsed = Result.parse(io.StringIO(text), format=fmt)
    variables = [str(v) for v in parsed.vars or []]
    return variables, [tuple(row.get(v) for v in variables) for row in parsed]  # type: ignore[union-attr]


def plain(rows: list[tuple[Node | None, ...]]) -> list[tuple[Node | None, ...]]:
    """xsd:string literals as plain ones (one term in RDF 1.1, written either way)."""
    return [tuple(Literal(str(t)) if isinstance(t, Literal) and t.datatype == XSD.string else t for t in row)
            for row in rows]


RENDERINGS: dict[str, Callable[[QueryResult], tuple[list[str], list[tuple[Node | None, ...]]]]] = {
    "xml": lambda r: rows_read_back(to_xml(r), "xml"),
    "json": lambda r: rows_read_back(to_json(r), "json"),
    "json-wgec": lambda r: (lambda back: (back.variables, back.rows))(from_json(json.loads(to_json(r)))),
    "tsv": lambda r: rows_read_back(to_delimited(r, "\t"), "tsv"),
}


@pytest.mark.parametrize("fmt", sorted(RENDERINGS))
def test_sample_terms_survive(fmt: str) -> None:
    assert RENDERINGS[fmt](SAMPLE) == (SAMPLE.variables, SAMPLE.rows)


@pytest.mark.parametrize("fmt", sorted(RENDERINGS))
@pytest.mark.parametrize("case", SELECTS, ids=[c.key for c in SELECTS])
def test_named_answers_survive(answers: Callable[[str], QueryResult], case: Case, fmt: str) -> None:
    result = answers(case.key)
    variables, rows = RENDERINGS[fmt](result)
    assert variables == result.variables
    assert plain(rows) == plain(result.rows)


def test_xml_binding_attributes() -> None:
    root = ET.fromstring(to_xml(SAMPLE))
    names = [v.get("name") for v in root.iter(f"{SPARQL}variable")]
    assert names == SAMPLE.variables
    cells = {b.get("name"): b[0] for b in root.iter(f"{SPARQL}binding")}
    assert set(cells) == {"s", "date", "label", "text", "n"}  # "none" is unbound: no binding element
    assert (cells["s"].tag, cells["s"].text) == (f"{SPARQL}uri", ID + "org/itu")
    assert cells["date"].attrib == {"datatype": str(XSD.date)} and cells["date"].text == "2013-11-06"
    assert cells["label"].attrib == {XML_LANG: "en"} and cells["label"].text == "ITU"
    assert cells["text"].attrib == {} and cells["text"].text == 'a < b & "c"'
    assert cells["n"].attrib == {"datatype": str(XSD.integer)}


def test_xml_and_json_ask_and_blank_nodes() -> None:
    for answer in (True, False):
        ask = QueryResult("ask", boolean=answer)
        assert ET.fromstring(to_xml(ask)).find(f"{SPARQL}boolean").text == str(answer).lower()  # type: ignore[union-attr]
        assert json.loads(to_json(ask))["boolean"] is answer
    node = QueryResult("select", ["b"], [(BNode("x1"),)])
    assert ET.fromstring(to_xml(node)).find(f".//{SPARQL}bnode") is not None
    assert json.loads(to_json(node))["results"]["bindings"] == [{"b": {"type": "bnode", "value": "x1"}}]
