"""Structure of any layout: numbered, lettered, roman and bulleted recommendations, nested as
the document nests them, read from fixtures written after real UN documents."""
from __future__ import annotations

from tests.conftest import FIXTURES

from wgec.graph.ingest.source import SourceFile, read_source
from wgec.graph.layout.blocks import split_blocks
from wgec.graph.layout.document import parse_document
from wgec.graph.layout.model import ParsedDocument, ParsedItem

LAYOUTS = FIXTURES / "layouts"


def parsed(name: str) -> ParsedDocument:
    return parse_document(read_source(LAYOUTS / name))


def tree(items: list[ParsedItem]) -> list[tuple[str | None, str, list]]:
    return [(i.number, i.text[:30], tree(i.children)) for i in items]


def test_rparen_numbers_with_lettered_sub_items():
    doc = parsed("numbered-rparen.txt")
    assert [(n, len(c)) for n, _, c in tree(doc.submissions[0].items)] == [("1", 0), ("2", 3), ("3", 0)]
    assert [c.number for c in doc.submissions[0].items[1].children] == ["a", "b", "c"]
    assert doc.submissions[0].items[1].children[1].text.startswith("the policy development processes of ICANN")


def test_paren_letters_roman_sub_items_and_capital_letters():
    doc = parsed("lettered-paren.txt")
    items = doc.submissions[0].items
    assert [i.number for i in items] == ["a", "b", "c", "B"]
    assert [c.number for c in items[1].children] == ["i", "ii", "iii"]
    assert items[3].text.startswith("The mechanism should report to the General Assembly")
    assert len({i.key for i in doc.all_items()}) == len(doc.all_items())  # "B" is not "b"


def test_roman_numbers_in_every_form():
    doc = parsed("roman-items.txt")
    assert [i.number for i in doc.all_items()] == ["i", "ii", "iii", "iv", "V"]
    assert all(not i.children for i in doc.all_items())


def test_word_bullets_nest_by_glyph_and_tabs_are_not_table_cells():
    doc = parsed("bullets-word.txt")
    first = doc.submissions[0].items[0]
    assert first.text == "Enhanced cooperation should build on the institutions that exist, in particular:"
    assert [c.text for c in first.children] == ["the Internet Governance Forum;", "the WSIS Forum;"]
    assert [g.text for g in first.children[1].children] == ["its action lines and their facilitators;"]
    assert [i.text[:20] for i in doc.submissions[0].items[1:]] == [
        "Governments should c", "Capacity building sh", "The IGF should be st", "Developing countries"]
    assert not doc.tables


def test_a_list_ending_in_based_on_takes_its_items_and_gives_back_the_rest():
    """000's "consider ... based on:" then two noun phrases (its list) and two verbs (its siblings),
    all written '- ' at one indent."""
    doc = parsed("nested-based-on.txt")
    (top,) = doc.submissions[0].items
    assert [c.text.split()[0] for c in top.children] == ["consider", "define", "recommend"]
    assert [g.text.split()[0] for g in top.children[0].children] == ["the", "roles"]


def test_bundled_000_based_on_items_stay_parts_of_their_parent():
    from tests.conftest import doc_file

    doc = parse_document(read_source(doc_file("000")))
    items = {i.key: i for i in doc.all_items()}
    based_on = items["2.1.1"]
    assert based_on.text.endswith("based on:")
    assert [c.text.split()[0] for c in based_on.children] == ["the", "roles"]
    assert [c.text.split()[0] for c in items["2.1"].children] == ["consider", "define", "recommend"]


def test_markers_as_converters_and_pdf_text_leave_them():
    """Bold numbers from Word-to-Markdown ("**1.**"), bullets glued to their text by a PDF reader
    ("•Text"), a tab after a blank after the bullet, "Recommendation 3 –" labels."""
    from wgec.graph.ingest.source import SourceFile

    text = ("Submitted by\n\nInternet Society\n\nRecommendations\n\n**1.** The IGF should be strengthened.\n\n"
            "**2.** The CSTD should review it:\n•the mandate;\n• \tthe funding.\n\n"
            "Recommendation 3 – Governments should take part.\n")
    doc = parse_document(SourceFile.from_text("markers.txt", text))
    assert tree(doc.submissions[0].items) == [
        ("1", "The IGF should be strengthened", []),
        ("2", "The CSTD should review it:", [(None, "the mandate;", []), (None, "the funding.", [])]),
        ("3", "Governments should take part.", [])]


def test_a_table_with_a_recommendation_column_gives_one_proposal_a_row():
    doc = parsed("table-recommendations.txt")
    assert [(i.number, i.text.split()[:3]) for i in doc.all_items()] == [
        ("1", ["The", "WGEC", "should"]), ("2", ["Governments", "should", "consult"])]
    assert doc.source.text[doc.all_items()[0].start:doc.all_items()[0].end].endswith("main forum for dialogue.")


def test_an_option_s_label_is_no_part_of_its_wording():
    """'Option A:', 'Alt 2.': a draft's label for one of its alternatives, not the wording proposed."""
    doc = parse_document(SourceFile.from_text("d.txt", (
        "Draft recommendations - Chair's revised text\n\n24 January 2018\n\nRecommends that:\n\n"
        "1. Institutional arrangements\n\nOption A: A new mechanism should be established.\n\n"
        "Alt 2. Existing institutions should be strengthened.\n\n"
        "2. Optional reporting should be encouraged.\n")))
    assert [i.text for i in doc.all_items()] == [
        "A new mechanism should be established.", "Existing institutions should be strengthened.",
        "Optional reporting should be encouraged."]


def test_the_sources_bracketed_after_an_item_are_not_its_wording():
    """'... capacity building. (Kenya, Iran (Islamic Republic of), Just Net Coalition)': who the wording comes
    from; a bracket inside the sentence, or a bracket of other words, stays."""
    doc = parse_document(SourceFile.from_text("x.txt", "Views on enhanced cooperation\n\nSubmitted by: Kenya\n\n"
                                              "1. Developing countries should be supported. (Kenya, Iran (Islamic "
                                              "Republic of), Just Net Coalition)\n\n2. The CSTD should report "
                                              "(annually) to ECOSOC.\n\n3. The IGF should continue. (see para 72)\n\n"
                                              "4. The IGF should be funded. [Source: Brazil; ICC]\n\n"
                                              "5. The CSTD should act. (see below)\n"))
    assert [i.text for i in doc.all_items()] == ["Developing countries should be supported.",
                                                 "The CSTD should report (annually) to ECOSOC.",
                                                 "The IGF should continue. (see para 72)",
                                                 "The IGF should be funded.", "The CSTD should act. (see below)"]


def test_a_lead_phrase_before_a_dash_labels_its_recommendation():
    """'No new bodies – The WGEC should ...' (Word's bold lost in HTML, or kept in Markdown): the sentence after the
    dash is the proposal; a dash opening an aside, or a lead that itself recommends, stays."""
    doc = parse_document(SourceFile.from_text("x.md", "Views on enhanced cooperation\n\nSubmitted by: Acme\n\n"
                                              "Key recommendations\n\n- No new bodies – The WGEC should not "
                                              "recommend a new intergovernmental mechanism.\n- **Involve industry** "
                                              "– Governments should consult the private sector early.\n- The IGF – "
                                              "the Tunis Agenda's forum – should be funded by all stakeholders.\n"))
    assert [i.text for i in doc.all_items()] == [
        "The WGEC should not recommend a new intergovernmental mechanism.",
        "Governments should consult the private sector early.",
        "The IGF – the Tunis Agenda's forum – should be funded by all stakeholders."]


def test_a_source_line_under_an_item_is_not_its_wording():
    """'Source: Brazil, ICC' right under an item, or a blank apart, names where its wording comes from: no part of
    the item, no heading of the next; 'Sources: ...' ending the item's own line neither."""
    doc = parse_document(SourceFile.from_text("x.txt", "Draft recommendations\n\nSubmitted by: Kenya\n\n"
                                              "1. The CSTD should review the implementation every year.\n"
                                              "Source: Brazil, ICC\n\n2. Developing countries should be supported."
                                              "\n\nSources: Kenya; APC\n\n3. The IGF should be strengthened. "
                                              "Proposed by: Egypt\n"))
    assert [(i.text, i.section) for i in doc.all_items()] == [
        ("The CSTD should review the implementation every year.", None),
        ("Developing countries should be supported.", None), ("The IGF should be strengthened.", None)]


def test_a_numbered_recommendation_whose_full_stop_a_note_number_hides_is_an_item():
    """'... prepared in 2014.3' (note 3 glued to the year, no full stop left at the end) is a sentence that
    recommends, not a numbered heading: the recommendation was lost."""
    from wgec.graph.ingest.source import SourceFile
    from wgec.graph.layout.document import parse_document

    text = ("Views of Kenya\n\nSubmitted by Kenya\n\n## Recommendations\n\n"
            "1. The WGEC should update the mapping prepared in 2014.3\n\n2. The IGF should be strengthened.\n")
    items = [item.text for item in parse_document(SourceFile.from_text("kenya.txt", text)).all_items()]
    assert items == ["The WGEC should update the mapping prepared in 2014.3", "The IGF should be strengthened."]


def _from_text(text: str) -> ParsedDocument:
    return parse_document(SourceFile.from_text("x.txt", text))


def test_paragraphs_numbered_with_a_paragraph_mark():
    """'¶ 3   The WGEC should ...': the pilcrow numbers the paragraph as '3.' does; it is no part of the text."""
    doc = _from_text("Submission of the Internet Society to the WGEC\n\n30 November 2016\n\n"
                     "¶ 1   The WGEC should take stock of existing mechanisms.\n\n"
                     "¶2 The CSTD should review progress each year.\n")
    expected = [("1", "The WGEC should take stock of existing mechanisms."),
                ("2", "The CSTD should review progress each year.")]
    assert [(i.number, i.text) for i in doc.all_items()] == expected


def test_a_numbered_paragraph_reporting_what_others_said_is_no_proposal():
    """'3. Some participants at the first meeting suggested that ...' reports others' words; the author's own
    numbered proposals around it stay."""
    doc = _from_text("Submission of the Internet Society to the WGEC\n\n30 November 2016\n\nRecommendations\n\n"
                     "1. The WGEC should take stock of existing mechanisms.\n\n"
                     "2. Some participants at the first meeting suggested that a new body should allocate addresses. "
                     "We disagree.\n\n"
                     "3. Several members proposed a treaty. The WGEC should rather strengthen the IGF.\n")
    assert [i.number for i in doc.all_items()] == ["1", "3"]


def test_a_short_title_alone_after_a_bullet_is_a_heading_not_the_bullet_s_end():
    """Bullets go without a full stop: 'Suggestions for the WGEC' alone under one opens a section."""
    doc = _from_text("Internet Society input to the WGEC\n\n30 November 2016\n\nOutline\n\n• Our work\n\n"
                     "Suggestions for the WGEC\n\n• Take stock of existing mechanisms\n")
    assert [(i.text, i.section) for i in doc.all_items()] == [("Take stock of existing mechanisms",
                                                              "Suggestions for the WGEC")]


def test_numbers_with_a_hyphen_number_items():
    """'1- Establishing ...', as texts translated from Arabic number a list: items, as '1.' makes them (a day
    range '3-5 May' or '10- 12' stays text)."""
    doc = parse_document(SourceFile.from_text("x.txt", (
        "Views of the Kingdom of Bahrain on enhanced cooperation\n\nSubmitted by: Kingdom of Bahrain\n\n"
        "Recommendations\n\nThe Kingdom recommends the following:\n\n1- Establishing a mechanism within the UN.\n\n"
        "2- Building the capacities of developing countries.\n")))
    assert [(i.number, i.text[:12]) for i in doc.all_items()] == [("1", "Establishing"), ("2", "Building the")]


def test_a_closing_courtesy_is_no_part_of_the_last_item_and_bracketed_note_numbers_go():
    """'3. ... processes.' then 'We look forward to ...': the courtesy ends the text, the item ends before it; a
    note's number in brackets after a full stop ('stakeholders.[5]') is no part of the text and closes its
    sentence (the paragraph under it is not its continuation)."""
    doc = parse_document(SourceFile.from_text("x.txt", (
        "Internet Society\n\nSubmission to the Working Group on Enhanced Cooperation\n\nRecommendations\n\n"
        "1. Organizations should open their processes to all stakeholders.[5]\n\n"
        "2. The CSTD should encourage capacity building.\n\n"
        "We look forward to continuing to engage with the Working Group.\n\n[5] See paragraph 65.\n")))
    assert [i.text for i in doc.all_items()] == ["Organizations should open their processes to all stakeholders.",
                                                 "The CSTD should encourage capacity building."]


def test_whom_to_contact_is_no_part_of_the_last_item():
    """'Contacts: ...' wrapped by a narrow page (so a paragraph, not a short heading line) after the last item."""
    doc = parse_document(SourceFile.from_text("x.txt", (
        "Joint submission to the Working Group on Enhanced Cooperation\n\nSubmitted by: APC\n\nRecommendations\n\n"
        "3.4 All Internet public policy should be grounded in international human rights law.\n\n"
        "Contacts: Anriette Esterhuysen (APC); Sheetal Kumar (Global Partners\nDigital)\n")))
    assert [i.text for i in doc.all_items()] == [
        "All Internet public policy should be grounded in international human rights law."]


def _doc(text: str) -> ParsedDocument:
    return parse_document(SourceFile.from_text("x.txt", text))


def test_paragraphs_numbered_in_square_brackets_with_lettered_sub_items():
    doc = _doc("Contribution of the Republic of Poland to the WGEC\n\nWarsaw, 15 March 2017\n\nII. Recommendations\n\n"
               "[4] Poland proposes that the Working Group recommend the following:\n\n(a) the CSTD should map the "
               "issues;\n\n(b) the IGF should be strengthened.\n\n[5] A new body should not be created.\n")
    assert tree(doc.submissions[0].items) == [("4", "Poland proposes that the Worki", [
        ("a", "the CSTD should map the issues", []), ("b", "the IGF should be strengthened", [])]),
        ("5", "A new body should not be creat", [])]


def test_a_line_opening_with_a_note_s_number_is_no_paragraph_where_notes_are_marked_in_brackets():
    doc = _doc("Internet Society input to the WGEC\n\n30 November 2016\n\nRecommendations\n\n"
               "The WGEC should map the issues.[1]\n\nNotes\n\n[1] See the Internet Society paper of 2014.\n")
    assert [i.text for i in doc.all_items()] == ["The WGEC should map the issues."]


def test_a_checklist_s_boxes_are_bullets_and_a_list_under_a_lead_in_asking_nothing_must_recommend():
    doc = _doc("ITI Statement to the Working Group on Enhanced Cooperation\n\nMarch 15, 2017\n\n"
               "Progress since Tunis:\n\n✓ The mandate of the IGF was extended.\n✓ The IANA transition was "
               "completed.\n\nOur key asks:\n\n☐ The CSTD should publish an inventory.\n☐ Governments should "
               "strengthen their participation in existing forums.\n")
    assert [i.text[:22] for i in doc.all_items()] == ["The CSTD should publis", "Governments should str"]


def test_a_heading_set_right_over_its_paragraph():
    doc = _doc("What the Working Group can still agree on\n\nNkechi Adeyemi\nResearch Fellow, University of Cape "
               "Town\n\nAbstract\nThis brief argues that the Group can still agree on a small set of measures, "
               "and proposes three.\n\n"
               "Policy recommendation 1. A living map of mechanisms\nThe CSTD should maintain an online map of the "
               "international organisations that address Internet-related public policy issues.\n"
               "Several members proposed such a mapping in 2017.\n")
    assert [(i.section, i.text[:22]) for i in doc.all_items()] == [
        ("Policy recommendation 1. A living map of mechanisms", "The CSTD should mainta")]
    assert (doc.title, [a.name for a in doc.submitters]) == ("What the Working Group can still agree on",
                                                             ["Nkechi Adeyemi"])


def test_a_qualified_label_heads_its_paragraph_however_short_the_line_under_it():
    doc = _doc("What the Working Group can still agree on\n\nJo Roe\nResearch Fellow, University of Cape Town\n\n"
               "Key recommendation 2: Funding for participation\nA voluntary fund should be established\n"
               "to support the participation of developing country delegates.\n")
    assert [(i.section, i.text[:22]) for i in doc.all_items()] == [
        ("Key recommendation 2: Funding for participation", "A voluntary fund shoul")]


def test_a_numbered_lead_in_that_only_announces_leaves_its_list_the_proposals():
    """'6. WIPO offers the following suggestions:' proposes nothing of its own: its '(a)', '(b)' stand alone;
    'Poland proposes that ... recommend the following:' proposes, its list its parts."""
    def read(lead: str) -> list:
        doc = parse_document(SourceFile.from_text("x.txt", (
            "WIPO\n\nContribution to the WGEC\n\n15 September 2017\n\nSuggestions\n\n"
            f"6. {lead}\n\n(a) The Working Group could recommend annual reports to the CSTD.\n\n"
            "(b) Capacity building should be strengthened.\n")))
        return tree(doc.all_items()[:1] if doc.all_items()[0].children else doc.all_items())
    assert read("In the light of this experience, WIPO offers the following suggestions:") == [
        ("a", "The Working Group could recomm", []), ("b", "Capacity building should be st", [])]
    assert [t[1] for t in read("WIPO proposes that the Working Group recommend the following:")] == [
        "WIPO proposes that the Working"]


def test_a_long_line_ending_on_a_comma_goes_on_but_not_into_a_page_number():
    """A hard-wrapped line of text that ends on a comma goes on into the next line, capitalised or not; a short line
    such as 'Page 3 of 4' under it is none of its sentence."""
    source = SourceFile.from_text("x.txt", (
        "With regard to question 1, on the high-level characteristics of enhanced cooperation,\n"
        "Indonesia is of the view that enhanced cooperation should enable governments to act.\n\n"
        "Capacity building programmes, including the African School on Internet Governance,\nPage 3 of 4\n"))
    assert [b.text(source)[:20] for b in split_blocks(source)] == [
        "With regard to quest", "Capacity building pr", "Page 3 of 4"]


HEAD = "Contribution of Japan to the Working Group on Enhanced Cooperation\n\nSubmitted by Japan\n\nRecommendations\n\n"


def _shape(doc: ParsedDocument) -> list[tuple[str, list[str]]]:
    return [(i.text[:12], [c.text[:12] for c in i.children]) for i in doc.all_items() if i.children or not any(
        i in p.children for p in doc.all_items())]


def test_outline_numbers_nest_whatever_word_follows():
    """"1.1 map the issues" under "1." is a part, as is "2.1 through fellowships" under "2." (an amount such as "2.5
    million" stands under no "2."); "I. recommend ..." in lower case is still an item."""
    doc = _doc(HEAD + "1. The CSTD should map the existing mechanisms:\n1.1 map the issues;\n1.2 publish the map.\n"
               "2. Developing countries should be supported to participate:\n2.1 through fellowships;\n"
               "2.2 through remote participation.\n\nThe WGEC should:\n\nI. recommend a map;\n\nII. support it.\n")
    assert _shape(doc)[:2] == [("The CSTD sho", ["map the issu", "publish the "]),
                               ("Developing c", ["through fell", "through remo"])]
    assert [i.number for i in doc.all_items()][-2:] == ["I", "II"]


def test_letters_under_a_bullet_are_its_parts_and_the_next_bullet_its_sibling():
    doc = _doc(HEAD + "• The CSTD should map the existing mechanisms.\na) map the issues;\nb) publish the map.\n"
               "• Developing countries should be supported.\na) through fellowships;\nb) through remote meetings.\n")
    assert _shape(doc) == [("The CSTD sho", ["map the issu", "publish the "]),
                           ("Developing c", ["through fell", "through remo"])]


def test_numbered_background_beside_an_item_announcing_the_recommendations_is_no_proposal():
    doc = _doc("Contribution of the Council of Europe to the WGEC\n\n"
               "1. The Council of Europe, with its 47 member States, has developed a body of standards.\n\n"
               "2. Such cooperation is grounded in human rights and the rule of law.\n\n"
               "3. The Council of Europe offers the following recommendations:\n\n"
               "(a) The WGEC should recommend that states accede to existing instruments;\n\n"
               "(b) The CSTD should invite organisations to report on their work.\n")
    assert [i.text[:12] for i in doc.all_items()] == ["The WGEC sho", "The CSTD sho"]


def test_ordinal_words_number_paragraphs_and_an_ordinal_heading_heads_a_section():
    """A translation from Spanish numbers its recommendations "First." ... ("Primero."); "Firstly: Introduction"
    alone on its line is a heading; a "Whereas ... provides that ... shall" clause cites, it does not propose."""
    doc = _doc("Contribution of the Republic of Ecuador to the WGEC\n\nFirstly: Introduction\n\n"
               "Whereas paragraph 71 of the Tunis Agenda provides that the process shall involve all stakeholders;\n\n"
               "Recommendations\n\nFirst. The Working Group should recommend a space for governments.\n\n"
               "Second. That space should hold open consultations.\n")
    assert [(i.number, i.text[:16]) for i in doc.all_items()] == [("1", "The Working Grou"), ("2", "That space shoul")]


def test_a_lead_in_s_second_line_is_no_section_heading_where_every_line_is_a_paragraph():
    """Word spaced by its style: "... we propose the following" / (blank) / "recommendations:" is one sentence;
    the lower-case "recommendations:" is no "Recommendations" heading."""
    doc = _doc("Submission of the Islamic Republic of Iran\n\nII. Recommendations\n\nTaking into account the work of "
               "the previous Working Group, we propose the following\n\nrecommendations:\n\nA) A platform should be "
               "established.\n\nB) The platform should consult all stakeholders.\n")
    assert [i.number for i in doc.all_items()] == ["A", "B"]


def test_a_page_number_between_dashes_left_in_the_text_is_no_item():
    doc = _doc(HEAD + "1. The CSTD should map the mechanisms, which is why coordination between\n- 2 -\n\n"
               "organisations is needed.\n\n2. The WGEC should report.\n")
    assert [i.number for i in doc.all_items()] == ["1", "2"]


def test_r_labels_number_recommendations_and_who_we_are_heads_a_section():
    doc = _doc("Operational perspectives on enhanced cooperation\n\nSummary of recommendations\n\n"
               "R1 Before any new mechanism is considered, the WGEC should recommend a review.\n\n"
               "R2  The CSTD should publish a directory.\n\n1. Who we are\n\nPacNOG is a volunteer forum.\n\n"
               "R1 follows from the above: a review should come first.\n")
    assert [(i.number, i.text[:10]) for i in doc.all_items()] == [("1", "Before any"), ("2", "The CSTD s")]


def test_an_asks_table_gives_one_proposal_a_row_without_its_number_or_reasons():
    doc = _doc("GSMA calls on UN Working Group to build on existing institutions\n\n## Our asks\n\n"
               "Our ask\tWhy it matters\n**1.** Existing bodies should be recognised.\tThey bring all together.\n"
               "**2.** Any new mechanism must not add licensing duties.\tInvestment depends on it.\n\n"
               "The GSMA will follow the work of the Working Group closely.\n")
    assert [(i.number, i.text) for i in doc.all_items()] == [
        ("1", "Existing bodies should be recognised."), ("2", "Any new mechanism must not add licensing duties.")]
