"""A document's own date in every form the issue lists, with its precision; running text and
meeting days are not a document's date."""
from __future__ import annotations

import datetime as dt

import pytest

from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.datelines import date_line, labelled_date, stated_date
from wgec.graph.layout.document import parse_document

FORMS = {
    "7 December 2016": (dt.date(2016, 12, 7), "day"),
    "07.12.2016": (dt.date(2016, 12, 7), "day"),
    "7/12/2016": (dt.date(2016, 12, 7), "day"),
    "12/25/2016": (dt.date(2016, 12, 25), "day"),  # the second number cannot be a month
    "2016-12-07": (dt.date(2016, 12, 7), "day"),
    "December 7, 2016": (dt.date(2016, 12, 7), "day"),
    "7th of December 2016": (dt.date(2016, 12, 7), "day"),
    "Dec 2016": (dt.date(2016, 12, 1), "month"),
    "Sept. 2016": (dt.date(2016, 9, 1), "month"),
    "January 2017": (dt.date(2017, 1, 1), "month"),
    "16 December 2010": (dt.date(2010, 12, 16), "day"),
    "2016/12/07": (dt.date(2016, 12, 7), "day"),  # year first: the month second
    "15th of March, 2017": (dt.date(2017, 3, 15), "day"),
    "March 6th, 2017": (dt.date(2017, 3, 6), "day"),
    "15 de marzo de 2017": (dt.date(2017, 3, 15), "day"),  # a Spanish date line over an English text
    "1er décembre 2016": (dt.date(2016, 12, 1), "day"),  # and a French one
    "15-Mar-2017": (dt.date(2017, 3, 15), "day"),  # as forms and spreadsheets write it
    "15.III.2017": (dt.date(2017, 3, 15), "day"),  # the month in Roman numerals, as in central Europe
    "15 XII 2017": (dt.date(2017, 12, 15), "day"),
}


@pytest.mark.parametrize("text", sorted(FORMS))
def test_every_form_with_its_precision(text):
    found = stated_date(text)
    assert found is not None and (found.value, found.precision) == FORMS[text]
    assert text[found.start:found.end].rstrip(".") in text


@pytest.mark.parametrize(("line", "expected"), [
    ("Publication date: December 2016", (dt.date(2016, 12, 1), "month")),
    ("Date: 05-12-2016", (dt.date(2016, 12, 5), "day")),
    ("Timestamp\t18/07/2013 10:24:33", (dt.date(2013, 7, 18), "day")),
    ("Date of submission: 2016", (dt.date(2016, 1, 1), "year")),
    ("Dated: 7 December 2016", (dt.date(2016, 12, 7), "day")),
])
def test_labelled_dates(line, expected):
    label, found = labelled_date(line)
    assert found is not None and (found.value, found.precision) == expected
    assert line[found.start:found.end] in line


def test_date_lines_and_what_is_not_one():
    assert date_line("Geneva, 16 December 2010").value == dt.date(2010, 12, 16)
    assert date_line("**7 December 2016**").precision == "day"
    assert date_line("Chair's draft, 11 November 2017").value == dt.date(2017, 11, 11)
    assert date_line("Wednesday 15 March 2017").value == date_line("Wednesday, 15 March 2017").value
    for line in ("The meeting was held on 16 December 2010 in Geneva.", "26-27 January 2017",
                 "30 September 2016, 10 a.m.", "3 to 5 May 2017"):
        assert date_line(line) is None, line
    assert labelled_date("Date: 26-27 January 2017") == ("Date", None)  # a meeting's days
    assert stated_date("2016/12/25").value == dt.date(2016, 12, 25)


def test_a_by_line_of_names_and_a_place_ends_with_the_document_s_date():
    """'Organisation (ACR), City, date': up to three names or places of capitalised words before it;
    a sentence before a date is no by-line."""
    line = "**Federal Office of Communications (OFCOM), Bern, March 6th, 2017**"
    assert date_line(line).value == dt.date(2017, 3, 6)
    assert date_line("Internet Society, Geneva Office, Geneva, 6 March 2017").value == dt.date(2017, 3, 6)
    assert date_line("The Group met in Geneva, Switzerland, on 6 March 2017") is None
    assert date_line("Mission of Chile, Geneva, 3 and 4 March 2017") is None  # a meeting's days
    assert stated_date("31/02/2016") is None  # no such day


@pytest.mark.parametrize("line", ["Publication date: 7 December 2016", "Submitted on 7 December 2016",
                                  "Dated 7 December 2016", "Date of submission: 2016-12-07", "7 December 2016"])
def test_a_date_line_under_submitted_by_dates_the_document_and_is_no_name(line):
    """'Submitted by: Kenya' then a date line: Kenya submits, on that date (the date line was read
    as more of the submitter's name)."""
    text = f"Contribution of Kenya to the WGEC\n\nSubmitted by: Kenya\n{line}\n\n1. The IGF should be strengthened.\n"
    doc = parse_document(SourceFile.from_text("x.txt", text))
    assert ([a.name for a in doc.submitters], doc.date) == (["Kenya"], dt.date(2016, 12, 7))


@pytest.mark.parametrize(("title", "line", "date", "who"), [
    ("Views of Kenya on enhanced cooperation", "Submitted: 2017-12-04", "2017-12-04", ["Kenya"]),
    ("Views on enhanced cooperation", "Submitted: Kenya", "None", ["Kenya"]),
])
def test_a_submitted_label_gives_a_date_or_a_name(title, line, date, who):
    doc = parse_document(SourceFile.from_text("x.txt", f"{title}\n\n{line}\n\n1. The WGEC should map the issues.\n"))
    assert (str(doc.date), [a.name for a in doc.submitters]) == (date, who)
    assert [i.text for i in doc.all_items()] == ["The WGEC should map the issues."]


@pytest.mark.parametrize(("footer", "date", "precision"), [("March 2017 | Page 2", "2017-03-01", "month"),
                                                           ("15 March 2017        3", "2017-03-15", "day"),
                                                           ("Page 2 of 2 · 15/03/2017", "2017-03-15", "day")])
def test_a_page_footer_with_its_date_dates_the_document(footer, date, precision):
    doc = parse_document(SourceFile.from_text("x.txt", "Views of the Foo Network on enhanced cooperation\n\n"
                                              "Submitted by: Foo Network\n\n1. The WGEC should map the issues.\n\n"
                                              f"    {footer}\n"))
    assert (str(doc.date), doc.date_precision) == (date, precision)


@pytest.mark.parametrize(("line", "date"), [("Dakar, le 28 novembre 2016", "2016-11-28"),
                                            ("Fait à Dakar, le 28 novembre 2016", "2016-11-28"),
                                            ("Genève, le 12 septembre 2016", "2016-09-12")])
def test_a_french_date_line_dates_the_document(line, date):
    """'Dakar, le 28 novembre 2016' (a place, 'le', a French month) at the head or the foot of the text."""
    for text in (f"Contribution du Sénégal\n\n{line}\n\n1. Le Sénégal recommande X.\n",
                 f"Contribution du Sénégal\n\n1. Le Sénégal recommande X.\n\n{line}\n"):
        assert str(parse_document(SourceFile.from_text("x.txt", text)).date) == date


def test_submitted_to_someone_on_a_date():
    found = labelled_date("Submitted to the CSTD secretariat, 8 December 2017")
    assert found is not None and found[1] is not None and found[1].value == dt.date(2017, 12, 8)


def test_a_series_masthead_dates_its_issue():
    doc = parse_document(SourceFile.from_text("x.txt", "DIGITAL GOVERNANCE POLICY BRIEF SERIES         No. 7 / January "
                                              "2018\n\nWhat the WGEC can agree on\n\nJo Roe\n\nThe CSTD should act.\n"))
    assert (str(doc.date), doc.date_precision, doc.kind) == ("2018-01-01", "month", "commentary")


def test_a_series_masthead_run_together_by_a_web_page_dates_its_issue():
    assert date_line("GLOBAL DIGITAL GOVERNANCE POLICY BRIEF SERIES No. 7 / January 2018").precision == "month"
