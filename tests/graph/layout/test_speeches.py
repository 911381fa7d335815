"""A statement read at a meeting: the organisation whose letterhead heads it submits it; the officer
named in its title ("Statement by Mr. X, Deputy Secretary-General of the Y") delivers it."""
from __future__ import annotations

from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.document import parse_document
from wgec.graph.layout.names import organization_line

SPEECH = ("WORLD INTELLECTUAL PROPERTY ORGANIZATION\n\nCheck against delivery\n\n"
          "Statement by Ms. Jane Doe, Director of the Digital Division of the World Intellectual Property "
          "Organization\n\nGeneva, 26 January 2017\n\nMr. Chairman,\n\n"
          "The Working Group should draw on the work of the specialized agencies.\n\nThank you.\n")


def test_an_officer_speaks_for_the_organisation_heading_the_page():
    doc = parse_document(SourceFile.from_text("speech.txt", SPEECH))
    assert [(a.name, a.kind) for a in doc.submitters] == [("WORLD INTELLECTUAL PROPERTY ORGANIZATION",
                                                            "Organization")]
    assert [(a.name, a.title) for a in doc.delivered_by] == [
        ("Ms. Jane Doe", "Director of the Digital Division of the World Intellectual Property Organization")]


def test_without_a_letterhead_the_officer_is_the_submitter_with_a_position():
    doc = parse_document(SourceFile.from_text("speech.txt", SPEECH.split("\n\n", 1)[1]))
    assert [(a.name, a.kind) for a in doc.submitters] == [("Ms. Jane Doe", "Person")]
    assert doc.submitters[0].title.startswith("Director of the Digital Division") and not doc.delivered_by


def test_a_letterhead_in_capitals_names_an_organisation_unless_it_is_cut_off():
    assert organization_line("INTERNATIONAL TELECOMMUNICATION UNION")
    assert not organization_line("COMMISSION ON SCIENCE AND TECHNOLOGY FOR")
    assert not organization_line("GENEVA")


def test_delivered_by_a_person_under_the_meeting_s_line_dated_by_its_day():
    """'Delivered by Ms. X, Director, ...' names who read the organisation's statement; a meeting's name and one
    day on one line ('..., second meeting, Geneva, 26 January 2017') is front matter that dates the statement."""
    doc = parse_document(SourceFile.from_text("s.txt", (
        "Check against delivery\n\nStatement of the World Intellectual Property Organization (WIPO)\n\n"
        "Delivered by Ms. Jane Doe, Director, Global Issues Division\n\n"
        "Working Group on Enhanced Cooperation, second meeting, Geneva, 26 January 2017\n\n"
        "Mr. Chairman,\n\nThe Working Group should take into account the work of the specialized agencies.\n\n"
        "Thank you, Mr. Chairman.\n")))
    assert [a.name for a in doc.submitters] == ["World Intellectual Property Organization (WIPO)"]
    assert [(a.name, a.title) for a in doc.delivered_by] == [("Ms. Jane Doe", "Director, Global Issues Division")]
    assert (str(doc.date), [(i.text[:17], i.section) for i in doc.all_items()]) == (
        "2017-01-26", [("The Working Group", None)])


def test_a_delegate_delivers_a_group_s_statement_on_a_draft():
    """'Delivered by Mr. X, First Secretary, ..., on behalf of the Arab Group' under the group's title: the group
    submits, the delegate delivers; a statement that speaks of the Chair's draft is no draft."""
    doc = parse_document(SourceFile.from_text("x.txt", (
        "Statement of the Arab Group on the Chair's revised draft recommendations\n\n"
        "Delivered by Mr. Karim Benali, First Secretary, Permanent Mission of Tunisia, on behalf of the Arab Group\n\n"
        "Mr. Chair,\n\nThe Group calls for an intergovernmental mechanism.\n\nThank you, Mr. Chair.\n")))
    assert (doc.kind, [a.name for a in doc.submitters]) == ("statement", ["Arab Group"])
    assert [(a.name, a.title) for a in doc.delivered_by] == [
        ("Mr. Karim Benali", "First Secretary, Permanent Mission of Tunisia")]


def test_a_delivered_by_line_a_narrow_page_wrapped_after_of():
    """'... Permanent Mission of' / 'Tunisia, on behalf of the Arab Group': one line, wrapped (a PDF on A5)."""
    doc = parse_document(SourceFile.from_text("x.txt", (
        "Statement of the Arab Group on the Chair's revised draft\nrecommendations\n\n"
        "Delivered by Mr. Karim Benali, First Secretary, Permanent Mission of\nTunisia, on behalf of the Arab Group\n\n"
        "Mr. Chair,\n\nThe Group calls for an intergovernmental mechanism.\n")))
    assert [a.name for a in doc.delivered_by] == ["Mr. Karim Benali"]
