"""The pages around the endpoint: the YASGUI query page, entity pages, ``/id/``, search, ``/views/``.

Pages ask the same worker pool as ``/sparql`` (so the same limits hold) with
queries whose IRIs and search text are bound as RDF terms, never pasted text.
"""
from __future__ import annotations

import json
import mimetypes
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib.namespace import RDF, RDFS, SKOS
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from wgec.errors import QueryError
from wgec.ontology.vocab import ID, WGEC
from wgec.queries.serve import render
from wgec.queries.serve.engine import Pool
from wgec.queries.serve.limits import RequestError
from wgec.queries.serve.negotiation import ranked_types

PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            "font-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'")
VIEW_CSP = "default-src 'self' 'unsafe-inline' data: blob:; connect-src 'none'; form-action 'none'; base-uri 'none'"
HEADERS = {"Content-Security-Policy": PAGE_CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}
STATIC = {"yasgui.min.js", "yasgui.min.css", "wgec.js", "wgec.css"}
VIEW_NAME = re.compile(r"^[\w.-]+\.html$")

#: The kinds of /id/: (title, classes, with subclasses).
KINDS: dict[str, tuple[str, tuple[str, ...], bool]] = {
    "documents": ("Documents", (str(WGEC.Document),), False),
    "actors": ("Actors", (str(WGEC.Actor),), True),
    "issues": ("Issues", (str(WGEC.Issue),), True),
    "agencies": ("Agencies and organisations", (str(WGEC.Organization),), False),
    "forums": ("Forums", (str(WGEC.Forum),), False),
    "meetings": ("Meetings", (str(WGEC.Meeting),), False),
    "positions": ("Positions", (str(WGEC.Position),), False),
    "provisions": ("Provisions cited", (str(WGEC.Provision),), False),
}
#: Views worth linking from an entity of a class.
_ACTOR_VIEWS = ("actors", "agreement", "positions", "coalitions", "timeline")
VIEWS_FOR = {str(WGEC.Government): _ACTOR_VIEWS, str(WGEC.Person): _ACTOR_VIEWS, str(WGEC.Group): _ACTOR_VIEWS,
             str(WGEC.Organization): ("mapping", *_ACTOR_VIEWS), str(WGEC.Forum): ("mapping",),
             str(WGEC.IssueLevel): ("mapping",), str(WGEC.FocusArea): ("mapping",),
             str(WGEC.Document): ("citations", "timeline"), str(WGEC.Provision): ("citations",),
             str(WGEC.Proposal): ("citations", "actors", "timeline"), str(WGEC.Position): ("positions", "coalitions"),
             str(WGEC.Meeting): ("timeline",)}
SEARCH_LIMIT = 100
INDEX_LIMIT = 300


def iri_term(iri: str) -> str:
    """``<iri>`` for a SPARQL text, after Oxigraph checked it is an IRI (400 if not)."""
    try:
        return str(ox.NamedNode(iri))
    except ValueError:
        raise RequestError(400, "not a valid IRI") from None


async def select(pool: Pool, text: str, max_rows: int = 5000) -> list[render.Binding]:
    header = {"accept": "application/sparql-results+json", "format": "json", "max_rows": max_rows}
    reply = await pool.run(header, text)
    if reply.status != 200:
        raise RequestError(reply.status, reply.body.decode("utf-8", "replace").strip())
    return render.bindings(json.loads(reply.body))


def _html(body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(body, status, HEADERS)


def _fail(exc: RequestError) -> HTMLResponse:
    return HTMLResponse(render.message_page(f"Error {exc.status}", str(exc)), exc.status, {**HEADERS, **exc.headers})


class Pages:
    """The page handlers of one server."""

    def __init__(self, pool: Pool, views: Path | None) -> None:
        self.pool = pool
        self.views = views

    def view_names(self) -> list[str]:
        if self.views is None or not self.views.is_dir():
            return []
        return sorted(p.name for p in self.views.iterdir() if p.is_file() and VIEW_NAME.match(p.name))

    async def home(self, request: Request) -> Response:
        return _html(render.template("index.html"))

    async def static(self, request: Request) -> Response:
        name = request.path_params["name"]
        if name not in STATIC:
            return _fail(RequestError(404, f"no such file: /static/{name}"))
        media = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return Response(_static_bytes(name), 200, {**HEADERS, "Cache-Control": "public, max-age=3600"}, media)

    async def queries(self, request: Request) -> Response:
        return JSONResponse(_examples())

    async def entity(self, request: Request) -> Response:
        iri = str(ID) + request.path_params["path"]
        try:
            term = iri_term(iri)
            if _wants_rdf(request.headers.get("accept", "")):
                return await self._entity_rdf(request, term)
            facts = await select(self.pool, ENTITY_FACTS.replace("?this", term), 2000)
            incoming = await select(self.pool, ENTITY_INCOMING.replace("?this", term), 500)
            if not facts and not incoming:
                raise RequestError(404, f"nothing is said about <{iri}> in this graph")
            quotes = await select(self.pool, ENTITY_QUOTES.replace("?this", term), 200)
        except RequestError as exc:
            return _fail(exc)
        types = {r["o"]["value"] for r in facts if r["p"]["value"] == str(RDF.type)}
        wanted = {v for t in types for v in VIEWS_FOR.get(t, ())}
        views = [v for v in self.view_names() if v.removesuffix(".html") in wanted]
        return _html(render.entity_page(iri, facts, incoming, quotes, views))

    async def _entity_rdf(self, request: Request, term: str) -> Response:
        header = {"accept": request.headers.get("accept", ""), "max_rows": 5000}
        reply = await self.pool.run(header, ENTITY_CONSTRUCT.replace("?this", term))
        if reply.status != 200:
            raise RequestError(reply.status, reply.body.decode("utf-8", "replace").strip())
        if not reply.body.strip() or reply.body.strip() in (b"[]", b"{}"):
            raise RequestError(404, "nothing is said about this IRI in this graph")
        return Response(reply.body, 200, media_type=reply.media_type)

    async def index(self, request: Request) -> Response:
        only = request.query_params.get("kind")
        if only is not None and only not in KINDS:
            return _fail(RequestError(404, f"no kind {only!r} (one of {', '.join(KINDS)})"))
        limit = 5000 if only else INDEX_LIMIT
        sections = []
        try:
            for kind, (title, classes, sub) in KINDS.items():
                if only in (None, kind):
                    rows = await select(self.pool, index_query(classes, sub, limit + 1), limit + 1)
                    sections.append((kind, title, rows[:limit], len(rows) > limit))
        except RequestError as exc:
            return _fail(exc)
        return _html(render.index_page(sections))

    async def search(self, request: Request) -> Response:
        q = " ".join(request.query_params.get("q", "").split())[:200]
        if not q:
            return _html(render.search_page("", [], SEARCH_LIMIT))
        try:
            rows = await select(self.pool, SEARCH.replace("?needle", str(ox.Literal(q))), SEARCH_LIMIT)
        except RequestError as exc:
            return _fail(exc)
        return _html(render.search_page(q, rows, SEARCH_LIMIT))

    async def views_index(self, request: Request) -> Response:
        return _html(render.views_page(self.view_names()))

    async def view(self, request: Request) -> Response:
        name = request.path_params["name"]
        if name not in self.view_names() or self.views is None:
            return _fail(RequestError(404, f"no view {name!r} here"))
        body = (self.views / name).read_bytes()
        return Response(body, 200, {"Content-Security-Policy": VIEW_CSP, "X-Content-Type-Options": "nosniff"},
                        "text/html; charset=utf-8")


RDF_PAGE_TYPES = {"text/turtle", "application/x-turtle", "application/n-triples", "application/rdf+xml",
                  "application/ld+json"}


def _wants_rdf(accept: str) -> bool:
    """Whether the best media type of ``accept`` is an RDF syntax (browsers put text/html first)."""
    ranked = ranked_types(accept)
    return bool(ranked) and ranked[0] in RDF_PAGE_TYPES


@cache
def _static_bytes(name: str) -> bytes:
    return (resources.files("wgec.queries.serve") / "static" / name).read_bytes()


@cache
def _examples() -> list[dict[str, str]]:
    """The named queries as YASGUI examples, with the example value of each required parameter bound."""
    from wgec.queries.library import named_queries, prepare

    out = []
    for name, q in named_queries().items():
        params = {}
        for p in q.parameters:
            m = re.search(r"e\.g\.\s*(\S+)", p.help)
            if m and p.required:
                params[p.name] = m.group(1).strip('"')
        try:
            text = prepare(q, params)
        except QueryError:
            text = q.text
        out.append({"name": name, "question": q.question, "text": text})
    return out


def index_query(classes: tuple[str, ...], subclasses: bool, limit: int) -> str:
    values = " ".join(iri_term(c) for c in classes)
    typed = f"?c ^<{RDFS.subClassOf}>* ?t . ?x a ?t ." if subclasses else "?x a ?c ."
    return (f"SELECT ?x (SAMPLE(?l) AS ?label) WHERE {{ VALUES ?c {{ {values} }} {typed} FILTER(isIRI(?x)) "
            f"OPTIONAL {{ ?x <{RDFS.label}> ?l }} }} GROUP BY ?x ORDER BY LCASE(STR(SAMPLE(?l))) ?x LIMIT {limit}")


ENTITY_FACTS = (f"SELECT ?p ?o (SAMPLE(?ol) AS ?olabel) WHERE {{ ?this ?p ?o OPTIONAL {{ ?o <{RDFS.label}> ?ol }} }} "
                f"GROUP BY ?p ?o ORDER BY ?p ?o LIMIT 2000")
ENTITY_INCOMING = (f"SELECT ?s ?p (SAMPLE(?sl) AS ?slabel) WHERE {{ ?s ?p ?this "
                   f"OPTIONAL {{ ?s <{RDFS.label}> ?sl }} }} GROUP BY ?s ?p ORDER BY ?p ?s LIMIT 500")
ENTITY_QUOTES = (f"SELECT ?quote ?file ?line ?via WHERE {{ {{ ?this <{WGEC.evidence}> ?span . "
                 f"?span <{WGEC.quote}> ?quote OPTIONAL {{ ?span <{WGEC.startLine}> ?line }} "
                 f"OPTIONAL {{ ?span <{WGEC.inFile}>/<{WGEC.fileName}> ?file }} }} UNION "
                 f"{{ ?st <{RDF.subject}> ?this ; <{WGEC.quote}> ?quote "
                 f"OPTIONAL {{ ?st <{RDF.predicate}> ?via }} }} }} LIMIT 200")
ENTITY_CONSTRUCT = "CONSTRUCT { ?this ?p ?o . ?s ?q ?this } WHERE { { ?this ?p ?o } UNION { ?s ?q ?this } }"
SEARCH = (f"SELECT ?x (SAMPLE(?l) AS ?label) (SAMPLE(?c) AS ?type) (SAMPLE(?h) AS ?hit) WHERE {{ "
          f"{{ ?x <{RDFS.label}>|<{SKOS.altLabel}> ?h }} UNION {{ ?x <{WGEC.evidence}>/<{WGEC.quote}> ?h }} "
          f"UNION {{ ?x <{WGEC.text}> ?h }} FILTER(isIRI(?x) && CONTAINS(LCASE(STR(?h)), LCASE(?needle))) "
          f"OPTIONAL {{ ?x <{RDFS.label}> ?l }} OPTIONAL {{ ?x a ?c }} }} GROUP BY ?x ORDER BY ?label LIMIT "
          f"{SEARCH_LIMIT}")


def page_routes(pool: Pool, views: Path | None) -> list[Any]:
    pages = Pages(pool, views)
    return [Route("/", pages.home), Route("/index.html", pages.home), Route("/static/{name}", pages.static),
            Route("/api/queries", pages.queries), Route("/id/", pages.index), Route("/id", pages.index),
            Route("/id/{path:path}", pages.entity), Route("/search", pages.search),
            Route("/views/", pages.views_index), Route("/views", pages.views_index),
            Route("/views/{name}", pages.view)]
