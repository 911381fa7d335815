"""The per-document report of a build: what each file gave, and what it did not.

One row per document file: its title, submitter, date and kind as read (a field the
document does not give is listed as missing, never guessed), how many proposals it
gave, and how many warnings name it.  ``wgec build`` prints it as a table and writes it
to ``build-summary.json``.

A date is written at its precision ("2016-12-07", "2016-12", "2016"); a date the graph
inferred from a meeting (``wgec:inferredDate``) is marked "≈" with the meeting, and the
date stays listed as missing (the document does not state it).  A rendition shows the
Jaccard similarity it was merged on.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from rdflib.namespace import RDFS
from rdflib.term import Node, URIRef

from wgec.graph.layout.model import ParsedDocument
from wgec.graph.triples import TripleSet
from wgec.ontology.dates import PRECISIONS
from wgec.ontology.vocab import WGEC

FIELDS = ("title", "submitter", "date")
NAMES_SHOWN = 4  # submitters named in a row before "and N more"


@dataclass(frozen=True)
class DocumentRow:
    file: str
    title: str | None
    submitter: str | None
    date: str | None
    kind: str
    proposals: int
    missing: tuple[str, ...]
    warnings: int
    rendition_of: str | None = None  # the file whose proposals stand for this one's
    similarity: float | None = None  # Jaccard similarity to that file
    inferred_date: str | None = None  # "≈2017-09-25 (from the Fourth meeting of ...)"


def _names(names: Sequence[str]) -> str | None:
    unique = list(dict.fromkeys(n for n in names if n))
    if not unique:
        return None
    shown = ", ".join(unique[:NAMES_SHOWN])
    return shown + (f" and {len(unique) - NAMES_SHOWN} more" if len(unique) > NAMES_SHOWN else "")


def _submitter(doc: ParsedDocument) -> str | None:
    own = _names([a.name for a in doc.submitters])
    if own:
        behalf = _names([a.name for a in doc.on_behalf_of])
        return f"{own} on behalf of {behalf}" if behalf else own
    return _names([a.name for sub in doc.submissions for a in sub.submitters])


def _date(doc: ParsedDocument) -> str | None:
    if doc.date is not None:
        return doc.date.isoformat()[:{"year": 4, "month": 7}.get(doc.date_precision, 10)]
    dates = sorted({sub.date for sub in doc.submissions if sub.date is not None})
    if not dates:
        return None
    return dates[0].isoformat() if len(dates) == 1 else f"{dates[0].isoformat()} to {dates[-1].isoformat()}"


def document_row(doc: ParsedDocument, warnings: Sequence[str], rendition_of: str | None = None) -> DocumentRow:
    """The report row of one parsed document; ``warnings`` are the build's warning lines."""
    name = doc.source.name
    row = {"title": doc.title, "submitter": _submitter(doc), "date": _date(doc)}
    kind = getattr(doc, "kind", None) or doc.layout
    return DocumentRow(name, row["title"], row["submitter"], row["date"], str(kind), len(doc.all_items()),
                       tuple(f for f in FIELDS if not row[f]), sum(1 for w in warnings if name in w),
                       rendition_of)


def document_rows(documents: Sequence[ParsedDocument], warnings: Sequence[str],
                  renditions: Sequence[Sequence[str]] = (), triples: TripleSet | None = None) -> list[DocumentRow]:
    """Rows for every built document, in corpus order; ``renditions`` are the build's groups
    of file names, the one kept first; ``triples``, the built graph, gives inferred dates and
    rendition scores."""
    kept_as = {other: group[0] for group in renditions for other in group[1:]}
    facts = _graph_facts(triples) if triples is not None else {}
    rows = []
    for doc in documents:
        row = document_row(doc, warnings, kept_as.get(doc.source.name))
        similarity, inferred = facts.get(doc.source.name, (None, None))
        rows.append(replace(row, similarity=similarity if row.rendition_of else None,
                            inferred_date=inferred if row.date is None else None))
    return rows


def _graph_facts(g: TripleSet) -> dict[str, tuple[float | None, str | None]]:
    """File name -> (its similarity to the main rendition, its document's inferred date as text)."""
    out: dict[str, tuple[float | None, str | None]] = {}
    for file, name in g.subject_objects(WGEC.fileName):
        doc = g.value(file, WGEC.renditionOf)
        similarity = g.value(file, WGEC.similarity)
        out[str(name)] = (float(str(similarity)) if similarity is not None else None,
                          _inferred(g, doc) if doc is not None else None)
    return out


def _inferred(g: TripleSet, doc: Node) -> str | None:
    value = g.value(doc, WGEC.inferredDate)
    if value is None:
        return None
    unit = g.value(doc, WGEC.datePrecision)
    precision = PRECISIONS.get(unit, "day") if isinstance(unit, URIRef) else "day"
    text = str(value)[:{"year": 4, "month": 7}.get(precision, 10)]
    meeting = g.value(doc, WGEC.dateInferredFrom)
    label = g.value(meeting, RDFS.label) if meeting is not None else None
    return f"≈{text} (from the {label})" if label is not None else f"≈{text}"
