"""The library of named analyst questions (``*.rq`` files shipped with wgec).

Each file opens with a comment header::

    # Question: Which documents and proposals cite a given paragraph ...?
    # Parameter: provision iri required - e.g. id:provision/tunis-agenda/69

Parameters are bound as RDF terms in an inline ``VALUES`` block placed at the
start of the outermost ``WHERE`` group: values are never pasted into the query
text as strings, so a value cannot change the query, and the binding is plain
SPARQL 1.1 that any endpoint evaluates.

A query filtering a date variable between two date parameters may say so::

    # Days: ?date from ?from to ?to

and wgec then also binds ``?date`` to every day of the range (up to
:data:`MAX_ENUMERATED_DAYS`), so a store looks each day up in its object index
instead of scanning every date and joining the rest by hash: on Oxigraph at a
million triples, a month of proposals takes 0.03 s this way against 0.54 s with
the ``FILTER`` alone. The ``FILTER`` stays in the query, so its answer is the
same with or without the list.
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from wgec.errors import QueryError
from wgec.ontology.dates import day_term
from wgec.ontology.vocab import ID, WGEC

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from wgec.queries.results import QueryResult

PARAM_RE = re.compile(r"^#\s*Parameter:\s*(\w+)\s+(iri|literal|date|integer)\s+(required|optional)\s*(?:-\s*(.*))?$")
QUESTION_RE = re.compile(r"^#\s*Question:\s*(.+)$")
DAYS_RE = re.compile(r"^#\s*Days:\s*\?(\w+)\s+from\s+\?(\w+)\s+to\s+\?(\w+)\s*$")
#: An absolute IRI as SPARQL's IRIREF takes it: a scheme, then no space, control character or <>"{}|^`\
IRI_RE = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:[^\s\x00-\x20\x7f-\x9f<>\"{}|^`\\]*")
#: Longest date range enumerated as a ``VALUES`` list. Oxigraph 0.5 switches to a
#: far slower plan past about 1,000 rows of ``VALUES`` (measured: 1,000 days 0.003 s,
#: 1,024 days 3.2 s on the scale-1000 graph), so wider ranges keep the FILTER alone.
MAX_ENUMERATED_DAYS = 732
KINDS = ("iri", "literal", "date", "integer")
CURIES = {"id": str(ID), "wgec": str(WGEC._NS)}


@dataclass(frozen=True)
class Parameter:
    name: str
    kind: str
    required: bool
    help: str = ""


@dataclass(frozen=True)
class DayRange:
    """``?variable`` lies between the date parameters ``start`` and ``end`` (inclusive)."""

    variable: str
    start: str
    end: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    question: str
    text: str
    parameters: tuple[Parameter, ...] = field(default=())
    day_ranges: tuple[DayRange, ...] = field(default=())

    @property
    def form(self) -> str:
        return query_form(self.text)


def query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first form keyword outside comments and IRIs."""
    body = re.sub(r"#[^\n]*", "", re.sub(r"<[^>\s]*>", "<>", text))
    m = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", body, re.I)
    return m.group(1).upper() if m else "SELECT"


def parse_header(name: str, text: str) -> NamedQuery:
    question = ""
    params = []
    ranges = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if m := QUESTION_RE.match(line):
            question = m.group(1).strip()
        elif m := PARAM_RE.match(line):
            params.append(Parameter(m.group(1), m.group(2), m.group(3) == "required", (m.group(4) or "").strip()))
        elif m := DAYS_RE.match(line):
            ranges.append(DayRange(*m.groups()))
    if not question:
        raise QueryError(f"{name}.rq: header lacks a '# Question:' line")
    kinds = {p.name: p.kind for p in params}
    for r in ranges:
        if kinds.get(r.start) != "date" or kinds.get(r.end) != "date":
            raise QueryError(f"{name}.rq: '# Days:' needs date parameters ?{r.start} and ?{r.end}")
    return NamedQuery(name, question, text, tuple(params), tuple(ranges))


def _query_dir() -> Traversable:
    return resources.files("wgec.queries")


def named_queries() -> dict[str, NamedQuery]:
    """All named queries, by name (a new dict each call; the queries themselves are frozen)."""
    return dict(_shipped_queries())


@lru_cache(maxsize=1)
def _shipped_queries() -> tuple[tuple[str, NamedQuery], ...]:
    """The .rq files of the package, read once per process: they are package data and do not
    change while it runs (a server or a notebook asks for them again and again)."""
    out = []
    for entry in sorted(_query_dir().iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            out.append((name, parse_header(name, entry.read_text(encoding="utf-8"))))
    return tuple(out)


def get_query(name: str) -> NamedQuery:
    """A named query; an unknown name raises :class:`QueryError` suggesting near names."""
    queries = named_queries()
    if name in queries:
        return queries[name]
    near = difflib.get_close_matches(name, list(queries), n=3, cutoff=0.4)
    hint = f"; did you mean {', '.join(near)}?" if near else "; `wgec queries` lists them"
    raise QueryError(f"unknown query {name!r}{hint}")


def read_query_file(path: Path | str) -> str:
    if str(path) == "-":
        import sys
        return sys.stdin.read()
    p = Path(path)
    try:
        return p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise QueryError(f"{p}: query file does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"{p}: cannot read query file ({exc})") from None


def to_term(value: str, kind: str, name: str) -> Node:
    """A parameter value as an RDF term: an IRI (``id:`` and ``wgec:`` CURIEs expand), a
    literal, a date (``YYYY-MM-DD``, bound as the graph writes dates: the ``xsd:dateTime``
    of that day's first instant) or an ``xsd:integer``.

    >>> to_term("id:org/itu", "iri", "body")
    rdflib.term.URIRef('https://w3id.org/wgec/id/org/itu')
    >>> to_term("2013-11-01", "date", "from").n3()
    '"2013-11-01T00:00:00"^^<http://www.w3.org/2001/XMLSchema#dateTime>'
    """
    if kind == "iri":
        prefix, _, rest = value.partition(":")
        iri = CURIES[prefix] + rest if prefix in CURIES and not rest.startswith("//") else value
        if not IRI_RE.fullmatch(iri):
            raise QueryError(f"parameter {name!r}: {value!r} is not an IRI")
        return URIRef(iri)
    if kind == "date":
        try:
            return day_term(dt.date.fromisoformat(value))
        except ValueError:
            raise QueryError(f"parameter {name!r}: {value!r} is not a date (YYYY-MM-DD)") from None
    if kind == "integer":
        if not re.fullmatch(r"[+-]?\d+", value.strip()):
            raise QueryError(f"parameter {name!r}: {value!r} is not an integer")
        return Literal(int(value), datatype=XSD.integer)
    return Literal(value)


def bind(text: str, bindings: dict[str, Node], lists: dict[str, list[Node]] | None = None) -> str:
    """The query with ``VALUES`` for ``bindings`` (one row) and for ``lists`` (one variable
    taking each of several values) at the start of its outermost WHERE group.

    >>> print(bind("SELECT ?x WHERE { ?x ?p ?o }", {"o": Literal('a"b')}))
    SELECT ?x WHERE { VALUES (?o) { ("a\\"b") }
     ?x ?p ?o }
    >>> text = bind("SELECT ?x WHERE { ?x ?p ?o }", {}, {"o": [Literal(1), Literal(2)]})
    >>> print(text.replace("<http://www.w3.org/2001/XMLSchema#integer>", "xsd:integer"))
    SELECT ?x WHERE { VALUES ?o { "1"^^xsd:integer "2"^^xsd:integer }
     ?x ?p ?o }
    """
    lists = lists or {}
    if not bindings and not lists:
        return text
    stripped = re.sub(r"#[^\n]*", lambda m: " " * len(m.group(0)), text)
    stripped = re.sub(r"<[^>\s]*>", lambda m: " " * len(m.group(0)), stripped)
    stripped = re.sub(r'"(?:[^"\\\n]|\\.)*"', lambda m: " " * len(m.group(0)), stripped)
    m = re.search(r"\bWHERE\s*\{", stripped, re.I) or re.search(r"\b(?:ASK)\s*\{", stripped, re.I)
    if m is None:
        raise QueryError("cannot bind parameters: the query has no WHERE { ... } group")
    names = sorted(bindings)
    values = ""
    if names:
        values = "VALUES (" + " ".join(f"?{n}" for n in names) + ") { (" + \
            " ".join(bindings[n].n3() for n in names) + ") }\n"
    for var in sorted(lists):
        values += f"VALUES ?{var} {{ " + " ".join(v.n3() for v in lists[var]) + " }\n"
    return text[: m.end()] + " " + values + text[m.end():]


def check_params(query: NamedQuery, params: dict[str, str]) -> None:
    """Every parameter declared, every required one given (before any data is loaded)."""
    declared = {p.name: p for p in query.parameters}
    unknown = sorted(set(params) - set(declared))
    if unknown:
        raise QueryError(f"query {query.name!r} has no parameter {unknown[0]!r}"
                         f" (parameters: {', '.join(declared) or 'none'})")
    for p in query.parameters:
        if p.required and p.name not in params:
            example = f" ({p.help})" if p.help else ""
            raise QueryError(f"query {query.name!r} needs parameter {p.name!r}: --param {p.name}=...{example}")


def prepare(query: NamedQuery | str, params: dict[str, str]) -> str:
    """Bind ``params`` (strings from the user) into a named query or a query text."""
    if isinstance(query, str):
        return bind(query, {k: to_term(v, _guess_kind(v), k) for k, v in params.items()})
    check_params(query, params)
    declared = {p.name: p for p in query.parameters}
    bindings = {k: to_term(v, declared[k].kind, k) for k, v in params.items()}
    lists: dict[str, list[Node]] = {}
    for r in query.day_ranges:
        start, end = bindings.get(r.start), bindings.get(r.end)
        if isinstance(start, Literal) and isinstance(end, Literal):
            days = enumerate_days(start, end)
            if days is not None:
                lists[r.variable] = list(days)
    return bind(query.text, bindings, lists)


#: Entities whose label or alternative label is ``?name``, whatever the case (``?name`` is bound).
NAME_LOOKUP = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?entity ?label ?main WHERE {
  { ?entity rdfs:label ?label } UNION { ?entity skos:altLabel ?label }
  FILTER(isIRI(?entity) && LCASE(STR(?label)) = LCASE(STR(?name)))
  OPTIONAL { ?entity rdfs:label ?main }
}"""
#: Labels that contain ``?name``: the suggestions when no label is ``?name``.
NAME_NEAR = NAME_LOOKUP.replace("LCASE(STR(?label)) = LCASE(STR(?name))",
                                "CONTAINS(LCASE(STR(?label)), LCASE(STR(?name)))") + " LIMIT 40"


def is_name(value: str) -> bool:
    """A parameter value that is neither an IRI nor a CURIE, so a name to look up.

    >>> is_name("Russian Federation"), is_name("id:gov/russian-federation"), is_name("https://x.org/a")
    (True, False, False)
    """
    prefix, _, rest = value.partition(":")
    return not IRI_RE.fullmatch(CURIES[prefix] + rest if prefix in CURIES and not rest.startswith("//") else value)


def _labelled(rows: list[tuple[Node | None, ...]]) -> dict[URIRef, str]:
    """Entity -> its label (``rdfs:label`` when it has one) from rows of ?entity ?label ?main."""
    found: dict[URIRef, str] = {}
    for entity, label, main in ((tuple(r) + (None,) * 3)[:3] for r in rows):
        if isinstance(entity, URIRef):
            found.setdefault(entity, str(main if main is not None else label))
    return found


def resolve_name(param: str, name: str, run: Callable[[str], QueryResult]) -> URIRef:
    """The one entity labelled ``name`` (``rdfs:label`` or ``skos:altLabel``, any case), looked up with
    ``run`` (any backend; the name is bound as a literal); none or several raise a :class:`QueryError`
    naming the candidates."""
    found = _labelled(run(bind(NAME_LOOKUP, {"name": Literal(name)})).rows)
    if len(found) == 1:
        return next(iter(found))
    if found:
        names = "; ".join(f"{label} <{iri}>" for iri, label in sorted(found.items(), key=lambda kv: str(kv[0])))
        raise QueryError(f"parameter {param!r}: {name!r} names {len(found)} entities: {names}; "
                         f"give one of them as -p {param}=IRI")
    near: dict[URIRef, str] = {}
    for part in [name] + sorted((w for w in re.findall(r"\w{4,}", name) if w != name), key=len, reverse=True)[:3]:
        near = _labelled(run(bind(NAME_NEAR, {"name": Literal(part)})).rows)
        if near:
            break
    close = sorted(near.items(), key=lambda kv: (len(kv[1]), kv[1]))[:5]
    hint = "; did you mean " + ", ".join(f"{label!r} <{iri}>" for iri, label in close) + "?" if close else ""
    raise QueryError(f"parameter {param!r}: nothing is named {name!r}{hint}")


def resolve_names(query: NamedQuery, params: dict[str, str],
                  run: Callable[[str], QueryResult]) -> tuple[dict[str, str], list[str]]:
    """``params`` with each IRI parameter given as a name replaced by the IRI of the entity of that
    name, and one note per name resolved ('actor "Russian Federation" is <...>')."""
    check_params(query, params)
    kinds = {p.name: p.kind for p in query.parameters}
    out, notes = dict(params), []
    for key, value in params.items():
        if kinds.get(key) == "iri" and is_name(value):
            iri = resolve_name(key, value, run)
            out[key] = str(iri)
            notes.append(f"{key} {value!r} is <{iri}>")
    return out, notes


def enumerate_days(start: Literal, end: Literal, limit: int = MAX_ENUMERATED_DAYS) -> list[Literal] | None:
    """Every day from ``start`` to ``end`` (date terms, inclusive); ``None`` when
    the range spans more than ``limit`` days or none at all (an inverted range is left to
    the query's FILTER, since an empty ``VALUES`` block is valid SPARQL that rdflib rejects).

    >>> [str(d) for d in enumerate_days(to_term("2013-12-30", "date", "a"), to_term("2014-01-01", "date", "b"))]
    ['2013-12-30T00:00:00', '2013-12-31T00:00:00', '2014-01-01T00:00:00']
    """
    first, last = dt.date.fromisoformat(str(start)[:10]), dt.date.fromisoformat(str(end)[:10])
    span = (last - first).days + 1
    if not 0 < span <= limit:
        return None
    return [day_term(first + dt.timedelta(days=i)) for i in range(span)]


def _guess_kind(value: str) -> str:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "date"
    if re.fullmatch(r"[+-]?\d+", value):
        return "integer"
    if re.match(r"^(?:https?|urn|id|wgec):", value):
        return "iri"
    return "literal"
