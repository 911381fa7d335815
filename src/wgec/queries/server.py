"""``wgec serve``: a read-only SPARQL 1.1 Protocol endpoint over the graph, a query page
and entity pages, with no network needed by the browser.

Each query runs in a forked child process, so a slow query is stopped at the time
limit (the child is killed) and a huge one is cut at the row limit; the server
itself never blocks on a query.  Updates are refused with 403.
"""
from __future__ import annotations

import html
import json
import multiprocessing as mp
import re
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from wgec.errors import QueryError
from wgec.graph.export import canonical
from wgec.ontology.vocab import ID, WGEC
from wgec.queries.library import get_query, named_queries, prepare
from wgec.queries.results import QueryResult, compact, render, to_table
from wgec.queries.run import check_syntax, run_local

SELECT_TYPES = {"application/sparql-results+json": "json", "application/json": "json",
                "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
                "text/csv": "csv", "text/tab-separated-values": "tsv", "text/plain": "table"}
GRAPH_TYPES = {"text/turtle": "turtle", "application/x-turtle": "turtle", "application/ld+json": "json-ld",
               "application/n-triples": "nt"}
CONTENT_TYPE = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                "csv": "text/csv", "tsv": "text/tab-separated-values", "table": "text/plain",
                "turtle": "text/turtle", "json-ld": "application/ld+json", "nt": "application/n-triples"}
CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self'"

_GRAPH: Graph | None = None  # the graph forked children query


@dataclass
class ServeConfig:
    timeout: float = 10.0
    max_rows: int = 10_000


def _worker(conn, text: str, max_rows: int) -> None:  # noqa: ANN001
    try:
        assert _GRAPH is not None
        result = run_local(_GRAPH, text)
        truncated = False
        if result.kind == "select" and len(result.rows) > max_rows:
            result.rows, truncated = result.rows[:max_rows], True
        triples = None
        if result.kind == "graph":
            triples = list(result.graph or [])
            if len(triples) > max_rows:
                triples, truncated = triples[:max_rows], True
        conn.send(("ok", result.kind, result.variables, result.rows, result.boolean, triples, truncated))
    except QueryError as exc:
        conn.send(("error", str(exc)))
    except Exception as exc:  # noqa: BLE001 - reported to the client, never crashes the server
        conn.send(("error", f"query failed: {exc}"))
    finally:
        conn.close()


class QueryTimeout(Exception):
    pass


def execute(text: str, config: ServeConfig) -> QueryResult:
    """Run ``text`` on the served graph in a child process, within the time and row limits."""
    check_syntax(text)
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_worker, args=(child, text, config.max_rows), daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(config.timeout):
            raise QueryTimeout(f"query stopped at the time limit of {config.timeout:g} s")
        message = parent.recv()
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(1)
        parent.close()
    if message[0] == "error":
        raise QueryError(message[1])
    _, kind, variables, rows, boolean, triples, truncated = message
    graph = None
    if triples is not None:
        graph = Graph()
        for t in triples:
            graph.add(t)
    return QueryResult(kind, variables, rows, boolean, graph, truncated)


UPDATE_RE = re.compile(r"^\s*(?:(?:PREFIX\s+[\w-]*:\s*<>|BASE\s*<>)\s*)*"
                       r"(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I)


def is_update(text: str) -> bool:
    """Whether ``text`` is a SPARQL Update request (comments, IRIs and strings ignored).

    >>> is_update("PREFIX x: <http://x/> # note\\nINSERT DATA { x:a x:b x:c }"), is_update("SELECT * { ?s ?p ?o }")
    (True, False)
    """
    stripped = re.sub(r"#[^\n]*", " ", re.sub(r"<[^>\s]*>", "<>", text))
    stripped = re.sub(r'"(?:[^"\\\n]|\\.)*"', '""', stripped)
    return bool(UPDATE_RE.match(stripped))


def negotiate(accept: str, kind: str, explicit: str | None = None) -> str:
    """The output format for an Accept header (or an explicit ``format`` parameter)."""
    table = GRAPH_TYPES if kind == "graph" else SELECT_TYPES
    if explicit:
        if explicit in table.values():
            return explicit
        if explicit in table:
            return table[explicit]
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, media.lower()))
    for _, _, media in sorted(ranked):
        if media in table:
            return table[media]
    return "turtle" if kind == "graph" else "json"


def service_description(base: str) -> Graph:
    sd = "http://www.w3.org/ns/sparql-service-description#"
    g = Graph()
    g.bind("sd", sd)
    service = URIRef(f"{base}/sparql")
    g.add((service, RDF.type, URIRef(sd + "Service")))
    g.add((service, URIRef(sd + "endpoint"), service))
    g.add((service, URIRef(sd + "supportedLanguage"), URIRef(sd + "SPARQL11Query")))
    for fmt in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle",
                "JSON-LD"):
        g.add((service, URIRef(sd + "resultFormat"), URIRef(f"http://www.w3.org/ns/formats/{fmt}")))
    g.add((service, RDFS.comment, Literal("wgec read-only SPARQL endpoint; updates are refused.", lang="en")))
    return g


def page(name: str) -> str:
    return (resources.files("wgec.queries") / "static" / name).read_text(encoding="utf-8")


def entity_html(graph: Graph, iri: URIRef) -> str | None:
    """An HTML page of one resource: label, facts, incoming links and source quotes (all escaped)."""
    if (iri, None, None) not in graph and (None, None, iri) not in graph:
        return None
    e = html.escape

    def link(term) -> str:  # noqa: ANN001
        if isinstance(term, URIRef):
            text = e(str(graph.value(term, RDFS.label) or compact(term)))
            href = "/id/" + str(term)[len(str(ID)):] if str(term).startswith(str(ID)) else str(term)
            return f'<a href="{e(href, quote=True)}" title="{e(str(term), quote=True)}">{text}</a>'
        return e(str(term))

    label = graph.value(iri, RDFS.label) or compact(iri)
    facts = sorted(graph.predicate_objects(iri), key=lambda po: (compact(po[0]), str(po[1])))
    incoming = sorted(graph.subject_predicates(iri), key=lambda sp: (compact(sp[1]), str(sp[0])))[:500]
    quotes = []
    for span in graph.objects(iri, WGEC.evidence):
        quotes.append((str(graph.value(graph.value(span, WGEC.inFile), WGEC.fileName)),
                       str(graph.value(span, WGEC.startLine)), str(graph.value(span, WGEC.quote))))
    for st in graph.subjects(RDF.subject, iri):
        q = graph.value(st, WGEC.quote)
        if q is not None:
            quotes.append((compact(graph.value(st, RDF.predicate)), "", str(q)))
    rows = "".join(f"<tr><td>{e(compact(p))}</td><td>{link(o)}</td></tr>" for p, o in facts)
    inc = "".join(f"<tr><td>{link(s)}</td><td>{e(compact(p))}</td></tr>" for s, p in incoming)
    qs = "".join(f"<blockquote><p>{e(q)}</p><footer>{e(f)}{', line ' + e(ln) if ln else ''}</footer></blockquote>"
                 for f, ln, q in quotes)
    return (page("entity.html").replace("{{title}}", e(str(label))).replace("{{iri}}", e(str(iri)))
            .replace("{{facts}}", rows).replace("{{incoming}}", inc).replace("{{quotes}}", qs or "<p>None.</p>"))


class Handler(BaseHTTPRequestHandler):
    server_version = "wgec"
    config = ServeConfig()
    graph: Graph

    def log_message(self, format: str, *args) -> None:  # noqa: A002, ANN002
        pass

    def _send(self, status: int, body: str | bytes, ctype: str, extra: dict | None = None) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", ctype + ("; charset=utf-8" if ctype.startswith("text/") or "json" in ctype or "xml" in ctype else ""))
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _error(self, status: int, message: str) -> None:
        self._send(status, message + "\n", "text/plain")

    def _base(self) -> str:
        host = self.headers.get("Host") or f"{self.server.server_address[0]}:{self.server.server_address[1]}"
        return f"http://{host}"

    def do_HEAD(self) -> None:  # noqa: N802
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if url.path in ("/", "/index.html"):
            return self._send(200, page("app.html"), "text/html")
        if url.path == "/sparql":
            if "update" in params:
                return self._error(403, "updates are refused: this endpoint is read-only")
            if "query" not in params:
                fmt = negotiate(self.headers.get("Accept", ""), "graph")
                return self._send(200, service_description(self._base()).serialize(format=fmt), CONTENT_TYPE[fmt])
            return self._run(params["query"][0], params.get("format", [None])[0])
        if url.path == "/api/queries":
            listing = [{"name": q.name, "question": q.question, "form": q.form, "text": q.text,
                        "parameters": [{"name": p.name, "kind": p.kind, "required": p.required, "help": p.help}
                                       for p in q.parameters]} for q in named_queries().values()]
            return self._send(200, json.dumps(listing), "application/json")
        if url.path.startswith("/api/named/"):
            name = urllib.parse.unquote(url.path[len("/api/named/"):])
            try:
                text = prepare(get_query(name), {k: v[0] for k, v in params.items() if k != "format" and v[0] != ""})
            except QueryError as exc:
                return self._error(400, str(exc))
            return self._run(text, params.get("format", [None])[0])
        if url.path.startswith("/id/"):
            return self._entity(URIRef(str(ID) + urllib.parse.unquote(url.path[len("/id/"):])))
        return self._error(404, f"not found: {url.path}")

    def do_POST(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            return self._error(404, f"not found: {url.path}")
        length = int(self.headers.get("Content-Length") or 0)
        if length > 1_000_000:
            return self._error(413, "request too large")
        body = self.rfile.read(length).decode("utf-8", "replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if ctype == "application/sparql-update":
            return self._error(403, "updates are refused: this endpoint is read-only")
        if ctype == "application/sparql-query":
            return self._run(body, params.get("format", [None])[0])
        form = urllib.parse.parse_qs(body, keep_blank_values=True)
        if "update" in form:
            return self._error(403, "updates are refused: this endpoint is read-only")
        if "query" not in form:
            return self._error(400, "missing 'query'")
        return self._run(form["query"][0], (form.get("format") or params.get("format") or [None])[0])

    def _run(self, text: str, explicit: str | None) -> None:
        if is_update(text):
            return self._error(403, "updates are refused: this endpoint is read-only")
        try:
            result = execute(text, self.config)
        except QueryTimeout as exc:
            return self._error(503, str(exc))
        except QueryError as exc:
            return self._error(400, str(exc))
        fmt = negotiate(self.headers.get("Accept", ""), result.kind, explicit)
        extra = {"X-WGEC-Truncated": "true"} if result.truncated else {}
        if result.kind == "graph":
            g = canonical(result.graph or Graph())
            return self._send(200, g.serialize(format=fmt), CONTENT_TYPE[fmt], extra)
        body = to_table(result) if fmt == "table" else render(result, fmt)
        return self._send(200, body, CONTENT_TYPE[fmt], extra)

    def _entity(self, iri: URIRef) -> None:
        fmt = negotiate(self.headers.get("Accept", ""), "graph")
        wants_rdf = any(t in (self.headers.get("Accept") or "") for t in GRAPH_TYPES)
        if wants_rdf:
            g = Graph()
            for t in self.graph.triples((iri, None, None)):
                g.add(t)
            for t in self.graph.triples((None, None, iri)):
                g.add(t)
            if not len(g):
                return self._error(404, f"no such resource: {iri}")
            return self._send(200, canonical(g).serialize(format=fmt), CONTENT_TYPE[fmt])
        body = entity_html(self.graph, iri)
        if body is None:
            return self._error(404, f"no such resource: {iri}")
        return self._send(200, body, "text/html")


def make_server(graph: Graph, host: str = "127.0.0.1", port: int = 8000,
                config: ServeConfig | None = None) -> ThreadingHTTPServer:
    """A server for ``graph`` (call ``serve_forever()``); port 0 picks a free port."""
    global _GRAPH
    _GRAPH = graph
    handler = type("WgecHandler", (Handler,), {"graph": graph, "config": config or ServeConfig()})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server



