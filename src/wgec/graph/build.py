"""The build: corpus folders -> parsed documents -> one RDF graph, validated.

>>> result = build()                      # the bundled corpus   # doctest: +SKIP
>>> result.counts["Proposal"]             # doctest: +SKIP
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF

from wgec.errors import CorpusNotFoundError, InputError, ValidationError
from wgec.files import write_atomic
from wgec.graph.emit.annotations import Annotation, apply_annotations, load_annotations
from wgec.graph.emit.emitter import Emitter, Rendition
from wgec.graph.emit.frontmatter import infer_document_dates
from wgec.graph.emit.quoted import apply_quoted_proposals
from wgec.graph.emit.renditions import emit_decisions
from wgec.graph.emit.similarity import apply_similarity
from wgec.graph.emit.stances import add_positions, apply_stances
from wgec.graph.export import ntriples_sorted, trig_via_oxigraph, turtle_via_oxigraph
from wgec.graph.infer import materialise_types
from wgec.graph.ingest.corpus import Problem, corpus_files, read_corpus
from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.blocks import MAX_DEPTH
from wgec.graph.layout.document import parse_document
from wgec.graph.layout.model import ParsedDocument
from wgec.graph.link.gazetteer import Gazetteer, load_gazetteer
from wgec.graph.link.renditions import Decision, decide, group_renditions, merged_pairs
from wgec.graph.link.stances import load_lexicon
from wgec.graph.report import DocumentRow, document_rows
from wgec.graph.triples import TripleSet
from wgec.graph.validate import SLOW_FROM, ValidationReport, source_gaps, turbo_available, validate_triples
from wgec.heap import pauses_collector
from wgec.ontology import ontology_triples
from wgec.ontology.docs import write_docs
from wgec.ontology.vocab import WGEC

Progress = Callable[[str, int, int], None]
LARGE_DOCUMENT = 1_000_000  # characters from which a document reports its own progress
COUNTED_CLASSES = ("Document", "SourceFile", "Proposal", "Actor", "Government", "Person", "Group",
                   "Organization", "WorkingGroup", "Forum", "Issue", "IssueLevel", "FocusArea", "Category",
                   "Meeting", "Instrument", "Provision", "Position", "Question", "Characteristic",
                   "Amendment", "MappingStatement", "AnnotationStatement", "StanceStatement",
                   "SimilarityStatement", "TextSpan")


def bundled_corpus() -> Path:
    """The folder of the corpus shipped with wgec."""
    return Path(str(resources.files("wgec.graph") / "corpus"))


@dataclass
class BuildResult:
    triples: TripleSet
    documents: list[ParsedDocument]
    warnings: list[str]
    counts: dict[str, int]
    timings: dict[str, float]
    report: ValidationReport | None = None
    renditions: list[list[str]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # corpus files left out, with the reason
    _graph: Graph | None = field(default=None, repr=False)
    _ntriples: bytes | None = field(default=None, repr=False)

    @property
    def ntriples(self) -> bytes:
        """Sorted N-Triples of the data and the ontology (made once, shared by validation and outputs)."""
        if self._ntriples is None:
            self._ntriples = ntriples_sorted(list(self.triples) + list(ontology_triples()))
        return self._ntriples

    @property
    def graph(self) -> Graph:
        """The graph as an rdflib Graph (made on first use), for the views and local queries: in
        rdflib's SimpleMemory store, which keeps no contexts (40% cheaper to fill). ``graph + other``
        and rdflib's parsers make graphs of the default store, which pySHACL needs."""
        if self._graph is None:
            self._graph = self.triples.to_graph(store="SimpleMemory")
        return self._graph

    def triple_counts(self) -> dict[str, int]:
        """Triples in ``wgec.ttl`` (``total``): the data and the ontology it ships with."""
        total = self.ntriples.count(b"\n")
        return {"total": total, "data": len(self.triples), "ontology": total - len(self.triples)}

    def document_rows(self) -> list[DocumentRow]:
        """The per-document report: fields found and missing, proposals, warnings."""
        return document_rows(self.documents, self.warnings, self.renditions, self.triples)

    def summary(self) -> dict:
        return {"triples": self.triple_counts(), "counts": self.counts, "timings_s": self.timings,
                "conforms": self.report.conforms if self.report else None,
                "violations": self.report.violations if self.report else None,
                "shacl_warnings": self.report.warnings if self.report else None,
                "shacl_infos": self.report.infos if self.report else None,
                "renditions": self.renditions, "warnings": self.warnings,
                "input_problems": [f"{p.action}: {p}" for p in self.problems],
                "documents": [asdict(row) for row in self.document_rows()]}


def count_classes(triples: TripleSet) -> dict[str, int]:
    """Instances per wgec class, subclasses included (a Government counts as an Actor)."""
    by_class: dict[str, set] = {}
    for s, o in triples.subject_objects(RDF.type):
        if str(o).startswith(str(WGEC._NS)):
            by_class.setdefault(str(o)[len(str(WGEC._NS)):], set()).add(s)
    sub = {"Actor": ("Government", "Person", "Group", "Organization", "WorkingGroup"),
           "Organization": ("WorkingGroup",), "Issue": ("IssueLevel", "FocusArea", "Category")}
    counts = {}
    for cls in COUNTED_CLASSES:
        members = set(by_class.get(cls, ()))
        for child in sub.get(cls, ()):
            members |= by_class.get(child, set())
        counts[cls] = len(members)
    return counts


def _parse_all(sources: list[SourceFile], tick: Progress) -> tuple[list[ParsedDocument], list[Problem]]:
    """Parse each document; one the parser cannot take is a problem, not a crash."""
    parsed: list[ParsedDocument] = []
    problems: list[Problem] = []
    for i, source in enumerate(sources, 1):
        try:
            doc = parse_document(source, document_ticker(source, tick, "parse"))
        except Exception as exc:  # a file's content must never abort the build of the others
            problems.append(Problem(str(source.path or source.name), f"not parsed ({type(exc).__name__}: {exc})"))
            continue
        if _depth(doc) >= MAX_DEPTH:
            problems.append(Problem(str(source.path or source.name), f"lists nested {MAX_DEPTH} or more levels "
                                    f"deep: deeper items kept at level {MAX_DEPTH}", "flattened"))
        parsed.append(doc)
        tick("parse", i, len(sources))
    return parsed, problems


def document_ticker(source: SourceFile, tick: Progress, stage: str) -> Callable[[int, int], None] | None:
    """A large document's own progress ("parse big.txt" 12000/98000 lines), for its own bar; None
    for a document read in a blink."""
    if len(source.text) < LARGE_DOCUMENT:
        return None
    label = f"{stage} {source.name}"
    return lambda done, total: tick(label, done, total)


def _depth(doc: ParsedDocument) -> int:
    deepest = 0
    todo = [(item, 1) for sub in doc.submissions for item in sub.items]
    while todo:
        item, depth = todo.pop()
        deepest = max(deepest, depth)
        todo.extend((child, depth + 1) for child in item.children)
    return deepest


def _check_problems(problems: list[Problem], strict: bool, any_parsed: bool) -> None:
    listed = "; ".join(str(p) for p in problems)
    if not any_parsed:
        raise CorpusNotFoundError(f"no document of the corpus could be read: {listed}")
    if strict and problems:
        raise InputError(f"{len(problems)} corpus file(s) left out (--strict): {listed}")


def _renditions(parsed: list[ParsedDocument], decisions: list[Decision]
                ) -> tuple[list[Rendition], list[list[str]]]:
    """Documents grouped with their renditions (the one with most items first), and the file
    names of each group of two or more.  Renditions are told by what the contributors wrote,
    not by the UN cover, title block and disclaimer that every contribution shares."""
    pairs = merged_pairs(decisions, parsed)
    scores = {(i, j): score for i, j, score in pairs}
    renditions: list[Rendition] = []
    groups: list[list[str]] = []
    for group in group_renditions(len(parsed), pairs):
        # the rendition that names its submitter (its front matter kept) first, then the one with more items
        ranked = sorted(group, key=lambda k: (not parsed[k].submitters, -len(parsed[k].all_items()),
                                              parsed[k].source.name))
        main = ranked[0]
        others = [(parsed[k], scores.get((min(main, k), max(main, k)), 0.0)) for k in ranked[1:]]
        renditions.append(Rendition(parsed[main], others))
        if others:
            groups.append([parsed[k].source.name for k in ranked])
    return renditions, groups


def _link(renditions: list[Rendition], decisions: list[Decision], gaz: Gazetteer,
          notes: list[Annotation], notes_source: str, tick: Progress) -> tuple[TripleSet, list[str]]:
    """Every document's triples, then what spans documents: inferred dates, rendition decisions,
    issue levels, positions, curated annotations, stances, similarity, gazetteer entities and the
    superclass types.  Returns the triples and the warnings, in the order they arose."""
    emitter = Emitter(gaz)
    for i, rendition in enumerate(renditions, 1):
        emitter.progress = document_ticker(rendition.doc.source, tick, "link")
        emitter.document(rendition)
        tick("link", i, len(renditions))
    infer_document_dates(emitter)  # undated documents tied to a meeting: wgec:inferredDate
    decided = emit_decisions(emitter, decisions)
    emitter.link_issue_levels()
    add_positions(emitter)
    docs = [r.doc for r in renditions]
    sources = {r.doc.source.name: r.doc.source for r in renditions}
    sources.update({o.source.name: o.source for r in renditions for o, _ in r.others})
    apply_annotations(emitter, notes, notes_source, sources, docs)  # who holds: link/drafts
    apply_stances(emitter, docs, load_lexicon())  # curated ones (above) win
    apply_similarity(emitter)
    apply_quoted_proposals(emitter, docs)  # a commentary quoting another document's proposal
    emitter.gazetteer_entities()
    materialise_types(emitter.g, ontology_triples())  # ?x a wgec:Actor finds every actor
    return emitter.g, decided + emitter.warnings


@pauses_collector
def build(corpus: Sequence[Path] | None = None, *, gazetteer: Path | None = None,
          annotations: Path | None = None, progress: Progress | None = None,
          run_validation: bool = True, strict: bool = False) -> BuildResult:
    """Build the graph from corpus folders (default: the bundled corpus).

    A corpus file that cannot be used is left out with a :class:`Problem` in
    ``result.problems``; with ``strict``, any such file raises :class:`InputError`.
    """
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    tick = progress or (lambda stage, i, n: None)
    folders = list(corpus) if corpus else [bundled_corpus()]
    paths, problems = corpus_files([Path(folder) for folder in folders])
    gaz = load_gazetteer(gazetteer)
    notes, notes_source = load_annotations(annotations)
    sources, unread = read_corpus(paths, tick)
    timings["read"] = time.perf_counter() - t0

    t = time.perf_counter()
    parsed, unparsed = _parse_all(sources, tick)
    problems += unread + unparsed
    _check_problems(problems, strict, bool(parsed))
    sources = [doc.source for doc in parsed]
    timings["parse"] = time.perf_counter() - t

    t = time.perf_counter()
    decisions = decide(parsed)  # Jaccard of shingles: a text that quotes another is not its rendition
    renditions, groups = _renditions(parsed, decisions)
    warnings = [w for doc in parsed if not any(doc is o for r in renditions for o, _ in r.others)
                for w in doc.warnings]
    triples, link_warnings = _link(renditions, decisions, gaz, notes, notes_source, tick)
    for names in groups:
        warnings.append(f"{', '.join(names[1:])}: recognised as a rendition of {names[0]} "
                        f"(text similarity); its proposals are kept once, both files as sources")
    warnings.extend(link_warnings)
    warnings.extend(source_gaps(triples))  # what the documents do not say
    timings["link"] = time.perf_counter() - t

    result = BuildResult(triples, parsed, warnings, count_classes(triples), {}, None, groups, problems)
    if run_validation:
        t = time.perf_counter()
        fast = turbo_available()
        if len(triples) > SLOW_FROM and not fast:
            result.warnings.append(f"validating {len(triples):,} triples with pySHACL (about 30 s a MB of text): "
                                   f"pip install 'wgec[fast]' adds its Rust engine, pyshacl-turbo")
        result.report = validate_triples(triples, progress=tick, ntriples=result.ntriples if fast else None)
        timings["validate"] = time.perf_counter() - t
    timings["total"] = time.perf_counter() - t0
    result.timings = {k: round(v, 3) for k, v in timings.items()}
    return result


def write_outputs(result: BuildResult, out: Path, *, strict: bool = True) -> list[Path]:
    """Write ``wgec.ttl`` (ontology and data), ``wgec.trig`` (the same triples, one named graph per
    source, all of them in the default graph too), the ontology's documentation
    (``ontology/index.html``), the validation report and a build summary.
    The Turtle is written by Oxigraph (10-30x faster than rdflib, deterministic from the
    sorted N-Triples the validation used).  Loading the graph into an on-disk store is the queries room's job
    (:func:`wgec.queries.store.write_store`), composed by the CLI.

    With ``strict``, a graph that violates the shapes is not written as
    ``wgec.ttl``: :class:`ValidationError` is raised and only the report is kept.
    """
    out.mkdir(parents=True, exist_ok=True)
    written = []
    if result.report is not None:
        report_path = out / "validation-report.txt"
        write_atomic(report_path, result.report.text.encode("utf-8"))
        written.append(report_path)
        if strict and result.report.violations:
            raise ValidationError(f"graph violates the SHACL shapes ({result.report.violations} violations); "
                                  f"see {report_path}", result.report.text)
    t = time.perf_counter()
    ttl = out / "wgec.ttl"
    write_atomic(ttl, turtle_via_oxigraph(ntriples=result.ntriples))
    result.timings["serialize"] = round(time.perf_counter() - t, 3)
    written.append(ttl)
    trig = out / "wgec.trig"
    write_atomic(trig, trig_via_oxigraph(list(result.triples) + list(ontology_triples()), result.ntriples))
    written.append(trig)
    written.append(write_docs(out / "ontology" / "index.html"))
    summary = out / "build-summary.json"
    write_atomic(summary, json.dumps(result.summary(), indent=2, sort_keys=True).encode("utf-8"))
    written.append(summary)
    return written
