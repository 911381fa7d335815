"""The SPARQL 1.1 Protocol side of ``/sparql``: what a request asks, and the service description.

>>> parse_params([("query", "ASK {}"), ("default-graph-uri", "urn:g")]).default_graphs
['urn:g']
"""
from __future__ import annotations

import binascii
import re
import urllib.parse
from dataclasses import dataclass, field

import pyoxigraph as ox

from wgec.queries.serve.limits import RequestError
from wgec.queries.serve.negotiation import GRAPH_TYPES, MEDIA_TYPE, RDF_FORMAT, choose

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
READ_ONLY = "updates are refused: this endpoint is read-only"
BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")


@dataclass
class SparqlRequest:
    """A query and its protocol parameters."""

    query: str | None = None
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    format: str | None = None

    def header(self, accept: str, max_rows: int) -> dict[str, object]:
        """The worker request header (the query text travels as the body)."""
        return {"accept": accept, "format": self.format, "default_graphs": self.default_graphs,
                "named_graphs": self.named_graphs, "max_rows": max_rows}


def parse_params(pairs: list[tuple[str, str]]) -> SparqlRequest:
    """Protocol parameters from a query string or a form body (an update is refused with 403)."""
    out = SparqlRequest()
    for key, value in pairs:
        if key == "update":
            raise RequestError(403, READ_ONLY)
        if key == "query":
            if out.query is not None:
                raise RequestError(400, "more than one 'query' parameter")
            out.query = value
        elif key == "default-graph-uri":
            out.default_graphs.append(value)
        elif key == "named-graph-uri":
            out.named_graphs.append(value)
        elif key == "format":
            out.format = value
    return out


def form_pairs(body: str) -> list[tuple[str, str]]:
    """``urllib.parse.parse_qsl(body, keep_blank_values=True)``, 5x faster on a percent-encoded query.

    Percent escapes become quoted-printable ones, decoded in C by ``binascii.a2b_qp``
    (an ``=`` of the text is escaped first; a malformed escape takes the slow path).

    >>> form_pairs("query=SELECT+%3Fx+%7B%7D&format=json&x")
    [('query', 'SELECT ?x {}'), ('format', 'json'), ('x', '')]
    """
    if BAD_ESCAPE.search(body):
        return urllib.parse.parse_qsl(body, keep_blank_values=True)
    out = []
    for part in body.split("&"):
        if part:
            key, _, value = part.partition("=")
            out.append((_unquote_plus(key), _unquote_plus(value)))
    return out


def _unquote_plus(text: str) -> str:
    raw = text.encode("utf-8").replace(b"=", b"%3D").replace(b"+", b" ").replace(b"%", b"=")
    return binascii.a2b_qp(raw).decode("utf-8", "replace")


def parse_query_string(raw: str, max_bytes: int) -> SparqlRequest:
    if len(raw) > max_bytes:
        raise RequestError(414, f"query string over the limit of {max_bytes} bytes (POST the query instead)")
    return parse_params(form_pairs(raw))


def parse_post(content_type: str, body: bytes, url_query: str, max_bytes: int) -> SparqlRequest:
    """A POSTed request: a form (query=...) or a bare query (application/sparql-query)."""
    media = content_type.split(";")[0].strip().lower()
    from_url = parse_query_string(url_query, max_bytes)
    if media == "application/sparql-update":
        raise RequestError(403, READ_ONLY)
    text = body.decode("utf-8", "replace")
    if media == "application/sparql-query":
        from_url.query = text
        return from_url
    if media in ("application/x-www-form-urlencoded", ""):
        form = parse_params(form_pairs(text))
        form.default_graphs += from_url.default_graphs
        form.named_graphs += from_url.named_graphs
        form.format = form.format or from_url.format
        if form.query is None:
            raise RequestError(400, "missing 'query' parameter")
        return form
    raise RequestError(415, f"unsupported Content-Type {media!r}: use application/x-www-form-urlencoded or "
                            f"application/sparql-query")


def service_description(endpoint: str, graphs: list[str], accept: str) -> tuple[bytes, str]:
    """The SPARQL 1.1 Service Description of the endpoint: (body, media type)."""
    sd = lambda name: ox.NamedNode(SD + name)  # noqa: E731
    service, dataset, default = ox.NamedNode(endpoint), ox.BlankNode("dataset"), ox.BlankNode("default")
    triples = [ox.Triple(service, RDF_TYPE, sd("Service")), ox.Triple(service, sd("endpoint"), service),
               ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
               ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
               ox.Triple(service, sd("defaultDataset"), dataset), ox.Triple(dataset, RDF_TYPE, sd("Dataset")),
               ox.Triple(dataset, sd("defaultGraph"), default), ox.Triple(default, RDF_TYPE, sd("Graph"))]
    for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                 "Turtle", "N-Triples", "RDF_XML", "JSON-LD"):
        triples.append(ox.Triple(service, sd("resultFormat"), ox.NamedNode(FORMATS + name)))
    for i, g in enumerate(graphs):
        node = ox.BlankNode(f"g{i}")
        triples += [ox.Triple(dataset, sd("namedGraph"), node), ox.Triple(node, sd("name"), ox.NamedNode(g))]
    fmt = choose(accept, "graph") if any(m in accept for m in GRAPH_TYPES) else "turtle"
    body = ox.serialize(triples, format=RDF_FORMAT[fmt], prefixes={"sd": SD} if fmt == "turtle" else None)
    return body or b"", MEDIA_TYPE[fmt]
