"""HTML of the browsing pages, from SPARQL JSON bindings.  Every text from the graph is escaped.

>>> link({"type": "uri", "value": "https://w3id.org/wgec/id/org/itu"}, "ITU")
'<a href="/id/org/itu" title="https://w3id.org/wgec/id/org/itu">ITU</a>'
>>> snippet("The <b>Tunis</b> Agenda", "tunis")
'The &lt;b&gt;<mark>Tunis</mark>&lt;/b&gt; Agenda'
"""
from __future__ import annotations

import html
from functools import cache
from importlib import resources
from typing import Any

from wgec.ontology.vocab import ID

Binding = dict[str, dict[str, str]]
e = html.escape


@cache
def template(name: str) -> str:
    return (resources.files("wgec.queries.serve") / "static" / name).read_text(encoding="utf-8")


def layout(title: str, body: str, q: str = "") -> str:
    """A page in the common frame (navigation and the search box)."""
    return (template("layout.html").replace("{{title}}", e(title)).replace("{{q}}", e(q, quote=True))
            .replace("{{body}}", body))


@cache
def _prefixes() -> tuple[tuple[str, str], ...]:
    from wgec.ontology.prefixes import PREFIXES

    return tuple(sorted(((str(ns), name) for name, ns in PREFIXES.items()), key=lambda p: -len(p[0])))


def compact(iri: str) -> str:
    """``https://w3id.org/wgec/id/org/itu`` -> ``id:org/itu`` (any bound prefix), else the IRI."""
    for ns, name in _prefixes():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{name}:{iri[len(ns):]}"
    return iri


def href(iri: str) -> str:
    """Where an IRI is browsed: its page here for wgec instances, else the IRI itself."""
    return "/id/" + iri[len(str(ID)):] if iri.startswith(str(ID)) else iri


def link(term: dict[str, str] | None, label: str | None = None) -> str:
    """A term as HTML: a link for an IRI (labelled when a label is known), the escaped value otherwise."""
    if not term:
        return ""
    if term["type"] == "uri":
        text = label or compact(term["value"])
        return f'<a href="{e(href(term["value"]), quote=True)}" title="{e(term["value"], quote=True)}">{e(text)}</a>'
    value = e(term["value"])
    if term.get("xml:lang"):
        return f'{value} <span class="muted">@{e(term["xml:lang"])}</span>'
    return value


def _value(row: Binding, name: str) -> str | None:
    term = row.get(name)
    return term["value"] if term else None


def entity_page(iri: str, facts: list[Binding], incoming: list[Binding], quotes: list[Binding],
                views: list[str]) -> str:
    """The page of one resource: label, facts, quotes, incoming links, views."""
    labels = [r["o"]["value"] for r in facts if r["p"]["value"].endswith("#label") and r["o"]["type"] == "literal"]
    title = labels[0] if labels else compact(iri)
    fact_rows = "".join(f"<tr><td>{link(r['p'])}</td><td>{link(r['o'], _value(r, 'olabel'))}</td></tr>"
                        for r in facts)
    in_rows = "".join(f"<tr><td>{link(r['s'], _value(r, 'slabel'))}</td><td>{link(r['p'])}</td></tr>"
                      for r in incoming)
    quote_html = "".join(_quote(r) for r in quotes) or "<p class='muted'>None.</p>"
    view_links = " · ".join(f'<a href="/views/{e(v, quote=True)}">{e(v.removesuffix(".html"))}</a>' for v in views)
    body = (f"<h1>{e(title)}</h1><p><code>{e(iri)}</code></p>"
            + (f"<p>Views: {view_links}</p>" if views else "")
            + f'<h2>Facts</h2><table class="facts" id="facts">{fact_rows}</table>'
            + f'<h2>Source quotes</h2><div id="quotes">{quote_html}</div>'
            + f'<h2>Linked from</h2><table class="facts" id="incoming">{in_rows}</table>')
    return layout(title, body)


def _quote(row: Binding) -> str:
    where = ", ".join(x for x in (_value(row, "file"), f"line {_value(row, 'line')}" if row.get("line") else None,
                                  compact(_value(row, "via") or "") if row.get("via") else None) if x)
    return f"<blockquote><p>{e(_value(row, 'quote') or '')}</p><footer>{e(where)}</footer></blockquote>"


def index_page(sections: list[tuple[str, str, list[Binding], bool]]) -> str:
    """``/id/``: (kind, title, rows, more) sections of entities with their labels."""
    toc = " · ".join(f'<a href="#{e(kind)}">{e(title)}</a>' for kind, title, _, _ in sections)
    parts = [f"<h1>Browse the graph</h1><p>{toc}</p>"]
    for kind, title, rows, more in sections:
        items = "".join(f"<li>{link(r['x'], _value(r, 'label'))}</li>" for r in rows)
        extra = f' <a href="/id/?kind={e(kind, quote=True)}">(all)</a>' if more else ""
        parts.append(f'<h2 id="{e(kind)}">{e(title)} <span class="muted">({len(rows)}{"+" if more else ""})</span>'
                     f'{extra}</h2><ul class="kinds">{items or "<li class=muted>none</li>"}</ul>')
    return layout("Browse", "".join(parts))


def snippet(text: str, needle: str, width: int = 90) -> str:
    """``text`` around the first match of ``needle`` (case-insensitive), escaped, the match marked."""
    at = text.lower().find(needle.lower())
    if at < 0 or not needle:
        return e(text[: 2 * width])
    start, end = max(0, at - width), min(len(text), at + len(needle) + width)
    return ((("…" if start else "") + e(text[start:at])) + f"<mark>{e(text[at:at + len(needle)])}</mark>"
            + e(text[at + len(needle):end]) + ("…" if end < len(text) else ""))


def search_page(q: str, rows: list[Binding], limit: int) -> str:
    """Search results: each match with its kind and the matching text."""
    if not q:
        return layout("Search", "<h1>Search</h1><p>Type a word or a phrase from a label or a quoted passage.</p>", q)
    items = "".join(f"<li>{link(r['x'], _value(r, 'label'))} <span class='muted'>"
                    f"{e(compact(_value(r, 'type') or ''))}</span><br>{snippet(_value(r, 'hit') or '', q)}</li>"
                    for r in rows)
    more = f"<p class='muted'>Showing the first {limit}.</p>" if len(rows) >= limit else ""
    body = (f"<h1>Search: {e(q)}</h1><p>{len(rows)} match{'es' if len(rows) != 1 else ''}.</p>"
            f'<ol id="results">{items}</ol>{more}')
    return layout(f"Search: {q}", body, q)


def views_page(views: list[str]) -> str:
    items = "".join(f'<li><a href="/views/{e(v, quote=True)}">{e(v.removesuffix(".html"))}</a></li>' for v in views)
    body = "<h1>Views</h1>" + (f"<ul>{items}</ul>" if views else
                               "<p>No built views here: run <code>wgec build</code> (it writes out/views/), "
                               "or start the server with <code>--views DIR</code>.</p>")
    return layout("Views", body)


def message_page(title: str, text: str) -> str:
    return layout(title, f"<h1>{e(title)}</h1><p>{e(text)}</p>")


def bindings(data: Any) -> list[Binding]:
    return list(data["results"]["bindings"])
