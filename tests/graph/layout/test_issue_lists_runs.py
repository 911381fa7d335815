"""Mapping lines written with an arrow ("Spam -> ITU", "→", "=>"), lines of one list read together (a line naming
no organisation the gazetteer knows is read when half of its list's lines name one), lines joined into the
paragraph of their lead-in, and mapping tables whose names column is headed by where or by whom an issue is
addressed ("Where it is addressed", "Addressed by", "Lead") rather than by "organisations"."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib.namespace import RDF, RDFS

from wgec.graph.build import build
from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.document import parse_document
from wgec.graph.layout.issue_lists import is_mapping, mapping_line, separator
from wgec.ontology.vocab import WGEC

FRONT = "Contribution of Japan to the Working Group on Enhanced Cooperation\n\nSubmitted by Japan, 15 March 2017\n\n"
LIST = ("Spectrum allocation and harmonisation -> International Telecommunication Union (ITU)\n"
        "International mobile roaming charges -> ITU-T Study Group 3\n"
        "Cross-border data flows -> World Trade Organization (WTO)\n"
        "Protection of personal data -> African Union\n"
        "Domain names and IP addresses -> ICANN and AFRINIC\n")
EXPECTED = [("Spectrum allocation and harmonisation", ["International Telecommunication Union (ITU)"]),
            ("International mobile roaming charges", ["ITU-T Study Group 3"]),
            ("Cross-border data flows", ["World Trade Organization (WTO)"]),
            ("Protection of personal data", ["African Union"]),
            ("Domain names and IP addresses", ["ICANN", "AFRINIC"])]


@pytest.mark.parametrize("line", ["Spam -> ITU and OECD", "Spam → ITU, OECD", "Spam => ITU / OECD",
                                  "Spam --> ITU & OECD", "Spam ⇒ ITU; OECD"])
def test_an_arrow_separates_an_issue_from_its_organisations(line):
    m = mapping_line(line)
    assert m is not None and m.issue.text == "Spam" and [c.text for c in m.organisations] == ["ITU", "OECD"]
    assert separator(line) == "arrow" and is_mapping(line)


@pytest.mark.parametrize("line", ["Cross-border data flows", "Step 1 -> Step 2", "Input -> output of the process",
                                  "Cybersecurity -> governments should cooperate"])
def test_an_arrow_line_of_no_known_names_maps_nothing(line):
    assert mapping_line(line) is None and _mappings(line + "\n") == []


def _mappings(body: str) -> list[tuple[str, list[str]]]:
    doc = parse_document(SourceFile.from_text("japan.txt", FRONT + body))
    return [(m.issue.text, [c.text for c in m.organisations]) for m in doc.issue_mappings]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])  # a blank line under the lead-in, or none (the lines join it)
def test_the_lines_of_a_list_are_read_with_and_without_a_blank_line_under_the_lead_in(gap):
    lead = "2.1 The issues below affect our investment. For each, we note where it is principally addressed:"
    assert _mappings(f"2. Issues\n\n{lead}{gap}{LIST}\n2.2 Taxation has no forum.\n") == EXPECTED


def test_bulleted_lines_with_blank_lines_between_are_one_list():
    body = ("Mapping\n\n- Spam: ITU, OECD\n\n- Data protection: African Union\n\n"
            "- Cybercrime: Council of Europe, UNODC\n")
    assert _mappings(body) == [("Spam", ["ITU", "OECD"]), ("Data protection", ["African Union"]),
                               ("Cybercrime", ["Council of Europe", "UNODC"])]


@pytest.mark.parametrize("body", [
    "Protection of personal data -> African Union\n",  # alone: no name known
    "Spam: ITU\n\nSome words between the lines.\n\nData protection: African Union\n",  # not one list
    "Spam: ITU\nLocation: Geneva Palais\nVenue: Room XX\nDate: Monday\n",  # fewer than half known
    "Spam -> ITU\nData protection: African Union\n",  # separators differ
])
def test_a_line_naming_no_known_organisation_is_read_only_in_a_list_of_known_ones(body):
    assert ("Data protection", ["African Union"]) not in _mappings(body)
    assert ("Protection of personal data", ["African Union"]) not in _mappings(body)
    assert ("Location", ["Geneva Palais"]) not in _mappings(body)


def _mapped(tmp_path: Path, table: str) -> set[tuple[str, str]]:
    doc = tmp_path / "mapping.md"
    doc.write_text("# Contribution of Kenya to the WGEC\n\nDate: 6 March 2017\n\n" + table +
                   "\n1. The WGEC should update the mapping.\n", encoding="utf-8")
    g = build([doc], run_validation=False).graph
    return {(str(g.value(g.value(st, RDF.subject), RDFS.label)), str(g.value(g.value(st, RDF.object), RDFS.label)))
            for st in g.subjects(RDF.type, WGEC.MappingStatement)}


@pytest.mark.parametrize("header", ["Where it is addressed", "Addressed by", "Venue", "Lead", "Who", "Competent entity",
                                    "Responsible"])
def test_a_column_headed_where_or_by_whom_an_issue_is_addressed_maps_its_names(tmp_path: Path, header: str):
    table = (f"| Issue | {header} |\n|---|---|\n| IP address allocation policy | APNIC |\n"
             "| IPv6 deployment | APNIC; Internet Engineering Task Force (IETF) |\n| Root zone management | ICANN |\n")
    assert _mapped(tmp_path, table) == {
        ("IP address allocation policy", "APNIC"), ("IPv6 deployment", "APNIC"),
        ("IPv6 deployment", "Internet Engineering Task Force (IETF)"),
        ("Root zone management", "ICANN")}


@pytest.mark.parametrize("rows", [
    "| Spam | Nationally, by regulators |\n| Cybercrime | ICANN |\n",  # free text in one cell
    "| Spam | APNIC |\n| Cybercrime | LACNIC |\n",  # names, none known
])
def test_a_where_column_of_free_text_or_of_no_known_name_maps_nothing(tmp_path: Path, rows: str):
    assert _mapped(tmp_path, "| Issue | Where it is addressed |\n|---|---|\n" + rows) == set()
