"""Front matter of any layout: title, submitter (organisation, person, on behalf of), date at
its precision and kind, read from fixtures written after real UN and stakeholder documents;
a field not found stays None (never the file name, never made up)."""
from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import CORPUS, FIXTURES

from wgec.graph.ingest.source import SourceFile, read_source
from wgec.graph.layout.document import parse_document

FM = FIXTURES / "front-matter"
# file: (title, submitters, delivered by, date, precision, kind, layout)
EXPECTED = {
    "cstd-notice.txt": ("Call for contributions on the guiding questions", ["UNCTAD"], [],
                        dt.date(2016, 10, 10), "day", "notice", "notice"),
    "business-statement.txt": ("ICC BASIS input to the CSTD Working Group on Enhanced Cooperation", ["ICC BASIS"],
                               [], dt.date(2016, 12, 1), "month", "statement", "contribution"),
    "questionnaire-response.txt": (
        "Questionnaire of the UN Commission on Science and Technology for Development, Working Group on Enhanced "
        "Cooperation (WGEC)", ["Association for Progressive Communications (APC)"], ["Jane Roe"],
        dt.date(2013, 7, 18), "day", "questionnaire-response", "contribution"),
    "commentary-on-rolling-document.txt": ("What the WGEC rolling document proposes", ["Jane Roe"], [],
                                           dt.date(2014, 1, 1), "month", "commentary", "contribution"),
    "chair-draft.txt": ("Draft recommendations of the Working Group on Enhanced Cooperation", [], [],
                        dt.date(2017, 11, 11), "day", "chair-draft", "contribution"),
    "comments-on-draft.txt": ("Comments of the Internet Society on the Chair's draft report of the WGEC",
                              ["Internet Society (ISOC)"], [], dt.date(2017, 12, 15), "day", "comments",
                              "contribution"),
    "plain-submission.txt": ("APC submission to the CSTD Working Group on Enhanced Cooperation on the guiding "
                             "questions", ["Association for Progressive Communications (APC)"], [],
                             dt.date(2016, 12, 7), "day", "submission", "contribution"),
    "blog-commentary.html": ("Enhanced cooperation: what the New York consultation showed", ["Jane Roe"], [],
                             dt.date(2010, 12, 16), "day", "commentary", "contribution"),
    "un-secretariat-note.txt": ("Enhanced cooperation on public policy issues pertaining to the Internet",
                                ["Commission on Science and Technology for Development"], [], dt.date(2010, 12, 16),
                                "day", "report", "contribution"),
    "email-submission.txt": ("Contribution of the Internet Society to the WGEC guiding questions",
                             ["Internet Society"], ["Jane Roe"], dt.date(2016, 12, 7), "day", "submission",
                             "contribution"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_front_matter_of_each_layout(name):
    title, submitters, delivered, date, precision, kind, layout = EXPECTED[name]
    doc = parse_document(read_source(FM / name))
    assert doc.title == title
    assert [a.name for a in doc.submitters] == submitters
    assert [a.name for a in doc.delivered_by] == delivered
    assert (doc.date, doc.date_precision, doc.kind, doc.layout) == (date, precision, kind, layout)
    start, end = doc.date_span
    assert doc.source.text[start:end] in doc.source.text.splitlines()[doc.source.line_of(start) - 1]
    for name_ in doc.submitters + doc.delivered_by:  # every name points at its words
        assert doc.source.text[name_.start:name_.end] == name_.name


def test_front_matter_is_not_body():
    """Title, by-line, labels and date lines are not proposals; the notice has none at all."""
    for name in EXPECTED:
        doc = parse_document(read_source(FM / name))
        texts = [i.text for i in doc.all_items()]
        assert not [t for t in texts if doc.title and doc.title in t or t.startswith(("By ", "Publication date"))]
    assert parse_document(read_source(FM / "cstd-notice.txt")).all_items() == []
    statement = parse_document(read_source(FM / "business-statement.txt"))
    assert [i.text[:40] for i in statement.all_items()] == [
        "Enhanced cooperation should build on the", "Governments should consult business, civ",
        "Capacity building for developing countri"]


def test_kinds_of_the_bundled_corpus():
    kinds = {p.name[:3]: parse_document(read_source(p)).kind for p in sorted(CORPUS.glob("*.txt"))}
    assert kinds == {"000": "submission", "001": "comments", "002": "submission", "003": None,
                     "004": "compilation"}


def test_nothing_invented_for_a_bare_text():
    doc = parse_document(SourceFile.from_text("notes.txt", "we think the IGF works well and should go on.\n"))
    assert (doc.title, doc.submitters, doc.date, doc.kind) == (None, [], None, None)


def test_a_wrapped_word_title_is_one_phrase():
    """A bold title that Word splits after "of the" is one phrase, not "...of the: WGEC"."""
    text = ("**UNITED NATIONS COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT**\n\nWorking Group on Enhanced "
            "Cooperation\n\n**Contribution to the guiding questions agreed during first meeting of the**\n\n"
            "**WGEC**\n\nSubmitted by\n\n**Kenya**\n\n1. A point.\n")
    doc = parse_document(SourceFile.from_text("x.txt", text))
    assert doc.title == "Contribution to the guiding questions agreed during first meeting of the WGEC"


def test_one_submission_one_submitter_india_delivered_by_mr_reddy():
    """The rolling document's India entry and its footnote "Submitted ... by Mr. Reddy, Deputy
    Permanent Representative ... of India" are one submission by India, delivered by Mr. Reddy."""
    doc = parse_document(read_source(next(CORPUS.glob("004_*.txt"))))
    india = [s for s in doc.submissions if [a.name for a in s.submitters] == ["India"]]
    assert len(india) == 1 and not [s for s in doc.submissions if any("Reddy" in a.name for a in s.submitters)]
    (reddy,) = india[0].delivered_by
    assert (reddy.name, reddy.kind) == ("Mr. Reddy", "Person")
    assert reddy.title and reddy.title.startswith("Deputy Permanent Representative")


def test_an_e_mail_s_subject_is_its_title_and_its_greeting_not_a_proposal():
    doc = parse_document(read_source(FM / "email-submission.txt"))
    assert [i.text[:30] for i in doc.all_items()][-2:] == ["Enhanced cooperation should be",
                                                            "The WGEC should map the existi"]
    assert not [i for i in doc.all_items() if i.text.startswith("Dear")]


@pytest.mark.parametrize(("title", "who"), [
    ("Contribución de la República Argentina al Grupo de Trabajo sobre Cooperación Reforzada", "República Argentina"),
    ("Comentarios del Gobierno de Chile sobre el proyecto de recomendaciones", "Gobierno de Chile"),
    ("Contribution du Sénégal au Groupe de travail sur la coopération renforcée", "Sénégal"),
])
def test_a_spanish_or_french_title_names_its_submitter(title, who):
    doc = parse_document(SourceFile.from_text("x.txt", f"{title}\n\n15 de marzo de 2017\n\n"
                                                        "1. The IGF should be strengthened.\n"))
    assert ([a.name for a in doc.submitters], str(doc.date)) == ([who], "2017-03-15")


def test_a_title_page_of_short_lines_is_one_title_through_the_cover_line():
    """'Submission to the' / 'Working Group on Enhanced Cooperation' / 'on' / 'public policy issues ...': the line
    ending mid-phrase over the cover line opens the title, the cover line and the lines under it go on with it."""
    doc = parse_document(SourceFile.from_text("x.txt", "ACME DIGITAL NETWORK\n\nSubmission to the\n\nWorking Group on "
                                              "Enhanced Cooperation\n\non\n\npublic policy issues pertaining to the "
                                              "Internet\n\nMarch 2017\n\n## Our view\n\nThe IGF works.\n"))
    assert doc.title == ("Submission to the Working Group on Enhanced Cooperation on public policy issues pertaining "
                         "to the Internet")
    assert [a.name for a in doc.submitters] == ["ACME DIGITAL NETWORK"] and str(doc.date) == "2017-03-01"


@pytest.mark.parametrize("line", ["This contribution is submitted on behalf of Argentina, Brazil and Mexico.",
                                  "This joint submission is presented by the Governments of Argentina, Brazil and "
                                  "Mexico.", "Submitted on behalf of the Governments of Argentina, Brazil and Mexico",
                                  "Joint contribution by Argentina, Brazil and Mexico"])
def test_a_contribution_submitted_on_behalf_of_several_states_is_theirs(line):
    doc = parse_document(SourceFile.from_text("x.txt", f"Enhanced cooperation: a joint contribution\n\n{line}\n\n"
                                              "1) The WGEC should map the issues.\n"))
    assert [a.name for a in doc.submitters] == ["Argentina", "Brazil", "Mexico"]
    assert [i.text for i in doc.all_items()] == ["The WGEC should map the issues."]


def test_an_organisation_standing_alone_under_the_title_submits():
    doc = parse_document(SourceFile.from_text("x.md", "# Responses to the guiding questions of the WGEC\n\n"
                                              "**Latin American and Caribbean Internet Addresses Registry (LACNIC)**"
                                              "\n\nMontevideo, 4th of December 2016\n\n**1. What is enhanced "
                                              "cooperation?**\n\nCooperation among all actors.\n"))
    assert [(a.name, a.kind) for a in doc.submitters] == [
        ("Latin American and Caribbean Internet Addresses Registry (LACNIC)", "Organization")]
    assert str(doc.date) == "2016-12-04"


@pytest.mark.parametrize(("text", "title"), [
    ("INTERNET DEMOCRACY PROJECT\n\nSubmission to the\nWorking Group on Enhanced Cooperation (WGEC)\non\npublic policy "
     "issues pertaining to the Internet\n\nSeptember 2017\n\n",
     "Submission to the Working Group on Enhanced Cooperation (WGEC) on public policy issues pertaining to the "
     "Internet"),
    ("Internet Democracy Project\n\nInput to the CSTD Working Group on Enhanced Cooperation\n\non\n\nthe guiding "
     "questions\n\n4 December 2016\n\n",
     "Input to the CSTD Working Group on Enhanced Cooperation on the guiding questions"),
])
def test_a_title_page_s_lines_make_one_title_under_the_organisation(text, title):
    """The group's name inside a title ending mid-phrase, and lines a blank apart that carry it on, are the title's;
    a short line in capitals naming an organisation over it is its letterhead (even with 'Internet' in its name)."""
    doc = parse_document(SourceFile.from_text("x.txt", text + "1. The WGEC should recommend a fund.\n"))
    assert (doc.title, [a.name.casefold() for a in doc.submitters]) == (title, ["internet democracy project"])


@pytest.mark.parametrize("byline", ["A policy paper by the Foo Policy Network (FPN)", "A briefing note from Foo Policy "
                                    "Network (FPN)", "By the Foo Policy Network (FPN)"])
def test_a_paper_s_title_and_subtitle_over_a_by_line_and_an_executive_summary(byline):
    """'Rethinking ...: Options for the Working Group' is the title though 'Group' is an organisation word (a title
    and its subtitle, no letterhead); 'A policy paper by the X' names who wrote it; 'Executive Summary' is no title."""
    doc = parse_document(SourceFile.from_text("x.txt", "Rethinking Enhanced Cooperation: Options for the Working Group"
                                              f"\n\n{byline}\n\nNovember 2016\n\nExecutive Summary\n\nThe record is "
                                              "mixed.\n\n1 Recommendations\n\nThe WGEC should map the issues.\n"))
    assert (doc.title, [(a.name, a.kind) for a in doc.submitters], str(doc.date)) == (
        "Rethinking Enhanced Cooperation: Options for the Working Group",
        [("Foo Policy Network (FPN)", "Organization")],
        "2016-11-01")
    assert [i.text for i in doc.all_items()] == ["The WGEC should map the issues."]


def test_a_running_header_in_columns_is_no_title_but_names_the_organisation_and_a_footer_dates_it():
    """PDF text saved without page breaks: 'Foo Industry Association (FIA)      Input to the WGEC' heads every page,
    'March 2017 | Page N' ends each; the title is the line under the header, the header's organisation submits, the
    footer's month dates the document."""
    head = "Foo Industry Association (FIA)                Input to the WGEC\n\n"
    doc = parse_document(SourceFile.from_text("x.txt", head + "Views of the Foo Industry Association on enhanced "
                                              "cooperation\n\n1. The IGF works.\n\n        March 2017 | Page 1\n"
                                              + head + "Recommendations\n\n2. The CSTD should review progress.\n\n"
                                              "        March 2017 | Page 2\n"))
    assert (doc.title, [a.name for a in doc.submitters], str(doc.date), doc.date_precision) == (
        "Views of the Foo Industry Association on enhanced cooperation", ["Foo Industry Association (FIA)"],
        "2017-03-01", "month")
    assert [i.text for i in doc.all_items()] == ["The CSTD should review progress."]


@pytest.mark.parametrize(("line", "who"), [
    ("Submitted by: Prof. Jane Doe, University of Lagos", [("Prof. Jane Doe", "Person", "University of Lagos")]),
    ("Submitted by: Dr. Jane Doe, Foo Policy Institute", [("Dr. Jane Doe", "Person", "Foo Policy Institute")]),
    ("Submitted by: Kenya, Brazil", [("Kenya", None, None), ("Brazil", None, None)]),
])
def test_a_titled_person_and_an_affiliation_is_one_submitter(line, who):
    """'Prof. Jane Doe, University of Lagos' is one person with her affiliation, not a person and a university."""
    doc = parse_document(SourceFile.from_text("x.txt", f"Submission to the WGEC\n\n{line}\nEmail: jd@x.example.org\n\n"
                                              "I propose that the WGEC map the issues.\n"))
    assert [(a.name, a.kind, a.title) for a in doc.submitters] == who


def test_a_presentation_s_title_slide_names_who_presents_it():
    """'Presentation to the Working Group ...' under the title, then the organisation: a statement it presents."""
    doc = parse_document(SourceFile.from_text("x.txt", (
        "Internet governance at the ITU\n\nPresentation to the Working Group on Enhanced Cooperation\n"
        "Third meeting, Geneva, 3-5 May 2017\n\nInternational Telecommunication Union\nStrategy Department\n\n"
        "Suggestions for the WGEC\n\n• Take stock of existing mechanisms\n")))
    assert (doc.kind, [a.name for a in doc.submitters]) == ("statement", ["International Telecommunication Union"])
    assert [i.text for i in doc.all_items()] == ["Take stock of existing mechanisms"]


def test_a_spanish_title_under_a_ministry_s_letterhead_names_the_state_which_the_minister_signs_for():
    doc = parse_document(SourceFile.from_text("x.txt", (
        "REPÚBLICA DE COLOMBIA\nMinisterio de Tecnologías de la Información y las Comunicaciones\n\n"
        "Propuesta de la República de Colombia al Grupo de Trabajo sobre la Mejora de la Cooperación\n\n"
        "Bogotá D.C., 14 de diciembre de 2016\n\n1. Colombia propone que el Grupo elabore un inventario.\n\n"
        "David Luna Sánchez\nMinistro de Tecnologías de la Información y las Comunicaciones\n")))
    assert doc.title == "Propuesta de la República de Colombia al Grupo de Trabajo sobre la Mejora de la Cooperación"
    assert [(a.name, a.kind) for a in doc.submitters] == [("República de Colombia", None)]
    assert [a.name for a in doc.delivered_by] == ["David Luna Sánchez"]


def test_the_views_of_a_state_name_it_after_the():
    doc = parse_document(SourceFile.from_text("x.txt", (
        "Kingdom of Bahrain\nMinistry of Transportation and Telecommunications\n\nDate: 15th of March 2017\n\n"
        "The Views of the Kingdom of Bahrain on Enhanced Cooperation on Public Policy Issues Pertaining to the "
        "Internet\n\n1. The Kingdom calls for a mechanism within the United Nations.\n")))
    assert [a.name for a in doc.submitters] == ["Kingdom of Bahrain"]


def test_a_heading_of_the_body_says_nothing_of_the_kind():
    """'Analysis', a section of a submission after 'Background', is no commentary's label: the front matter ends
    above the body's first section."""
    doc = parse_document(SourceFile.from_text("x.txt", (
        "Internet Society\n\nInternet Society Submission to the Working Group on Enhanced Cooperation\n\n"
        "January 20, 2017\n\nBackground\n\nThe Internet Society is a global cause-driven organization.\n\n"
        "Analysis\n\nSince 2005, enhanced cooperation has taken place in many venues.\n\nRecommendations\n\n"
        "1. The WGEC should recognize that enhanced cooperation is already taking place.\n")))
    assert doc.kind == "submission"


def test_submitted_jointly_by_names_each_co_submitter():
    doc = parse_document(SourceFile.from_text("x.txt", (
        "Joint submission to the Working Group on Enhanced Cooperation\n\nSubmitted jointly by the Association for "
        "Progressive Communications (APC), ARTICLE 19 and Global Partners Digital\n\n1 December 2016\n\n"
        "Recommendations\n\n3.1 The CSTD should commission a mapping of existing mechanisms.\n")))
    assert [a.name for a in doc.submitters] == ["Association for Progressive Communications (APC)", "ARTICLE 19",
                                                "Global Partners Digital"]


def test_a_file_reference_above_the_title_is_no_title():
    """'Ref.: 2017-09-25 / WGEC / IDN-04' numbers the file (no word in lower case); the title is under it."""
    doc = parse_document(SourceFile.from_text("x.txt", (
        "Ref.: 2017-09-25 / WGEC / IDN-04\n\nSUBMISSION OF THE REPUBLIC OF KENYA TO THE WORKING GROUP ON "
        "ENHANCED COOPERATION\n\nI. RECOMMENDATIONS\n\n1. The CSTD should review enhanced cooperation.\n")))
    assert doc.title == "SUBMISSION OF THE REPUBLIC OF KENYA TO THE WORKING GROUP ON ENHANCED COOPERATION"


def test_a_centre_under_the_title_over_its_faculty_submits():
    doc = parse_document(SourceFile.from_text("x.txt", (
        "Response to the WGEC guiding questions\n\nCentre for Digital Policy Research\n"
        "Faculty of Law, University of Ghana, Legon\n\n30 November 2016\n\n"
        "Q: Who should act?\n\nA: The CSTD should act.\n")))
    assert [a.name for a in doc.submitters] == ["Centre for Digital Policy Research"]


@pytest.mark.parametrize("byline", ["Submitted by the Internet Governance Caucus, 5 December 2016",
                                    "Submitted by the Internet Governance Caucus on 5 December 2016",
                                    "Submitted by the Internet Governance Caucus (5 December 2016)",
                                    "Submitted by: Internet Governance Caucus — 5 December 2016"])
def test_a_date_that_ends_the_by_line_dates_the_document_and_is_no_submitter(byline):
    text = f"Mapping of international public policy issues\n\n{byline}\n\n1. The WGEC should map the issues.\n"
    doc = parse_document(SourceFile.from_text("x.md", text))
    assert [a.name for a in doc.submitters] == ["Internet Governance Caucus"]
    assert doc.date.isoformat() == "2016-12-05" and doc.date_precision == "day"
    assert text[doc.date_span[0]:doc.date_span[1]] == "5 December 2016"


BYLINES = [("Contribution from the Internet Society (ISOC)", None), ("Input by the Internet Society (ISOC)", None),
           ("Comments by the Internet Society (ISOC), 5 December 2016", "2016-12-05"),
           ("Author: Internet Society (ISOC), 5 December 2016", "2016-12-05"),
           ("Prepared by the Internet Society (ISOC), 5 December 2016", "2016-12-05"),
           ("By the Internet Society (ISOC), December 2016", "2016-12-01"),
           ("Response of the Internet Society (ISOC), 5 December 2016", "2016-12-05"),
           ("Views of the Internet Society (ISOC)", None)]


@pytest.mark.parametrize(("byline", "date"), BYLINES)
def test_a_by_line_under_the_title_names_the_submitter_and_its_date_dates_it(byline, date):
    text = (f"Contribution to the Working Group on Enhanced Cooperation\n\n{byline}\n\n"
            "1. The WGEC should recommend that the IGF be strengthened.\n")
    doc = parse_document(SourceFile.from_text("x.txt", text))
    assert doc.title == "Contribution to the Working Group on Enhanced Cooperation"
    assert [a.name for a in doc.submitters] == ["Internet Society (ISOC)"]
    assert (doc.date.isoformat() if doc.date else None) == date


def test_a_title_naming_its_submitter_is_no_by_line():
    doc = parse_document(SourceFile.from_text("x.txt", "Contribution from Japan to the Working Group on Enhanced "
                                                       "Cooperation\n\n1. The WGEC should act.\n"))
    assert doc.title == "Contribution from Japan to the Working Group on Enhanced Cooperation"


@pytest.mark.parametrize(("title", "who"), [("Kenya: responses to the WGEC guiding questions", "Kenya"),
                                            ("Japan - Response to the questionnaire on enhanced cooperation", "Japan"),
                                            ("Brazil's contribution to the Working Group on Enhanced Cooperation",
                                             "Brazil"),
                                            ("The United States' views on enhanced cooperation", "United States"),
                                            ("Statement by Japan at the second meeting of the WGEC", "Japan"),
                                            ("ENHANCED COOPERATION: SUBMISSION OF JAPAN", "JAPAN")])
def test_a_title_that_names_its_submitter_first_or_last(title, who):
    doc = parse_document(SourceFile.from_text("x.txt", f"{title}\n\n30 November 2016\n\n1. The WGEC should act.\n"))
    assert doc.title == title and [a.name for a in doc.submitters] == [who]


@pytest.mark.parametrize("title", ["Enhanced Cooperation: Recommendations for the WGEC", "Executive Summary: "
                                   "Recommendations", "Key Messages: Recommendations to the WGEC",
                                   "Part II: Recommendations", "Internet Governance - Comments on the draft"])
def test_a_topic_or_a_part_before_a_colon_is_no_submitter(title):
    doc = parse_document(SourceFile.from_text("x.txt", f"{title}\n\n30 November 2016\n\n1. The WGEC should act.\n"))
    assert doc.submitters == []


def test_a_statement_on_behalf_of_a_group_in_its_title_or_on_a_line_of_its_own():
    text = "Statement by Ecuador on behalf of the Group of 77 and China\n\n30 November 2016\n\n1. The WGEC acts.\n"
    doc = parse_document(SourceFile.from_text("x.txt", text))
    assert [a.name for a in doc.submitters] == ["Ecuador"]
    assert [a.name for a in doc.on_behalf_of] == ["Group of 77 and China"]
    text = "Statement to the WGEC\n\nOn behalf of the Arab Group\n\n30 November 2016\n\n1. The WGEC should act.\n"
    assert [a.name for a in parse_document(SourceFile.from_text("x.txt", text)).submitters] == ["Arab Group"]


def test_a_title_broken_before_its_to_and_a_centre_s_paper_with_its_authors():
    """'Input from the Nigeria IGF (NIGF)' / 'to the Working Group ...' is one title, not a by-line over a line of
    text; 'A paper by the Centre for X' over 'Authors: Jane Roe and John Doe': the centre submits its paper."""
    doc = parse_document(SourceFile.from_text("x.txt", (
        "Input from the Nigeria Internet Governance Forum (NIGF)\nto the Working Group on Enhanced Cooperation\n\n"
        "Abuja, 24 January 2017\n\nIntroduction\n\nThe NIGF is the national forum.\n")))
    assert (doc.title, [a.name for a in doc.submitters]) == (
        "Input from the Nigeria Internet Governance Forum (NIGF) to the Working Group on Enhanced Cooperation",
        ["Nigeria Internet Governance Forum (NIGF)"])
    doc = parse_document(SourceFile.from_text("x.txt", (
        "Enhanced Cooperation after Tunis: Options for the Working Group\n\n"
        "A paper by the Centre for Digital Policy Studies\n\nAuthors: Jane Roe and John Doe\n"
        "Stockholm, February 2017\n\n"
        "1. Introduction\n\nTen years after the Tunis Agenda, governments still disagree.\n")))
    assert [a.name for a in doc.submitters] == ["Centre for Digital Policy Studies"]


@pytest.mark.parametrize("date", ["15 Mar 2017", "15 Mar. 2017", "15.III.2017"])
def test_a_date_above_the_title_is_no_numbered_heading(date):
    """"15 Mar 2017" starts with a number and a short capitalised word: it read as heading 15."""
    text = f"{date}\n\nContribution to the Working Group on Enhanced Cooperation\n\nSubmitted by Japan\n\n1. It acts.\n"
    doc = parse_document(SourceFile.from_text("x.txt", text))
    assert doc.title == "Contribution to the Working Group on Enhanced Cooperation"
    assert (doc.date.isoformat(), doc.date_precision) == ("2017-03-15", "day")


@pytest.mark.parametrize("title", ["Response of the Internet Society", "Views of Japan", "Contribution from Japan"])
def test_a_by_line_that_is_the_only_title_line_is_the_title(title):
    doc = parse_document(SourceFile.from_text("x.txt", f"{title}\n\n5 December 2016\n\n1. The WGEC should act.\n"))
    assert doc.title == title and [a.name for a in doc.submitters] == [title.split(maxsplit=2)[-1].removeprefix("the ")]


def test_a_un_draft_resolution_s_masthead_symbol_and_submitter():
    text = ("United Nations                                   E/CN.16/2018/L.3\n\nEconomic and Social Council"
            "                      Distr.: Limited\n                                                 17 May 2018\n\n"
            "Draft resolution submitted by the Chair of the Commission\n\n"
            "Enhanced cooperation on public policy issues pertaining to the Internet\n\n"
            "1. Takes note of the report of the Chair of the Working Group;\n\n"
            "2. Recommends that the dialogue on enhanced cooperation continue within the Commission;\n")
    doc = parse_document(SourceFile.from_text("x.txt", text))
    assert doc.symbol == "E/CN.16/2018/L.3" and doc.title.startswith("Enhanced cooperation on public")
    assert [a.name for a in doc.submitters] == ["Chair of the Commission"] and str(doc.date) == "2018-05-17"
    assert [i.text[:10] for i in doc.all_items()] == ["Recommends"]  # taking note asks for nothing


def test_a_joint_statement_of_countries_names_them_under_its_title_and_is_dated_where_done():
    text = ("JOINT STATEMENT OF THE NORDIC AND BALTIC COUNTRIES ON ENHANCED COOPERATION\n\n"
            "Denmark – Estonia – Finland – Iceland\n\n1. The WGEC should recommend that existing bodies open up.\n\n"
            "Done at Tallinn on 30 October 2017, in the English language.\n")
    doc = parse_document(SourceFile.from_text("x.txt", text))
    assert [a.name for a in doc.submitters] == ["Denmark", "Estonia", "Finland", "Iceland"]
    assert str(doc.date) == "2017-10-30"


def test_an_editor_s_note_names_the_submitter_of_a_post_its_author_wrote():
    text = ("Enhanced cooperation needs a map, not a new body\n\nPosted on 14 March 2017 by Lena Fischer in Internet "
            "governance, WGEC\n\nEditor's note: this post was submitted by the Digital Policy Observatory to the CSTD "
            "Working Group on Enhanced Cooperation as its written contribution.\n\n"
            "- The CSTD should keep a map of the organisations.\n")
    doc = parse_document(SourceFile.from_text("x.txt", text))
    assert [a.name for a in doc.submitters] == ["Digital Policy Observatory"]
    assert [a.name for a in doc.delivered_by] == ["Lena Fischer"] and str(doc.date) == "2017-03-14"


def test_the_cstd_response_template_is_a_questionnaire_response_and_its_last_box_no_answer():
    text = ("Questionnaire on enhanced cooperation – response template\n\nName of the organization: Ministry of ICT\n"
            "Stakeholder group: Government\nCountry: Malawi\n\n1. What are the characteristics of enhanced "
            "cooperation?\n\nResponse:\nIt should be development-oriented.\n\nAny other comments:\n"
            "Malawi thanks the CSTD secretariat for the opportunity to contribute.\n")
    doc = parse_document(SourceFile.from_text("x.txt", text))
    assert doc.kind == "questionnaire-response"
    assert [(i.question, i.text[:9]) for i in doc.all_items()] == [("questionnaire-1", "It should")]


def test_a_non_paper_prepared_by_the_chair_is_the_chair_s():
    text = ("NON-PAPER\n\nInstitutional arrangements: options before the Working Group\n\n"
            "Prepared by the Chair of the Working Group on Enhanced Cooperation\n12 January 2018\n\n"
            "1. A new platform should be established.\n")
    doc = parse_document(SourceFile.from_text("x.txt", text))
    assert doc.kind == "chair-draft" and doc.by_chair and str(doc.date) == "2018-01-12"


def test_a_press_release_dated_over_its_author_is_submitted_by_the_organisation_it_names():
    text = ("# GSMA calls on UN Working Group to build on existing institutions\n\nFebruary 2, 2017 by Daniel Okoro\n\n"
            "London – The GSMA today submitted its input to the United Nations Working Group on Enhanced "
            "Cooperation.\n\n- The WGEC should recommend that governments consult mobile operators.\n")
    doc = parse_document(SourceFile.from_text("x.md", text))
    assert [a.name for a in doc.submitters] == ["GSMA"] and [a.name for a in doc.delivered_by] == ["Daniel Okoro"]
    assert str(doc.date) == "2017-02-02"


def test_a_state_s_departments_on_the_by_line_submit_for_the_state_its_title_names():
    text = ("# Canada's Response to the WGEC Guiding Questions\n\n*Submitted by Innovation, Science and Economic "
            "Development Canada and Global Affairs Canada*\n\n1. The WGEC should build on existing institutions.\n")
    doc = parse_document(SourceFile.from_text("x.md", text))
    assert [a.name for a in doc.submitters] == ["Canada"]


def test_comments_on_the_chair_s_draft_recommendation_by_recommendation():
    text = ("Egypt: comments on the Chair's revised draft recommendations\n\nRec 2 -- we can go along with it.\n\n"
            "Rec 11 -- replace \"may wish to consider establishing\" by \"should establish\", so that the text reads: "
            "\"The CSTD should establish a dedicated mechanism.\"\n\nNew rec after Rec 15 -- \"Developing countries "
            "should be assisted.\"\n")
    doc = parse_document(SourceFile.from_text("x.txt", text))
    assert doc.kind == "comments"
    assert [i.text for i in doc.all_items()] == ["The CSTD should establish a dedicated mechanism.",
                                                 "Developing countries should be assisted."]
