"""An e-mail reply: its own text above the message it quotes, its subject without "RE:", the ministry it
writes for as the submitter and its sender as the one who delivers; the signature is no part of its text."""
from __future__ import annotations

import datetime as dt

import pytest

from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.document import parse_document

HEAD = ("From: Jane Roe <jane@ict.go.ke>\nSent: Monday, 6 November 2017 10:05\nTo: CSTD <stdev@unctad.org>\n"
        "Subject: RE: Fwd: Comments on the draft recommendations\n\nDear colleagues,\n\n"
        "On behalf of the Ministry of ICT of the Republic of Kenya, please find our comments below.\n\n"
        "1. The CSTD should hold an annual consultation.\n\n"
        "Kind regards,\n\nJane Roe\nDirector, ICT Policy\n\n")


@pytest.mark.parametrize("quoted", [
    "-----Original Message-----\nFrom: CSTD\nSent: 1 November 2017\n\n> Members should send comments.\n",
    "On 1 Nov 2017, CSTD <stdev@unctad.org> wrote:\n> Members should send comments.\n",
    "From: CSTD <stdev@unctad.org>\nSent: Wednesday, 1 November 2017 09:00\n\nMembers should send comments.\n",
    "> Members should send comments.\n>\n> The secretariat\n",
])
def test_a_reply_s_own_text_is_above_the_message_it_quotes(quoted):
    doc = parse_document(SourceFile.from_text("reply.txt", HEAD + quoted))
    assert (doc.title, doc.date) == ("Comments on the draft recommendations", dt.date(2017, 11, 6))
    assert ([a.name for a in doc.submitters], [a.name for a in doc.delivered_by]) == (
        ["Ministry of ICT of the Republic of Kenya"], ["Jane Roe"])
    assert [i.text for i in doc.all_items()] == ["The CSTD should hold an annual consultation."]


def test_a_line_quoted_inside_the_reply_is_no_proposal():
    text = HEAD.replace("1. The CSTD", "> Members should send comments by Friday.\n\n1. The CSTD")
    doc = parse_document(SourceFile.from_text("reply.txt", text))
    assert [i.text for i in doc.all_items()] == ["The CSTD should hold an annual consultation."]


def test_a_forward_keeps_the_message_it_passes_on():
    text = ("From: Jane Roe <jane@ict.go.ke>\nSent: Monday, 6 November 2017 10:05\n"
            "Subject: FW: Comments on the draft recommendations\n\nDear colleagues, please see our comments below.\n\n"
            "---------- Forwarded message ---------\nFrom: ICT Policy Unit <policy@ict.go.ke>\n"
            "Date: Friday, 3 November 2017\n\n1. The CSTD should hold an annual consultation.\n")
    doc = parse_document(SourceFile.from_text("fwd.txt", text))
    assert doc.title == "Comments on the draft recommendations"
    assert [i.text for i in doc.all_items()] == ["The CSTD should hold an annual consultation."]


MEMO = ("Foo Registry\nRegional Internet Registry for Foo\nEbene Tower, Cybercity, Mauritius\n\n"
        "To:       Mr. Peter Major, Chair, Working Group on Enhanced Cooperation\n"
        "From:     Jane Roe, Chief Executive Officer, Foo Registry\nDate:     29 November 2016\n"
        "Subject:  Comments on the guiding questions\n\n"
        "1. The WGEC should take stock of existing mechanisms.\n")


def test_a_memo_s_subject_is_its_title_not_the_letterhead_over_it():
    doc = parse_document(SourceFile.from_text("x.txt", MEMO))
    assert doc.title == "Comments on the guiding questions"


def test_a_memo_from_an_officer_of_the_letterhead_s_organisation_is_the_organisation_s():
    doc = parse_document(SourceFile.from_text("x.txt", MEMO))
    assert ([a.name for a in doc.submitters], [a.name for a in doc.delivered_by]) == (["Foo Registry"], ["Jane Roe"])


def test_a_short_e_mail_s_subject_is_its_title_and_its_signer_a_person():
    """Paragraphs too short to end the front matter: the salutation does, so the subject, not the signature
    under 'Kind regards,', is the title; the sender who signs is a person."""
    doc = parse_document(SourceFile.from_text("x.txt", (
        "From: Daniel Okafor\nSent: 14 March 2017\nTo: WGEC secretariat\nSubject: My input to the WGEC\n\n"
        "Dear members of the Working Group,\n\nI write in my personal capacity.\n\n"
        "First, I think the Working Group should publish all its contributions on one web page.\n\n"
        "Kind regards,\n\nDaniel Okafor\nLagos, Nigeria\n")))
    assert (doc.title, [(a.name, a.kind) for a in doc.submitters]) == (
        "My input to the WGEC", [("Daniel Okafor", "Person")])
    assert [i.text[:20] for i in doc.all_items()] == ["First, I think the W"]


def test_a_forward_s_own_header_is_not_the_contribution_s():
    """The secretariat forwards an organisation's contribution: its 'From:'/'Sent:' and its note are the
    forward's; the message passed on, sent by a unit of the organisation its title names, is the document."""
    text = ("From: CSTD Secretariat <cstd@unctad.org>\nSent: Tuesday, 10 January 2017 11:05\n"
            "Subject: FW: WGEC - Contribution of the Council of Europe\n\nDear members, please find it below.\n\n"
            "---------- Forwarded message ----------\nFrom: Internet Governance Unit <ig@coe.int>\n"
            "Date: Mon, Jan 9, 2017 at 6:42 PM\nSubject: WGEC - Contribution of the Council of Europe\n\n"
            "Contribution of the Council of Europe to the Working Group on Enhanced Cooperation\n\n"
            "1. The WGEC should recommend that states accede to existing instruments.\n")
    doc = parse_document(SourceFile.from_text("fwd.txt", text))
    assert [a.name for a in doc.submitters] == ["Council of Europe"] and not doc.delivered_by
    assert str(doc.date) == "2017-01-09"
    assert [i.text[:20] for i in doc.all_items()] == ["The WGEC should reco"]
