"""Quoted material is a citation of the provision, not a proposal of the one who quotes it."""
from __future__ import annotations

from tests.conftest import FIXTURES, doc_file

from wgec.graph.ingest.source import read_source
from wgec.graph.layout.document import parse_document
from wgec.graph.layout.provisions import load_provisions


def test_carlos_alonso_quotes_tunis_agenda_72():
    doc = parse_document(read_source(doc_file("004")))
    carlos = next(s for s in doc.submissions if s.key == "uncategorized/carlos-alonso")
    quoted = [(q.instrument, q.paragraph, q.sub) for q in doc.quoted if q.paragraph == 72]
    assert quoted == [("instrument/tunis-agenda", 72, s) for s in "abcdefghijkl"]
    assert not any(i.text.startswith(("Discuss public policy issues", "Publish its proceedings"))
                   for i in carlos.items)
    assert [doc.source.line_of(i.start) for i in carlos.items] == [303, 309, 313]


def test_a_list_quoting_part_of_a_provision_and_own_recommendations_after_it():
    doc = parse_document(read_source(FIXTURES / "layouts" / "quoted-provision.txt"))
    assert [(q.paragraph, q.sub) for q in doc.quoted] == [(72, "a"), (72, "b"), (72, "c"), (72, "g")]
    assert [i.number for i in doc.all_items()] == ["1", "2"]


def test_a_paraphrase_is_no_quotation():
    """000 answers question 1 with characteristics drawn from the Tunis Agenda, partly in its words:
    Russia's answer, not a quotation."""
    doc = parse_document(read_source(doc_file("000")))
    assert not doc.quoted
    assert {"1.1", "1.2", "1.3", "1.4", "1.5"} <= {i.key for i in doc.all_items()}


def test_short_passages_match_nothing():
    index = load_provisions()
    assert index.best("Responsive to innovation") is None
    assert index.best("Publish its proceedings.", min_words=3).provision.paragraph == 72  # type: ignore[union-attr]
