"""An open letter signed by a coalition: the organisations listed under 'Yours sincerely,' sign it (each a
co-submitter, its country in brackets no part of its name), the list ends at a date line; one signer's name and
title under a closing is no list."""
from __future__ import annotations

import datetime as dt

from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.document import parse_document

LETTER = ("Open letter to the Chair of the Working Group\n\nDear Ambassador,\n\n"
          "We write as a coalition of civil society organisations.\n\nWe therefore ask the Working Group:\n\n"
          "1. to keep the process open;\n2. to publish all documents.\n\nYours sincerely,\n\n"
          "Bytes for All (Pakistan)\nDerechos Digitales (Chile)\nPublic Knowledge (United States of America)\n"
          "Kenya ICT Action Network (KICTANet)\n\nGeneva, 18 September 2017\n")


def test_the_organisations_under_the_closing_sign_the_letter():
    doc = parse_document(SourceFile.from_text("letter.txt", LETTER))
    assert [(a.name, a.kind) for a in doc.submitters] == [
        ("Bytes for All", "Organization"), ("Derechos Digitales", "Organization"),
        ("Public Knowledge", "Organization"), ("Kenya ICT Action Network (KICTANet)", "Organization")]
    assert doc.date == dt.date(2017, 9, 18)
    assert [i.text for i in doc.all_items()] == ["to keep the process open;", "to publish all documents."]


def test_one_signer_under_the_closing_is_no_list_of_signatories():
    text = LETTER.split("Yours sincerely,")[0] + "Yours sincerely,\n\nDr. Maria Lopez\nSenior Director, Policy\n" \
        "Internet Society\n"
    doc = parse_document(SourceFile.from_text("letter.txt", text))
    assert "Dr. Maria Lopez" not in [a.name for a in doc.submitters]


def test_an_open_letter_signed_by_country_is_the_document_not_a_cover_letter():
    """"Respectfully," over "SIGNATORIES (by country)": the letter is the text (its asks are proposals), the
    signatories under country headings in capitals submit it, an individual's affiliation is no signatory."""
    text = ("JOINT CIVIL SOCIETY LETTER ON THE WORKING GROUP ON ENHANCED COOPERATION\n\nDear Mr. Major,\n\n"
            "We, the undersigned civil society organisations and individuals, write to you.\n\n"
            "We therefore call on the Working Group to:\n\n— adopt the recommendations on which there is "
            "convergence;\n— ask the CSTD to hold an open consultation.\n\nRespectfully,\n\n"
            "SIGNATORIES (by country)\n\n"
            "ARGENTINA\nFundación Vía Libre\n\nKENYA\nBloggers Association of Kenya (BAKE)\n\n"
            "INDIVIDUALS (affiliation for identification only)\nLuis Herrera, Universidad de Chile (Chile)\n")
    doc = parse_document(SourceFile.from_text("x.txt", text))
    assert doc.title.startswith("JOINT CIVIL SOCIETY LETTER")
    assert [(a.name, a.kind) for a in doc.submitters] == [("Fundación Vía Libre", "Organization"), (
        "Bloggers Association of Kenya (BAKE)", "Organization"), ("Luis Herrera", "Person")]
    assert [i.text[:5] for i in doc.all_items()] == ["adopt", "ask t"]  # the asks, not their lead-in
