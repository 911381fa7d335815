"""SHACL validation of a graph: pySHACL's rules, run by the Rust engine pyshacl-turbo where it
is installed, else by pySHACL itself.

The verdict is pySHACL's, with its default settings: a graph *conforms* only when
the shapes give no result at all, of any severity (violations, warnings or infos);
``allow_warnings=True`` is pySHACL's option that lets warnings and infos pass. The counts
per severity are reported as they are. The build refuses a graph only for violations.

pySHACL is the reference; it takes ~2 s on the bundled graph and about 30 s of one core
on the 120,000 triples of a 1 MB document.  pyshacl-turbo (installed with wgec where it has
a wheel: Linux x86-64, macOS, Windows; elsewhere the ``fast`` extra says so) has pySHACL's
API and gives the same report on these shapes (tests compare both engines on a sound and
on a broken graph), seven to ten times faster, so ``engine="auto"`` takes it when it is there.
It reads the data from an in-memory Oxigraph store, and then the shapes must come from
one too: given an rdflib shapes graph it takes the plain literals of ``sh:in`` as
different from the data's (a false violation; the bundled graph's test shows it).
(Partitioning by focus node was tried: pySHACL's ``focus_nodes``
mode is five times slower per node than a whole-graph run.)

What the documents do not say (a document with no date, one known only because another
names it) is not a fault of the graph: :func:`source_gaps` lists it for the build's
warnings instead of the shapes.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, RDF
from rdflib.term import Node

from wgec.errors import InputError, RDFSyntaxError
from wgec.graph.rdf_files import load_graph, rdf_format_of, read_quads, syntax_message
from wgec.graph.triples import TripleSet, nt_line
from wgec.heap import pauses_collector
from wgec.ontology import load_shapes, ontology_triples, shapes_triples
from wgec.ontology.prefixes import PREFIXES
from wgec.ontology.vocab import WGEC

SH = "http://www.w3.org/ns/shacl#"
SLOW_FROM = 20_000  # triples from which pySHACL alone is slow enough for the build to say so
SEVERITIES = ("Violation", "Warning", "Info")


@dataclass
class ValidationReport:
    conforms: bool  # pySHACL's verdict: no result of any severity (unless warnings were allowed)
    violations: int
    warnings: int
    text: str
    engine: str = "pyshacl"
    infos: int = 0
    results: list[tuple[str, str, str, str]] = field(default_factory=list)  # severity, focus, path, message

    def summary(self) -> str:
        """One line, e.g. ``SHACL: does not conform: 0 violations, 3 warnings, 0 infos``."""
        verdict = "conforms" if self.conforms else "does not conform"
        return f"SHACL: {verdict}: {self.violations} violations, {self.warnings} warnings, {self.infos} infos"


def turbo_available() -> bool:
    try:
        import pyshacl_turbo  # noqa: F401
    except ImportError:
        return False
    return True


def _short(term: object) -> str:
    """An IRI as a CURIE of the wgec prefixes when one fits."""
    text = str(term)
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(str(kv[1]))):
        if text.startswith(str(ns)):
            return f"{prefix}:{text[len(str(ns)):]}"
    return text


def _results(results: Graph) -> list[tuple[str, str, str, str]]:
    out = []
    for r in results.subjects(URIRef(SH + "resultSeverity"), None):
        severity = str(results.value(r, URIRef(SH + "resultSeverity"))).rsplit("#", 1)[-1]
        focus = results.value(r, URIRef(SH + "focusNode"))
        path = results.value(r, URIRef(SH + "resultPath"))
        message = results.value(r, URIRef(SH + "resultMessage"))
        out.append((severity, _short(focus), _short(path) if path is not None else "", str(message or "")))
    return sorted(out, key=lambda x: (SEVERITIES.index(x[0]) if x[0] in SEVERITIES else 9, x[1:]))


@pauses_collector
def validate(graph: Any, engine: str = "pyshacl", with_ontology: bool = True,
             allow_warnings: bool = False) -> ValidationReport:
    """Validate ``graph`` (an rdflib Graph, or for turbo also a pyoxigraph Store), together with
    the ontology, whose subclass axioms the shapes rely on (pass ``with_ontology=False`` when
    the graph already holds it)."""
    if engine == "turbo":
        import pyshacl_turbo as shacl
    else:
        import pyshacl as shacl  # type: ignore[no-redef]
    # turbo given a store must read the shapes from a store too (see the module's docstring)
    shapes: Any = _store_of(_package_ntriples("shapes")) if _is_store(graph) else load_shapes()
    data = _with_ontology(graph) if with_ontology else graph
    conforms, results, text = shacl.validate(data, shacl_graph=shapes, inference="none",
                                             allow_warnings=allow_warnings, advanced=False)
    found = _results(results)
    counts = {s: sum(1 for r in found if r[0] == s) for s in SEVERITIES}
    return ValidationReport(bool(conforms), counts["Violation"], counts["Warning"], text, engine,
                            counts["Info"], found)


def _with_ontology(graph: Graph) -> Graph:
    """A new graph of ``graph``'s triples and the ontology's (the caller's graph is left as it was)."""
    data = Graph()
    data.addN((s, p, o, data) for s, p, o in graph)
    data.addN((s, p, o, data) for s, p, o in ontology_triples())
    return data


@lru_cache(maxsize=2)
def _package_ntriples(which: str) -> bytes:
    """The shipped shapes or ontology as N-Triples, made once per process (turbo reads stores)."""
    triples = shapes_triples() if which == "shapes" else ontology_triples()
    return "".join(nt_line(t) for t in triples).encode("utf-8")


def _is_store(graph: object) -> bool:
    return type(graph).__module__.startswith("pyoxigraph")


def _store_of(ntriples: bytes) -> Any:
    """An in-memory Oxigraph store of N-Triples (turbo reads data and shapes from stores)."""
    import pyoxigraph

    store = pyoxigraph.Store()
    store.bulk_load(ntriples, pyoxigraph.RdfFormat.N_TRIPLES)
    return store


@pauses_collector
def validate_triples(triples: TripleSet, progress: Callable[[str, int, int], None] | None = None,
                     engine: str = "auto", ntriples: bytes | None = None) -> ValidationReport:
    """Validate a built triple set; ``engine`` is pyshacl, turbo, or auto (turbo when installed).

    The turbo engine reads an in-memory Oxigraph store bulk-loaded from ``ntriples`` (the
    sorted N-Triples of data and ontology, which the build reuses for its outputs): building
    and copying an rdflib graph of a million triples would cost more than validating it.
    """
    tick = progress or (lambda stage, i, n: None)
    if engine == "auto":
        engine = "turbo" if turbo_available() else "pyshacl"
    tick("validate", 0, 1)
    if engine == "turbo" and ntriples is not None:
        report = validate(_store_of(ntriples), engine, with_ontology=False)
    else:
        report = validate(triples.to_graph(extra=ontology_triples()), engine, with_ontology=False)
    tick("validate", 1, 1)
    return report


@pauses_collector
def validate_file(path: Path, engine: str = "auto", allow_warnings: bool = False) -> ValidationReport:
    """Validate an RDF file (Turtle, N-Triples, JSON-LD, TriG: all its graphs) with the ontology.

    With turbo the file goes straight into an Oxigraph store (no rdflib graph: ~10x less time
    before the validation starts on a large file); with pySHACL, into an rdflib graph. A missing
    or malformed file raises :class:`~wgec.errors.InputError` or
    :class:`~wgec.errors.RDFSyntaxError` naming it."""
    if engine == "auto":
        engine = "turbo" if turbo_available() else "pyshacl"
    if engine != "turbo":
        return validate(load_graph(path), engine, allow_warnings=allow_warnings)
    import pyoxigraph

    fmt = rdf_format_of(path)
    store = _store_of(_package_ntriples("ontology"))
    try:
        store.bulk_extend(pyoxigraph.Quad(q.subject, q.predicate, q.object) for q in read_quads(path, fmt))
    except SyntaxError as exc:
        raise RDFSyntaxError(f"{path}: not valid {fmt}: {syntax_message(exc)}") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc})") from None
    return validate(store, engine, with_ontology=False, allow_warnings=allow_warnings)


def source_gaps(triples: TripleSet) -> list[str]:
    """What the documents leave unsaid, one line per document: no date given (and how many of
    its proposals are therefore undated), or no file of it in the corpus (known by reference)."""
    documents = sorted(str(s) for s, o in triples.subject_objects(RDF.type) if o == WGEC.Document)
    proposals: dict[Node, list[Node]] = {}
    for p, doc in triples.subject_objects(WGEC.inDocument):
        if (p, RDF.type, WGEC.Proposal) in triples:
            proposals.setdefault(doc, []).append(p)
    gaps = []
    for doc in map(URIRef, documents):
        files = sorted(str(triples.value(f, WGEC.fileName)) for f in triples.objects(doc, DCTERMS.source))
        if not files:
            gaps.append(f"{_short(doc)}: known only by reference: no file of it is in the corpus")
            continue
        if triples.value(doc, DCTERMS.date) is None:
            mine = proposals.get(doc, [])
            undated = sum(triples.value(p, DCTERMS.date) is None for p in mine)
            what = (f"{undated} of its {len(mine)} proposals are undated" if undated
                    else f"its {len(mine)} proposals are dated by their own entries")
            inferred = triples.value(doc, WGEC.inferredDate)
            if inferred is not None:
                source = _short(triples.value(doc, WGEC.dateInferredFrom))
                what += f" (date inferred: {str(inferred)[:10]}, from {source})"
            gaps.append(f"{files[0]}: the document gives no date ({_short(doc)}); {what}")
    return gaps
