"""Bold type in a PDF reaches the parser as ``**bold**``: a lead-in set in bold is a label, not words of
the proposal after it (as in the Word and HTML readers)."""
from __future__ import annotations

from tests.graph.ingest.render import to_pdf
from tests.graph.layout.test_unseen import UNSEEN, _missed

from wgec.graph.ingest.formats import extract
from wgec.graph.ingest.pdf_bold import mark_bold


def test_bold_lead_ins_of_a_pdf_are_labels(tmp_path):
    pdf = to_pdf((UNSEEN / "company-bold-leads.txt").read_text(encoding="utf-8"), tmp_path / "microsoft.pdf")
    text = extract(pdf).text
    assert "**Strengthen the IGF.** The WGEC should recommend" in text
    assert "**Our recommendations**" not in text  # set in the body face: not marked
    assert _missed(pdf, "company-bold-leads") == []


def test_a_bold_run_is_marked_where_a_line_starts_with_it_in_reading_order():
    lines = ["Question 1:  What is it?", "It is the Question 1: answer.", "Question 2:"]
    assert mark_bold(lines, ["Question 1:", "Question 2:"]) == \
        ["**Question 1:** What is it?", "It is the Question 1: answer.", "**Question 2:**"]
    assert mark_bold(["Keep the IGFs."], ["Keep the IGF"]) == ["Keep the IGFs."]  # a whole word or nothing
    assert mark_bold(["strongly agree"], []) == ["strongly agree"]


def test_bold_found_at_no_line_start_is_looked_for_only_near_the_last_mark():
    lines = ["**Title**"] + [f"line {i} has emphasis inside" for i in range(1000)] + ["Lead. Then text."]
    marked = mark_bold(lines, ["emphasis"] * 1000 + ["Lead."])
    assert marked[1:-1] == lines[1:-1]  # bold inside sentences is left plain
    assert marked[-1] == "Lead. Then text."  # 1,000 lines below the last mark: past the look-ahead of a page
    assert mark_bold(["x", "Lead. Then text."], ["emphasis", "Lead."])[-1] == "**Lead.** Then text."
