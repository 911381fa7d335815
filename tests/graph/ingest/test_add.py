"""``wgec add``: copy documents into a corpus folder, record them in its manifest, rebuild."""
from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest
from tests.cli import wgec
from tests.conftest import doc_file
from tests.graph.ingest.render import to_pdf

from wgec.errors import InputError
from wgec.graph.ingest.manifest import MANIFEST, add_files, load_manifest

URL = "https://unctad.org/system/files/non-official-document/wgec_2017_russia.pdf"


def test_add_copies_records_and_never_adds_twice(tmp_path):
    pdf = to_pdf(doc_file("000").read_text(encoding="utf-8"), tmp_path / "contribution.pdf")
    corpus = tmp_path / "corpus"
    day = dt.date(2024, 5, 3)
    first = add_files([pdf], corpus, source_url=URL, today=day)
    digest = hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert [(e.file, e.original_name, e.sha256, e.source_url, e.added) for e in first.added] == [
        ("contribution.pdf", "contribution.pdf", digest, URL, "2024-05-03")]
    assert (corpus / "contribution.pdf").read_bytes() == pdf.read_bytes()
    again = add_files([pdf], corpus, today=day)
    assert not again.added and again.already == [(pdf, "contribution.pdf")]
    other = tmp_path / "other" / "contribution.pdf"  # same name, other bytes
    other.parent.mkdir()
    to_pdf(doc_file("002").read_text(encoding="utf-8"), other)
    renamed = add_files([other], corpus, today=day).added[0]
    assert renamed.file.startswith("contribution-") and renamed.original_name == "contribution.pdf"
    assert [e.file for e in load_manifest(corpus)] == sorted(["contribution.pdf", renamed.file])
    entries = {e["file"]: e for e in json.loads((corpus / MANIFEST).read_text(encoding="utf-8"))["files"]}
    assert entries["contribution.pdf"]["source_url"] == URL and entries[renamed.file]["source_url"] is None


def test_add_refuses_unreadable_files_and_copies_nothing(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(doc_file("000").read_text(encoding="utf-8"), encoding="utf-8")
    bad = tmp_path / "scan.xyz"
    bad.write_text("?", encoding="utf-8")
    with pytest.raises(InputError, match="scan.xyz: unknown format"):
        add_files([good, bad], tmp_path / "corpus")
    assert not (tmp_path / "corpus").exists()
    with pytest.raises(InputError, match="not an http"):
        add_files([good], tmp_path / "corpus", source_url="javascript:alert(1)")


def test_cli_add_a_pdf_then_rebuild(tmp_path):
    pdf = to_pdf(doc_file("001").read_text(encoding="utf-8"), tmp_path / "comments.pdf")
    r = wgec("add", str(pdf), "--source", URL, "--corpus-dir", str(tmp_path / "corpus"), "--out", str(tmp_path / "out"),
             "--no-views")
    assert r.returncode == 0, r.stderr
    assert f"added: comments.pdf -> {tmp_path / 'corpus' / 'comments.pdf'}" in r.stderr
    ttl = (tmp_path / "out" / "wgec.ttl").read_text(encoding="utf-8")
    assert '"comments.pdf"' in ttl and "wgec:startPage" in ttl and '"application/pdf"' in ttl
    assert "Establishment of a permanent intergovernmental mechanism" in ttl
    assert f'wgec:sourceURL "{URL}"^^xsd:anyURI' in ttl
