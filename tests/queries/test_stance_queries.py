"""The named queries on stances and similar proposals, on the bundled build."""
from __future__ import annotations

from wgec.graph.build import BuildResult
from wgec.queries.library import get_query, prepare
from wgec.queries.run import run_local

KINDS = ("opposite stance", "missed by the rules", "attribution differs", "not curated")


def test_disagreements_list_the_conditional_reading(built: BuildResult):
    result = run_local(built.graph, prepare(get_query("stance-disagreements"), {}))
    rows = {(str(r[0]), str(r[1]).rsplit("/", 1)[-1]) for r in result.rows}
    assert ("attribution differs", "recommendations-10") in rows  # "If found appropriate ...": conditional
    assert {kind for kind, _ in rows} <= set(KINDS)


def test_disagreements_by_kind(built: BuildResult):
    result = run_local(built.graph, prepare(get_query("stance-disagreements"), {"kind": "not curated"}))
    assert result.rows and {str(r[0]) for r in result.rows} == {"not curated"}
