"""Running SPARQL on the local graph or on any SPARQL 1.1 endpoint, and loading the
graph into a store through the SPARQL 1.1 Graph Store HTTP Protocol.
"""
from __future__ import annotations

import base64
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from functools import lru_cache

from rdflib import Graph
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query

from wgec import __version__
from wgec.errors import EndpointError, InputError, QueryError
from wgec.queries.library import query_form
from wgec.queries.results import QueryResult, from_json
from wgec.queries.sandbox import check_local

USER_AGENT = f"wgec/{__version__} (+https://w3id.org/wgec)"
CACHED_UP_TO = 20_000  # characters: parsed queries up to this size are kept (the named ones are ~1-3 k)


@dataclass(frozen=True)
class Endpoint:
    """A remote SPARQL service: query URL, optional basic/digest credentials, time limit (s)."""

    url: str
    user: str | None = None
    password: str | None = None
    timeout: float = 30.0
    auth: str = "basic"  # or "digest"
    default_graph: str | None = None  # sent as default-graph-uri (Virtuoso wants one)


def check_syntax(text: str, where: str = "query") -> Query:
    """The query parsed (rdflib's prepared form); :class:`QueryError` with line and column for a
    SPARQL syntax error."""
    try:
        return _prepared(text) if len(text) <= CACHED_UP_TO else prepareQuery(text)
    except Exception as exc:  # pyparsing's ParseException and rdflib's errors
        line = getattr(exc, "lineno", None)
        col = getattr(exc, "col", None)
        msg = getattr(exc, "msg", None) or str(exc).splitlines()[0]
        if line is not None:
            raise QueryError(f"{where}: SPARQL syntax error at line {line}, column {col}: {msg}") from None
        raise QueryError(f"{where}: SPARQL error: {msg}") from None


@lru_cache(maxsize=128)
def _prepared(text: str) -> Query:
    """A query parsed by rdflib, kept for the next run of the same text: parsing (pyparsing) takes
    0.05-0.2 s, often more than evaluating on the bundled graph, and a dossier, a notebook or a
    page of views runs the same named queries again and again. A prepared query is reusable (rdflib
    evaluates it without changing it); a syntax error is raised each time, never kept."""
    return prepareQuery(text)


def run_local(graph: Graph, text: str, where: str = "query") -> QueryResult:
    """Evaluate a query on an rdflib graph (never SERVICE, never FROM: rdflib would fetch them)."""
    prepared = check_syntax(text, where)  # parsed once: evaluated as it was checked
    check_local(text)
    try:
        res = graph.query(prepared)
    except Exception as exc:
        raise QueryError(f"{where}: query failed: {exc}") from None
    if res.type == "ASK":
        return QueryResult("ask", boolean=bool(res.askAnswer))
    if res.type in ("CONSTRUCT", "DESCRIBE"):
        g = Graph()
        for t in res.graph or []:
            g.add(t)
        return QueryResult("graph", graph=g)
    variables = [str(v) for v in res.vars or []]
    return QueryResult("select", variables, [tuple(row) for row in res])  # type: ignore[arg-type]


def run_remote(endpoint: Endpoint, text: str, where: str = "query") -> QueryResult:
    """Evaluate a query on a SPARQL 1.1 endpoint through SPARQLWrapper."""
    from SPARQLWrapper import DIGEST, JSON, POST, TURTLE, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    check_syntax(text, where)
    form = query_form(text)
    client = SPARQLWrapper(endpoint.url, agent=USER_AGENT)
    client.setMethod(POST)
    client.setTimeout(int(max(1, endpoint.timeout)))
    client.setQuery(text)
    if endpoint.default_graph:
        client.addDefaultGraph(endpoint.default_graph)
    if endpoint.user is not None:
        client.setCredentials(endpoint.user, endpoint.password or "")
        if endpoint.auth == "digest":
            client.setHTTPAuth(DIGEST)
    client.setReturnFormat(TURTLE if form in ("CONSTRUCT", "DESCRIBE") else JSON)
    try:
        response = client.query()
        if form in ("CONSTRUCT", "DESCRIBE"):
            body = response.response.read()
            return QueryResult("graph", graph=Graph().parse(data=body, format="turtle"))
        result = from_json(response.convert())  # type: ignore[arg-type]  # JSON was asked for
        if form == "ASK" and result.kind == "select" and result.variables == ["__ASK_RETVAL"]:
            # Virtuoso answers ASK in JSON as a one-cell table
            value = result.rows[0][0] if result.rows else None
            return QueryResult("ask", boolean=bool(value is not None and str(value) not in ("0", "false")))
        return result
    except SPARQLWrapperException as exc:
        raise EndpointError(f"{endpoint.url}: endpoint answered an error: {str(exc).splitlines()[0]}") from None
    except urllib.error.HTTPError as exc:
        raise EndpointError(f"{endpoint.url}: HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise EndpointError(f"{endpoint.url}: endpoint unreachable ({reason})") from None
    except ValueError as exc:
        raise EndpointError(f"{endpoint.url}: unexpected answer ({exc})") from None


def push(graph_data: bytes, store_url: str, graph_iri: str | None = None, *, user: str | None = None,
         password: str | None = None, timeout: float = 120.0, content_type: str = "application/n-triples",
         auth: str = "basic", replace: bool = True) -> int:
    """PUT the graph into a Graph Store Protocol endpoint (``?graph=IRI`` or ``?default``).

    Returns the HTTP status. PUT replaces the target graph; with ``replace=False`` a
    target that already holds triples is left as it is (:class:`InputError`).
    With ``auth="digest"`` (Virtuoso's ``/sparql-graph-crud-auth``) an empty request
    first obtains the challenge, so the large body is sent once.
    """
    query = urllib.parse.urlencode({"graph": graph_iri}) if graph_iri else "default"
    url = f"{store_url}{'&' if '?' in store_url else '?'}{query}"
    if not replace and holds_triples(url, user=user, password=password, timeout=timeout, auth=auth):
        target = f"graph <{graph_iri}>" if graph_iri else "the default graph"
        raise InputError(f"{store_url}: {target} already holds triples; give --replace to replace them "
                         f"(or --graph IRI to write another named graph)")
    headers = {"Content-Type": content_type, "User-Agent": USER_AGENT}
    if user is not None and auth == "basic":
        token = base64.b64encode(f"{user}:{password or ''}".encode()).decode()
        headers["Authorization"] = f"Basic {token}"
    try:
        request = urllib.request.Request(url, data=graph_data, method="PUT", headers=headers)
        if user is not None and auth == "digest":
            request.add_unredirected_header("Authorization", _digest(url, headers, user, password or "", timeout,
                                                                     request))
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        detail = exc.read(200).decode("utf-8", "replace").strip()
        raise EndpointError(f"{store_url}: HTTP {exc.code} {exc.reason}{': ' + detail if detail else ''}") from None
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as exc:
        raise EndpointError(f"{store_url}: store unreachable ({getattr(exc, 'reason', exc)})") from None


def holds_triples(url: str, *, user: str | None = None, password: str | None = None, timeout: float = 30.0,
                  auth: str = "basic") -> bool:
    """Whether a Graph Store Protocol target (``...?graph=IRI`` or ``...?default``) holds any triple."""
    handlers: list[urllib.request.BaseHandler] = []
    if user is not None:
        manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        manager.add_password(None, url, user, password or "")
        handlers.append(urllib.request.HTTPDigestAuthHandler(manager) if auth == "digest"
                        else urllib.request.HTTPBasicAuthHandler(manager))
    request = urllib.request.Request(url, headers={"Accept": "application/n-triples", "User-Agent": USER_AGENT})
    try:
        with urllib.request.build_opener(*handlers).open(request, timeout=timeout) as response:
            return any(line.strip() and not line.startswith(b"#") for line in response.read(65536).splitlines())
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            return False
        raise EndpointError(f"{url}: HTTP {exc.code} {exc.reason} when looking at the target graph") from None
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as exc:
        raise EndpointError(f"{url}: store unreachable ({getattr(exc, 'reason', exc)})") from None


def _digest(url: str, headers: dict[str, str], user: str, password: str, timeout: float,
            request: urllib.request.Request) -> str:
    """The Digest ``Authorization`` value for ``request``, from the challenge to an empty PUT
    (so the big body is sent once, authenticated: Virtuoso cuts unauthenticated large uploads)."""
    probe = urllib.request.Request(url, data=b"", method="PUT", headers=headers)
    try:
        urllib.request.urlopen(probe, timeout=timeout).close()
        return ""
    except urllib.error.HTTPError as exc:
        challenge = exc.headers.get("WWW-Authenticate", "")
        if exc.code != 401 or not challenge.lower().startswith("digest"):
            raise
    manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    manager.add_password(None, url, user, password)
    handler = urllib.request.HTTPDigestAuthHandler(manager)
    chal = urllib.request.parse_keqv_list(urllib.request.parse_http_list(challenge.split(" ", 1)[1]))
    value = handler.get_authorization(request, chal)
    if value is None:
        raise EndpointError(f"{url}: cannot answer the digest challenge")
    return f"Digest {value}"
