"""A large document reports its own progress (its own bar in `wgec build`), while it is parsed and
while its proposals are linked; a small one only ticks the corpus bar."""
from __future__ import annotations

import pytest
from tests.conftest import FIXTURES

from wgec.bench.bigdoc import big_document
from wgec.graph import build as build_module
from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.document import parse_document


def test_parsing_a_large_document_reports_lines_read():
    source = SourceFile.from_text("big.txt", big_document(2_500_000))
    heard: list[tuple[int, int]] = []
    doc = parse_document(source, lambda done, total: heard.append((done, total)))
    total = len(source.line_starts)
    assert len(heard) >= 3 and heard[-1] == (total - doc.body_first_line + 1,) * 2
    assert [d for d, _ in heard] == sorted(d for d, _ in heard)


def test_build_gives_each_large_document_its_own_bars(monkeypatch: pytest.MonkeyPatch):
    stages: set[str] = set()
    big = FIXTURES / "layouts" / "amendments.txt"
    small = FIXTURES / "front-matter" / "cstd-notice.txt"
    monkeypatch.setattr(build_module, "LARGE_DOCUMENT", big.stat().st_size - 1)  # it counts as large, not small
    build_module.build([big, small], progress=lambda stage, done, total: stages.add(stage), run_validation=False)
    assert {"read", "parse", "link", "parse amendments.txt", "link amendments.txt"} <= stages
    assert not any(s.endswith("cstd-notice.txt") for s in stages)
