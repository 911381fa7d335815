"""Comments on a Chair's draft: the reproduced draft is the Chair's, the inserted paragraphs and
the amendments are the commenter's."""
from __future__ import annotations

import pytest
from tests.conftest import FIXTURES, doc_file

from wgec.graph.ingest.source import SourceFile, read_source
from wgec.graph.layout.document import parse_document


def test_001_draft_items_are_the_chairs():
    doc = parse_document(read_source(doc_file("001")))
    items = {i.key: i for i in doc.all_items()}
    chair = [k for k, i in items.items() if i.author == "draft"]
    russia = [k for k, i in items.items() if i.author == "submitter"]
    assert len(items) == 41 and len(chair) == 29 and len(russia) == 12
    assert all(k.startswith(("2-bis", "2-tres")) for k in russia)


def test_comments_in_several_conventions():
    doc = parse_document(read_source(FIXTURES / "layouts" / "amendments.txt"))
    items = {i.key: i for i in doc.all_items()}
    assert items["5-bis"].author == "submitter" and items["1"].author == "draft"
    assert items["2"].text.endswith("be held every year by the General Assembly.")
    assert items["2"].amended is not None and items["2"].amended.endswith("every two years by the General Assembly.")


def test_comments_without_amendments_are_the_commenters():
    doc = parse_document(read_source(FIXTURES / "front-matter" / "comments-on-draft.txt"))
    assert doc.kind == "comments" and {i.author for i in doc.all_items()} == {"submitter"}


@pytest.mark.parametrize(("title", "chair_s"), [
    ("Summary by the Chair of the fifth meeting of the Working Group", True), ("Chair's summary", True),
    ("Note by the Chairman", True), ("Report of the Chair of the ITU Council Working Group", False),
    ("Comments on the Chair's draft", False), ("Summary of the third meeting", False)])
def test_a_title_that_says_the_document_is_the_chair_s(title, chair_s):
    assert parse_document(SourceFile.from_text("x.txt", f"{title}\n\n10 May 2017\n\n1. Text.\n")).by_chair is chair_s


def test_a_report_s_numbered_paragraphs_are_a_record_and_its_agreements_reported():
    """A report's numbered paragraph proposes only when it recommends; 'Members broadly agreed on the following:'
    and 'Views continued to differ on:' report, with their lists."""
    doc = parse_document(SourceFile.from_text("x.txt", (
        "Summary of the third meeting\n\nPrepared by the CSTD secretariat\n\n12 May 2017\n\n"
        "1. The meeting was held in Geneva.\n\n2. Members broadly agreed on the following:\n\n"
        "   • that the IGF should be strengthened;\n\n3. Views continued to differ on the following:\n\n"
        "   • whether a new body should be created;\n\n4. The secretariat will publish the inputs.\n\n"
        "5. The Working Group recommends that the CSTD should review progress every year.\n")))
    assert doc.kind == "report"
    assert [i.text for i in doc.all_items()] == ["The Working Group recommends that the CSTD should review "
                                                 "progress every year."]


def test_draft_recommendations_prepared_by_the_chair_are_the_chair_s_draft():
    """'Prepared by the Chair' under 'Draft recommendations ...': a Chair's draft, the Chair's by office (no actor
    named 'Chair')."""
    doc = parse_document(SourceFile.from_text("x.txt", "Working Group on Enhanced Cooperation\n\nDraft "
                                              "recommendations with their sources\n\nPrepared by the Chair\n\n"
                                              "Date: 2017-10-02\n\n1. The CSTD should review progress. (Egypt)\n"))
    assert (doc.kind, doc.submitters, doc.by_chair) == ("chair-draft", [], True)
    assert [i.text for i in doc.all_items()] == ["The CSTD should review progress."]


def test_elements_for_the_draft_report_prepared_by_the_chair_are_the_chair_s_draft():
    """'Elements for the draft report of the WGEC' over 'Prepared by the Chair' is a Chair's draft: the paragraphs under
    its lettered 'Recommendations' heading are proposals, those under 'A. Introduction' are not."""
    doc = parse_document(SourceFile.from_text("x.txt", "Elements for the draft report of the Working Group on Enhanced "
                                              "Cooperation\n\nPrepared by the Chair\n\n18 September 2017\n\n"
                                              "A. Introduction\n\n1. The Working Group met five times.\n\n"
                                              "B. Recommendations\n\n2. Member States should cooperate.\n\n"
                                              "3. The CSTD should review progress every year.\n"))
    assert (doc.kind, doc.by_chair, str(doc.date)) == ("chair-draft", True, "2017-09-18")
    assert [i.text for i in doc.all_items()] == ["Member States should cooperate.",
                                                "The CSTD should review progress every year."]


def test_the_chair_s_conclusions_under_a_meeting_s_name_and_venue():
    """The title is the part's own, not the meeting's name, dates and venue over it, nor the list of documents
    under it; the conclusions are the Chair's, a report."""
    doc = parse_document(SourceFile.from_text("x.txt", (
        "Working Group on Enhanced Cooperation\nThird meeting\nGeneva, 3-5 May 2017\nPalais des Nations, Room XXIV\n\n"
        "Documents and Chair's conclusions\n\nList of documents\n\nE/CN.16/2017/CRP.3       Provisional agenda\n\n"
        "Chair's conclusions\n\n1. Several members proposed that the list should be ordered.\n")))
    assert (doc.title, doc.kind, doc.by_chair) == ("Documents and Chair's conclusions", "report", True)


def test_a_document_the_chair_signs_as_chair_is_the_chair_s():
    doc = parse_document(SourceFile.from_text("x.txt", (
        "Working Group on Enhanced Cooperation\n\nConclusions of the third meeting\n\n1. The Chair thanked members for "
        "their engagement.\n\nBenedicto Fonseca Filho\nChair of the Working Group on Enhanced Cooperation\n"
        "5 May 2017\n")))
    assert (doc.title, doc.by_chair, doc.submitters) == ("Conclusions of the third meeting", True, [])
