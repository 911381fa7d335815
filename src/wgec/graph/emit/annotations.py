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
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from wgec.errors import DataFileError
from wgec.graph.emit.emitter import Emitter
from wgec.graph.emit.stances import reify
from wgec.graph.ingest.source import SourceFile
from wgec.graph.link.renditions import Locator
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
                      sources: dict[str, SourceFile]) -> int:
    """Add each annotation with its evidence; returns how many were applied.

    Annotations for documents not in this build are skipped (a build of another
    corpus); a quote missing from a document that *is* built is an error.
    """
    files_of: dict[URIRef, list[SourceFile]] = {}
    for name, iri in emitter.doc_iri.items():
        files_of.setdefault(iri, []).append(sources[name])
    applied = 0
    locators: dict[str, Locator] = {}
    for a in annotations:
        doc = emitter.doc_slugs.get(a.document)
        if doc is None:
            continue
        src, (start, end) = _locate(a, files_of[doc], locators, source_name)
        span = emitter.span(src, start, end)
        if a.subject:
            subject = ID[a.subject]
            if emitter.gaz.get(a.subject):
                emitter.entity(emitter.gaz[a.subject])
        else:
            subject = emitter._owner_at(src.name, start) or doc
        obj = _object(emitter, a, source_name)
        predicate = getattr(WGEC, a.predicate.split(":", 1)[1])
        label = f"{a.predicate.split(':')[1]}: {a.quote[:70]}" + (f" (reported: {a.holder})" if a.holder else "")
        st = reify(emitter, WGEC.AnnotationStatement, (subject, predicate, obj), doc, span, label, a.quote,
                   asserted=a.holder is None)
        emitter.add(st, WGEC.quote, Literal(a.quote))
        emitter.add(st, WGEC.method, Literal("curated"))
        if a.holder:
            emitter.add(st, WGEC.reported, Literal(True))
            emitter.add(st, WGEC.reportedHolder, Literal(a.holder))
        if a.note:
            emitter.add(st, RDFS.comment, Literal(a.note, lang="en"))
        applied += 1
    return applied


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
