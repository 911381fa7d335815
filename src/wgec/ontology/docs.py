"""Human-readable documentation of the ontology: one self-contained HTML page (no script, no
network), from ``wgec.ttl`` and the SHACL shapes.

It lists every class and property with its label, definition, comments, domain, range,
superclasses or super-properties, the terms reused from other vocabularies (the alignments),
and the constraints the shapes put on each class. ``wgec docs`` writes it; the build writes it
to ``OUT/ontology/index.html``; a server returns :func:`ontology_html` at the ontology IRI to
browsers. The output is deterministic (a test keeps ``docs/ontology/index.html`` up to date).
"""
from __future__ import annotations

from html import escape
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH, SKOS
from rdflib.term import Node

from wgec.files import write_atomic
from wgec.ontology import load_ontology, load_shapes
from wgec.ontology.prefixes import PREFIXES
from wgec.ontology.vocab import ONTOLOGY_IRI, WGEC

NS = str(WGEC._NS)
VANN = "http://purl.org/vocab/vann/"
KINDS = ((OWL.Class, "classes", "Classes"), (OWL.ObjectProperty, "object-properties", "Object properties"),
         (OWL.DatatypeProperty, "datatype-properties", "Datatype properties"))
STYLE = """body{font:15px/1.55 system-ui,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.7rem}h2{border-bottom:2px solid #ddd;margin-top:2.5rem}h3{margin:0 0 .3rem}
code{font-size:.9em;background:#f4f4f4;padding:0 .2em}a{color:#0645ad;text-decoration:none}
a:hover{text-decoration:underline}.term{border:1px solid #ddd;border-radius:6px;padding:.8rem 1rem;margin:1rem 0}
.iri{color:#666;font-size:.85em;word-break:break-all}dl{display:grid;grid-template-columns:11rem 1fr;gap:.2rem .8rem;
margin:.5rem 0 0}dt{color:#555}dd{margin:0}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #eee;padding:.25rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
nav ul{columns:3;list-style:none;padding:0}nav li{break-inside:avoid}"""


def _curie(iri: Node) -> str:
    text = str(iri)
    for prefix, ns in sorted({**PREFIXES, "vann": VANN}.items(), key=lambda kv: -len(str(kv[1]))):
        if text.startswith(str(ns)) and prefix != "id":
            return f"{prefix}:{text[len(str(ns)):]}"
    return text


def _text(g: Graph, s: Node, p: URIRef) -> str:
    values = sorted(str(o) for o in g.objects(s, p) if isinstance(o, Literal))
    return " ".join(values)


def _link(g: Graph, iri: Node) -> str:
    """A term as a link: to its entry for a wgec term, to its IRI otherwise."""
    if isinstance(iri, BNode):
        return "<em>(anonymous)</em>"
    curie = escape(_curie(iri))
    if str(iri).startswith(NS):
        return f'<a href="#{escape(str(iri)[len(NS):])}"><code>{curie}</code></a>'
    return f'<a href="{escape(str(iri))}"><code>{curie}</code></a>'


def _links(g: Graph, terms: list[Node]) -> str:
    return ", ".join(_link(g, t) for t in sorted(set(terms), key=str))


def _terms(g: Graph, kind: URIRef) -> list[URIRef]:
    return sorted((s for s in g.subjects(RDF.type, kind) if isinstance(s, URIRef) and str(s).startswith(NS)),
                  key=str)


def _constraints(shapes: Graph, cls: URIRef) -> list[str]:
    """``path: min..max, datatype/class`` for each property shape of the node shapes targeting ``cls``."""
    rows = []
    for shape in shapes.subjects(SH.targetClass, cls):
        for prop in shapes.objects(shape, SH.property):
            path = shapes.value(prop, SH.path)
            if not isinstance(path, URIRef):
                continue
            lo, hi = shapes.value(prop, SH.minCount), shapes.value(prop, SH.maxCount)
            count = f"{lo or 0}..{hi if hi is not None else '*'}"
            kind = shapes.value(prop, SH.datatype) or shapes.value(prop, SH["class"])
            alternatives = shapes.value(prop, SH["or"])
            if kind is None and alternatives is not None:
                options = [shapes.value(o, SH["class"]) for o in Collection(shapes, alternatives)]
                kind_text = " or ".join(escape(_curie(o)) for o in options if o is not None)
            else:
                kind_text = escape(_curie(kind)) if kind is not None else ""
            severity = " (warning)" if shapes.value(prop, SH.severity) == SH.Warning else ""
            rows.append((_curie(path), f"<code>{escape(_curie(path))}</code> {count} {kind_text}{severity}"))
    return [html for _, html in sorted(rows)]


def _entry(g: Graph, shapes: Graph, term: URIRef) -> str:
    name = str(term)[len(NS):]
    rows: list[tuple[str, str]] = []
    for label, value in (("Definition", _text(g, term, SKOS.definition)), ("Comment", _text(g, term, RDFS.comment))):
        if value:
            rows.append((label, escape(value)))
    related = (("Superclasses", RDFS.subClassOf, False), ("Subclasses", RDFS.subClassOf, True),
               ("Super-properties", RDFS.subPropertyOf, False), ("Sub-properties", RDFS.subPropertyOf, True),
               ("Domain", RDFS.domain, False), ("Range", RDFS.range, False), ("Inverse of", OWL.inverseOf, False),
               ("See also", RDFS.seeAlso, False))
    for label, p, inverse in related:
        found = list(g.subjects(p, term)) if inverse else list(g.objects(term, p))
        if found:
            rows.append((label, _links(g, found)))
    if (term, RDF.type, OWL.FunctionalProperty) in g:
        rows.append(("Characteristics", "functional (at most one value)"))
    if (term, RDF.type, OWL.Class) in g:
        for label, p in (("Properties (domain)", RDFS.domain), ("Values of (range)", RDFS.range)):
            found = list(g.subjects(p, term))
            if found:
                rows.append((label, _links(g, found)))
        constraints = _constraints(shapes, term)
        if constraints:
            rows.append(("SHACL constraints", "<br>".join(constraints)))
    body = "".join(f"<dt>{escape(k)}</dt><dd>{v}</dd>" for k, v in rows)
    return (f'\n<section class="term" id="{escape(name)}"><h3>{escape(_text(g, term, RDFS.label) or name)}</h3>'
            f'<div class="iri">{escape(str(term))}</div><dl>{body}</dl></section>')


def _reused(g: Graph) -> str:
    """The terms of other vocabularies the ontology declares, and which wgec terms they align."""
    kinds = {OWL.Class: "class", OWL.ObjectProperty: "object property", OWL.DatatypeProperty: "datatype property",
             OWL.AnnotationProperty: "annotation property", OWL.NamedIndividual: "individual"}
    rows = []
    for kind, word in kinds.items():
        for term in g.subjects(RDF.type, kind):
            if not isinstance(term, URIRef) or str(term).startswith(NS) or term == ONTOLOGY_IRI:
                continue
            aligned = [s for p in (RDFS.subClassOf, RDFS.subPropertyOf, OWL.inverseOf, RDFS.range)
                       for s in g.subjects(p, term) if str(s).startswith(NS)]
            source = g.value(term, RDFS.isDefinedBy)
            rows.append((_curie(term), f"\n<tr><td>{_link(g, term)}</td><td>{escape(word)}</td>"
                                       f"<td>{escape(_text(g, term, RDFS.label))}</td>"
                                       f"<td>{_link(g, source) if source is not None else ''}</td>"
                                       f"<td>{_links(g, aligned)}</td></tr>"))
    head = "<tr><th>Term</th><th>Kind</th><th>Label</th><th>Defined by</th><th>wgec terms built on it</th></tr>"
    return f"<table>{head}{''.join(row for _, row in sorted(rows))}</table>"


def _header(g: Graph) -> str:
    o = URIRef(ONTOLOGY_IRI)
    title = _text(g, o, DCTERMS.title) or _text(g, o, RDFS.label)
    facts = [("IRI", f"<code>{escape(str(o))}</code>"), ("Namespace", f"<code>{escape(NS)}</code>"),
             ("Preferred prefix", escape(_text(g, o, URIRef(VANN + "preferredNamespacePrefix")))),
             ("Version", escape(_text(g, o, OWL.versionInfo)))]
    lic = g.value(o, DCTERMS.license)
    if lic is not None:
        facts.append(("Licence", f'<a href="{escape(str(lic))}">{escape(str(lic))}</a>'))
    counts = ", ".join(f"{len(_terms(g, k))} {label.lower()}" for k, _, label in KINDS)
    facts.append(("Terms", counts))
    dl = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts)
    about = " ".join(escape(x) for x in (_text(g, o, SKOS.definition), _text(g, o, RDFS.comment)) if x)
    return f"<h1>{escape(title)}</h1><p>{about}</p><dl>{dl}</dl>"


def ontology_html(ontology: Graph | None = None, shapes: Graph | None = None) -> str:
    """The documentation page of the ontology (HTML, self-contained)."""
    g = ontology if ontology is not None else load_ontology()
    sh = shapes if shapes is not None else load_shapes()
    nav, sections = [], []
    for kind, anchor, label in KINDS:
        terms = _terms(g, kind)
        items = "".join(f'<li><a href="#{escape(str(t)[len(NS):])}">{escape(_curie(t))}</a></li>' for t in terms)
        nav.append(f'\n<h3><a href="#{anchor}">{escape(label)}</a></h3><ul>{items}</ul>')
        sections.append(f'\n<h2 id="{anchor}">{escape(label)}</h2>' + "".join(_entry(g, sh, t) for t in terms))
    sections.append('\n<h2 id="reused">Terms reused from other vocabularies</h2>'
                    "<p>Declared in the ontology so that it is OWL 2 DL; nothing is said of them beyond "
                    "what their vocabularies say.</p>" + _reused(g))
    title = escape(_text(g, URIRef(ONTOLOGY_IRI), RDFS.label) or "Ontology")
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{STYLE}</style></head>'
            f"<body>{_header(g)}<nav>{''.join(nav)}<p><a href=\"#reused\">Terms reused from other vocabularies"
            f"</a></p></nav>{''.join(sections)}\n<footer><p>Generated by wgec from <code>wgec.ttl</code> and "
            f"<code>shapes.ttl</code>.</p></footer></body></html>\n")


def write_docs(path: Path) -> Path:
    """Write the documentation page to ``path`` (e.g. ``out/ontology/index.html``)."""
    write_atomic(path, ontology_html().encode("utf-8"))
    return path
