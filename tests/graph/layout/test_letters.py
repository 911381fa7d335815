"""A letter's last words (:func:`wgec.graph.layout.letters.courtesy_end`)."""
from __future__ import annotations

import pytest
from tests.graph.documents import item_texts

from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.document import parse_document


def test_a_courtesy_above_the_closing_and_signature_is_no_proposal():
    """'4. ISOC remains at the disposal of the Working Group ...', then 'Yours sincerely,' and the signature:
    the courtesy ends the text, though the signature, not it, is the last paragraph."""
    texts = item_texts(
        "Internet Society\n\nInternet Society input to the WGEC\n\n30 November 2016\n\nRecommendations\n\n"
        "3. The WGEC should take stock of existing mechanisms.\n\n"
        "4. The Internet Society remains at the disposal of the Working Group for any further information.\n\n"
        "Yours sincerely,\n\nJane Roe\nPresident and Chief Executive Officer\nInternet Society\n")
    assert texts == ["The WGEC should take stock of existing mechanisms."]


def test_a_position_written_before_the_signer_s_name_as_french_signs():
    """'Le Ministre des Postes et des Télécommunications' / 'Yaya Abdoul Kane': the minister signs for the state."""
    doc = parse_document(SourceFile.from_text("x.txt", (
        "Contribution de la République du Sénégal au Groupe de travail\n\nDakar, le 28 novembre 2016\n\n"
        "Recommandations\n\n1. Le Sénégal recommande une cartographie des mécanismes.\n\n"
        "Le Ministre des Postes et des Télécommunications\nYaya Abdoul Kane\n")))
    assert [(a.name, a.title) for a in doc.delivered_by] == [("Yaya Abdoul Kane",
                                                             "Le Ministre des Postes et des Télécommunications")]
    assert [i.text for i in doc.all_items()] == ["Le Sénégal recommande une cartographie des mécanismes."]


LETTER = ("Input to the Working Group on Enhanced Cooperation\n\n15 March 2017\n\nDear Mr. Chairman,\n\n"
          "We are pleased to submit our views.\n\n1. The WGEC should recommend that the IGF be strengthened.\n\n"
          "2. Developing countries should participate.\n\n{closing}\n\n{signature}\n")


@pytest.mark.parametrize(("closing", "signature", "submitter", "delivered"), [
    ("Yours sincerely,", "Jane Roe\nPresident and CEO\nAccess Now", "Access Now", ["Jane Roe"]),
    ("Best regards,", "(signed)\nJane Roe\nPresident and CEO\nInternet Society", "Internet Society", ["Jane Roe"]),
    ("Respectfully submitted,", "Jane Roe, President and CEO\nInternet Society", "Internet Society", ["Jane Roe"]),
    ("Kind regards,", "Internet Society", "Internet Society", []),
    ("Sincerely,", "Jane Roe\nExecutive Director", "Jane Roe", [])])
def test_a_letter_with_no_by_line_is_its_signature_s(closing, signature, submitter, delivered):
    doc = parse_document(SourceFile.from_text("x.txt", LETTER.format(closing=closing, signature=signature)))
    assert [a.name for a in doc.submitters] == [submitter]
    assert [a.name for a in doc.delivered_by] == delivered
    assert [i.text for i in doc.all_items()] == ["The WGEC should recommend that the IGF be strengthened.",
                                                 "Developing countries should participate."]


def test_a_table_that_ends_the_document_is_no_signature():
    doc = parse_document(SourceFile.from_text("x.txt", (
        "Mapping of issues\n\nSubmitted by the Internet Society\n\n30 November 2016\n\n"
        "1. The WGEC should map issues.\n\nIssue\tOrganisations\nCybersecurity\tITU, UNODC\nAccess\tITU, UNDP\n")))
    assert doc.delivered_by == [] and [a.name for a in doc.submitters] == ["Internet Society"]
    assert [t.header for t in doc.tables] == [["Issue", "Organisations"]] and len(doc.tables[0].rows) == 2


def test_a_signature_over_the_endnotes_and_a_note_over_two_lines():
    """A Word export puts the notes under a rule after the signature: the signer still delivers, and a
    note's second line ("Internet governance should be built ...") is the note's, no proposal."""
    text = ("Contribution from the Internet Society Dhaka Chapter to the WGEC\n\nRecommendations\n\n"
            "• The CSTD should hold a consultation a year with national IGFs.\n\n"
            "Submitted on behalf of the Chapter by:\nRahim Chowdhury\nPresident, ISOC Dhaka\n\n_______________\n"
            "¹ Compare the NETmundial Statement, according to which\n"
            "Internet governance should be built on democratic processes.\n")
    doc = parse_document(SourceFile.from_text("x.txt", text))
    assert [a.name for a in doc.delivered_by] == ["Rahim Chowdhury"]
    assert [i.text[:8] for i in doc.all_items()] == ["The CSTD"]


def test_a_mission_s_letter_closing_with_the_assurances_of_consideration():
    text = ("PERMANENT MISSION OF BARBADOS\nTO THE UNITED NATIONS OFFICE AT GENEVA\n\n2nd of February 2017\n\n"
            "Dear Ms. Sirimanne,\n\nI have the honour to transmit the contribution of Barbados, annexed.\n\n"
            "Please accept, Ms. Sirimanne, the assurances of my highest consideration.\n\n"
            "Chad Blackman\nAmbassador and Permanent Representative\n\n\nAnnex\n\n"
            "Contribution of Barbados to the Working Group on Enhanced Cooperation\n\nRecommendations\n\n"
            "Barbados would like to put forward the following recommendations for the consideration of the "
            "Working Group:\n\n• A voluntary trust fund should be established under the CSTD.\n")
    doc = parse_document(SourceFile.from_text("x.txt", text))
    assert doc.title == "Contribution of Barbados to the Working Group on Enhanced Cooperation"
    assert [a.name for a in doc.submitters] == ["Barbados"] and [a.name for a in doc.delivered_by] == ["Chad Blackman"]
    assert [i.text[:12] for i in doc.all_items()] == ["A voluntary "]  # the lead-in only announces


def test_a_narrow_page_wraps_the_closing_the_group_s_name_and_a_list_of_states():
    """A5 pages break "the assurances of my" / "highest consideration.", "... on Enhanced" / "Cooperation" (a blank
    between, as PDF text leaves it) and a line of states ("... – Lithuania –" / "Norway – Sweden")."""
    letter = ("PERMANENT MISSION OF BARBADOS\n\nDear Ms. Sirimanne,\n\nI have the honour to transmit the contribution."
              "\n\nPlease accept, Ms. Sirimanne, the assurances of my highest\nconsideration.\n\nChad Blackman\n"
              "Ambassador and Permanent Representative\n\nAnnex\n\nContribution of Barbados to the Working Group on "
              "Enhanced\n\nCooperation\n\nRecommendations\n\n• A trust fund should be established.\n")
    doc = parse_document(SourceFile.from_text("x.txt", letter))
    assert doc.title == "Contribution of Barbados to the Working Group on Enhanced Cooperation"
    assert [a.name for a in doc.delivered_by] == ["Chad Blackman"]
    joint = ("JOINT STATEMENT OF THE NORDIC AND BALTIC COUNTRIES\n\nDenmark – Estonia – Finland – Lithuania –\n"
             "Norway – Sweden\n\n1. The WGEC should act.\n")
    assert len(parse_document(SourceFile.from_text("x.txt", joint)).submitters) == 6
