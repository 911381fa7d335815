"""Query results in one shape, local or remote, and their renderings:
an aligned table for people, CSV/TSV, SPARQL 1.1 Results JSON, Turtle for graphs.
"""
from __future__ import annotations

import csv
import io
import json
import shutil
import textwrap
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from wgec.errors import MissingExtraError
from wgec.graph.export import canonical
from wgec.ontology.prefixes import PREFIXES


@dataclass
class QueryResult:
    """``kind`` is select, ask or graph; rows hold rdflib terms (None when unbound)."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None
    truncated: bool = False

    def to_dataframe(self) -> Any:
        """Rows as a pandas DataFrame of Python values (the ``notebook`` extra installs pandas)."""
        try:
            import pandas as pd
        except ImportError:
            raise MissingExtraError("to_dataframe needs pandas: pip install 'wgec[notebook]'") from None

        values = [[t.toPython() if isinstance(t, URIRef | BNode | Literal) else None for t in row]
                  for row in self.rows]
        return pd.DataFrame(values,
                            columns=self.variables)

    def comparable(self) -> set[tuple[str, ...]] | bool | set[tuple[str, str, str]]:
        """A form for comparing answers across stores: xsd:string literals equal plain ones, and the
        parts of a "; "-joined GROUP_CONCAT are sorted (their order is engine-specific)."""
        if self.kind == "ask":
            return bool(self.boolean)
        if self.kind == "graph":
            return {tuple(_key(t) for t in triple) for triple in (self.graph or Graph())}
        return {tuple(_key(_sorted_concat(t)) for t in row) for row in self.rows}


def _sorted_concat(term: Node | None) -> Node | None:
    if isinstance(term, Literal) and "; " in str(term):
        return Literal("; ".join(sorted(str(term).split("; "))), lang=term.language, datatype=term.datatype)
    return term


def _key(term: Node | None) -> str:
    """Stores may write a decimal in another lexical form ("0.700" and "0.7") and leave an empty
    GROUP_CONCAT unbound or bind it to "": such answers compare equal."""
    if term is None or (isinstance(term, Literal) and str(term) == "" and not term.language):
        return ""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        term = Literal(str(term))
    if isinstance(term, Literal) and term.datatype == XSD.decimal:
        term = Literal(format(Decimal(str(term)).normalize(), "f"), datatype=XSD.decimal)
    if isinstance(term, BNode):
        return "_:b"
    return term.n3()


def compact(term: Node | None) -> str:
    """A short, readable form: prefixed IRI, plain literal text."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for prefix, ns in PREFIXES.items():
            if str(term).startswith(str(ns)):
                return f"{prefix}:{str(term)[len(str(ns)):]}"
        return str(term)
    return str(term)


def fit_widths(natural: list[int], total: int, gap: int = 2, floor: int = 12) -> list[int]:
    """Column widths within ``total`` characters: the widest columns narrowed first, none under ``floor``.

    >>> fit_widths([10, 200, 30], 80)
    [10, 36, 30]
    """
    room = total - gap * (len(natural) - 1)
    if sum(natural) <= room:
        return natural
    low, high = floor, max(natural)
    while low < high:  # the widest cap that fits
        cap = (low + high + 1) // 2
        if sum(min(w, cap) for w in natural) <= room:
            low = cap
        else:
            high = cap - 1
    return [min(w, low) for w in natural]


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_on_hyphens=False) or [""]


def to_table(result: QueryResult, width: int | None = None) -> str:
    """An aligned table that fits ``width`` (default: the terminal's): long text wraps onto more lines
    (rows then stand apart by a blank line), nothing is cut."""
    if result.kind == "ask":
        return "yes" if result.boolean else "no"
    if result.kind == "graph":
        return to_turtle(result)
    cells = [[" ".join(compact(t).split()) for t in row] for row in result.rows]
    natural = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(result.variables)]
    widths = fit_widths(natural, width or shutil.get_terminal_size((120, 24)).columns)
    line = "  ".join(v.ljust(w) for v, w in zip(result.variables, widths, strict=False)).rstrip()
    rule = "  ".join("-" * w for w in widths)
    wrapped = [[_wrap(c, w) for c, w in zip(r, widths, strict=False)] for r in cells]
    tall = any(len(part) > 1 for row in wrapped for part in row)
    body: list[str] = []
    for row in wrapped:
        if tall and body:
            body.append("")
        for i in range(max((len(part) for part in row), default=1)):
            body.append("  ".join((part[i] if i < len(part) else "").ljust(w)
                                  for part, w in zip(row, widths, strict=False)).rstrip())
    footer = f"({len(cells)} row{'s' if len(cells) != 1 else ''}{', truncated' if result.truncated else ''})"
    return "\n".join([line, rule, *body, footer])


def to_delimited(result: QueryResult, delimiter: str) -> str:
    buf = io.StringIO()
    if delimiter == "\t":  # SPARQL 1.1 TSV: terms in Turtle syntax
        buf.write("\t".join(f"?{v}" for v in result.variables) + "\n")
        for row in result.rows:
            buf.write("\t".join(t.n3() if t is not None else "" for t in row) + "\n")
        return buf.getvalue()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([str(t) if t is not None else "" for t in row])
    return buf.getvalue()


def term_json(term: Node) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype:
        out["datatype"] = str(term.datatype)
    return out


def to_json(result: QueryResult) -> str:
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)}, indent=1)
    bindings = [{v: term_json(t) for v, t in zip(result.variables, row, strict=False) if t is not None}
                for row in result.rows]
    return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}}, indent=1,
                      ensure_ascii=False)


def to_turtle(result: QueryResult) -> str:
    graph = canonical(result.graph or Graph())
    return graph.serialize(format="turtle")


def to_xml(result: QueryResult) -> str:
    """SPARQL Query Results XML Format."""
    from xml.sax.saxutils import escape, quoteattr

    out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
    out += [f"<variable name={quoteattr(v)}/>" for v in result.variables]
    out.append("</head>")
    if result.kind == "ask":
        out.append(f"<boolean>{'true' if result.boolean else 'false'}</boolean>")
    else:
        out.append("<results>")
        for row in result.rows:
            out.append("<result>")
            for v, t in zip(result.variables, row, strict=False):
                if t is None:
                    continue
                if isinstance(t, URIRef):
                    inner = f"<uri>{escape(str(t))}</uri>"
                elif isinstance(t, BNode):
                    inner = f"<bnode>{escape(str(t))}</bnode>"
                else:
                    lit = t if isinstance(t, Literal) else Literal(str(t))
                    attr = f" xml:lang={quoteattr(lit.language)}" if lit.language else \
                        (f" datatype={quoteattr(str(lit.datatype))}" if lit.datatype else "")
                    inner = f"<literal{attr}>{escape(str(t))}</literal>"
                out.append(f"<binding name={quoteattr(v)}>{inner}</binding>")
            out.append("</result>")
        out.append("</results>")
    out.append("</sparql>")
    return "\n".join(out) + "\n"


def render(result: QueryResult, fmt: str) -> str:
    if result.kind == "graph":
        return to_turtle(result) if fmt != "json" else canonical(result.graph or Graph()).serialize(format="json-ld")
    return {"table": to_table, "csv": lambda r: to_delimited(r, ","), "tsv": lambda r: to_delimited(r, "\t"),
            "json": to_json, "xml": to_xml}[fmt](result)


def from_json(data: dict[str, Any]) -> QueryResult:
    """A SPARQL 1.1 Results JSON document as a QueryResult."""
    if "boolean" in data:
        return QueryResult("ask", boolean=bool(data["boolean"]))
    variables = list(data["head"].get("vars", []))
    rows: list[tuple[Node | None, ...]] = []
    for b in data["results"]["bindings"]:
        row: list[Node | None] = []
        for v in variables:
            cell = b.get(v)
            if cell is None:
                row.append(None)
            elif cell["type"] == "uri":
                row.append(URIRef(cell["value"]))
            elif cell["type"] == "bnode":
                row.append(BNode(cell["value"]))
            else:
                row.append(Literal(cell["value"], lang=cell.get("xml:lang"),
                                   datatype=URIRef(cell["datatype"]) if cell.get("datatype") else None))
        rows.append(tuple(row))
    return QueryResult("select", variables, rows)
