"""A dossier on one document or actor: Turtle, CSV tables and a PNG of its neighbourhood."""
from __future__ import annotations

import csv
import sys

import pytest
from rdflib import Graph, URIRef
from tests.cli import wgec

from wgec.errors import InputError, MissingExtraError
from wgec.ontology.vocab import WGEC
from wgec.viz.dossier import write_dossier

ID = "https://w3id.org/wgec/id/"


def rows(path):
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_an_actors_dossier(graph, tmp_path):
    files = write_dossier(graph, "Russian Federation", tmp_path)
    assert [p.name for p in files] == ["russian-federation.ttl", "russian-federation-proposals.csv",
                                       "russian-federation-stances.csv", "russian-federation-citations.csv",
                                       "russian-federation-mapping.csv", "russian-federation.png"]
    described = Graph().parse(tmp_path / "russian-federation.ttl")
    assert (URIRef(ID + "gov/russian-federation"), None, None) in described
    assert len(set(described.objects(None, WGEC.text))) >= 40
    proposals = rows(tmp_path / "russian-federation-proposals.csv")
    own = {str(p) for p in graph.subjects(WGEC.submittedBy, URIRef(ID + "gov/russian-federation"))}
    assert own & {r["proposal"] for r in proposals} and all(r["text"] and r["document"] for r in proposals)
    assert all(not r["date"] or r["date"][0].isdigit() for r in proposals)  # '5 December 2016', not an IRI
    stances = rows(tmp_path / "russian-federation-stances.csv")
    assert any(r["stance"] == "supports" and "mechanism" in r["question"].lower() and r["quote"] for r in stances)
    assert all(r["stance"] in ("supports", "opposes") and r["method"] for r in stances)
    citations = rows(tmp_path / "russian-federation-citations.csv")
    assert any(r["paragraph"] == "Tunis Agenda, paragraph 69" for r in citations)
    png = (tmp_path / "russian-federation.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 20_000


def test_a_documents_dossier_has_its_mapping_rows(graph, tmp_path):
    write_dossier(graph, "id:doc/revised-recommendations-submitted-in-preparation-for", tmp_path, png=False)
    base = tmp_path / "revised-recommendations-submitted-in-preparation-for"
    mapping = rows(base.with_name(base.name + "-mapping.csv"))
    assert {("Content level", "UN agency", "UNESCO")} <= {(r["issue"], r["mapped to"], r["body"]) for r in mapping}
    assert len([r for r in mapping if r["mapped to"] in ("UN agency", "forum")]) == 24
    proposals = rows(base.with_name(base.name + "-proposals.csv"))
    assert len(proposals) == 20 and all("Russian Federation" in r["submitters"] for r in proposals)
    assert not base.with_suffix(".png").exists()


def test_an_unknown_name_is_refused_by_name(graph, tmp_path):
    with pytest.raises(InputError, match="did you mean"):
        write_dossier(graph, "Russian Federaton", tmp_path)


def test_without_matplotlib_the_png_names_the_extra(graph, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # as if the viz extra were not installed
    with pytest.raises(MissingExtraError, match=r"pip install 'wgec\[viz\]'"):
        write_dossier(graph, "Japan", tmp_path)
    assert (tmp_path / "japan-proposals.csv").exists()  # the rest is written before the PNG


def test_cli_dossier(built_out, tmp_path):
    done = wgec("dossier", "japan", "--out", str(tmp_path / "d"), "--data", str(built_out / "wgec.ttl"), "--no-png")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == f"wrote {tmp_path / 'd' / 'japan.ttl'}"
    assert len(rows(tmp_path / "d" / "japan-proposals.csv")) == 20
