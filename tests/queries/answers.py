"""Exact expected answers of the named queries: their canonical form, files and comparison.

Shared by ``tests/queries/test_answers.py`` (compares) and ``scripts/regenerate_expected.py``
(rewrites the files on purpose; the diff is then reviewed in git).

Files, in ``tests/queries/expected/``:

- ``NAME.csv`` for a SELECT: a header of the query's variables, then one row per solution,
  each cell a term in canonical form (:func:`term_text`); an empty cell is an unbound variable.
  Rows are sorted unless the query has an ORDER BY, in which case they keep the query's order.
- ``NAME.csv`` for an ASK: the header ``ask`` and one row, ``yes`` or ``no``.
- ``NAME.ttl`` for a CONSTRUCT or DESCRIBE: the answer graph, compared by isomorphism.
- ``params.toml``: the parameters each query is run with. A table ``[NAME--VARIANT]`` runs
  query NAME once more with other parameters, answered in ``NAME--VARIANT.csv``.

Comparison: a SELECT without ORDER BY is compared as a multiset of rows; with ORDER BY,
in order, except that rows tied on every ORDER BY variable the query projects are compared
as a multiset (SPARQL leaves their order to the engine). The parts of a GROUP_CONCAT are
sorted on both sides, since their order is engine-specific too.
"""
from __future__ import annotations

import csv
import difflib
import io
import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import graph_diff, to_isomorphic
from rdflib.namespace import XSD
from rdflib.term import Node

from wgec.queries.library import NamedQuery, named_queries, prepare
from wgec.queries.results import QueryResult
from wgec.queries.run import run_local

EXPECTED = Path(__file__).parent / "expected"
PARAMS_FILE = EXPECTED / "params.toml"
SHOWN = 15  # differing rows or triples printed on a failure, each way

#: IRIs are written as CURIEs with these prefixes (a fixed table, so that a prefix added to
#: the exports does not rewrite every expected file); any other IRI is written <in full>.
CURIES = (
    ("id", "https://w3id.org/wgec/id/"),
    ("wgec", "https://w3id.org/wgec/ontology#"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("dcterms", "http://purl.org/dc/terms/"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("time", "http://www.w3.org/2006/time#"),
    ("wd", "http://www.wikidata.org/entity/"),
)
LOCAL_NAME = re.compile(r"[^\s<>\"{}|^`\\]*")
ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


@dataclass(frozen=True)
class Case:
    """One run of a named query: ``key`` names the expected file (NAME or NAME--VARIANT)."""

    key: str
    query: NamedQuery
    params: dict[str, str]

    @property
    def path(self) -> Path:
        return EXPECTED / f"{self.key}{'.ttl' if self.query.form in ('CONSTRUCT', 'DESCRIBE') else '.csv'}"


def load_params() -> dict[str, dict[str, str]]:
    """The parameter table: expected-file key -> parameters."""
    with PARAMS_FILE.open("rb") as fh:
        return {key: {k: str(v) for k, v in table.items()} for key, table in tomllib.load(fh).items()}


def default_params() -> dict[str, dict[str, str]]:
    """The parameters each named query runs with by default (params.toml without its variants)."""
    return {key: params for key, params in load_params().items() if "--" not in key}


def cases() -> list[Case]:
    """Every named query once (with its parameters, if any), then the variants of params.toml."""
    queries = named_queries()
    params = load_params()
    unknown = sorted(k for k in params if k.split("--")[0] not in queries)
    if unknown:
        raise KeyError(f"{PARAMS_FILE.name}: no named query for {', '.join(unknown)}")
    out = [Case(name, query, params.get(name, {})) for name, query in queries.items()]
    out += [Case(key, queries[key.split("--")[0]], params[key]) for key in sorted(params) if "--" in key]
    return out


def answer(graph: Graph, case: Case) -> QueryResult:
    return run_local(graph, prepare(case.query, case.params), case.key)


# ------------------------------------------------------------------ canonical terms

def curie(iri: str) -> str:
    for prefix, ns in CURIES:
        if iri.startswith(ns) and LOCAL_NAME.fullmatch(iri[len(ns):]):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


def term_text(term: Node | None) -> str:
    """A term in canonical form: ``id:org/itu``, ``<http://...>``, ``"text"``, ``"text"@en``,
    ``"2013-11-06"^^xsd:date``, ``"4"^^xsd:integer``, ``_:label``; ``""`` (nothing) when unbound.

    xsd:string is left implicit, as RDF 1.1 says ``"a"`` and ``"a"^^xsd:string`` are one term;
    any other datatype, and any language tag, is shown, so that losing one is a difference.

    >>> term_text(Literal("2013-11-06", datatype=XSD.date))
    '"2013-11-06"^^xsd:date'
    >>> term_text(Literal('say "hi"\\n', lang="en")), term_text(URIRef("https://w3id.org/wgec/id/org/itu"))
    ('"say \\\\"hi\\\\"\\\\n"@en', 'id:org/itu')
    """
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return curie(str(term))
    if isinstance(term, BNode):
        return f"_:{term}"
    assert isinstance(term, Literal)
    quoted = '"' + "".join(ESCAPES.get(ch, ch) for ch in str(term)) + '"'
    if term.language:
        return f"{quoted}@{term.language}"
    if term.datatype is not None and term.datatype != XSD.string:
        return f"{quoted}^^{curie(str(term.datatype))}"
    return quoted


# ------------------------------------------------------------------ query shape

def strip_comments_and_strings(text: str) -> str:
    text = re.sub(r"<[^<>\s]*>", "<>", text)
    text = re.sub(r'"(?:[^"\\\n]|\\.)*"', '""', text)
    return re.sub(r"#[^\n]*", "", text)


def order_variables(text: str) -> list[str] | None:
    """The variables of the outermost ORDER BY (None when the query has none)."""
    clauses = re.findall(r"\bORDER\s+BY\b([^{}]*)$", strip_comments_and_strings(text), re.I)
    if not clauses:
        return None
    clause = re.split(r"\b(?:LIMIT|OFFSET|VALUES)\b", clauses[-1], flags=re.I)[0]
    return re.findall(r"[?$](\w+)", clause)


def concat_variables(text: str) -> dict[str, str]:
    """``{variable: separator}`` for every ``GROUP_CONCAT(...) AS ?variable``."""
    found = {}
    for m in re.finditer(r"GROUP_CONCAT\s*\(((?:[^()]|\([^()]*\))*)\)\s*AS\s*[?$](\w+)", text, re.I):
        sep = re.search(r"separator\s*=\s*([\"'])(.*?)\1", m.group(1), re.I)
        found[m.group(2)] = sep.group(2) if sep else " "
    return found


def _sorted_parts(term: Node | None, separator: str) -> Node | None:
    if not isinstance(term, Literal):
        return term
    return Literal(separator.join(sorted(str(term).split(separator))), lang=term.language, datatype=term.datatype)


# ------------------------------------------------------------------ answers as text

def select_rows(result: QueryResult, text: str) -> list[tuple[str, ...]]:
    """The solutions in canonical text, in the engine's order (GROUP_CONCAT parts sorted)."""
    concat = concat_variables(text)
    seps = [concat.get(v) for v in result.variables]
    return [tuple(term_text(_sorted_parts(t, s) if s else t) for t, s in zip(row, seps, strict=True))
            for row in result.rows]


def to_file_text(case: Case, result: QueryResult) -> str:
    """The expected-file content of an answer."""
    if result.kind == "graph":
        from wgec.graph.export import canonical

        return canonical(result.graph or Graph()).serialize(format="turtle")
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    if result.kind == "ask":
        writer.writerows([["ask"], ["yes" if result.boolean else "no"]])
        return buf.getvalue()
    rows = select_rows(result, case.query.text)
    writer.writerow(result.variables)
    writer.writerows(rows if order_variables(case.query.text) is not None else sorted(rows))
    return buf.getvalue()


def read_csv(path: Path) -> tuple[list[str], list[tuple[str, ...]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        header, *rows = list(csv.reader(fh))
    return header, [tuple(r) for r in rows]


# ------------------------------------------------------------------ comparison

def compare(case: Case, result: QueryResult) -> str | None:
    """None when ``result`` is the expected answer, else a readable account of the difference."""
    if not case.path.exists():
        return f"{case.path.name} is missing: run scripts/regenerate_expected.py and review the diff"
    if result.kind == "graph":
        return compare_graphs(Graph().parse(case.path, format="turtle"), result.graph or Graph())
    header, expected = read_csv(case.path)
    if result.kind == "ask":
        got = "yes" if result.boolean else "no"
        return None if [header, expected] == [["ask"], [(got,)]] else f"ASK answered {got}, expected {expected}"
    if header != result.variables:
        return f"variables {result.variables}, expected {header}"
    got_rows = select_rows(result, case.query.text)
    order = order_variables(case.query.text)
    if order is None:
        return compare_multisets(expected, got_rows)
    keys = [header.index(v) for v in order if v in header]
    return compare_ordered(expected, got_rows, keys, header)


def compare_multisets(expected: list[tuple[str, ...]], got: list[tuple[str, ...]]) -> str | None:
    missing = Counter(expected) - Counter(got)
    extra = Counter(got) - Counter(expected)
    if not missing and not extra:
        return None
    return "\n".join([f"{len(got)} rows, expected {len(expected)} (compared as a multiset)",
                      *_listing("missing", sorted(missing.elements())),
                      *_listing("unexpected", sorted(extra.elements()))])


def _runs(rows: list[tuple[str, ...]], keys: list[int]) -> list[tuple[tuple[str, ...], Counter]]:
    return [(k, Counter(group)) for k, group in groupby(rows, key=lambda r: tuple(r[i] for i in keys))]


def compare_ordered(expected: list[tuple[str, ...]], got: list[tuple[str, ...]], keys: list[int],
                    header: list[str]) -> str | None:
    """Rows in order; rows tied on the ORDER BY columns ``keys`` may come in any order among themselves."""
    if _runs(expected, keys) == _runs(got, keys):
        return None
    lines = difflib.unified_diff([",".join(r) for r in expected], [",".join(r) for r in got],
                                 "expected", "got", n=1, lineterm="")
    shown = list(lines)
    return "\n".join([f"rows differ in content or ORDER BY order (keys: {[header[i] for i in keys]}):",
                      *shown[: 4 * SHOWN], *(["..."] if len(shown) > 4 * SHOWN else [])])


def compare_graphs(expected: Graph, got: Graph) -> str | None:
    """None when the graphs are isomorphic, else the first differing triples each way."""
    iso_expected, iso_got = to_isomorphic(expected), to_isomorphic(got)
    if iso_expected == iso_got:
        return None
    _, only_expected, only_got = graph_diff(iso_expected, iso_got)
    return "\n".join([f"graphs differ: {len(got)} triples, expected {len(expected)}",
                      *_listing("missing", sorted(_nt(t) for t in only_expected)),
                      *_listing("unexpected", sorted(_nt(t) for t in only_got))])


def _nt(triple: tuple[Node, Node, Node]) -> str:
    return " ".join(term_text(t) for t in triple)


def _listing(title: str, items: list) -> list[str]:
    if not items:
        return []
    head = [f"{title} ({len(items)}):"] + [f"  {','.join(i) if isinstance(i, tuple) else i}" for i in items[:SHOWN]]
    return head + (["  ..."] if len(items) > SHOWN else [])
