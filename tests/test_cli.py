"""The CLI as a user runs it: real files, bad input. The bundled build is a real process (the README's
``wgec build``, from a fresh venv); the other commands run in this process (tests/cli.py), on small
corpora where size is not under test."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from tests.cli import wgec as run
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def bundled_build(readme_build: tuple[subprocess.CompletedProcess, Path]) -> tuple[subprocess.CompletedProcess, Path]:
    """One ``wgec build --out out`` of the bundled corpus, a real process: the README's, run from an empty
    folder with the entry point of a fresh venv holding the wheel (tests/conftest.py)."""
    return readme_build


def test_build_bundled_corpus(bundled_build):
    r, out = bundled_build
    assert r.returncode == 0, r.stderr
    assert "SHACL: conforms" in r.stdout and "Proposal" in r.stdout
    ttl = (out / "wgec.ttl").read_text(encoding="utf-8")
    assert "wgec:mappedToOrganization" in ttl and "owl:Ontology" in ttl
    assert "rendition of 000_" in r.stderr


def test_missing_corpus_folder(tmp_path):
    r = run("build", "--corpus", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "nope" in r.stderr and "does not exist" in r.stderr
    assert not (tmp_path / "out" / "wgec.ttl").exists()


def test_one_document_file_is_a_corpus_of_one(tmp_path):
    out = tmp_path / "out"
    r = run("build", "--corpus", str(CORPUS / "001_bfbaf99d7c7bcbb5.txt"), "--out", str(out), "--no-views")
    assert r.returncode == 0, r.stderr
    ttl = (out / "wgec.ttl").read_text(encoding="utf-8")
    assert "001_bfbaf99d7c7bcbb5.txt" in ttl and "000_2bc303eba2d6f79d.txt" not in ttl
    assert "Establishment of a permanent intergovernmental mechanism" in ttl
    other = tmp_path / "notes.csv"
    other.write_text("a,b\n", encoding="utf-8")
    r = run("build", "--corpus", str(other), "--out", str(tmp_path / "out2"))
    assert r.returncode == 2 and "notes.csv" in r.stderr and "not a folder nor a document" in r.stderr
    assert not (tmp_path / "out2" / "wgec.ttl").exists()


def test_non_utf8_document_names_file_and_line(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(CORPUS / "001_bfbaf99d7c7bcbb5.txt", corpus)
    (corpus / "bad.txt").write_bytes(b"Submitted by\n\nJapan\n\xff\xfe broken\n")
    r = run("build", "--corpus", str(corpus), "--out", str(tmp_path / "out"), "--no-views")
    assert r.returncode == 0, r.stderr  # the file is left out with one line; the rest builds
    line = next(x for x in r.stderr.splitlines() if x.startswith("skipped:"))
    assert "bad.txt" in line and "line 4" in line and "UTF-8" in line
    assert (tmp_path / "out" / "wgec.ttl").exists()
    r = run("build", "--corpus", str(corpus), "--out", str(tmp_path / "strict"), "--no-views", "--strict")
    assert r.returncode == 2 and "bad.txt" in r.stderr and "line 4" in r.stderr
    assert not (tmp_path / "strict" / "wgec.ttl").exists()


def test_unrecognised_layout_still_becomes_a_document(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "note.txt").write_text("Some notes on the IGF and paragraph 69 of the Tunis Agenda.\n", encoding="utf-8")
    r = run("build", "--corpus", str(corpus), "--out", str(tmp_path / "out"))
    assert r.returncode == 0, r.stderr
    assert "note.txt: no submitter found" in r.stderr
    ttl = (tmp_path / "out" / "wgec.ttl").read_text(encoding="utf-8")
    assert "<https://w3id.org/wgec/id/forum/igf>" in ttl
    assert "<https://w3id.org/wgec/id/provision/tunis-agenda/69>" in ttl


def test_broken_gazetteer(tmp_path):
    g = tmp_path / "g.csv"
    g.write_text("id,type,label,aliases,odd_spellings,wikidata,period,note\norg/x,Planet,X,,,,,\n", encoding="utf-8")
    r = run("build", "--gazetteer", str(g), "--out", str(tmp_path / "out"))
    assert r.returncode == 2 and f"{g}:2:" in r.stderr and "unknown type" in r.stderr
    assert not (tmp_path / "out").exists()


def test_annotation_quote_not_in_document(tmp_path):
    a = tmp_path / "a.csv"
    a.write_text("document,subject,predicate,object,quote,note\n"
                 "revised-recommendations-submitted-in-preparation-for,,wgec:supportsPosition,"
                 "position/new-un-mechanism,words nobody wrote,\n", encoding="utf-8")
    r = run("build", "--annotations", str(a), "--out", str(tmp_path / "out"))
    assert r.returncode == 2 and f"{a}:2:" in r.stderr and "quote not found" in r.stderr
    assert not (tmp_path / "out" / "wgec.ttl").exists()


def test_export_formats_and_bad_turtle(tmp_path):
    out = tmp_path / "g.nt"
    r = run("export", "--format", "ntriples", "--output", str(out))
    assert r.returncode == 0, r.stderr
    assert "<https://w3id.org/wgec/id/org/itu>" in out.read_text(encoding="utf-8")
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix x: <http://x/> .\nx:a x:b \n", encoding="utf-8")
    r = run("export", "--input", str(bad))
    assert r.returncode == 2 and "bad.ttl" in r.stderr and "not valid turtle" in r.stderr


def test_build_outputs_validate_and_docs(tmp_path, bundled_build):
    """The build writes TriG and the ontology's documentation, linked from the index; `wgec validate`
    gives pySHACL's verdict on any graph file with exit 0 (conforms), 3 (does not) or 2 (bad file)."""
    r, out = bundled_build
    assert r.returncode == 0, r.stderr
    assert "SHACL: conforms: 0 violations, 0 warnings, 0 infos" in r.stdout
    assert "the document gives no date" in r.stderr  # a gap of the sources, said as a build warning
    assert (out / "wgec.trig").stat().st_size > 0 and "<h1>" in (out / "ontology" / "index.html").read_text()
    assert 'href="ontology/index.html"' in (out / "index.html").read_text(encoding="utf-8")
    r = run("validate", str(out / "wgec.ttl"), str(out / "wgec.trig"))
    assert r.returncode == 0 and r.stdout.count(": SHACL: conforms: 0 violations, 0 warnings, 0 infos") == 2
    lone = tmp_path / "lone.ttl"
    lone.write_text("@prefix wgec: <https://w3id.org/wgec/ontology#> .\n@prefix id: <https://w3id.org/wgec/id/> .\n"
                    "id:x a wgec:Group, wgec:Actor ; <http://www.w3.org/2000/01/rdf-schema#label> 'X' ; "
                    "wgec:hasMember id:x .\n", encoding="utf-8")
    r = run("validate", str(lone), "--report", str(tmp_path / "report.txt"))
    assert r.returncode == 3 and "does not conform: 0 violations, 1 warnings, 0 infos" in r.stdout
    assert "Warning: id:x wgec:hasMember" in r.stdout
    assert "Conforms: False" in (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert run("validate", "--allow-warnings", str(lone)).returncode == 0
    r = run("validate", str(tmp_path / "missing.ttl"))
    assert r.returncode == 2 and "missing.ttl" in r.stderr
    r = run("docs", "-o", str(tmp_path / "docs.html"))
    assert r.returncode == 0 and "wgec:Actor" in (tmp_path / "docs.html").read_text(encoding="utf-8")
