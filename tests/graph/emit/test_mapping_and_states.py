"""A mapping table whose second column names the existing mechanisms ("Issue | Existing mechanism(s) | Gap"):
each entry is mapped from its row's issue (a forum when the gazetteer says so), the gap column maps nothing; a
state named in Spanish, or by one of its ministries, is the Government that submits."""
from __future__ import annotations

from pathlib import Path

from rdflib.namespace import RDF, RDFS
from tests.graph.documents import built_alone

from wgec.graph.build import build
from wgec.ontology.vocab import WGEC


def test_existing_mechanisms_are_what_an_issue_is_mapped_to(tmp_path: Path):
    doc = tmp_path / "mapping.md"
    doc.write_text("# Contribution of Kenya to the WGEC\n\nDate: 6 March 2017\n\n"
                   "| Issue | Existing mechanism(s) | Gap |\n|---|---|---|\n"
                   "| Cybersecurity | ITU, IGF | No forum for incidents |\n"
                   "| Data protection | OECD | Rules not interoperable |\n\n"
                   "1. The WGEC should update the mapping.\n", encoding="utf-8")
    g = build([doc], run_validation=False).graph
    mapped = set()
    for st in g.subjects(RDF.type, WGEC.MappingStatement):
        issue, predicate, target = (g.value(st, p) for p in (RDF.subject, RDF.predicate, RDF.object))
        mapped.add((str(g.value(issue, RDFS.label)), predicate.rsplit("#", 1)[-1].rsplit("/", 1)[-1],
                    str(g.value(target, RDFS.label))))
    assert mapped == {("Cybersecurity", "mappedToOrganization", "International Telecommunication Union (ITU)"),
                      ("Cybersecurity", "mappedToForum", "Internet Governance Forum (IGF)"),
                      ("Data protection", "mappedToOrganization", "OECD")}


def test_a_spanish_title_names_a_state_that_submits(tmp_path: Path):
    g, d = built_alone(tmp_path, "aporte.txt",
                       "Contribución de la República Argentina al Grupo de Trabajo sobre Cooperación Reforzada\n\n"
                       "Buenos Aires, 15 de marzo de 2017\n\n1. The IGF should be strengthened.\n")
    (state,) = g.objects(d, WGEC.submittedBy)
    assert (state, RDF.type, WGEC.Government) in g and str(g.value(state, RDFS.label)) == "Argentina"


def test_a_state_s_ministry_that_submits_is_its_government(tmp_path: Path):
    g, d = built_alone(tmp_path, "reply.txt",
                       "From: Jane Roe <jane@ict.go.ke>\nDate: 6 November 2017\nSubject: RE: Comments on the draft\n\n"
                       "On behalf of the Ministry of ICT of the Republic of Kenya, please find our comments.\n\n"
                       "1. The CSTD should hold an annual consultation.\n")
    (state,) = g.objects(d, WGEC.submittedBy)
    assert (state, RDF.type, WGEC.Government) in g and str(g.value(state, RDFS.label)) == "Kenya"
    assert [str(g.value(p, RDFS.label)) for p in g.objects(d, WGEC.deliveredBy)] == ["Jane Roe"]


def test_a_name_with_its_acronym_in_brackets_is_the_gazetteer_s_entity(tmp_path: Path):
    """A letterhead 'Organisation for Economic Co-operation and Development (OECD)': the gazetteer's OECD."""
    g, d = built_alone(tmp_path, "oecd.txt", "Organisation for Economic Co-operation and Development (OECD)\n\n"
                                             "OECD input to the WGEC\n\n1. The WGEC should map the issues.\n")
    assert [str(g.value(s, RDFS.label)) for s in g.objects(d, WGEC.submittedBy)] == ["OECD"]
