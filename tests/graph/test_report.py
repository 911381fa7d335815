"""The per-document report of the bundled build: fields found or missing, proposals, warnings."""
from __future__ import annotations

from wgec.graph.build import BuildResult
from wgec.graph.layout.model import ParsedDocument
from wgec.graph.report import FIELDS, document_row


def test_one_row_per_document_with_what_it_gave(built: BuildResult):
    rows = {row.file[:3]: row for row in built.document_rows()}
    assert sorted(rows) == ["000", "001", "002", "003", "004"]
    first = rows["000"]
    assert first.submitter == "Russian Federation" and first.date == "2016-12-05"
    assert first.title and first.title.startswith("Contribution to the guiding questions")
    assert rows["003"].rendition_of == rows["000"].file and rows["000"].rendition_of is None
    for doc in built.documents:
        row = rows[doc.source.name[:3]]
        assert row.proposals == len(doc.all_items())
        assert row.missing == tuple(f for f in FIELDS if getattr(row, f) is None)
    assert "and" in (rows["004"].submitter or "")  # a rolling document names many submitters
    assert built.summary()["documents"][0]["file"] == rows["000"].file


def test_a_field_not_found_is_missing_not_invented():
    from wgec.graph.ingest.source import SourceFile
    from wgec.graph.layout.document import parse_document

    doc: ParsedDocument = parse_document(SourceFile.from_text("note.txt", "Some notes on the IGF.\n"))
    row = document_row(doc, ["note.txt: layout not recognised", "other.txt: x"])
    assert (row.title, row.submitter, row.date) == (None, None, None)
    assert row.missing == FIELDS and row.proposals == 0 and row.warnings == 1
