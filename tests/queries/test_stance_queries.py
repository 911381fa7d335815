"""The named queries on stances and similar proposals, on the bundled build (their answers without
parameters are the exact-answer tests' own: the ``answers`` fixture of tests/queries/conftest.py)."""
from __future__ import annotations

from wgec.queries.library import get_query, prepare
from wgec.queries.run import run_local

KINDS = ("opposite stance", "missed by the rules", "attribution differs", "not curated")


def test_disagreements_list_the_conditional_reading(answers):
    result = answers("stance-disagreements")
    rows = {(str(r[0]), str(r[1]).rsplit("/", 1)[-1]) for r in result.rows}
    assert ("attribution differs", "recommendations-10") in rows  # "If found appropriate ...": conditional
    assert {kind for kind, _ in rows} <= set(KINDS)


def test_disagreements_by_kind(graph):
    result = run_local(graph, prepare(get_query("stance-disagreements"), {"kind": "not curated"}))
    assert result.rows and {str(r[0]) for r in result.rows} == {"not curated"}


def test_merge_candidates_most_similar_first(answers):
    result = answers("merge-candidates")
    scores = [float(r[0]) for r in result.rows]  # type: ignore[arg-type]
    assert scores and scores == sorted(scores, reverse=True) and min(scores) >= 0.5
    pair = {str(result.rows[0][1]).rsplit("/", 1)[-1], str(result.rows[0][5]).rsplit("/", 1)[-1]}
    assert pair == {"19.2", "recommendations-2"}  # "invite relevant UN agencies ... to create ... an environment"


def test_merge_candidates_by_actor_and_score(answers, graph):
    every = answers("merge-candidates").rows
    close = run_local(graph, prepare(get_query("merge-candidates"), {"minPercent": "70"})).rows
    japan = run_local(graph, prepare(get_query("merge-candidates"), {"actor": "id:gov/japan"})).rows
    singh = run_local(graph, prepare(get_query("merge-candidates"), {"actor": "id:person/parminder-singh"})).rows
    assert 0 < len(close) < len(every) and all(float(r[0]) >= 0.7 for r in close)  # type: ignore[arg-type]
    assert japan == [] and 0 < len(singh) < len(every)
