"""A meeting's days however they are joined ("26 and 27 September 2016", "from 26 to 28 September
2016", "26-28 Sept. 2016"); a single day under a meeting's name dates a statement delivered there;
Word's header table gives a line a paragraph, so its symbol and date are read."""
from __future__ import annotations

import pytest
from docx import Document

from wgec.graph.ingest.source import SourceFile, read_source
from wgec.graph.layout.document import parse_document
from wgec.graph.link.facts import find_meetings


def _parsed(text: str):
    return parse_document(SourceFile.from_text("x.txt", text))


@pytest.mark.parametrize("days", ["on 26 and 27 September 2016", "from 26 to 28 September 2016",
                                  "on 26-28 Sept. 2016", "from 26 September to 28 September 2016"])
def test_a_meeting_s_days_joined_by_and_or_to(days):
    doc = _parsed(f"Note\n\n1. At its first meeting, held in Geneva {days}, the Working Group agreed.\n")
    facts = find_meetings(doc)
    assert [(f.ordinal, str(f.first)) for f in facts] == [(1, "2016-09-26")]
    assert facts[0].last is not None and facts[0].last.day in (27, 28)


@pytest.mark.parametrize("line", ["26 and 27 September 2016", "Geneva, 26 to 28 Sept. 2016"])
def test_a_meeting_s_days_do_not_date_a_document(line):
    assert _parsed(f"Views on enhanced cooperation\n\n{line}\n\n1. We recommend a mapping.\n").date is None


STATEMENT = "Statement of Brazil\n\n{meeting}\n{place}\n\n1. We recommend that the WGEC map the issues.\n"


@pytest.mark.parametrize(("meeting", "place", "date"), [
    ("Fifth meeting of the WGEC", "Geneva, 26 January 2017", "2017-01-26"),  # delivered that day
    ("Fifth meeting, Geneva, 29-31 January 2018", "30 January 2018", "2018-01-30"),  # the meeting has its days
])
def test_a_day_under_a_meeting_s_name_dates_a_statement(meeting, place, date):
    assert str(_parsed(STATEMENT.format(meeting=meeting, place=place)).date) == date


def test_a_day_under_a_meeting_s_name_does_not_date_a_notice():
    doc = _parsed("NOTICE\n\nSecond meeting of the WGEC\nGeneva, 26 January 2017\n\n"
                  "Member States are invited to attend the meeting.\n")
    assert doc.date is None


def test_a_word_header_table_gives_the_symbol_and_the_date(tmp_path):
    d = Document()
    head = d.add_table(rows=1, cols=2)
    head.cell(0, 0).text = "United Nations"
    cell = head.cell(0, 1)
    cell.text = "E/CN.16/2018/2"
    cell.add_paragraph("Distr.: General")
    cell.add_paragraph("12 May 2018")
    d.add_paragraph("Report of the Working Group on Enhanced Cooperation")
    d.add_paragraph("1. The Working Group met five times.")
    d.save(str(tmp_path / "r.docx"))
    doc = parse_document(read_source(tmp_path / "r.docx"))
    assert (doc.symbol, str(doc.date)) == ("E/CN.16/2018/2", "2018-05-12")
