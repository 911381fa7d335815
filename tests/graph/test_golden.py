"""The bundled build is the checked-in graph tests/golden/wgec.nt (data and ontology, sorted N-Triples).

When a change of the output is intended, run ``scripts/regenerate_expected.py`` and review
the diff of tests/golden/wgec.nt (and of the expected query answers) in git.
"""
from __future__ import annotations

from pathlib import Path

from tests.graphs import ntriples_difference

from wgec.graph.build import BuildResult

GOLDEN = Path(__file__).parent.parent / "golden" / "wgec.nt"


def test_bundled_build_is_the_golden_graph(built: BuildResult) -> None:
    problem = ntriples_difference(GOLDEN.read_text(encoding="utf-8"), built.ntriples.decode("utf-8"))
    assert problem is None, f"{problem}\n(an intended change: run scripts/regenerate_expected.py, review the diff)"
