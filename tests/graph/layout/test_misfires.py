"""Ordinary texts on which a rule written for one layout once misfired (a review of the rules of 2 December 2026):
each must read as an analyst reads it."""
from __future__ import annotations

import time

import pytest

from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.blocks import split_blocks
from wgec.graph.layout.document import parse_document
from wgec.graph.layout.issue_lists import read_issue_mappings

HEAD = "Contribution of Japan to the WGEC\n\nSubmitted by Japan\n\nRecommendations\n\n"


def _items(text: str) -> list[str]:
    return [i.text for i in parse_document(SourceFile.from_text("x.txt", text)).all_items()]


@pytest.mark.parametrize(("body", "expected"), [
    ("1. In line with paragraph 69 of the Tunis Agenda, Brazil proposes that the CSTD establish a mechanism.\n",
     ["In line with paragraph 69 of the Tunis Agenda, Brazil proposes that the CSTD establish a mechanism."]),
    ("Member States should establish a new intergovernmental mechanism under the UN.\n",
     ["Member States should establish a new intergovernmental mechanism under the UN."]),
    ("We would like to take this opportunity to recommend that the CSTD maintain an online map.\n",
     ["We would like to take this opportunity to recommend that the CSTD maintain an online map."]),
    ("ICC requests members of the WGEC to adopt a clear definition of enhanced cooperation.\n",
     ["ICC requests members of the WGEC to adopt a clear definition of enhanced cooperation."]),
    ("The CSTD should invite Prof. Kleinwachter to present the mapping by Dec. 2017 to the Group.\n",
     ["The CSTD should invite Prof. Kleinwachter to present the mapping by Dec. 2017 to the Group."]),
    ("1. Any new arrangement must put the interests of users\nfirst. The CSTD should consult them.\n",
     ["Any new arrangement must put the interests of users first. The CSTD should consult them."]),
    ("1. The WGEC should note that the so-called Web\n2.0 era changed public policy.\n",
     ["The WGEC should note that the so-called Web 2.0 era changed public policy."]),
    ("1. The WGEC should invite Ambassador Carlos\nI. da Silva to chair the group.\n",
     ["The WGEC should invite Ambassador Carlos I. da Silva to chair the group."]),
    ("The WGEC should map the issues.¹\n¹ See A/RES/70/125.\nThe CSTD should report to ECOSOC every year.\n",
     ["The WGEC should map the issues.", "The CSTD should report to ECOSOC every year."]),  # (its note mark out)
])
def test_a_rule_for_another_layout_leaves_an_ordinary_proposal_whole(body, expected):
    assert _items(HEAD + body) == expected


def test_items_numbered_beside_an_announcing_item_that_propose_by_their_verb_stay():
    text = ("Contribution of Kenya to the WGEC\n\n1. Kenya offers the following recommendations:\n\n(a) The WGEC "
            "should map issues;\n\n(b) The CSTD should report.\n\n2. Strengthen the IGF through stable funding.\n\n"
            "3. Kenya has a vibrant community.\n")
    assert [t[:12] for t in _items(text)] == ["The WGEC sho", "The CSTD sho", "Strengthen t"]


@pytest.mark.parametrize("title", ["Contribution of the League of Arab States to the WGEC",
                                   "Submission of the Organization of American States",
                                   "Joint submission of the Small Island Developing States"])
def test_an_organisation_named_with_states_submits(title):
    doc = parse_document(SourceFile.from_text("x.txt", f"{title}\n\n1. The WGEC should act.\n"))
    assert doc.submitters and doc.submitters[0].name.endswith("States")


def test_a_subtitle_of_capitalised_words_is_no_list_of_co_submitters_and_as_of_is_no_date():
    doc = parse_document(SourceFile.from_text("x.txt", "Enhanced Cooperation on Internet Governance\n\n"
                                                       "Access – Rights – Development\n\nAs of 2016, the IGF has "
                                                       "met eleven times.\n\n1. The WGEC should act.\n"))
    assert not doc.submitters and doc.date is None


def test_acronyms_listed_under_supported_by_are_signatories_not_headings():
    doc = parse_document(SourceFile.from_text("x.txt", "Joint statement on enhanced cooperation\n\nWe call for "
                                                       "openness of all bodies.\n\nSupported by:\nAPC\nISOC\nICC\n"))
    assert [a.name for a in doc.submitters] == ["APC", "ISOC", "ICC"]


def test_an_amount_in_a_recommendation_cell_is_no_row_number():
    doc = parse_document(SourceFile.from_text("x.txt", "Views on funding\n\nIssue\tOur recommendation\n"
                                                       "Funding\t50 per cent of IGF funding should come from "
                                                       "governments.\n"))
    assert [(i.number, i.text[:6]) for i in doc.all_items()] == [(None, "50 per")]


def test_roman_letters_between_mapping_lines_take_linear_time():
    text = "Spam: ITU, OECD\n" + "i." * 400 + "i\nCybercrime: UNODC, Council of Europe\n"
    source = SourceFile.from_text("x.txt", text)
    started = time.perf_counter()
    read_issue_mappings(split_blocks(source), source)
    assert time.perf_counter() - started < 5  # exponential backtracking took minutes at 30 letters


def test_a_wrapped_invitation_to_submit_is_no_notice_and_a_dash_parts_a_name_from_its_date():
    text = ("Contribution of Peru to the Working Group on Enhanced Cooperation\n\nPeru thanks the Chair for the\n"
            "invitation to submit contributions on the two guiding questions.\n\n1. The WGEC should act.\n")
    assert parse_document(SourceFile.from_text("x.txt", text)).kind == "submission"
    text = ("# Digital industry views on enhanced cooperation\n\nAsia Pacific Digital Industry Association (APDIA) – "
            "January 30, 2017\n\n- The Working Group should not recommend a new body.\n")
    doc = parse_document(SourceFile.from_text("x.md", text))
    assert [a.name for a in doc.submitters] == ["Asia Pacific Digital Industry Association (APDIA)"]
    assert str(doc.date) == "2017-01-30"


def test_a_web_page_s_name_seat_and_date_line_and_a_government_by_its_demonym():
    text = "# Our submission to the WGEC\n\nFundación Red Abierta · Buenos Aires · 2 February 2017\n\n- It acts.\n"
    doc = parse_document(SourceFile.from_text("x.md", text))
    assert [(a.name, a.kind) for a in doc.submitters] == [("Fundación Red Abierta", "Organization")]
    doc = parse_document(SourceFile.from_text("x.md", "# Australian Government Submission to the Working Group\n\n"
                                                      "*Department of Foreign Affairs and Trade, Canberra — 31 January "
                                                      "2017*\n\n- The WGEC should act.\n"))
    assert str(doc.date) == "2017-01-31"
    from wgec.graph.link.actors import state_named
    assert state_named(doc.submitters[0].name) == ("Australia", "AUS")


def test_numbered_comments_on_a_draft_s_recommendations_under_general_and_specific_comments():
    text = ("BRAZIL\n\nComments on the Chair's draft recommendations of the Working Group\n\nI. General comments\n\n"
            "1. Brazil thanks the Chair for the draft recommendations.\n\nII. Specific comments\n\n"
            "2. Recommendation 2: Brazil supports this recommendation as drafted.\n\n3. Recommendation 8: Brazil "
            "proposes to delete this recommendation, as it duplicates Recommendation 3.\n\n4. Recommendation 14: "
            "Brazil can accept this recommendation.\n")
    assert _items(text) == ["Brazil proposes to delete this recommendation, as it duplicates Recommendation 3."]


def test_a_signature_over_its_place_and_date_names_the_organisation_and_a_subtitle_none():
    text = ("Enhanced Cooperation and the Internet Number Community\nContribution to the CSTD Working Group on "
            "Enhanced Cooperation\n\nThe WGEC should build on existing processes.\n\nOscar Robles-Garay\n"
            "Chief Executive Officer\nLACNIC - Latin American and Caribbean Internet Addresses Registry\n"
            "Montevideo, Uruguay, January 30th, 2017\n")
    doc = parse_document(SourceFile.from_text("x.txt", text))
    assert [a.name for a in doc.submitters] == ["LACNIC - Latin American and Caribbean Internet Addresses Registry"]
    assert [a.name for a in doc.delivered_by] == ["Oscar Robles-Garay"] and str(doc.date) == "2017-01-30"
    lead = "We ask the Working Group to include the following in its report:\n\n- a map;\n- a review.\n"
    assert _items("Our submission to the WGEC\n\nSubmitted by Red Abierta\n\n" + lead) == ["a map;", "a review."]


def test_guiding_questions_as_headings_of_a_contribution_are_answered_and_an_faq_s_questions_are_not():
    text = ("CONTRIBUTION OF PERU TO THE WORKING GROUP ON ENHANCED COOPERATION\n\nI. WHAT ARE THE HIGH LEVEL "
            "CHARACTERISTICS OF ENHANCED COOPERATION?\n\n1. Enhanced cooperation should be inclusive.\n\n\nII. TAKING "
            "INTO CONSIDERATION THE WORK OF THE PREVIOUS WGEC AND THE TUNIS\nAGENDA, WHAT KIND OF RECOMMENDATIONS "
            "SHOULD BE\nCONSIDERED?\n\n2. The CSTD should review progress every two years.\n")
    doc = parse_document(SourceFile.from_text("x.txt", text))
    assert [(i.question, i.text[:12]) for i in doc.all_items()] == [("guiding-1", "Enhanced coo"),
                                                                   ("guiding-2", "The CSTD sho")]
    faq = ("# APNIC and enhanced cooperation: frequently asked questions\n\n## 1. What is APNIC?\n\nAPNIC is the "
           "registry for the region.\n\n## 2. What should the Working Group recommend?\n\n- The WGEC should act.\n")
    assert not parse_document(SourceFile.from_text("x.md", faq)).questions


def test_a_ministry_s_letterhead_over_its_state_s_name_is_the_state_s_and_an_address_s_country_is_none():
    text = ("MINISTRY OF FOREIGN AFFAIRS\nDivision of the Information Society\n\nBrasília, 22 December 2017\n\n"
            "BRAZIL\n\nComments on the Chair's draft recommendations\n\n1. Recommendation 8: Brazil proposes to "
            "delete it.\n\n2. Recommendation 9: Brazil proposes to delete it too.\n")
    assert [a.name for a in parse_document(SourceFile.from_text("x.txt", text)).submitters] == ["BRAZIL"]
    letter = ("Internet Society\n\nMs. Shamika Sirimanne\nUNCTAD\nPalais des Nations\nSwitzerland\n\n"
              "Views on enhanced cooperation\n\n1. The WGEC should act.\n")
    assert [a.name for a in parse_document(SourceFile.from_text("x.txt", letter)).submitters] == ["Internet Society"]


@pytest.mark.parametrize(("front", "expected"), [
    ("JAMAICA\n\nSubmission to the Working Group on Enhanced Cooperation\n\nPrepared by the Ministry of Science, "
     "Energy and Technology\nJanuary 2017\n\n", "JAMAICA"),
    ("Submission to the Working Group on Enhanced Cooperation\n\nSubmitted by the APT Secretariat, Bangkok, "
     "25 January 2017\n\n", "APT Secretariat"),
    ("Submission to the Working Group on Enhanced Cooperation\n\nSubmitted by the Ministry of Science, Energy and "
     "Technology\n\n", "Ministry of Science, Energy and Technology")])
def test_a_ministry_s_name_with_commas_and_an_organisation_s_seat_on_a_by_line(front, expected):
    doc = parse_document(SourceFile.from_text("x.txt", front + "1. The WGEC should act.\n"))
    assert [a.name for a in doc.submitters] == [expected]


def test_a_2013_reply_s_instruction_question_a_state_over_its_ministry_and_a_title_ending_submission():
    text = ("Republic of Korea\n\nResponses to the Questionnaire of the Working Group on Enhanced Cooperation\n\n"
            "Submitted by the Ministry of Science, ICT and Future Planning\nSeptember 2013\n\n"
            "1. Please indicate your stakeholder group.\n\nGovernment.\n\n2. What is the significance of enhanced "
            "cooperation?\n\nIt is essential.\n")
    doc = parse_document(SourceFile.from_text("x.txt", text))
    assert [a.name for a in doc.submitters] == ["Republic of Korea"]
    assert [(i.question, i.text) for i in doc.all_items()] == [("questionnaire-1", "Government."),
                                                               ("questionnaire-2", "It is essential.")]
    canada = "GOVERNMENT OF CANADA SUBMISSION\n\nCanada recommends that the WGEC build on existing bodies.\n"
    assert [a.name for a in parse_document(SourceFile.from_text("x.txt", canada)).submitters] == [
        "GOVERNMENT OF CANADA"]
