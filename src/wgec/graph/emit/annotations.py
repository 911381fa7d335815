"""Curated statements no parser can decide, each resting on an exact quote.

``annotations.csv`` (package data) has the columns ``document, subject,
predicate, object, quote, note`` and, optionally, ``holder``: who holds a stance
the text reports as another's view ("Some other participants"); such a row is
recorded (``wgec:reported``, ``wgec:reportedHolder``) but its triple is not asserted,
so the document's submitter is not made to hold it.  An empty file (or
``/dev/null``) is no annotations.  ``document`` is the document's slug (the last
part of its IRI); an empty ``subject`` means the proposal whose text holds the
quote (or the document, if no proposal does).  A quote that is not in its
document is an error naming the file and line: no statement floats free of its
source.

A row says what a passage supports; on a draft's item reproduced in comments on the draft,
who holds it follows the wording (:mod:`wgec.graph.link.drafts`): a quote on wording the
commenter changed is the amender's (the commenter's version of the item, ``wgec:amends``); on
the draft's own wording it is the draft author's, under the draft's framing: an option put
forward for consideration (``wgec:asOption``), a condition or another's view is recorded,
not asserted.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from wgec.errors import DataFileError
from wgec.graph.emit.attribution import amended_version
from wgec.graph.emit.emitter import Emitter
from wgec.graph.emit.stances import STANCE_PREDICATES, reify
from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.model import ParsedDocument
from wgec.graph.link.drafts import Reading, read_document
from wgec.graph.link.renditions import Locator
from wgec.graph.link.stances import Frame, Lexicon, load_lexicon
from wgec.ontology.vocab import ID, WGEC

COLUMNS = ("document", "subject", "predicate", "object", "quote", "note")
OPTIONAL = ("holder",)


@dataclass(frozen=True)
class Annotation:
    line: int
    document: str
    subject: str | None
    predicate: str
    object: str
    quote: str
    note: str | None
    holder: str | None = None


def parse_annotations(text: str, source: str) -> list[Annotation]:
    if not text.strip():
        return []
    reader = csv.DictReader(text.splitlines())
    if reader.fieldnames is None or tuple(reader.fieldnames) not in (COLUMNS, COLUMNS + OPTIONAL):
        raise DataFileError(source, 1, f"header must be {','.join(COLUMNS)}[,{','.join(OPTIONAL)}]")
    out = []
    for row in reader:
        line = reader.line_num
        if None in row or any(v is None for v in row.values()):
            raise DataFileError(source, line, f"expected {len(reader.fieldnames)} columns")
        predicate = row["predicate"].strip()
        if not re.fullmatch(r"wgec:[A-Za-z]+", predicate):
            raise DataFileError(source, line, f"predicate {predicate!r} must be a wgec: term")
        try:
            getattr(WGEC, predicate.split(":", 1)[1])
        except AttributeError:
            raise DataFileError(source, line, f"{predicate!r} is not a term of the wgec ontology") from None
        if not row["quote"].strip():
            raise DataFileError(source, line, "empty quote: every statement needs the text it rests on")
        if not re.fullmatch(r"[a-z]+/[a-z0-9/-]+", row["object"].strip()):
            raise DataFileError(source, line,
                                f"object {row['object']!r} must be an id path such as position/new-un-mechanism")
        out.append(Annotation(line, row["document"].strip(), row["subject"].strip() or None, predicate,
                              row["object"].strip(), row["quote"].strip(), row["note"].strip() or None,
                              (row.get("holder") or "").strip() or None))
    return out


def load_annotations(path: Path | None = None) -> tuple[list[Annotation], str]:
    if path is None:
        ref = resources.files("wgec.graph") / "data" / "annotations.csv"
        return parse_annotations(ref.read_text(encoding="utf-8"), "annotations.csv"), "annotations.csv"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(path, None, f"cannot read annotations ({exc})") from exc
    return parse_annotations(text, str(path)), str(path)


def apply_annotations(emitter: Emitter, annotations: list[Annotation], source_name: str,
                      sources: dict[str, SourceFile], docs: Iterable[ParsedDocument] = (),
                      lexicon: Lexicon | None = None) -> int:
    """Add each annotation with its evidence; returns how many were applied.

    Annotations for documents not in this build are skipped (a build of another
    corpus); a quote missing from a document that *is* built is an error.  ``docs``
    (the parsed documents) tell who holds a stance on a draft's item, read with
    ``lexicon`` (default: the bundled one).
    """
    files_of: dict[URIRef, list[SourceFile]] = {}
    for name, iri in emitter.doc_iri.items():
        files_of.setdefault(iri, []).append(sources[name])
    holders = _Holders({d.source.name: d for d in docs if d.draft_of is not None}, lexicon)
    applied = 0
    locators: dict[str, Locator] = {}
    for a in annotations:
        doc = emitter.doc_slugs.get(a.document)
        if doc is None:
            continue
        src, (start, end) = _locate(a, files_of[doc], locators, source_name)
        span = emitter.span(src, start, end)
        predicate = getattr(WGEC, a.predicate.split(":", 1)[1])
        frame = Frame(holder=a.holder)
        if a.subject:
            subject = ID[a.subject]
            if emitter.gaz.get(a.subject):
                emitter.entity(emitter.gaz[a.subject])
        else:
            subject = emitter._owner_at(src.name, start) or doc
            if predicate in STANCE_PREDICATES and a.holder is None:
                subject, frame = holders.held(emitter, src.name, (start, end), subject)
        obj = _object(emitter, a, source_name)
        _statement(emitter, a, (subject, predicate, obj), doc, span, frame)
        applied += 1
    return applied


def _statement(emitter: Emitter, a: Annotation, triple: tuple[URIRef, URIRef, URIRef], doc: URIRef,
               span: URIRef, frame: Frame) -> None:
    """The curated statement, asserted unless ``frame`` says the text holds it as another's view,
    under a condition or only as an option."""
    label = f"{a.predicate.split(':')[1]}: {a.quote[:70]}"
    if frame.holder:
        label += f" (reported: {frame.holder})"
    elif frame.conditional or frame.option:
        label = label.rstrip() + (" (conditional)" if frame.conditional else " (option)")
    asserted = not (frame.holder or frame.conditional or frame.option)
    st = reify(emitter, WGEC.AnnotationStatement, triple, doc, span, label, a.quote, asserted=asserted)
    emitter.add(st, WGEC.quote, Literal(a.quote))
    emitter.add(st, WGEC.method, Literal("curated"))
    if frame.holder:
        emitter.add(st, WGEC.reported, Literal(True))
        emitter.add(st, WGEC.reportedHolder, Literal(frame.holder))
    for flag, on in ((WGEC.conditional, frame.conditional), (WGEC.asOption, frame.option)):
        if on:
            emitter.add(st, flag, Literal(True))
    if a.note:
        emitter.add(st, RDFS.comment, Literal(a.note, lang="en"))


@dataclass
class _Holders:
    """Who holds a curated stance on a draft's item: the documents commenting on a draft, read
    by the stance rules when first asked."""

    docs: dict[str, ParsedDocument]
    lexicon: Lexicon | None
    readings: dict[str, Reading] = field(default_factory=dict)

    def held(self, emitter: Emitter, file_name: str, span: tuple[int, int],
             subject: URIRef) -> tuple[URIRef, Frame]:
        """The subject that holds a stance quoted at ``span`` and the frame it is held in."""
        doc = self.docs.get(file_name)
        if doc is None:
            return subject, Frame()
        if file_name not in self.readings:
            self.lexicon = self.lexicon or load_lexicon()
            self.readings[file_name] = read_document(doc, self.lexicon)
        holding = self.readings[file_name].holding(*span)
        if holding is None:
            return subject, Frame()
        item = emitter._owner_at(file_name, holding.item.start) or subject
        if holding.amended:  # the commenter's wording: their version of the item
            item = amended_version(emitter.g, item) or item
        return item, replace(holding.frame, hedged=False)


def _locate(a: Annotation, files: list[SourceFile], locators: dict[str, Locator],
            source_name: str) -> tuple[SourceFile, tuple[int, int]]:
    """The file and span of the annotation's quote: exact (blanks aside), else a close match."""
    for src in sorted(files, key=lambda s: s.name):
        exact = _find_exact(src.text, a.quote)
        if exact is None:
            locator = locators.setdefault(src.name, Locator(src.text))
            exact = locator.locate(a.quote, min_score=95.0)
        if exact is not None:
            return src, exact
    raise DataFileError(source_name, a.line, f"quote not found in document {a.document!r}: {a.quote[:60]!r}")


def _object(emitter: Emitter, a: Annotation, source_name: str) -> URIRef:
    """The annotation's object: a provision (made if new), a gazetteer entity, or a resource in the graph."""
    if a.object.startswith("provision/"):
        m = re.fullmatch(r"provision/([a-z0-9-]+)/(\d+)([a-z]?)", a.object)
        instrument = emitter.gaz.get(f"instrument/{m.group(1)}") if m else None
        if m is None or instrument is None:
            raise DataFileError(source_name, a.line, f"unknown provision {a.object!r}")
        return emitter.provision(instrument, int(m.group(2)), m.group(3) or None)
    if emitter.gaz.get(a.object):
        return emitter.entity(emitter.gaz[a.object])
    obj = ID[a.object]
    if (obj, None, None) not in emitter.g:
        raise DataFileError(source_name, a.line, f"object {a.object!r} is not in the graph")
    return obj


def _find_exact(text: str, quote: str) -> tuple[int, int] | None:
    pattern = r"\s+".join(re.escape(w) for w in quote.split())
    m = re.search(pattern, text)
    return (m.start(), m.end()) if m else None
