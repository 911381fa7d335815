"""Curated statements no parser can decide, each resting on an exact quote.

``annotations.csv`` (package data) has the columns ``document, subject,
predicate, object, quote, note``.  ``document`` is the document's slug (the last
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
from wgec.graph.link.renditions import Locator
from wgec.ontology.vocab import ID, WGEC

COLUMNS = ("document", "subject", "predicate", "object", "quote", "note")


@dataclass(frozen=True)
class Annotation:
    line: int
    document: str
    subject: str | None
    predicate: str
    object: str
    quote: str
    note: str | None


def parse_annotations(text: str, source: str) -> list[Annotation]:
    reader = csv.DictReader(text.splitlines())
    if reader.fieldnames is None or tuple(reader.fieldnames) != COLUMNS:
        raise DataFileError(source, 1, f"header must be {','.join(COLUMNS)}")
    out = []
    for row in reader:
        line = reader.line_num
        if None in row or any(v is None for v in row.values()):
            raise DataFileError(source, line, f"expected {len(COLUMNS)} columns")
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
            raise DataFileError(source, line, f"object {row['object']!r} must be an id path such as position/new-un-mechanism")
        out.append(Annotation(line, row["document"].strip(), row["subject"].strip() or None, predicate,
                              row["object"].strip(), row["quote"].strip(), row["note"].strip() or None))
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
                      sources: dict[str, "object"]) -> int:
    """Add each annotation with its evidence; returns how many were applied.

    Annotations for documents not in this build are skipped (a build of another
    corpus); a quote missing from a document that *is* built is an error.
    """
    files_of: dict[URIRef, list] = {}
    for name, iri in emitter.doc_iri.items():
        files_of.setdefault(iri, []).append(sources[name])
    applied = 0
    locators: dict[str, Locator] = {}
    for a in annotations:
        doc = emitter.doc_slugs.get(a.document)
        if doc is None:
            continue
        where = None
        for src in sorted(files_of[doc], key=lambda s: s.name):
            exact = _find_exact(src.text, a.quote)
            if exact is None:
                locator = locators.setdefault(src.name, Locator(src.text))
                exact = locator.locate(a.quote, min_score=95.0)
            if exact is not None:
                where = (src, exact)
                break
        if where is None:
            raise DataFileError(source_name, a.line, f"quote not found in document {a.document!r}: {a.quote[:60]!r}")
        src, (start, end) = where
        span = emitter.span(src, start, end)
        if a.subject:
            subject = ID[a.subject]
            if emitter.gaz.get(a.subject):
                emitter.entity(emitter.gaz[a.subject])
        else:
            subject = emitter._owner_at(src.name, start) or doc
        obj = ID[a.object]
        if a.object.startswith("provision/"):
            m = re.fullmatch(r"provision/([a-z0-9-]+)/(\d+)([a-z]?)", a.object)
            instrument = emitter.gaz.get(f"instrument/{m.group(1)}") if m else None
            if instrument is None:
                raise DataFileError(source_name, a.line, f"unknown provision {a.object!r}")
            obj = emitter.provision(instrument, int(m.group(2)), m.group(3) or None)
        elif emitter.gaz.get(a.object):
            obj = emitter.entity(emitter.gaz[a.object])
        elif (obj, None, None) not in emitter.g:
            raise DataFileError(source_name, a.line, f"object {a.object!r} is not in the graph")
        predicate = getattr(WGEC, a.predicate.split(":", 1)[1])
        st = emitter.statement(WGEC.AnnotationStatement, (subject, predicate, obj), doc, span,
                               f"{a.predicate.split(':')[1]}: {a.quote[:70]}", a.quote)
        emitter.add(st, WGEC.quote, Literal(a.quote))
        if a.note:
            emitter.add(st, RDFS.comment, Literal(a.note, lang="en"))
        applied += 1
    return applied


def _find_exact(text: str, quote: str) -> tuple[int, int] | None:
    pattern = r"\s+".join(re.escape(w) for w in quote.split())
    m = re.search(pattern, text)
    return (m.start(), m.end()) if m else None
