from __future__ import annotations

from collections.abc import Callable

import pytest
from rdflib import Graph
from tests.queries.answers import answer, cases

from wgec.queries.results import QueryResult


@pytest.fixture(scope="session")
def answers(graph: Graph) -> Callable[[str], QueryResult]:
    """The answer of each named query on the bundled build (by expected-file key), run once per session."""
    by_key = {case.key: case for case in cases()}
    done: dict[str, QueryResult] = {}

    def get(key: str) -> QueryResult:
        if key not in done:
            done[key] = answer(graph, by_key[key])
        return done[key]

    return get
