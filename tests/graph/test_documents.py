"""Extraction from each bundled document, checked against what the texts say."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from tests.conftest import doc_file

from wgec.graph.ingest.source import read_source
from wgec.graph.layout.document import parse_document

FIXTURES = Path(__file__).parent.parent / "fixtures"


def parsed(prefix: str):
    return parse_document(read_source(doc_file(prefix)))


def test_russian_contribution_2016():
    doc = parsed("000")
    assert doc.layout == "contribution"
    assert doc.title == "Contribution to the guiding questions agreed during first meeting of the WGEC"
    assert [a.name for a in doc.submitters] == ["Russian Federation"]
    assert doc.date == dt.date(2016, 12, 5)
    assert [q.text for q in doc.questions] == [
        "What are the high level characteristics of enhanced cooperation?",
        "Taking into consideration the work of the previous WGEC and the Tunis Agenda, particularly "
        "paragraphs 69-71, what kind of recommendations should be considered?"]
    keys = [i.key for i in doc.all_items()]
    for key in ("1.1", "1.5", "2.1", "2.4", "2.5", "2.5-2"):  # the text numbers 2.5 twice
        assert key in keys
    item_24 = next(i for i in doc.all_items() if i.key == "2.4")
    assert item_24.text.endswith("HLPF, WSIS Forum, IGF could provide necessary platform for regular wide "
                                 "multi-stakeholder discussions.")
    levels = [c.text for c in next(i for i in doc.all_items() if i.key == "2.3").children]
    assert levels == ["Infrastructural level", "Content level", "Social-economic development"]


def test_pdf_rendition_alone_names_no_submitter_but_keeps_its_items():
    """003 has no front matter (it starts at the first question): no submitter is invented, and what it
    proposes is kept all the same, without one (built with 000, it is 000's rendition: test_renditions)."""
    doc = parsed("003")
    assert doc.layout == "contribution" and not doc.submitters and doc.title is None
    assert "no submitter found" in doc.warnings[0] and "kept without one" in doc.warnings[0]
    assert any(i.text.startswith("Governments, on an equal footing, shall carry out") for i in doc.all_items())


def test_russian_comments_2017():
    doc = parsed("001")
    assert doc.title == "Comments to the Chairman's initial proposal of 11 November 2017"
    items = {i.key: i for i in doc.all_items()}
    assert {"1", "2-bis", "2-tres", "19", "19.3"} <= set(items)
    assert not any(i.text.startswith("The group held five meetings") for i in items.values())  # intro is not a proposal
    # the reproduced draft is the Chair's, in the Chair's wording; the amendments are the commenter's
    assert [c.text for c in items["1"].children][-1] == "International dimension"
    assert items["1.7"].amended == "International extent" and items["1.7"].author == "draft"
    assert items["19.3"].text == ("Establishment of a permanent intergovernmental mechanism in the Internet "
                                  "Governance Forum.")
    assert items["19.3"].amended == "Establishment of a permanent intergovernmental mechanism"
    assert {items[k].author for k in ("2-bis", "2-bis.1", "2-tres", "2-tres.4")} == {"submitter"}
    assert doc.draft_of == "Chairman's initial proposal of 11 November 2017"
    assert len(items["2-bis"].children) == 6 and len(items["2-tres"].children) == 4
    assert [q.paragraph for q in doc.quoted] == [64, 65]


def test_joint_2017_proposal():
    doc = parsed("002")
    assert [a.name for a in doc.submitters] == ["SAUDI ARABIA", "RUSSIAN FEDERATION", "PAKISTAN", "PARMINDER SINGH"]
    mapping = next(t for t in doc.tables if t.header[0].startswith("International public policy"))
    cells = {r.cells[0][0].text: [[c.text for c in col] for col in r.cells[1:]] for r in mapping.rows}
    assert cells["Infrastructural level"] == [["ITU", "UNDP"], ["WSIS Forum", "IGF"]]
    assert cells["Content level"] == [["UNESCO", "UNCTAD"], ["WSIS Forum", "IGF", "HLPF"]]
    assert cells["Social-economic development level"][0] == [
        "UNGIS", "UNCTAD", "UNDP", "ITU", "UNESCO", "WIPO", "WTO", "UNDECA", "WHO", "FAO", "WBG", "UN Women"]
    assert [(q.paragraph, q.sub) for q in doc.quoted] == [(35, "a"), (35, "d"), (64, None), (65, None)]
    recs = [i for i in doc.all_items() if i.section == "Recommendations"]
    assert len(recs) == 10


def test_rolling_document_2013():
    doc = parsed("004")
    assert doc.layout == "rolling"
    assert [(c.letter, c.questions) for c in doc.categories] == [
        ("A", [2, 3]), ("B", [4, 8, 9]), ("C", [5, 6, 7, 14, 17]), ("D", [10, 15]), ("E", [11, 12, 13, 16])]
    subs = {s.key: s for s in doc.submissions}
    assert len(subs) == 20  # table-of-contents entries are not counted twice
    assert subs["a/russian-federation"].date == dt.date(2013, 12, 12)
    assert subs["c/jimson-olufuye"].date == dt.date(2013, 11, 27)
    assert subs["d/united-states-of-america"].date == dt.date(2013, 11, 9)
    avri = subs["b/avri-doria"]
    assert [a.name for a in avri.group_members] == ["Avri Doria", "Grace Githaiga", "Lea Kaspar", "Joy Liddicoat"]
    linner = subs["uncategorized/per-linner"]
    assert [a.name for a in linner.on_behalf_of] == ["Brazil", "Mexico", "Sweden", "United Kingdom"]
    assert [a.name for a in subs["uncategorized/india"].submitters] == ["India"]  # one submission, one submitter
    assert [a.name for a in subs["uncategorized/india"].delivered_by] == ["Mr. Reddy"]
    rf_b = subs["b/russian-federation"].items
    assert [i.original_number for i in rf_b] == ["9", "10", "11"]
    japan_d = subs["d/japan"].items[0]
    assert len(japan_d.children) == 6
    assert len([q for q in doc.questions if q.kind == "questionnaire"]) == 18
    assert doc.chair_message_sender.name == "Peter Major"


FRONT_MATTER = {
    "date-before-disclaimer.txt": ("Input to the second meeting of the WGEC on the guiding questions",
                                   ["MEXICO", "BRAZIL"], dt.date(2017, 1, 26),
                                   "Enhanced cooperation should be implemented through existing institutions."),
    "date-after-title-wrapped-disclaimer.txt": ("Views on enhanced cooperation", ["INDIA"], dt.date(2017, 3, 3),
                                                "A new body is needed."),
}


@pytest.mark.parametrize("name", sorted(FRONT_MATTER))
def test_date_lines_anywhere_in_the_front_matter(name):
    """A "Date:" line before the disclaimer or right after the title dates the document; it is
    neither glued to the title nor read as a submitter, and a wrapped disclaimer is not body text."""
    title, submitters, date, first_item = FRONT_MATTER[name]
    doc = parse_document(read_source(FIXTURES / "front-matter" / name))
    assert doc.layout == "contribution" and doc.warnings == []
    assert (doc.title, [a.name for a in doc.submitters], doc.date) == (title, submitters, date)
    items = doc.all_items()
    assert items[0].text == first_item and not any("DISCLAIMER" in i.text or "necessarily" in i.text for i in items)


def test_submitter_read_from_the_title_when_no_line_names_one():
    doc = parse_document(read_source(FIXTURES / "front-matter" / "submitter-in-title.txt"))
    assert doc.layout == "contribution"
    assert [a.name for a in doc.submitters] == ["Republic of Korea"]
    name = doc.submitters[0]
    assert doc.source.text[name.start:name.end] == "Republic of Korea"  # the evidence points at the title
    assert "submitters read from the title" in doc.warnings[0]
    assert [i.text for i in doc.all_items()] == ["Enhanced cooperation should build on the existing institutions."]
