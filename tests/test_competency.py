"""Analyst questions with answers read from the texts, run on the Turtle export.

Each case is ``tests/cases/NAME.rq`` and ``NAME.expected`` (one row a line, columns
joined by commas, rows sorted).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

CASES = sorted((Path(__file__).parent / "cases").glob("*.rq"))


@pytest.fixture(scope="module")
def exported(built_out) -> Graph:
    """The Turtle export as a build writes it (out/wgec.ttl), read back by rdflib."""
    return Graph().parse(built_out / "wgec.ttl", format="turtle")


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_competency_question(exported, case):
    rows = exported.query(case.read_text(encoding="utf-8"))
    got = sorted(",".join(str(v) for v in row) for row in rows)
    expected = sorted(case.with_suffix(".expected").read_text(encoding="utf-8").splitlines())
    assert got == expected
