"""The per-document report of a build: what each file gave, and what it did not.

One row per document file: its title, submitter, date and kind as read (a field the
document does not give is listed as missing, never guessed), how many proposals it
gave, and how many warnings name it.  ``wgec build`` prints it as a table and writes it
to ``build-summary.json``.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from wgec.graph.layout.model import ParsedDocument

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
        return doc.date.isoformat()
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
                  renditions: Sequence[Sequence[str]] = ()) -> list[DocumentRow]:
    """Rows for every built document, in corpus order; ``renditions`` are the build's groups
    of file names, the one kept first."""
    kept_as = {other: group[0] for group in renditions for other in group[1:]}
    return [document_row(doc, warnings, kept_as.get(doc.source.name)) for doc in documents]
