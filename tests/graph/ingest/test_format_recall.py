"""A PDF and a Word rendering of a bundled document give at least 90 % of the proposals
its text gives (the same wording, matched one to one), and PDF provenance names the page."""
from __future__ import annotations

import re

import pytest
from rapidfuzz import fuzz
from rdflib import Literal
from rdflib.namespace import DCTERMS
from tests.conftest import doc_file
from tests.graph.ingest.render import to_docx, to_pdf

from wgec.graph.build import build
from wgec.graph.ingest.source import SourceFile, read_source
from wgec.graph.layout.document import parse_document
from wgec.ontology.vocab import WGEC

RECALL = 0.9
PRECISION = 0.95
DOCUMENTS = ["000", "001", "002", "004"]  # 003 is a rendition of 000 with no proposals of its own


def _proposals(source: SourceFile) -> list[str]:
    return [re.sub(r"\W+", " ", item.text).strip().lower() for item in parse_document(source).all_items()]


def recall(expected: list[str], got: list[str]) -> float:
    """Share of the expected proposals found, each matched once, at 90 % similarity or more."""
    pool = list(got)
    hits = 0
    for text in expected:
        best = max(pool, key=lambda g: fuzz.ratio(text, g), default=None)
        if best is not None and fuzz.ratio(text, best) >= 90:
            hits += 1
            pool.remove(best)
    return hits / len(expected)


@pytest.mark.parametrize("prefix", DOCUMENTS)
@pytest.mark.parametrize("render", [to_pdf, to_docx], ids=["pdf", "docx"])
def test_rendering_gives_the_proposals_of_the_text(tmp_path, prefix, render):
    path = doc_file(prefix)
    expected = _proposals(read_source(path))
    rendered = render(path.read_text(encoding="utf-8"), tmp_path / f"{path.stem}.{render.__name__[3:]}")
    got = _proposals(read_source(rendered))
    assert expected and recall(expected, got) >= RECALL, (len(expected), len(got))
    # and no more: a heading that lost its font, a wrapped line starting "67 through 75;" or a
    # paragraph wrapped after "For example," is not a proposal of its own
    assert recall(got, expected) >= PRECISION, (len(expected), len(got))


def test_a_pdf_corpus_builds_with_pages_in_provenance(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    to_pdf(doc_file("001").read_text(encoding="utf-8"), corpus / "russia-comments.pdf")
    to_docx(doc_file("000").read_text(encoding="utf-8"), corpus / "russia-contribution.docx")
    result = build([corpus])
    assert result.report is not None and result.report.conforms and not result.problems
    g = result.triples
    pages = {int(p) for _, p in g.subject_objects(WGEC.startPage)}
    assert pages and min(pages) == 1 and max(pages) >= 3
    names = {str(o) for _, o in g.subject_objects(WGEC.fileName)}
    assert names == {"russia-comments.pdf", "russia-contribution.docx"}
    quote = next(s for s, o in g.subject_objects(WGEC.quote) if "permanent intergovernmental mechanism" in str(o))
    assert int(g.value(quote, WGEC.startPage)) >= 3 and g.value(quote, WGEC.endPage) is not None
    assert Literal("application/pdf") in {o for _, o in g.subject_objects(DCTERMS.format)}
