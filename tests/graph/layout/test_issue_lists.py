"""Mappings written as list lines and sentences (layout/issue_lists.py): which forms are read, which are not,
how organisations joined by "and", "/", "&" are told apart, and that a mapping line is no proposal."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib.namespace import RDF, RDFS

from wgec.graph.build import build
from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.document import parse_document
from wgec.graph.layout.issue_lists import is_mapping, mapping_line, mapping_sentences, split_names
from wgec.ontology.vocab import WGEC

FRONT = "Contribution of Japan to the Working Group on Enhanced Cooperation\n\nSubmitted by Japan, 15 March 2017\n\n"


@pytest.mark.parametrize(("line", "issue", "orgs"), [
    ("Cybersecurity: ITU, OECD", "Cybersecurity", ["ITU", "OECD"]),
    ("Multilingualism: UNESCO and IGF", "Multilingualism", ["UNESCO", "IGF"]),
    ("Cybersecurity — ITU and OECD", "Cybersecurity", ["ITU", "OECD"]),
    ("Cybersecurity – ITU / OECD", "Cybersecurity", ["ITU", "OECD"]),
    ("Spam - ITU & OECD.", "Spam", ["ITU", "OECD"]),
    ("Infrastructure issues: ITU, UNDP", "Infrastructure issues", ["ITU", "UNDP"]),
    ("Cybercrime: UNODC, Council of Europe", "Cybercrime", ["UNODC", "Council of Europe"]),
    ("**Privacy:** the OECD; Council of Europe", "Privacy", ["OECD", "Council of Europe"]),
    ("Management of critical Internet resources: ICANN, Regional Internet Registries (RIRs)",
     "Management of critical Internet resources", ["ICANN", "Regional Internet Registries (RIRs)"]),
    ("Trade: Organisation for Economic Co-operation and Development and WTO", "Trade",
     ["Organisation for Economic Co-operation and Development", "WTO"]),
])
def test_a_line_maps_its_issue_to_the_organisations_right_of_its_colon_or_dash(line, issue, orgs):
    m = mapping_line(line, 100)
    assert m is not None and m.issue.text == issue and [c.text for c in m.organisations] == orgs
    assert all(line[c.start - 100:c.end - 100] == c.text for c in m.organisations if "\n" not in c.text)


@pytest.mark.parametrize("line", [
    "Cybersecurity: governments should cooperate",  # a sentence, no organisations
    "Cybercrime: UNODC",  # no name the gazetteer knows
    "Submitted by: ITU",  # a field, not an issue
    "Partners: ITU, OECD",
    "ITU: OECD",  # an organisation on the left
    "Build on what works – The WGEC should recommend",
    "Capacity building: ITU and all stakeholders",  # a part that is no name
    "Net neutrality",
])
def test_a_line_that_is_no_mapping(line):
    assert mapping_line(line) is None and not is_mapping(line)


@pytest.mark.parametrize(("text", "issue", "orgs"), [
    ("Issues of infrastructure should be addressed by ITU and UNDP.", "Issues of infrastructure", ["ITU", "UNDP"]),
    ("Cybersecurity falls within the mandate of ITU and OECD.", "Cybersecurity", ["ITU", "OECD"]),
    ("Spam is addressed by the ITU.", "Spam", ["ITU"]),
    ("Intellectual property issues are dealt with by WIPO and WTO.", "Intellectual property issues", ["WIPO", "WTO"]),
    ("Trade is the responsibility of the WTO.", "Trade", ["WTO"]),
    ("We met in May. Multilingualism lies within the remit of UNESCO.", "Multilingualism", ["UNESCO"]),
    ("Cybersecurity falls within the mandate of ITU\nand OECD.", "Cybersecurity", ["ITU", "OECD"]),
])
def test_a_sentence_maps_an_issue(text, issue, orgs):
    (m,) = mapping_sentences(text)
    assert m.issue.text == issue and [c.text for c in m.organisations] == orgs


@pytest.mark.parametrize("text", [
    "Cybersecurity should be addressed by all stakeholders.",
    "Cybersecurity should be addressed by governments in cooperation with the ITU.",
    "The ITU is addressed by OECD.",  # "The ITU is": the left is no issue
    "Such issues, as the Tunis Agenda says, fall within the mandate of the IGF and the governments concerned.",
])
def test_a_sentence_that_maps_nothing_clearly(text):
    assert mapping_sentences(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("ITU and OECD", ["ITU", "OECD"]),
    ("ITU, OECD and UNESCO", ["ITU", "OECD", "UNESCO"]),
    ("ITU, OECD, and UNESCO", ["ITU", "OECD", "UNESCO"]),
    ("Internet Corporation for Assigned Names and Numbers", ["Internet Corporation for Assigned Names and Numbers"]),
    ("United Nations Educational, Scientific and Cultural Organization & ITU",
     ["United Nations Educational, Scientific and Cultural Organization", "ITU"]),
    ("United Nations Office on Drugs and Crime (UNODC) and ITU",
     ["United Nations Office on Drugs and Crime (UNODC)", "ITU"]),
    ("ITU, OECD, etc.", ["ITU", "OECD"]),
])
def test_names_joined_by_and_are_apart_but_a_known_name_stays_whole(text, names):
    assert [c.text for c in split_names(text)] == names


def _doc(body: str):
    return parse_document(SourceFile.from_text("japan.txt", FRONT + body))


def test_mapping_lines_are_read_and_are_no_proposals():
    doc = _doc("Proposed mapping\n\n- Cybersecurity: ITU, OECD\n- Multilingualism: UNESCO and IGF\n\n"
               "1. The WGEC should update the mapping every year.\n")
    assert [(m.issue.text, [c.text for c in m.organisations]) for m in doc.issue_mappings] == [
        ("Cybersecurity", ["ITU", "OECD"]), ("Multilingualism", ["UNESCO", "IGF"])]
    assert [i.text for i in doc.all_items()] == ["The WGEC should update the mapping every year."]
    line = doc.issue_mappings[0]
    assert doc.source.text[line.start:line.end] == "Cybersecurity: ITU, OECD"


def test_lines_under_a_paragraph_each_map():
    doc = _doc("We propose the following mapping.\n\nCybersecurity: ITU, OECD\nSpam: ITU & OECD\n")
    assert [m.issue.text for m in doc.issue_mappings] == ["Cybersecurity", "Spam"]


def _mapped(graph) -> set[tuple[str, str, str]]:
    out = set()
    for st in graph.subjects(RDF.type, WGEC.MappingStatement):
        issue, predicate, target = (graph.value(st, p) for p in (RDF.subject, RDF.predicate, RDF.object))
        out.add((str(graph.value(issue, RDFS.label)), predicate.rsplit("/", 1)[-1].rsplit("#", 1)[-1],
                 str(graph.value(target, RDFS.label))))
    return out


def test_the_graph_states_the_mappings_of_lines_sentences_and_joined_cells(tmp_path: Path):
    doc = tmp_path / "japan.txt"
    doc.write_text(FRONT + "Proposed mapping\n\n- Cybersecurity: ITU and OECD\n• Multilingualism: UNESCO, IGF\n\n"
                   "Issues of infrastructure should be addressed by ITU and UNDP.\n\n"
                   "Issue\tOrganisations\nSpam\tITU / Organisation for Economic Co-operation and Development\n",
                   encoding="utf-8")
    g = build([doc], run_validation=False).graph
    assert _mapped(g) == {
        ("Cybersecurity", "mappedToOrganization", "International Telecommunication Union (ITU)"),
        ("Cybersecurity", "mappedToOrganization", "OECD"),
        ("Multilingualism", "mappedToOrganization", "UNESCO"),
        ("Multilingualism", "mappedToForum", "Internet Governance Forum (IGF)"),
        ("Issues of infrastructure", "mappedToOrganization", "International Telecommunication Union (ITU)"),
        ("Issues of infrastructure", "mappedToOrganization", "United Nations Development Programme (UNDP)"),
        ("Spam", "mappedToOrganization", "International Telecommunication Union (ITU)"),
        ("Spam", "mappedToOrganization", "OECD")}
    quotes = {str(g.value(st, RDFS.label)): {str(g.value(span, WGEC.quote)) for span in g.objects(st, WGEC.evidence)}
              for st in g.subjects(RDF.type, WGEC.MappingStatement)}  # where the text names it, and its line
    assert quotes["Cybersecurity → OECD"] == {"OECD", "Cybersecurity: ITU and OECD"}
    assert not list(g.subjects(RDF.type, WGEC.Proposal)) or all(
        "Cybersecurity" not in str(t) for t in g.objects(None, WGEC.text))


def test_dot_leaders_part_an_issue_from_its_organisations_in_an_indented_list():
    from wgec.graph.ingest.source import SourceFile
    from wgec.graph.layout.blocks import split_blocks
    from wgec.graph.layout.issue_lists import read_issue_mappings
    text = ("Issues and the organisations that address them:\n\n   Spam ........................ ITU, OECD\n"
            "   Cybercrime .................. UNODC, Council of Europe\n")
    source = SourceFile.from_text("x.txt", text)
    found = read_issue_mappings(split_blocks(source), source)
    assert [(m.issue.text, [c.text for c in m.organisations]) for m in found] == [
        ("Spam", ["ITU", "OECD"]), ("Cybercrime", ["UNODC", "Council of Europe"])]
