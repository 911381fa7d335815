"""A coalition, alliance or network that submits alone, its members listed in the text under "Our members:",
"Members:" or "Member organisations:" (bullets, one a line, or a comma list after the colon): the submitter is a
wgec:Group with each member its wgec:hasMember, and the members submit nothing; a list so headed under a
submitter that is no group (a company, a government) makes no one a member."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib.namespace import RDF, RDFS

from wgec.graph.build import build
from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.signatories import group_members
from wgec.ontology.vocab import WGEC

BODY = "\n\n1. The WGEC should recommend a fund for the participation of civil society.\n"
MEMBERS = ["Coding Rights", "Derechos Digitales", "Paradigm Initiative"]


def _graph(tmp_path: Path, front: str):
    doc = tmp_path / "coalition.md"
    doc.write_text(front + BODY, encoding="utf-8")
    g = build([doc], run_validation=False).graph
    (d,) = g.subjects(RDF.type, WGEC.Document)
    return g, list(g.objects(d, WGEC.submittedBy))


@pytest.mark.parametrize("listing", [
    "Our members:\n\n- Paradigm Initiative (Nigeria)\n- Derechos Digitales (Chile)\n- Coding Rights (Brazil)",
    "Members:\n\n* Paradigm Initiative\n\n* Derechos Digitales\n\n* Coding Rights",
    "Member organisations: Paradigm Initiative (Nigeria), Derechos Digitales (Chile), Coding Rights (Brazil)",
    "**Our members include:**\nParadigm Initiative\nDerechos Digitales\nCoding Rights",
])
def test_a_coalition_s_listed_members_are_its_members(tmp_path: Path, listing: str):
    g, (group,) = _graph(tmp_path, "# Digital Rights Alliance\n\n## Response to the guiding questions\n\n"
                                   f"Submitted on 03/02/2017\n\n{listing}\n\nWe answer below.")
    assert (group, RDF.type, WGEC.Group) in g
    assert sorted(str(g.value(m, RDFS.label)) for m in g.objects(group, WGEC.hasMember)) == MEMBERS


def test_a_group_described_as_a_coalition_has_its_members(tmp_path: Path):
    g, (group,) = _graph(tmp_path, "# Civil Society Voices\n\n## Response to the guiding questions\n\n"
                                   "Submitted on 03/02/2017\n\nCivil Society Voices is a coalition of NGOs.\n\n"
                                   "Our members:\n\n- Paradigm Initiative\n- Derechos Digitales\n- Coding Rights\n")
    assert sorted(str(g.value(m, RDFS.label)) for m in g.objects(group, WGEC.hasMember)) == MEMBERS


def test_members_listed_under_a_submitter_that_is_no_group_are_no_members(tmp_path: Path):
    g, (company,) = _graph(tmp_path, "# Sahel Mobile Group\n\n## Input to the Working Group\n\n"
                                     "Submitted on 03/02/2017\n\nMembers:\n\n- Paradigm Initiative\n- Coding Rights\n")
    assert not list(g.objects(company, WGEC.hasMember)) and (company, RDF.type, WGEC.Group) not in g


def test_the_list_ends_at_a_blank_line_unless_its_bullets_go_on():
    text = ("The Rights Network\n\nMembers:\n\nParadigm Initiative\nCoding Rights\n\nIntroduction\n\n"
            "- A bullet under another heading\n")
    lines = SourceFile.from_text("n.txt", text).lines()
    assert [(a.name, text[a.start:a.end]) for a in group_members(lines, "Rights Network")] == [
        ("Paradigm Initiative", "Paradigm Initiative"), ("Coding Rights", "Coding Rights")]
