"""A department of an organisation prepares its contribution; a signature closes it."""
from __future__ import annotations

from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.document import parse_document


def _parsed(text: str):
    return parse_document(SourceFile.from_text("x.txt", text))


BODY = "\n\n1. The WGEC should map the public policy issues.\n"


def test_departments_are_parts_of_the_organisation_the_title_names():
    doc = _parsed("Contribution of the Council of Europe to the Working Group on Enhanced Cooperation\n\n"
                  "Prepared by the Information Society Department, Directorate General of Human Rights and Rule "
                  "of Law" + BODY)
    assert ([a.name for a in doc.submitters], doc.delivered_by) == (["Council of Europe"], [])


def test_the_organisation_a_department_belongs_to_submits():
    doc = _parsed("Views on enhanced cooperation\n\nPrepared by the Policy Division of the Internet Society" + BODY)
    assert [(a.name, a.kind) for a in doc.submitters] == [("Internet Society", "Organization")]
    doc = _parsed("Views on enhanced cooperation\n\nPrepared by the Policy Unit, Internet Society" + BODY)
    assert [a.name for a in doc.submitters] == ["Internet Society"]


def test_a_department_no_one_else_places_submits():
    doc = _parsed("Views on enhanced cooperation\n\nPrepared by the Information Society Department" + BODY)
    assert [a.name for a in doc.submitters] == ["Information Society Department"]


def test_a_signature_after_the_conclusion_is_who_delivered_it():
    doc = _parsed("Contribution of the Council of Europe to the WGEC\n\nDate: 19 January 2017" + BODY +
                  "\nConclusion\n\n2. The Council of Europe stands ready to help.\n\nJan Kleijssen\n"
                  "Director, Information Society and Action against Crime\n")
    assert [(a.name, a.title) for a in doc.delivered_by] == [
        ("Jan Kleijssen", "Director, Information Society and Action against Crime")]
    assert all("Kleijssen" not in i.text for i in doc.all_items())


def test_a_last_short_paragraph_is_no_signature_unless_a_name_and_a_position():
    doc = _parsed("Contribution of the Internet Society to the WGEC" + BODY + "\nThank you\nfor your attention\n")
    assert doc.delivered_by == []
    doc = _parsed("Submitted by: Jane Roe\n\nViews on enhanced cooperation" + BODY + "\nJane Roe\nIndependent "
                  "researcher\n")
    assert [a.name for a in doc.submitters] == ["Jane Roe"] and doc.delivered_by == []


def test_a_letter_s_subject_line_is_its_title_and_its_signer_may_be_named_in_any_latin_letters():
    doc = _parsed("Internet Corporation for Assigned Names and Numbers\n\n12 January 2017\n\n"
                  "Re: ICANN input to the Working Group on Enhanced Cooperation\n\nDear Mr. Major,\n\n"
                  "We offer the following suggestions:" + BODY + "\nSincerely,\n\nGöran Marby\n"
                  "President and Chief Executive Officer\n")
    assert doc.title == "ICANN input to the Working Group on Enhanced Cooperation"
    assert doc.source.text[doc.title_span[0]:doc.title_span[1]] == doc.title
    assert [a.name for a in doc.delivered_by] == ["Göran Marby"]


def test_a_signature_block_over_the_place_and_date_delivers_the_agency_s_input():
    """'Name / Title / Division / Sector, UNESCO' then 'Paris, 30 November 2016' alone at the end: the person signs
    for the agency, the block is not the text, the place and date line still dates it."""
    doc = _parsed("UNESCO input to the Working Group on Enhanced Cooperation\n\n"
                  "- The WGEC should consider the ROAM principles.\n\n"
                  "Elena Vasquez\nProgramme Specialist\nDivision for Freedom of Expression\n"
                  "Communication and Information Sector, UNESCO\n\nParis, 30 November 2016\n")
    assert ([a.name for a in doc.submitters], str(doc.date)) == (["UNESCO"], "2016-11-30")
    assert [(a.name, a.title) for a in doc.delivered_by] == [
        ("Elena Vasquez", "Programme Specialist, Division for Freedom of Expression, Communication and Information "
                          "Sector, UNESCO")]
    assert [i.text for i in doc.all_items()] == ["The WGEC should consider the ROAM principles."]
